import { ErrorView, PageContainer } from '@/components';

/** What a member who is not staff sees on a staff page opened by a stale link. */
export function StaffOnly() {
  return (
    <PageContainer>
      <ErrorView title="无法查看" message="只有本工会的工会干事或工会主席可以使用此功能" />
    </PageContainer>
  );
}
