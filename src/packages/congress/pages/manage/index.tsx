import { PageContainer } from '@/components';
import {
  congressApi,
  currentSession,
  DelegateForm,
  DepartmentForm,
  SessionForm,
  SettingsForm,
  useCongress,
} from '@/features/congress';
import { useRequireSession } from '@/features/session';
import { usePageData } from '@/lib/use-page-data';

/** Staff and the chair: the union's 附议人数, open a session, mark the term's 代表, keep the 承办部门 list. */
export default function CongressManagePage() {
  const member = useRequireSession();
  const refresh = useCongress((s) => s.refresh);
  const session = useCongress(currentSession(member?.id));
  const loader = usePageData(() => Promise.all([refresh(member!.id), congressApi.getSettings()]), {
    enabled: !!member,
    onShow: false,
  });
  if (!member) return null;
  const settings = loader.data?.[1];
  return (
    <PageContainer
      loading={loader.loading && !loader.data}
      error={loader.data ? null : loader.error}
      onRetry={loader.reload}
    >
      {session && <DelegateForm term={session.term} />}
      <DepartmentForm />
      {settings && (
        <SettingsForm settings={settings} onSaved={(next) => loader.setData((d) => (d ? [d[0], next] : d))} />
      )}
      {settings && (
        <SessionForm secondersRequired={settings.secondersRequired} onCreated={() => void loader.reload()} />
      )}
    </PageContainer>
  );
}
