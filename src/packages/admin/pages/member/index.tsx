import Taro, { useRouter } from '@tarojs/taro';
import { ErrorView, PageContainer, showSuccess } from '@/components';
import { adminApi, MemberForm, roleChoicesFor } from '@/features/admin';
import { useRequireSession } from '@/features/session';
import { readIdParam } from '@/lib/routes';
import { usePageData } from '@/lib/use-page-data';

export default function MemberPage() {
  const member = useRequireSession();
  const id = readIdParam(useRouter().params.id);
  const data = usePageData(
    async () => {
      const [target, branches] = await Promise.all([adminApi.getMember(id!), adminApi.listBranches()]);
      return { target, branches: branches.items };
    },
    { enabled: !!member && id !== null, onShow: false },
  );
  const { reload } = data;

  const onSaved = () => {
    showSuccess('已保存');
    // Let the toast be seen before the roster (which reloads on show) comes back.
    setTimeout(() => void Taro.navigateBack(), 800);
  };

  if (!member) return null;
  if (id === null) {
    return (
      <PageContainer>
        <ErrorView title="找不到这位会员" message="链接不完整，请从会员名册进入" />
      </PageContainer>
    );
  }
  const target = data.data?.target;
  return (
    <PageContainer loading={data.loading && !data.data} error={data.data ? null : data.error} onRetry={reload}>
      {target?.erased && (
        <ErrorView
          title="这位会员已注销账号"
          message="个人信息已按注销规则删除或匿名化，资料不能再修改。如需恢复，请重新导入名册。"
        />
      )}
      {target && !target.erased && (
        <MemberForm
          member={target}
          branches={data.data!.branches}
          roleChoices={roleChoicesFor(member.union.kind)}
          onSaved={onSaved}
        />
      )}
    </PageContainer>
  );
}
