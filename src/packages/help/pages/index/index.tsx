import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Badge, Button, Cell, CellGroup, EmptyView, LoadMore, PageContainer } from '@/components';
import { handlesHelp, helpApi, MyCaseCells } from '@/features/help';
import { useRequireSession } from '@/features/session';
import { ROUTES } from '@/lib/routes';
import { useLoadMore } from '@/lib/use-load-more';
import { useLoader } from '@/lib/use-loader';
import { usePageRefresh } from '@/lib/use-page-data';
import './index.css';

export default function HelpIndexPage() {
  const member = useRequireSession();
  const handles = handlesHelp(member);
  const mine = useLoader(() => helpApi.listMyHelpRequests());
  const more = useLoadMore(mine, helpApi.listMyHelpRequests);
  const counts = useLoader(() => (handles ? helpApi.getHelpSummary() : Promise.resolve(null)));
  const reload = () => Promise.all([mine.reload(), counts.reload()]);

  usePageRefresh(reload, { enabled: !!member });

  if (!member) return null;
  const c = counts.data;
  return (
    <PageContainer loading={mine.loading} error={mine.error} onRetry={reload}>
      <View className="help-intro">
        <Text className="help-intro__title">遇到困难，工会帮您</Text>
        <Text className="help-intro__text">
          生活困难、大病医疗、子女教育、法律咨询、劳动人事争议，或者对工会的意见建议，都可以在这里提出。工会受理后会在规定时限内答复，并跟进回访。
        </Text>
        <Button type="primary" onClick={() => void Taro.navigateTo({ url: ROUTES.helpNew })} testId="help-new">
          我要求助
        </Button>
      </View>

      {handles && (
        <CellGroup title="工会办理">
          <Cell
            title="求助办理"
            label={c ? `待受理 ${c.submitted} · 超期 ${c.overdue} · 回访到期 ${c.visitsDue}` : '查看本工会的求助'}
            value={c && c.overdue + c.submitted > 0 ? <Badge count={c.overdue + c.submitted} /> : undefined}
            arrow
            onClick={() => void Taro.navigateTo({ url: ROUTES.helpQueue })}
            testId="help-open-queue"
          />
        </CellGroup>
      )}

      <CellGroup title="我的求助" testId="help-my-list">
        {mine.data && mine.data.items.length > 0 && <MyCaseCells items={mine.data.items} />}
        {mine.data && mine.data.items.length === 0 && <EmptyView text="您还没有提交过求助" />}
      </CellGroup>
      {mine.data && <LoadMore paging={more} shown={mine.data.items.length} testId="help-my-more" />}
    </PageContainer>
  );
}
