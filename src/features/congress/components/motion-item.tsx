import Taro from '@tarojs/taro';
import { Cell, Tag } from '@/components';
import { ROUTES, withQuery } from '@/lib/routes';
import { CATEGORY_LABELS, formatDate, motionName, statusOf } from '../labels';
import type { MotionSummary } from '../types';

export const openMotion = (id: number) => Taro.navigateTo({ url: withQuery(ROUTES.congressMotion, { id }) });

/** One motion in a list: its number and title, where it stands, and who wrote it. */
export function MotionItem({ motion: m }: { motion: MotionSummary }) {
  const status = statusOf(m);
  const parts = [CATEGORY_LABELS[m.category], `提案人 ${m.authorName}`];
  if (m.status === 'draft') parts.push(`附议 ${m.seconderCount} 人`);
  if (m.departmentName)
    parts.push(`${m.departmentName}${m.dueOn && m.status === 'accepted' ? ` ${formatDate(m.dueOn)}前答复` : ''}`);
  return (
    <Cell
      title={motionName(m)}
      multiline
      label={parts.join(' · ')}
      value={<Tag tone={status.tone}>{status.label}</Tag>}
      arrow
      testId={`motion-${m.id}`}
      onClick={() => void openMotion(m.id)}
    />
  );
}
