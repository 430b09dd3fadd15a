import { useEffect, useState } from 'react';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Button, CellGroup, EmptyView, PageContainer, showError } from '@/components';
import { adminApi, type AuditEntry, AuditEntryRow, AuditFilter, type AuditQuery } from '@/features/admin';
import { useRequireSession } from '@/features/session';
import { useLoader } from '@/lib/use-loader';

export default function AuditLogPage() {
  const member = useRequireSession();
  const [query, setQuery] = useState<AuditQuery>({});
  const [more, setMore] = useState<AuditEntry[]>([]);
  const [busy, setBusy] = useState(false);
  const page = useLoader(() => adminApi.listAuditLog(query));
  const { reload } = page;
  const signedIn = !!member;
  useEffect(() => {
    if (!signedIn) return;
    setMore([]);
    void reload();
  }, [signedIn, query, reload]);
  usePullDownRefresh(() => {
    setMore([]);
    void reload().then(() => Taro.stopPullDownRefresh());
  });

  const shown = [...(page.data?.items ?? []), ...more];
  const loadMore = async () => {
    setBusy(true);
    try {
      const next = await adminApi.listAuditLog({ ...query, before: shown.at(-1)?.id });
      setMore((m) => [...m, ...next.items]);
    } catch (err) {
      showError(err);
    } finally {
      setBusy(false);
    }
  };

  if (!member) return null;
  const total = page.data?.total ?? 0;
  return (
    <PageContainer loading={page.loading && !page.data} error={page.data ? null : page.error} onRetry={reload}>
      {page.data && <AuditFilter kinds={page.data.kinds} value={query} onChange={setQuery} />}
      <CellGroup
        title={`共 ${total} 条，新的在前`}
        testId="audit-list"
        footer="记录只能追加，不能修改或删除；其中不含姓名以外的个人信息。"
      >
        {shown.length === 0 && !page.loading && <EmptyView text="这段时间没有这类操作" />}
        {shown.map((entry) => (
          <AuditEntryRow key={entry.id} entry={entry} />
        ))}
      </CellGroup>
      {shown.length < total && (
        <View className="audit-more">
          <Button loading={busy} onClick={loadMore} testId="audit-more">
            再看 {Math.min(20, total - shown.length)} 条
          </Button>
        </View>
      )}
    </PageContainer>
  );
}
