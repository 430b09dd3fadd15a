import { useState } from 'react';
import { Input, View } from '@tarojs/components';
import { Button, CellGroup } from '@/components';
import { formatRelative } from '@/lib/dayjs';
import { decideClubApplication } from '../api';
import type { ClubApplication } from '../types';
import type { ClubSteps } from '../use-club-steps';
import './clubs.css';

interface Props {
  items: ClubApplication[];
  busy: ClubSteps['busy'];
  act: ClubSteps['act'];
}

/** The leader's pending applications: agree or decline in one tap, with an optional word back. */
export function Applications({ items, busy, act }: Props) {
  const [replies, setReplies] = useState<Record<number, string>>({});
  const reply = (id: number) => replies[id]?.trim() || undefined;
  return (
    <CellGroup title={`待审核的入社申请（${items.length}）`} testId="club-applications">
      {items.map((a) => (
        <View key={a.id} className="clubs-card" data-testid={`application-${a.id}`}>
          <View className="clubs-card__title">{a.name}</View>
          <View>{a.reason || '未填写申请理由'}</View>
          <View className="clubs-card__meta">{formatRelative(a.createdAt)}申请</View>
          <Input
            className="clubs-reply"
            placeholder="回复申请人（选填）"
            aria-label={`回复${a.name}的入社申请`}
            maxlength={200}
            value={replies[a.id] ?? ''}
            onInput={(e) => setReplies((r) => ({ ...r, [a.id]: e.detail.value }))}
          />
          <View className="clubs-card__row">
            <Button
              type="primary"
              size="small"
              loading={busy(`ok${a.id}`)}
              testId={`approve-${a.id}`}
              onClick={() => void act(`ok${a.id}`, () => decideClubApplication(a.id, true, reply(a.id)), '已同意')}
            >
              同意加入
            </Button>
            <Button
              size="small"
              loading={busy(`no${a.id}`)}
              testId={`decline-${a.id}`}
              onClick={() => void act(`no${a.id}`, () => decideClubApplication(a.id, false, reply(a.id)), '已婉拒')}
            >
              婉拒
            </Button>
          </View>
        </View>
      ))}
      {items.length === 0 && <View className="clubs-none">没有待审核的申请</View>}
    </CellGroup>
  );
}
