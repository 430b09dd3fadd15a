import { useLoad } from '@tarojs/taro';
import { PageContainer } from '../../../../components';
import { currentSession, DelegateForm, DepartmentForm, SessionForm, useCongress } from '../../../../features/congress';
import { useRequireSession } from '../../../../features/session';
import { useLoader } from '../../../../lib/use-loader';

/** Staff and the chair: open a session, mark the term's 代表, keep the 承办部门 list. */
export default function CongressManagePage() {
  const member = useRequireSession();
  const refresh = useCongress((s) => s.refresh);
  const session = useCongress(currentSession(member?.id));
  const loader = useLoader(() => refresh(member!.id));
  useLoad(() => {
    if (member) void loader.reload();
  });
  if (!member) return null;
  return (
    <PageContainer
      loading={loader.loading && !loader.data}
      error={loader.data ? null : loader.error}
      onRetry={loader.reload}
    >
      {session && <DelegateForm term={session.term} />}
      <DepartmentForm />
      <SessionForm onCreated={() => void loader.reload()} />
    </PageContainer>
  );
}
