import { View } from '@tarojs/components';
import { Button } from './button';
import './load-more.css';

/**
 * The foot of a list read page by page: 加载更多 while the server says there is more, then
 * 没有更多了 in words (not only the button going away), so nobody keeps scrolling for rows that
 * will not come.
 */
export function LoadMore({
  paging,
  shown,
  testId,
}: {
  /** The list's useLoadMore. */
  paging: { hasMore: boolean; busy: boolean; more: () => Promise<void> };
  /** How many rows are on screen: an empty list shows its own empty state instead. */
  shown: number;
  testId?: string;
}) {
  if (paging.hasMore) {
    return (
      <View className="ui-load-more">
        <Button loading={paging.busy} onClick={() => void paging.more()} testId={testId}>
          加载更多
        </Button>
      </View>
    );
  }
  return shown > 0 ? <View className="ui-load-more__end">没有更多了</View> : null;
}
