import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button, CellGroup, EmptyView, LoadMore, Loading } from '@/components';
import { ROUTES } from '@/lib/routes';
import { useLoadMore } from '@/lib/use-load-more';
import type { Loader } from '@/lib/use-loader';
import { errorMessage } from '@/services/http';
import type { ApiResponse } from '@/services/api-types';
import { listDisclosures } from '../api';
import { DisclosureItem } from './disclosure-item';
import './congress.css';

/**
 * The 校务公开栏: what the school has made public, newest first, a page at a time (加载更多);
 * staff publish from here.
 * The page loads the board (usePageData), so it is asked again on show and on pull-down.
 */
export function DisclosuresPanel({ board }: { board: Loader<ApiResponse<'listDisclosures'>> }) {
  const more = useLoadMore(board, (after) => listDisclosures({ after }));
  return (
    <View data-testid="disclosures-panel">
      <Text className="congress-intro">
        学校的发展规划、财务预决算、岗位津贴、聘任、评优、职称评聘、困难补助发放等事项在这里公开。公示期内如有异议，可以在事项中提出。
      </Text>
      {board.data?.manage && (
        <View className="congress-actions">
          <Button
            type="primary"
            onClick={() => void Taro.navigateTo({ url: ROUTES.congressDisclosureNew })}
            testId="disclosure-new"
          >
            发布公开事项
          </Button>
        </View>
      )}
      {!board.data && board.loading && <Loading />}
      {!!board.error && !board.data && <EmptyView text={errorMessage(board.error)} />}
      {board.data && (
        <CellGroup title="校务公开栏" testId="disclosure-list">
          {board.data.items.map((d) => (
            <DisclosureItem key={d.id} item={d} />
          ))}
          {board.data.items.length === 0 && <EmptyView text="暂无公开事项" />}
        </CellGroup>
      )}
      {board.data && <LoadMore paging={more} shown={board.data.items.length} testId="disclosures-more" />}
    </View>
  );
}
