import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Button, Cell, CellGroup, EmptyView, Tag } from '@/components';
import { CounsellingPage, counsellingApi, MODE_LABELS, SettingsForm, useOverview } from '@/features/counselling';
import { useRequireSession } from '@/features/session';
import { ROUTES, withQuery } from '@/lib/routes';
import { useLoader } from '@/lib/use-loader';
import { usePageRefresh } from '@/lib/use-page-data';

export default function ManageCounsellingPage() {
  const member = useRequireSession();
  const { overview, error, reload } = useOverview(member?.id);
  const counsellors = useLoader(() => counsellingApi.listManaged());

  // Also on coming back from the profile form.
  usePageRefresh(() => Promise.all([reload(), counsellors.reload()]), { enabled: !!member });

  if (!member) return null;
  const edit = (id?: number) =>
    Taro.navigateTo({
      url: id ? withQuery(ROUTES.counsellingCounsellorEdit, { id }) : ROUTES.counsellingCounsellorEdit,
    });
  return (
    <CounsellingPage
      ready={!!overview && !!counsellors.data}
      error={error ?? counsellors.error}
      onRetry={() => void reload().then(() => counsellors.reload())}
    >
      <CellGroup title="咨询师档案" footer="咨询师的预约和笔记只有咨询师本人和来访者能看到。">
        {counsellors.data?.length === 0 && <EmptyView text="还没有咨询师档案" />}
        {counsellors.data?.map((c) => (
          <Cell
            key={c.id}
            title={`${c.displayName}（${c.memberName} ${c.staffNo}）`}
            label={c.modes.map((m) => MODE_LABELS[m]).join(' · ')}
            value={<Tag tone={c.active ? 'green' : 'grey'}>{c.active ? '接待中' : '已暂停'}</Tag>}
            arrow
            onClick={() => edit(c.id)}
          />
        ))}
      </CellGroup>
      <View className="cs-actions">
        <Button onClick={() => edit()} testId="counsellor-new">
          新增咨询师档案
        </Button>
      </View>
      {overview && <SettingsForm initial={{ hotlines: overview.hotlines, ...overview.policy }} />}
    </CounsellingPage>
  );
}
