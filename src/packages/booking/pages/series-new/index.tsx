import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { ErrorView, PageContainer } from '@/components';
import { isBookingStaff, listManagedRooms, type SeriesCreated } from '@/features/booking';
import { SeriesForm } from '@/features/booking/components/series-form';
import { SeriesResult } from '@/features/booking/components/series-result';
import { StaffOnly } from '@/features/booking/components/staff-only';
import { useRequireSession } from '@/features/session';
import { todayIn } from '@/lib/dayjs';
import { readIdParam, ROUTES } from '@/lib/routes';
import { usePageData } from '@/lib/use-page-data';
import '@/features/booking/components/booking.css';

const activeRooms = () => listManagedRooms().then((rooms) => rooms.filter((r) => r.active));

/** 新增固定安排, then the server's answer for every date in place of the form. */
export default function NewSeriesPage() {
  const member = useRequireSession();
  const staff = isBookingStaff(member);
  const roomId = readIdParam(useRouter().params.roomId) ?? undefined;
  const rooms = usePageData(activeRooms, { enabled: staff, onShow: false });
  const [result, setResult] = useState<SeriesCreated | null>(null);
  // A new form (再新增一个) starts clean.
  const [formKey, setFormKey] = useState(0);

  const created = (r: SeriesCreated) => {
    setResult(r);
    void Taro.setNavigationBarTitle({ title: '安排结果' });
    void Taro.pageScrollTo({ scrollTop: 0, duration: 0 });
  };
  const another = () => {
    setResult(null);
    setFormKey((k) => k + 1);
    void Taro.setNavigationBarTitle({ title: '新增固定安排' });
    void Taro.pageScrollTo({ scrollTop: 0, duration: 0 });
  };
  const openList = () => {
    const pages = Taro.getCurrentPages();
    const back = pages.length > 1 && pages[pages.length - 2]?.route?.includes('pages/series/index');
    if (back) void Taro.navigateBack();
    else void Taro.redirectTo({ url: ROUTES.bookingSeries });
  };

  if (!member) return null;
  if (!staff) return <StaffOnly />;
  const list = rooms.data ?? [];
  return (
    <PageContainer loading={rooms.loading} error={rooms.error} onRetry={rooms.reload}>
      {result && <SeriesResult result={result} onList={openList} onAnother={another} />}
      {!result && list.length > 0 && (
        <SeriesForm key={formKey} rooms={list} roomId={roomId} today={todayIn()} onCreated={created} />
      )}
      {!result && rooms.data && list.length === 0 && (
        <ErrorView title="还没有开放的场地" message="请先在“场地与签到码”中新增场地" />
      )}
      <View className="bk-pad" />
    </PageContainer>
  );
}
