import { useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import { Input, View } from '@tarojs/components';
import { Button, Cell, CellGroup, EmptyView, LoadMore, PageContainer, showError, Tag } from '@/components';
import {
  adminApi,
  chooseRosterFile,
  ImportReportView,
  MAX_ROSTER_BYTES,
  ROLE_LABELS,
  uploadRoster,
  type ImportReport,
  type RosterFile,
  type RosterMember,
} from '@/features/admin';
import { ROUTES, withQuery } from '@/lib/routes';
import { useRequireSession } from '@/features/session';
import { useAction } from '@/lib/use-action';
import { useLoadMore } from '@/lib/use-load-more';
import { usePageData } from '@/lib/use-page-data';
import './index.css';

const statusTag = (m: RosterMember) =>
  m.erased ? (
    <Tag tone="grey">已注销</Tag>
  ) : m.status === 'left' ? (
    <Tag tone="grey">已离会</Tag>
  ) : m.roles.length ? (
    <Tag>{ROLE_LABELS[m.roles[0]!]}</Tag>
  ) : undefined;

export default function RosterPage() {
  const member = useRequireSession();
  const [q, setQ] = useState('');
  // 加载更多 goes on with the search the list on screen was found by, not with what is typed since.
  const shownSearch = useRef<{ q?: string }>({});
  // Back from a member's page (refresh on show): show what was saved there.
  const list = usePageData(
    () => {
      shownSearch.current = q.trim() ? { q: q.trim() } : {};
      return adminApi.listMembers(shownSearch.current);
    },
    { enabled: !!member },
  );
  const more = useLoadMore(list, (after) => adminApi.listMembers({ ...shownSearch.current, after }));
  const [file, setFile] = useState<RosterFile | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const { reload } = list;
  const clearImport = () => {
    setReport(null);
    setFile(null);
  };

  // First a dry run that reports each row's problems; nothing is imported until 确认导入.
  const check = useAction(
    async (picked: RosterFile) => {
      setReport(await uploadRoster(picked, true));
      setFile(picked);
    },
    { toast: true },
  );
  const importing = useAction((picked: RosterFile) => uploadRoster(picked, false), {
    toast: true,
    success: (done) => `已导入 ${done.total} 行`,
    then: () => {
      clearImport();
      return reload();
    },
  });

  const pick = async () => {
    const picked = await chooseRosterFile().catch(() => null);
    if (!picked) return;
    if (picked.size > MAX_ROSTER_BYTES) return showError('名册文件不能超过 10 MB');
    await check.run(picked);
  };

  if (!member) return null;
  const items = list.data?.items;
  return (
    <PageContainer loading={list.loading && !list.data} error={list.data ? null : list.error} onRetry={reload}>
      <View className="roster-search">
        <Input
          className="roster-search__input"
          value={q}
          placeholder="搜索姓名、工号或手机号"
          aria-label="搜索会员"
          confirmType="search"
          onInput={(e) => setQ(e.detail.value)}
          onConfirm={() => void reload()}
          data-testid="roster-search"
        />
      </View>
      {report ? (
        <View>
          <ImportReportView report={report} />
          <View className="roster-actions">
            <Button
              type="primary"
              loading={importing.busy}
              disabled={report.problems.length > 0}
              onClick={() => void (file && importing.run(file))}
              testId="roster-confirm"
            >
              确认导入
            </Button>
            <Button onClick={clearImport}>取消</Button>
          </View>
        </View>
      ) : (
        <CellGroup title={`共 ${list.data?.total ?? 0} 人`} testId="roster-list">
          {items && items.length === 0 && <EmptyView text={q ? '没有找到这位会员' : '名册还是空的，请导入名册'} />}
          {items?.map((m) => (
            <Cell
              key={m.id}
              title={m.name}
              arrow
              testId={`roster-${m.staffNo}`}
              onClick={() => void Taro.navigateTo({ url: withQuery(ROUTES.adminMember, { id: m.id }) })}
              label={
                m.erased
                  ? '本人已注销账号'
                  : `${m.staffNo} · ${m.branchName ?? '未分配分工会'}${m.bound ? '' : ' · 未绑定微信'}`
              }
              value={statusTag(m)}
            />
          ))}
        </CellGroup>
      )}
      {!report && list.data && <LoadMore paging={more} shown={list.data.items.length} testId="roster-more" />}
      {!report && (
        <View className="roster-actions">
          <Button type="primary" loading={check.busy} onClick={pick} testId="roster-import">
            导入名册
          </Button>
          <View className="roster-hint">
            CSV 或 XLSX，第一行为：姓名、工号、分工会、手机号、会籍状态。先检查，确认后才导入。
          </View>
        </View>
      )}
    </PageContainer>
  );
}
