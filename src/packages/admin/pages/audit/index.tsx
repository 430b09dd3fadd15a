import { useState } from 'react';
import { View } from '@tarojs/components';
import { Button, CellGroup, EmptyView, PageContainer } from '@/components';
import { adminApi, type AuditEntry, AuditEntryRow, AuditFilter, type AuditQuery } from '@/features/admin';
import { useRequireSession } from '@/features/session';
import { useAction } from '@/lib/use-action';
import { useLoader } from '@/lib/use-loader';
import { usePageRefresh } from '@/lib/use-page-data';

export default function AuditLogPage() {
  const member = useRequireSession();
  const [query, setQuery] = useState<AuditQuery>({});
  const [more, setMore] = useState<AuditEntry[]>([]);
  const page = useLoader(() => adminApi.listAuditLog(query));
  const { reload } = page;
  // A new filter or a pull-down starts again from the newest entries.
  usePageRefresh(
    () => {
      setMore([]);
      return reload();
    },
    { enabled: !!member, onShow: false, deps: [query] },
  );

  const shown = [...(page.data?.items ?? []), ...more];
  const older = useAction(
    async (before: number | undefined) => {
      const next = await adminApi.listAuditLog({ ...query, before });
      setMore((m) => [...m, ...next.items]);
    },
    { toast: true },
  );

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
          <Button loading={older.busy} onClick={() => void older.run(shown.at(-1)?.id)} testId="audit-more">
            再看 {Math.min(20, total - shown.length)} 条
          </Button>
        </View>
      )}
    </PageContainer>
  );
}
