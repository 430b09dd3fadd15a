import Taro from '@tarojs/taro';
import { Cell, Tag } from '@/components';
import { formatDate } from '@/lib/dayjs';
import { ROUTES, withQuery } from '@/lib/routes';
import type { NoticeSummary } from '../types';

export function openNotice(id: number): void {
  void Taro.navigateTo({ url: withQuery(ROUTES.noticeDetail, { id }) });
}

interface Props {
  items: NoticeSummary[];
  /** Leave out the 置顶 tag where every item is pinned anyway (首页). */
  hidePinned?: boolean;
}

/** One cell per notice: title over its date; tapping opens the detail page. */
export function NoticeCells({ items, hidePinned }: Props) {
  return (
    <>
      {items.map((n) => (
        <Cell
          key={n.id}
          multiline
          title={n.title}
          label={
            <>
              {n.pinned && !hidePinned && <Tag tone="orange">置顶</Tag>}
              {formatDate(n.publishedAt)}
            </>
          }
          arrow
          onClick={() => openNotice(n.id)}
          testId="notice-item"
        />
      ))}
    </>
  );
}
