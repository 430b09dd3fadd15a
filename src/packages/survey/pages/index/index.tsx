import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Cell, CellGroup, EmptyView, PageContainer } from '@/components';
import { useRequireSession } from '@/features/session';
import { canManageSurveys, isSupervisor, surveyApi } from '@/features/survey';
import { OpenSurveyCells, PublishedSurveyCells } from '@/features/survey/components/survey-cells';
import { ROUTES } from '@/lib/routes';
import { useLoader } from '@/lib/use-loader';
import { usePageRefresh } from '@/lib/use-page-data';
import './index.css';

/** 会员评议: the evaluations open to the member, published results, and the officers' ways in. */
export default function SurveyHomePage() {
  const member = useRequireSession();
  const open = useLoader(surveyApi.listOpenSurveys);
  const published = useLoader(surveyApi.listPublishedSurveys);
  const reload = () => Promise.all([open.reload(), published.reload()]);

  // Coming back from answering: the list shows 已参评.
  usePageRefresh(reload, { enabled: !!member });

  if (!member) return null;
  const manager = canManageSurveys(member);
  const supervisor = isSupervisor(member);
  return (
    <PageContainer loading={open.loading} error={open.error} onRetry={open.reload} className="sv-home">
      <View className="sv-home__banner">
        <Text className="sv-home__title">会员评议职工之家</Text>
        <Text className="sv-home__text">
          评议不记名：系统只记录您是否参评，答案与姓名分开保存，任何人都查不出某份答卷是谁填的。
        </Text>
      </View>
      {(manager || supervisor) && (
        <CellGroup title="工会工作">
          {manager && (
            <Cell
              title="评议管理"
              label="新建、发布评议，查看结果、导出"
              arrow
              onClick={() => Taro.navigateTo({ url: ROUTES.surveyManage })}
              testId="survey-manage"
            />
          )}
          {supervisor && (
            <Cell
              title="各校评议汇总"
              label="各校参评率、满意率"
              arrow
              onClick={() => Taro.navigateTo({ url: ROUTES.surveyRollup })}
              testId="survey-rollup"
            />
          )}
        </CellGroup>
      )}
      <CellGroup title="正在进行" testId="open-surveys">
        {open.data && open.data.length > 0 ? (
          <OpenSurveyCells items={open.data} />
        ) : (
          <EmptyView text="目前没有需要您参加的评议" />
        )}
      </CellGroup>
      {published.data && published.data.length > 0 && (
        <CellGroup title="往期结果">
          <PublishedSurveyCells items={published.data} />
        </CellGroup>
      )}
    </PageContainer>
  );
}
