import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Cell, CellGroup, EmptyView, PageContainer } from '@/components';
import {
  getStanding,
  isBookingStaff,
  listManagedBookings,
  listMyBookings,
  listRooms,
  listSuspensions,
} from '@/features/booking';
import { RoomCard } from '@/features/booking/components/room-card';
import { StaffEntries } from '@/features/booking/components/staff-entries';
import { StandingBanner } from '@/features/booking/components/standing-banner';
import { useRequireSession } from '@/features/session';
import { ROUTES, withQuery } from '@/lib/routes';
import { useLoader } from '@/lib/use-loader';
import { usePageRefresh } from '@/lib/use-page-data';
import '@/features/booking/components/booking.css';

async function loadStaffCounts() {
  const [approvals, appeals] = await Promise.all([
    listManagedBookings({ status: 'pending', limit: 1 }),
    listSuspensions({ appeal: 'pending', limit: 1 }),
  ]);
  return { approvals: approvals.total, appeals: appeals.total };
}

const go = (url: string) => void Taro.navigateTo({ url });

export default function BookingHomePage() {
  const member = useRequireSession();
  const staff = isBookingStaff(member);
  const rooms = useLoader(listRooms);
  const standing = useLoader(getStanding);
  const counts = useLoader(loadStaffCounts);
  const upcoming = useLoader(() => listMyBookings('upcoming', { limit: 1 }).then((p) => p.total));

  const reload = () =>
    Promise.all([rooms.reload(), standing.reload(), upcoming.reload(), staff ? counts.reload() : null]);
  usePageRefresh(reload, { enabled: !!member });

  if (!member) return null;
  const items = rooms.data ?? [];
  return (
    <PageContainer loading={rooms.loading} error={rooms.error} onRetry={rooms.reload}>
      <CellGroup>
        <Cell
          title="我的预约"
          label="查看、取消预约，签到记录"
          value={upcoming.data ? `${upcoming.data} 个待使用` : undefined}
          arrow
          onClick={() => go(ROUTES.bookingMine)}
          testId="open-my-bookings"
        />
      </CellGroup>
      {standing.data && <StandingBanner standing={standing.data} onAppeal={() => go(ROUTES.bookingAppeal)} />}
      <View className="bk-section-title">本工会场地 · 点场地查看全部时段</View>
      {items.map((room) => (
        <RoomCard key={room.id} room={room} onOpen={() => go(withQuery(ROUTES.bookingRoom, { id: room.id }))} />
      ))}
      {items.length === 0 && <EmptyView text="本工会还没有开放预约的场地" />}
      {staff && (
        <StaffEntries pendingApprovals={counts.data?.approvals ?? 0} pendingAppeals={counts.data?.appeals ?? 0} />
      )}
      <View className="bk-pad" />
    </PageContainer>
  );
}
