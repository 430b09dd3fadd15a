import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Button, Cell, CellGroup, EmptyView, ErrorView, PageContainer } from '@/components';
import { isSchoolOfficer, isUpperOfficer } from '@/features/assessment';
import { beijingToday, careApi, money, shortDay } from '@/features/care';
import { SummaryView } from '@/features/care/components/summary-view';
import { useRequireSession } from '@/features/session';
import { ROUTES, withQuery } from '@/lib/routes';
import { usePageData } from '@/lib/use-page-data';
import '@/features/care/components/care.css';

const YEAR = Number(beijingToday().slice(0, 4));

/** 送温暖: this year's visits and payments (staff), or the totals of the schools below (upper union). */
export default function CareIndexPage() {
  const member = useRequireSession();
  const school = isSchoolOfficer(member);
  const upper = isUpperOfficer(member);
  const data = usePageData(
    async () => ({
      summary: await careApi.getSummary(YEAR),
      records: school ? await careApi.listRecords(YEAR) : [],
      suggestions: school ? await careApi.listSuggestions() : [],
    }),
    { enabled: school || upper },
  );

  if (!member) return null;
  if (!school && !upper)
    return (
      <PageContainer>
        <ErrorView title="无法查看" message="只有工会干事、主席和上级工会可以查看送温暖记录" />
      </PageContainer>
    );
  const d = data.data;
  return (
    <PageContainer loading={data.loading && !d} error={d ? null : data.error} onRetry={data.reload}>
      {d && (
        <>
          <SummaryView summary={d.summary} />
          {school && (
            <>
              <View className="care-actions">
                <Button
                  type="primary"
                  onClick={() => void Taro.navigateTo({ url: ROUTES.careRecord })}
                  testId="care-new"
                >
                  记录慰问
                </Button>
                <Button onClick={() => void Taro.navigateTo({ url: ROUTES.careHardship })} testId="care-hardship">
                  困难职工名单
                </Button>
                <Button onClick={() => void Taro.navigateTo({ url: ROUTES.careKinds })} testId="care-kinds">
                  慰问类别
                </Button>
              </View>
              {d.suggestions.length > 0 && (
                <CellGroup title="建议慰问（大病医疗、生活困难求助已办结）">
                  {d.suggestions.map((s) => (
                    <Cell
                      key={s.helpCaseId}
                      title={s.memberName}
                      label={s.category}
                      arrow
                      value="去记录"
                      onClick={() =>
                        void Taro.navigateTo({
                          url: withQuery(ROUTES.careRecord, {
                            memberId: s.memberId,
                            memberName: s.memberName,
                            helpCaseId: s.helpCaseId,
                          }),
                        })
                      }
                    />
                  ))}
                </CellGroup>
              )}
              <CellGroup title={`${YEAR}年慰问记录`} testId="care-records">
                {d.records.length === 0 && <EmptyView text="今年还没有慰问记录" />}
                {d.records.map((r) => (
                  <Cell
                    key={r.id}
                    multiline
                    title={`${r.memberName} · ${r.kindLabel}`}
                    label={[shortDay(r.careDate), r.visitors, money(r.amount), r.gifts].filter(Boolean).join(' · ')}
                  />
                ))}
              </CellGroup>
            </>
          )}
        </>
      )}
    </PageContainer>
  );
}
