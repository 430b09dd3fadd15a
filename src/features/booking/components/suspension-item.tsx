import { Text, View } from '@tarojs/components';
import { formatDateTime } from '@/lib/dayjs';
import { decideAppeal } from '../api';
import type { StatusTone } from '../status';
import type { Suspension } from '../types';
import { DecisionActions } from './decision-actions';
import { StatusTag } from './status-tag';
import './booking.css';

const STATES: Record<Suspension['status'], { text: string; tone: StatusTone }> = {
  active: { text: '暂停中', tone: 'red' },
  lifted: { text: '已解除', tone: 'green' },
  ended: { text: '已到期', tone: 'grey' },
};

const APPEAL_STATES = { pending: '待处理', approved: '已通过', rejected: '未通过' };

interface Props {
  suspension: Suspension;
  onDecided: (suspension: Suspension) => void;
}

/** A member's suspension with its appeal; a pending appeal gets 解除暂停 / 维持暂停. */
export function SuspensionItem({ suspension: s, onDecided }: Props) {
  const state = STATES[s.status];
  return (
    <View className="bk-card" data-testid={`suspension-${s.id}`}>
      <View className="bk-card__head">
        <Text className="bk-card__title">
          {s.member.name}（工号 {s.member.staffNo}）
        </Text>
        <StatusTag text={state.text} tone={state.tone} />
      </View>
      <Text className="bk-card__line">
        {formatDateTime(s.startsAt)} 至 {formatDateTime(s.endsAt)}
      </Text>
      <Text className="bk-card__sub">原因：{s.reason}</Text>
      {s.appeal && (
        <Text className={`bk-note${s.appeal.status === 'pending' ? ' bk-note--warn' : ''}`}>
          申诉（{APPEAL_STATES[s.appeal.status]}）：{s.appeal.reason}
          {s.appeal.reply ? `\n答复：${s.appeal.reply}` : ''}
        </Text>
      )}
      {s.appeal?.status === 'pending' && (
        <DecisionActions
          approveText="解除暂停"
          rejectText="维持暂停"
          reasonLabel="答复"
          reasonPlaceholder="说明维持暂停的理由"
          reasonMax={200}
          onDecide={async (decision, reply) => onDecided(await decideAppeal(s.id, decision, reply))}
        />
      )}
    </View>
  );
}
