import { ErrorView, PageContainer } from '@/components';
import { CategoryEditor, ClosedDaysEditor, handlesHelp, helpApi, ResponseDaysField } from '@/features/help';
import { useRequireSession } from '@/features/session';
import { usePageData } from '@/lib/use-page-data';

const loadAll = () => Promise.all([helpApi.getHelpSettings(), helpApi.listCategories(true), helpApi.listClosedDays()]);

export default function HelpSettingsPage() {
  const member = useRequireSession();
  const handles = handlesHelp(member);
  const data = usePageData(loadAll, { enabled: handles, onShow: false });

  if (!member) return null;
  if (!handles) {
    return (
      <PageContainer>
        <ErrorView title="无法设置" message="只有本工会的工会干事和工会主席可以修改求助设置" />
      </PageContainer>
    );
  }
  const [settings, categories, closedDays] = data.data ?? [];
  return (
    <PageContainer loading={data.loading} error={data.error} onRetry={data.reload}>
      {settings && <ResponseDaysField days={settings.responseDays} onSaved={data.reload} />}
      {categories && <CategoryEditor categories={categories} onChanged={data.reload} />}
      {closedDays && <ClosedDaysEditor items={closedDays} onChanged={data.reload} />}
    </PageContainer>
  );
}
