import { View } from '@tarojs/components';
import { EmptyView, LoadMore, PageContainer, showSuccess } from '@/components';
import { isBookingStaff, listManagedBookings, type Booking } from '@/features/booking';
import { ApprovalItem } from '@/features/booking/components/approval-item';
import { StaffOnly } from '@/features/booking/components/staff-only';
import { useRequireSession } from '@/features/session';
import { useLoadMore } from '@/lib/use-load-more';
import { usePageData } from '@/lib/use-page-data';

const PAGE_SIZE = 20;

export default function ApprovalsPage() {
  const member = useRequireSession();
  const staff = isBookingStaff(member);
  const queue = usePageData(() => listManagedBookings({ status: 'pending', limit: PAGE_SIZE }), { enabled: staff });
  // Soonest first, a page at a time: a busy week's queue stays whole, however long it grows.
  const more = useLoadMore(queue, (after) => listManagedBookings({ status: 'pending', limit: PAGE_SIZE, after }));
  const { reload, setData } = queue;

  const decided = (b: Booking) => {
    showSuccess(b.status === 'rejected' ? '已驳回' : '已通过');
    setData((page) => page && { ...page, items: page.items.filter((x) => x.id !== b.id), total: page.total - 1 });
  };

  if (!member) return null;
  if (!staff) return <StaffOnly />;
  const items = queue.data?.items ?? [];
  return (
    <PageContainer loading={queue.loading} error={queue.error} onRetry={reload}>
      <View className="bk-section-title">待审核 {queue.data?.total ?? 0} 条 · 按使用时间先后</View>
      {items.map((b) => (
        <ApprovalItem key={b.id} booking={b} onDecided={decided} />
      ))}
      {items.length === 0 && <EmptyView text="没有待审核的预约" />}
      {queue.data && <LoadMore paging={more} shown={items.length} testId="approvals-more" />}
      <View className="bk-pad" />
    </PageContainer>
  );
}
