import Taro, { useRouter } from '@tarojs/taro';
import { Cell, CellGroup, ErrorView, PageContainer } from '@/components';
import {
  CaseFiles,
  CaseHeader,
  CaseVisits,
  DescriptionCard,
  HandlerActions,
  handlesHelp,
  helpApi,
  MemberCard,
  Timeline,
} from '@/features/help';
import { useRequireSession } from '@/features/session';
import { readIdParam, ROUTES, withQuery } from '@/lib/routes';
import { usePageData } from '@/lib/use-page-data';

export default function HelpCasePage() {
  const member = useRequireSession();
  const id = readIdParam(useRouter().params.id);
  const handles = handlesHelp(member);
  const kase = usePageData(() => helpApi.getHelpCase(id ?? 0), { enabled: handles && !!id });

  if (!member) return null;
  if (!handles || !id) {
    return (
      <PageContainer>
        <ErrorView
          title="无法查看"
          message={handles ? '链接有误或求助已删除' : '只有本工会的工会干事和工会主席可以办理求助'}
        />
      </PageContainer>
    );
  }
  const data = kase.data;
  return (
    <PageContainer loading={kase.loading} error={kase.error} onRetry={kase.reload}>
      {data && (
        <>
          <CaseHeader kase={data} viewer="handler" />
          <MemberCard kase={data} />
          <DescriptionCard text={data.description} />
          <CaseFiles kase={data} />
          <HandlerActions kase={data} meId={member.id} onChanged={kase.reload} />
          <CaseVisits kase={data} onChanged={kase.reload} />
          {!data.anonymous && (
            <CellGroup title="送温暖">
              <Cell
                title="记录慰问"
                label="为这位会员记录一次慰问或帮扶（计入送温暖）"
                arrow
                testId="help-record-care"
                onClick={() => Taro.navigateTo({ url: withQuery(ROUTES.careRecord, { helpCaseId: data.id }) })}
              />
            </CellGroup>
          )}
          <CellGroup title="办理记录">
            <Timeline events={data.events} viewer="handler" />
          </CellGroup>
        </>
      )}
    </PageContainer>
  );
}
