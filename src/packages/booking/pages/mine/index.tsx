import { useEffect, useState } from 'react';
import Taro, { useLoad } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Button, EmptyView, ErrorView, Loading, PageContainer, showError, showSuccess, Tabs } from '@/components';
import {
  cancelBooking,
  dateTitle,
  getStanding,
  listMyBookings,
  useRefresh,
  type Booking,
  type BookingScope,
} from '@/features/booking';
import { BookingCard } from '@/features/booking/components/booking-card';
import { StandingBanner } from '@/features/booking/components/standing-banner';
import { useRequireSession } from '@/features/session';
import { ROUTES } from '@/lib/routes';
import { useLoader } from '@/lib/use-loader';
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
  const list = useLoader(() => listMyBookings(scope, { limit: PAGE }));
  const standing = useLoader(getStanding);
  const [cancelling, setCancelling] = useState<number | null>(null);
  const [more, setMore] = useState(false);
  const signedIn = !!member;
  const { reload, setData } = list;

  useLoad(() => {
    if (signedIn) void standing.reload();
  });
  useEffect(() => {
    if (signedIn) void reload();
  }, [scope, signedIn, reload]);
  useRefresh(signedIn, () => Promise.all([reload(), standing.reload()]));

  const cancel = async (b: Booking) => {
    const { confirm } = await Taro.showModal({
      title: '取消预约',
      content: `确定取消这次预约吗？\n${b.room.name}\n${dateTitle(b.date)} ${b.start}–${b.end}`,
      confirmText: '取消预约',
      confirmColor: COLORS.dangerStrong,
      cancelText: '再想想',
    });
    if (!confirm) return;
    setCancelling(b.id);
    try {
      await cancelBooking(b.id);
      showSuccess('已取消');
      setData((page) => page && { ...page, items: page.items.filter((x) => x.id !== b.id), total: page.total - 1 });
    } catch (err) {
      showError(err);
    } finally {
      setCancelling(null);
    }
  };

  const loadMore = async () => {
    setMore(true);
    try {
      const next = await listMyBookings(scope, { limit: PAGE, after: list.data?.nextCursor ?? undefined });
      setData((page) => page && { ...next, items: [...page.items, ...next.items] });
    } catch (err) {
      showError(err);
    } finally {
      setMore(false);
    }
  };

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
            cancelling={cancelling === b.id}
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
            <Button loading={more} onClick={loadMore}>
              加载更多
            </Button>
          </View>
        )}
      </View>
      <View className="bk-pad" />
    </PageContainer>
  );
}
