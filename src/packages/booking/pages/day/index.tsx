import { useState } from 'react';
import { View } from '@tarojs/components';
import { EmptyView, Loading, PageContainer } from '@/components';
import { dateTitle, getDayView, isBookingStaff, type DayRoom } from '@/features/booking';
import { DayRoomCard, DaySummary } from '@/features/booking/components/day-room';
import { PeriodSwitcher } from '@/features/booking/components/period-switcher';
import { StaffOnly } from '@/features/booking/components/staff-only';
import { useRequireSession } from '@/features/session';
import { beijing, todayIn } from '@/lib/dayjs';
import { usePageData } from '@/lib/use-page-data';
import '@/features/booking/components/booking.css';

const booked = (room: DayRoom) => room.slots.some((s) => s.bookings.length > 0);
/** Rooms in use that day first, each group in the union's own order. */
const busyFirst = (rooms: DayRoom[]) => [...rooms.filter(booked), ...rooms.filter((r) => !booked(r))];

const shift = (date: string, days: number) => beijing(`${date}T12:00:00+08:00`).add(days, 'day').format('YYYY-MM-DD');

export default function DayPage() {
  const member = useRequireSession();
  const staff = isBookingStaff(member);
  const [date, setDate] = useState(() => todayIn());
  const day = usePageData(() => getDayView(date), { enabled: staff, deps: [date] });
  const { reload } = day;

  if (!member) return null;
  if (!staff) return <StaffOnly />;
  const today = todayIn();
  const label = `${dateTitle(date)}${date === today ? '（今天）' : ''}`;
  return (
    <PageContainer loading={day.loading} error={day.error} onRetry={reload}>
      <PeriodSwitcher
        label={label}
        prevText="前一天"
        nextText="后一天"
        onPrev={() => setDate(shift(date, -1))}
        onNext={() => setDate(shift(date, 1))}
        pick={{ fields: 'day', value: date, onChange: setDate }}
      />
      {day.loading && <Loading />}
      {day.data && <DaySummary view={day.data} now={Date.now()} />}
      {day.data && busyFirst(day.data.rooms).map((room) => <DayRoomCard key={room.id} room={room} now={Date.now()} />)}
      {day.data && day.data.rooms.length === 0 && <EmptyView text="还没有开放预约的场地" />}
      <View className="bk-pad" />
    </PageContainer>
  );
}
