import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button, EmptyView, PageContainer } from '@/components';
import { hoursSummary, isBookingStaff, listManagedRooms } from '@/features/booking';
import { roomCapacityText } from '@/features/booking/components/room-card';
import { StaffOnly } from '@/features/booking/components/staff-only';
import { StatusTag } from '@/features/booking/components/status-tag';
import { useRequireSession } from '@/features/session';
import { ROUTES, withQuery } from '@/lib/routes';
import { usePageData } from '@/lib/use-page-data';
import '@/features/booking/components/booking.css';

const go = (url: string) => void Taro.navigateTo({ url });

export default function ManagedRoomsPage() {
  const member = useRequireSession();
  const staff = isBookingStaff(member);
  const rooms = usePageData(listManagedRooms, { enabled: staff });
  const { reload } = rooms;

  if (!member) return null;
  if (!staff) return <StaffOnly />;
  const items = rooms.data ?? [];
  return (
    <PageContainer loading={rooms.loading} error={rooms.error} onRetry={reload} className="bk-page--with-bar">
      {items.map((r) => (
        <View key={r.id} className="bk-card" data-testid={`managed-room-${r.id}`}>
          <View className="bk-card__head">
            <Text className="bk-card__title">{r.name}</Text>
            <StatusTag text={r.active ? '开放中' : '已停用'} tone={r.active ? 'green' : 'grey'} />
          </View>
          <Text className="bk-card__sub">
            {[r.location, roomCapacityText(r), `每段 ${r.slotMinutes} 分钟`].filter(Boolean).join(' · ')}
          </Text>
          <Text className="bk-card__sub">{hoursSummary(r.openingHours)}</Text>
          <Text className="bk-card__sub">
            提前 {r.windowDays} 天可约 · {r.requiresApproval ? '需审核' : '无需审核'} · 签到码 {r.code}
          </Text>
          <View className="bk-card__actions">
            {r.active && (
              <Button
                size="small"
                onClick={() => go(withQuery(ROUTES.bookingSeries, { roomId: r.id }))}
                testId="room-series"
              >
                固定安排
              </Button>
            )}
            <Button size="small" onClick={() => go(withQuery(ROUTES.bookingPoster, { id: r.id }))} testId="room-poster">
              签到码
            </Button>
            <Button size="small" onClick={() => go(withQuery(ROUTES.bookingRoomEdit, { id: r.id }))} testId="room-edit">
              编辑规则
            </Button>
          </View>
        </View>
      ))}
      {items.length === 0 && <EmptyView text="还没有场地，点下方按钮新增" />}
      <View className="bk-bottom-bar">
        <Button type="primary" onClick={() => go(ROUTES.bookingRoomEdit)} testId="room-new">
          新增场地
        </Button>
      </View>
    </PageContainer>
  );
}
