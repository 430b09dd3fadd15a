import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import { Tag } from '@/components';
import { dueText, formatDay, memberStageOf, slotRange, stageOf, TOPIC_LABELS } from '../labels';
import type { Appointment } from '../types';
import './common.css';
import './visit-card.css';

export function Row({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <View className="visit-card__row" data-testid={testId}>
      <Text className="visit-card__label">{label}</Text>
      <View className="visit-card__value">{children}</View>
    </View>
  );
}

/** The visit at a glance: when and where, what about, and where it stands. */
export function VisitCard({ appointment: a, officer }: { appointment: Appointment; officer: boolean }) {
  const stage = officer ? stageOf(a) : memberStageOf(a);
  return (
    <View className="visit-card">
      <View className="reception-title-row">
        <Text className="visit-card__when">
          {formatDay(a.date)} {slotRange(a.slotStart, a.slotEnd)}
        </Text>
        <Tag tone={stage.tone}>{stage.label}</Tag>
      </View>
      <Text className="visit-card__where">
        {a.place} · {a.receiverName}接待
      </Text>
      <View className="visit-card__rows">
        {officer && (
          <Row label="会员">
            {a.member.name}
            {a.member.branchName ? ` · ${a.member.branchName}` : ''}
          </Row>
        )}
        <Row label="话题">
          {TOPIC_LABELS[a.topic]}
          {a.confidential && <Text className="visit-card__secret">希望保密</Text>}
        </Row>
        <Row label="说明" testId="visit-description">
          {a.contentHidden ? <Text className="visit-card__muted">会员希望保密，内容仅接待人可见</Text> : a.description}
        </Row>
        {a.status === 'cancelled' && (
          <Row label="取消">
            {a.cancelledByMember ? '您已取消' : `工会取消${a.cancelReason ? `：${a.cancelReason}` : ''}`}
          </Row>
        )}
        {a.dueOn && !a.reply && (
          <Row label="答复期限">
            <Text className={a.overdue ? 'visit-card__late' : ''}>
              {formatDay(a.dueOn)}（{dueText(a.dueOn)}）
            </Text>
          </Row>
        )}
      </View>
    </View>
  );
}
