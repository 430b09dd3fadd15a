import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Button, CellGroup, EmptyView, ErrorView, PageContainer } from '@/components';
import { useRequireSession } from '@/features/session';
import { canManageSurveys, surveyApi } from '@/features/survey';
import { ReceiptVerify } from '@/features/survey/components/receipt-verify';
import { StaffSurveyCells } from '@/features/survey/components/survey-cells';
import { ROUTES, withQuery } from '@/lib/routes';
import { useLoader } from '@/lib/use-loader';
import { usePageRefresh } from '@/lib/use-page-data';
import './index.css';

const STARTS = [
  { label: '使用标准模板（推荐）', template: 'standard' },
  { label: '自己出题', template: 'blank' },
];

/** Staff and the chair: every evaluation of the union, a new one, and receipt checks. */
export default function SurveyManagePage() {
  const member = useRequireSession();
  const list = useLoader(surveyApi.listSurveys);
  usePageRefresh(list.reload, { enabled: !!member });

  const start = async () => {
    const choice = await Taro.showActionSheet({ itemList: STARTS.map((s) => s.label) }).catch(() => null);
    const picked = choice && STARTS[choice.tapIndex];
    if (picked) void Taro.navigateTo({ url: withQuery(ROUTES.surveyEdit, { template: picked.template }) });
  };

  if (!member) return null;
  if (!canManageSurveys(member)) {
    return (
      <PageContainer>
        <ErrorView title="无法管理评议" message="只有本工会的工会干事或工会主席可以管理评议" />
      </PageContainer>
    );
  }
  return (
    <PageContainer loading={list.loading} error={list.error} onRetry={list.reload} className="sv-manage">
      <CellGroup title="本工会的评议" testId="staff-surveys">
        {list.data && list.data.length > 0 ? (
          <StaffSurveyCells items={list.data} />
        ) : (
          <EmptyView text="还没有评议，点下方按钮新建" />
        )}
      </CellGroup>
      <ReceiptVerify />
      <View className="sv-manage__new">
        <Button type="primary" onClick={start} testId="survey-new">
          新建评议
        </Button>
      </View>
    </PageContainer>
  );
}
