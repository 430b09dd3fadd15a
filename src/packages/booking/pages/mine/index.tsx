import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Button, EmptyView, ErrorView, Loading, PageContainer, Tabs } from '@/components';
import {
  cancelBooking,
  dateTitle,
  getStanding,
  listMyBookings,
  type Booking,
  type BookingScope,
} from '@/features/booking';
import { BookingCard } from '@/features/booking/components/booking-card';
import { StandingBanner } from '@/features/booking/components/standing-banner';
import { useRequireSession } from '@/features/session';
import { ROUTES } from '@/lib/routes';
import { useAction } from '@/lib/use-action';
import { usePageData } from '@/lib/use-page-data';
import { errorMessage } from '@/services/http';
import { COLORS } from '@/lib/colors';

const PAGE = 20;
const TABS = [
  { key: 'upcoming', label: '待使用' },
  { key: 'past', label: '历史记录' },
] as const;

export default function MyBookingsPage() {
  const member = useRequireSession();
  const [scope, setScope] = useState<BookingScope>('upcoming');
  const signedIn = !!member;
  // Both reload on coming back and on pull-down; the list also when the tab changes.
  const list = usePageData(() => listMyBookings(scope, { limit: PAGE }), { enabled: signedIn, deps: [scope] });
  const standing = usePageData(getStanding, { enabled: signedIn });
  const { reload, setData } = list;
  const cancelling = useAction((id: number) => cancelBooking(id), {
    success: '已取消',
    toast: true,
    then: (b) =>
      setData((page) => page && { ...page, items: page.items.filter((x) => x.id !== b.id), total: page.total - 1 }),
  });
  const more = useAction(
    (after: string | undefined) =>
      listMyBookings(scope, { limit: PAGE, after }).then((next) =>
        setData((page) => page && { ...next, items: [...page.items, ...next.items] }),
      ),
    { toast: true },
  );

  const cancel = async (b: Booking) => {
    const { confirm } = await Taro.showModal({
      title: '取消预约',
      content: `确定取消这次预约吗？\n${b.room.name}\n${dateTitle(b.date)} ${b.start}–${b.end}`,
      confirmText: '取消预约',
      confirmColor: COLORS.dangerStrong,
      cancelText: '再想想',
    });
    if (confirm) await cancelling.run(b.id);
  };
  const loadMore = () => void more.run(list.data?.nextCursor ?? undefined);

  if (!member) return null;
  const page = list.data;
  const now = Date.now();
  return (
    <PageContainer>
      <Tabs
        items={TABS}
        value={scope}
        onChange={(k) => {
          setData(() => undefined);
          setScope(k);
        }}
        testIdPrefix="tab-bookings-"
      />
      {standing.data && (
        <StandingBanner standing={standing.data} onAppeal={() => Taro.navigateTo({ url: ROUTES.bookingAppeal })} />
      )}
      <View data-testid="my-bookings">
        {!page && list.loading && <Loading />}
        {!page && !list.loading && !!list.error && (
          <ErrorView compact message={errorMessage(list.error)} onRetry={reload} />
        )}
        {page?.items.map((b) => (
          <BookingCard
            key={b.id}
            booking={b}
            now={now}
            cancelling={cancelling.isBusy(b.id)}
            onCancel={scope === 'upcoming' ? () => cancel(b) : undefined}
          />
        ))}
        {page && page.items.length === 0 && (
          <EmptyView text={scope === 'upcoming' ? '暂无待使用的预约' : '暂无历史记录'}>
            {scope === 'upcoming' && (
              <Button
                type="primary"
                className="ui-status__action"
                onClick={() => Taro.redirectTo({ url: ROUTES.booking })}
              >
                去预约场地
              </Button>
            )}
          </EmptyView>
        )}
        {page?.nextCursor && (
          <View className="ui-form-actions">
            <Button loading={more.busy} onClick={loadMore}>
              加载更多
            </Button>
          </View>
        )}
      </View>
      <View className="bk-pad" />
    </PageContainer>
  );
}
