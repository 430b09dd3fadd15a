import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Cell, CellGroup, EmptyView, PageContainer, showSuccess } from '@/components';
import {
  dateTitle,
  deleteClosure,
  isBookingStaff,
  listClosures,
  listManagedRooms,
  type Closure,
  type ClosureCreated,
} from '@/features/booking';
import { ClosureForm } from '@/features/booking/components/closure-form';
import { StaffOnly } from '@/features/booking/components/staff-only';
import { useRequireSession } from '@/features/session';
import { todayIn } from '@/lib/dayjs';
import { useAction } from '@/lib/use-action';
import { usePageData } from '@/lib/use-page-data';
import { COLORS } from '@/lib/colors';
import '@/features/booking/components/booking.css';

const load = () => Promise.all([listClosures(), listManagedRooms()]).then(([closures, rooms]) => ({ closures, rooms }));

const range = (c: Closure) =>
  c.startsOn === c.endsOn ? dateTitle(c.startsOn) : `${dateTitle(c.startsOn)} 至 ${dateTitle(c.endsOn)}`;

export default function ClosuresPage() {
  const member = useRequireSession();
  const staff = isBookingStaff(member);
  const data = usePageData(load, { enabled: staff });
  const [last, setLast] = useState<ClosureCreated | null>(null);
  const { reload } = data;
  const removal = useAction((id: number) => deleteClosure(id), {
    success: '已撤销',
    toast: true,
    then: () => void reload(),
  });

  const created = (result: ClosureCreated) => {
    setLast(result);
    showSuccess('已新增闭馆');
    void Taro.pageScrollTo({ scrollTop: 0, duration: 300 });
    void reload();
  };
  const remove = async (c: Closure) => {
    const { confirm } = await Taro.showModal({
      title: '撤销闭馆',
      content: `撤销“${c.reason}”（${range(c)}）？已取消的预约不会恢复。`,
      confirmText: '撤销',
      confirmColor: COLORS.dangerStrong,
    });
    if (confirm) await removal.run(c.id);
  };

  if (!member) return null;
  if (!staff) return <StaffOnly />;
  const closures = data.data?.closures ?? [];
  return (
    <PageContainer loading={data.loading} error={data.error} onRetry={reload}>
      {last && (
        <Text className="bk-note bk-note--ok bk-closure-result" data-testid="closure-result">
          已新增闭馆“{last.closure.reason}”（{range(last.closure)}），
          {last.cancelledBookings > 0
            ? `取消了其间 ${last.cancelledBookings} 个预约，并已通知相关会员。`
            : '其间没有需要取消的预约。'}
        </Text>
      )}
      <CellGroup title="当前及以后的闭馆">
        {closures.map((c) => (
          <Cell
            key={c.id}
            multiline
            title={`${c.reason} · ${c.roomName ?? '全部场地'}`}
            label={range(c)}
            value={<Text className="bk-closure-remove">撤销</Text>}
            onClick={() => remove(c)}
            testId={`closure-${c.id}`}
          />
        ))}
        {closures.length === 0 && <EmptyView text="暂无闭馆安排" />}
      </CellGroup>
      {data.data && (
        <ClosureForm rooms={data.data.rooms.filter((r) => r.active)} today={todayIn()} onCreated={created} />
      )}
      <View className="bk-pad" />
    </PageContainer>
  );
}
