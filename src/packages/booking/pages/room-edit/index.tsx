import { useEffect } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { PageContainer, showSuccess } from '@/components';
import { createRoom, getManagedRoom, isBookingStaff, updateRoom, type RoomFormValue } from '@/features/booking';
import { RoomForm } from '@/features/booking/components/room-form';
import { StaffOnly } from '@/features/booking/components/staff-only';
import { useRequireSession } from '@/features/session';
import { readIdParam } from '@/lib/routes';
import { usePageData } from '@/lib/use-page-data';

export default function RoomEditPage() {
  const member = useRequireSession();
  const staff = isBookingStaff(member);
  const id = readIdParam(useRouter().params.id);
  const room = usePageData(() => (id ? getManagedRoom(id) : Promise.resolve(undefined)), {
    enabled: staff,
    onShow: false,
  });
  useEffect(() => {
    void Taro.setNavigationBarTitle({ title: id ? '编辑场地' : '新增场地' });
  }, [id]);

  const save = async (value: RoomFormValue) => {
    if (id) {
      await updateRoom(id, value);
    } else {
      const { active: _active, ...rules } = value;
      await createRoom(rules);
    }
    showSuccess(id ? '已保存' : '已新增');
    setTimeout(() => void Taro.navigateBack(), 800);
  };

  if (!member) return null;
  if (!staff) return <StaffOnly />;
  return (
    <PageContainer loading={room.loading} error={room.error} onRetry={room.reload}>
      {!room.loading && <RoomForm room={room.data} onSave={save} />}
    </PageContainer>
  );
}
