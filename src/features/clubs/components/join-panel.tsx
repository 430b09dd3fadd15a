import { useState } from 'react';
import { View } from '@tarojs/components';
import { Button, TextAreaField } from '@/components';
import { joinClub, leaveClub } from '../api';
import type { Club } from '../types';
import type { ClubSteps } from '../use-club-steps';
import './clubs.css';

interface Props {
  club: Club;
  busy: ClubSteps['busy'];
  act: ClubSteps['act'];
}

/** Join (at once, or an application with a reason), the state of an application, or leave. */
export function JoinPanel({ club: c, busy, act }: Props) {
  const [reason, setReason] = useState('');
  if (c.archived) return null;
  return (
    <View className="clubs-actions">
      {c.myRole === null && c.myApplication?.status === 'rejected' && (
        <View className="clubs-banner clubs-banner--warn">
          上次申请未通过{c.myApplication.reply ? `：${c.myApplication.reply}` : ''}
        </View>
      )}
      {c.myRole === null && c.joinPolicy === 'approval' && (
        <View className="clubs-card clubs-card--round">
          <TextAreaField
            label="申请理由"
            hideLabel
            className="clubs-textarea"
            placeholder="简单说说为什么想加入（选填），负责人会看到"
            maxLength={200}
            value={reason}
            onInput={setReason}
            testId="club-reason"
          />
        </View>
      )}
      {c.myRole === null && c.joinPolicy !== 'closed' && (
        <Button
          type="primary"
          loading={busy('join')}
          testId="club-join"
          onClick={() =>
            void act(
              'join',
              () => joinClub(c.id, reason.trim() || undefined),
              c.joinPolicy === 'open' ? '已加入' : '申请已提交',
            )
          }
        >
          {c.joinPolicy === 'open' ? '加入社团' : '申请加入'}
        </Button>
      )}
      {c.myRole === null && c.joinPolicy === 'closed' && (
        <View className="clubs-banner clubs-banner--wait">本社团暂停招新</View>
      )}
      {c.myRole === 'pending' && (
        <View className="clubs-banner clubs-banner--wait" data-testid="club-pending">
          申请已提交，等待负责人审核。结果会发到“消息”里。
        </View>
      )}
      {c.myRole === 'member' && (
        <Button
          type="warn"
          loading={busy('leave')}
          testId="club-leave"
          onClick={() => void act('leave', () => leaveClub(c.id), '已退出')}
        >
          退出社团
        </Button>
      )}
    </View>
  );
}
