import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { ScrollView, Text, View } from '@tarojs/components';
import { a11y, Button, EmptyView, PageContainer } from '@/components';
import {
  cancelSeries,
  isBookingStaff,
  listManagedRooms,
  listSeries,
  seriesWhenText,
  type Series,
} from '@/features/booking';
import { SeriesCard } from '@/features/booking/components/series-card';
import { StaffOnly } from '@/features/booking/components/staff-only';
import { useRequireSession } from '@/features/session';
import { readIdParam, ROUTES, withQuery } from '@/lib/routes';
import { useAction } from '@/lib/use-action';
import { usePageData } from '@/lib/use-page-data';
import { COLORS } from '@/lib/colors';
import '@/features/booking/components/booking.css';
import '@/features/booking/components/series.css';

export default function SeriesPage() {
  const member = useRequireSession();
  const staff = isBookingStaff(member);
  const [roomId, setRoomId] = useState<number | null>(readIdParam(useRouter().params.roomId));
  // Both reload on coming back and on pull-down; the series also when the room filter changes.
  const rooms = usePageData(listManagedRooms, { enabled: staff });
  const series = usePageData(() => listSeries(roomId ?? undefined), { enabled: staff, deps: [roomId] });
  const reload = () => Promise.all([rooms.reload(), series.reload()]);
  const cancelling = useAction((id: number) => cancelSeries(id), {
    success: ({ cancelledBookings }) => `已释放 ${cancelledBookings} 个时段`,
    toast: true,
    then: () => series.reload(),
  });

  const cancel = async (s: Series) => {
    const { confirm } = await Taro.showModal({
      title: '取消固定安排',
      content: `取消“${s.title}”（${seriesWhenText(s)}）？尚未开始的 ${s.upcomingBookings} 个时段将释放给会员，已进行的记录保留。`,
      confirmText: '取消安排',
      cancelText: '再想想',
      confirmColor: COLORS.dangerStrong,
    });
    if (confirm) await cancelling.run(s.id);
  };

  if (!member) return null;
  if (!staff) return <StaffOnly />;
  const items = series.data ?? [];
  const roomList = (rooms.data ?? []).filter((r) => r.active || r.id === roomId);
  const roomName = roomList.find((r) => r.id === roomId)?.name;
  const filter = (id: number | null, name: string) => (
    <Text
      key={id ?? 0}
      id={`filter-${id ?? 'all'}`}
      className={`bk-rooms-filter__chip${roomId === id ? ' bk-rooms-filter__chip--on' : ''}`}
      onClick={() => setRoomId(id)}
      data-testid={`series-filter-${id ?? 'all'}`}
      {...a11y({ role: 'radio', checked: roomId === id })}
    >
      {name}
    </Text>
  );
  return (
    <PageContainer
      loading={series.loading && !series.data}
      error={series.error}
      onRetry={reload}
      className="bk-page--with-bar"
    >
      {roomList.length > 1 && (
        <ScrollView
          className="bk-rooms-filter"
          scrollX
          enhanced
          showScrollbar={false}
          scrollIntoView={`filter-${roomId ?? 'all'}`}
        >
          <View className="bk-rooms-filter__row">
            {filter(null, '全部场地')}
            {roomList.map((r) => filter(r.id, r.name))}
          </View>
        </ScrollView>
      )}
      <Text className="bk-section-title">社团训练、课程等每周固定占用场地的安排；会员在这些时段看到“已满”。</Text>
      {items.map((s) => (
        <SeriesCard key={s.id} series={s} cancelling={cancelling.isBusy(s.id)} onCancel={() => cancel(s)} />
      ))}
      {items.length === 0 && !series.loading && (
        <EmptyView text={roomName ? `${roomName}还没有固定安排` : '还没有固定安排'} />
      )}
      <View className="bk-bottom-bar">
        <Button
          type="primary"
          onClick={() => void Taro.navigateTo({ url: withQuery(ROUTES.bookingSeriesNew, roomId ? { roomId } : {}) })}
          testId="series-new"
        >
          新增固定安排
        </Button>
      </View>
    </PageContainer>
  );
}
