import { Text, View } from '@tarojs/components';
import { Tag } from '@/components';
import {
  CATEGORY_LABELS,
  formatDate,
  formatDateTime,
  HANDLING_LABELS,
  motionName,
  RATING_LABELS,
  statusOf,
} from '../labels';
import type { Motion } from '../types';
import './congress.css';

function Section({ label, children }: { label: string; children: string }) {
  return (
    <View className="congress-card__section">
      <Text className="congress-card__label">{label}</Text>
      <Text className="congress-card__text">{children}</Text>
    </View>
  );
}

/** The motion as the record keeps it: content, 附议, the committee's decision and each reply with its rating. */
export function MotionCard({ motion: m }: { motion: Motion }) {
  const status = statusOf(m);
  const seconders = m.seconders.length ? m.seconders.join('、') : '暂无';
  return (
    <View className="congress-card" data-testid="motion-card">
      <Text className="congress-card__title">{motionName(m)}</Text>
      <Text className="congress-card__meta">{`${CATEGORY_LABELS[m.category]} · 提案人 ${m.authorName}`}</Text>
      <View className="congress-card__tags">
        <Tag tone={status.tone}>{status.label}</Tag>
        {m.round === 2 && <Tag tone="orange">第二次答复</Tag>}
      </View>
      <Section label="案由">{m.reason}</Section>
      <Section label="建议">{m.proposal}</Section>
      <Section label={`附议代表（${m.seconders.length}/${m.secondersRequired}）`}>{seconders}</Section>
      {m.status === 'rejected' && (
        <Section label={`不立案：${HANDLING_LABELS[m.rejectHandling!]}`}>{m.rejectReason ?? ''}</Section>
      )}
      {m.status === 'merged' && <Section label="并案">{`已并入第${m.mergedIntoNumber}号提案一并办理`}</Section>}
      {m.departmentName && (
        <Section label="承办部门">{`${m.departmentName}，${formatDate(m.dueOn!)}前答复${m.overdue ? '（已逾期）' : ''}`}</Section>
      )}
      {m.replies.map((r) => (
        <View key={r.round} className="congress-reply" data-testid={`motion-reply-${r.round}`}>
          <Text className="congress-card__label">{`${m.replies.length > 1 ? `第${r.round}次答复` : '答复'} · ${formatDateTime(r.repliedAt)}${r.onTime ? '' : '（逾期答复）'}`}</Text>
          <Text className="congress-card__text">{r.body}</Text>
          {r.rating && (
            <Text className="congress-card__meta">{`提案人评价：${RATING_LABELS[r.rating]}${r.ratingComment ? `，${r.ratingComment}` : ''}`}</Text>
          )}
        </View>
      ))}
    </View>
  );
}
