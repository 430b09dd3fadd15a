import Taro from '@tarojs/taro';
import { Cell, Tag } from '@/components';
import { ROUTES, withQuery } from '@/lib/routes';
import { DISCLOSURE_LABELS, formatDate } from '../labels';
import type { DisclosureSummary } from '../types';

/** One item on the 校务公开 board: its category and date, and whether its 公示期 is still open. */
export function DisclosureItem({ item: d }: { item: DisclosureSummary }) {
  const parts = [DISCLOSURE_LABELS[d.category], `${formatDate(d.publishedAt)}公开`];
  if (d.objectionOpen && d.objectionEndsOn) parts.push(`公示至${formatDate(d.objectionEndsOn)}`);
  if (d.attachmentCount) parts.push(`附件 ${d.attachmentCount} 个`);
  if (d.objectionCount) parts.push(`异议 ${d.objectionCount} 条`);
  const tag = d.objectionEndsOn ? (
    d.objectionOpen ? (
      <Tag tone="orange">公示中</Tag>
    ) : (
      <Tag tone="grey">公示结束</Tag>
    )
  ) : undefined;
  return (
    <Cell
      title={d.title}
      multiline
      label={parts.join(' · ')}
      value={tag}
      arrow
      testId={`disclosure-${d.id}`}
      ariaLabel={`${d.title}，${parts.join('，')}`}
      onClick={() => void Taro.navigateTo({ url: withQuery(ROUTES.congressDisclosure, { id: d.id }) })}
    />
  );
}
