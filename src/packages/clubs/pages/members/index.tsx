import { useRouter } from '@tarojs/taro';
import { Cell, CellGroup, EmptyView, PageContainer } from '@/components';
import { listClubMembers } from '@/features/clubs';
import { useRequireSession } from '@/features/session';
import { formatDate } from '@/lib/dayjs';
import { readIdParam } from '@/lib/routes';
import { usePageData } from '@/lib/use-page-data';

// The club's roster: leaders first, then members by when they joined.
export default function ClubMembersPage() {
  const member = useRequireSession();
  const id = readIdParam(useRouter().params.id) ?? 0;
  const list = usePageData(() => listClubMembers(id), { enabled: !!member, onShow: false });

  if (!member) return null;
  const items = list.data ?? [];
  return (
    <PageContainer loading={list.loading && !list.data} error={list.error} onRetry={list.reload}>
      <CellGroup title={`共 ${items.length} 人`} testId="club-members">
        {items.map((m) => (
          <Cell
            key={m.id}
            title={m.name}
            label={`${formatDate(m.joinedAt)}加入`}
            value={m.role === 'leader' ? '负责人' : undefined}
          />
        ))}
        {list.data && items.length === 0 && <EmptyView text="还没有成员" />}
      </CellGroup>
    </PageContainer>
  );
}
