import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Cell, CellGroup, EmptyView, PageContainer, showSuccess } from '@/components';
import { adminApi, type Branch, BranchNameForm } from '@/features/admin';
import { useRequireSession } from '@/features/session';
import { usePageData } from '@/lib/use-page-data';
import { errorMessage } from '@/services/http';
import { COLORS } from '@/lib/colors';
import './index.css';

export default function BranchesPage() {
  const member = useRequireSession();
  const list = usePageData(adminApi.listBranches, { enabled: !!member, onShow: false });
  const [renaming, setRenaming] = useState<Branch | null>(null);
  const { reload } = list;

  const remove = async (branch: Branch) => {
    const { confirm } = await Taro.showModal({
      title: '删除分工会',
      content: `确定删除「${branch.name}」吗？`,
      confirmColor: COLORS.dangerStrong,
    });
    if (!confirm) return;
    try {
      await adminApi.deleteBranch(branch.id);
      showSuccess('已删除');
      await reload();
    } catch (err) {
      // The refusals are full sentences (how many members, what to do instead): a toast would cut them.
      await Taro.showModal({ title: '不能删除', content: errorMessage(err), showCancel: false, confirmText: '知道了' });
    }
  };

  const choose = async (branch: Branch) => {
    const picked = await Taro.showActionSheet({ itemList: ['改名', '删除'] }).catch(() => null);
    if (picked?.tapIndex === 0) setRenaming(branch);
    if (picked?.tapIndex === 1) await remove(branch);
  };

  if (!member) return null;
  const items = list.data?.items;
  return (
    <PageContainer loading={list.loading && !list.data} error={list.data ? null : list.error} onRetry={reload}>
      {renaming ? (
        <BranchNameForm
          key={renaming.id}
          title={`给「${renaming.name}」改名`}
          initial={renaming.name}
          submitLabel="保存"
          testId="branch-rename"
          onCancel={() => setRenaming(null)}
          onSubmit={async (name) => {
            await adminApi.renameBranch(renaming.id, name);
            setRenaming(null);
            showSuccess('已改名');
            await reload();
          }}
        />
      ) : (
        <CellGroup
          title={list.data ? `${list.data.unionName}：${items?.length ?? 0} 个分工会` : ''}
          testId="branch-list"
          footer="点一个分工会可以改名或删除。有在册会员的分工会，要先把会员调到其他分工会才能删除。"
        >
          {items?.length === 0 && <EmptyView text="还没有分工会，请在下面新建" />}
          {items?.map((b) => (
            <Cell
              key={b.id}
              title={b.name}
              arrow
              testId={`branch-${b.name}`}
              onClick={() => void choose(b)}
              value={<View className={b.memberCount ? '' : 'branches-empty'}>{b.memberCount} 人</View>}
            />
          ))}
        </CellGroup>
      )}
      {!renaming && (
        <BranchNameForm
          title="新建分工会"
          submitLabel="新建"
          testId="branch-new"
          onSubmit={async (name) => {
            await adminApi.createBranch(name);
            showSuccess('已新建');
            await reload();
          }}
        />
      )}
      <View className="branches-bottom" />
    </PageContainer>
  );
}
