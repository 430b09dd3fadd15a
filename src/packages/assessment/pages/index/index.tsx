import Taro from '@tarojs/taro';
import { Cell, CellGroup, EmptyView, ErrorView, PageContainer } from '@/components';
import {
  assessmentApi,
  isSchoolOfficer,
  isUpperOfficer,
  PHASE_LABELS,
  type Round,
  shortDay,
} from '@/features/assessment';
import { OpenRoundForm } from '@/features/assessment/components/open-round-form';
import { useRequireSession } from '@/features/session';
import { ROUTES, withQuery } from '@/lib/routes';
import { usePageData } from '@/lib/use-page-data';

/** 建家评家: the rounds that concern the officer's union; upper unions open this year's. */
export default function AssessmentIndexPage() {
  const member = useRequireSession();
  const upper = isUpperOfficer(member);
  const school = isSchoolOfficer(member);
  const rounds = usePageData(assessmentApi.listRounds, { enabled: upper || school });

  if (!member) return null;
  if (!upper && !school)
    return (
      <PageContainer>
        <ErrorView title="无法查看" message="只有工会干事、主席和上级工会可以使用建家评家" />
      </PageContainer>
    );
  const open = (round: Round) =>
    Taro.navigateTo({
      url: school
        ? withQuery(ROUTES.assessmentSelf, { roundId: round.id, schoolId: member.union.id })
        : withQuery(ROUTES.assessmentRollup, { roundId: round.id }),
    });
  const year = Number(new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 4));
  const ownThisYear = rounds.data?.some((r) => r.unionId === member.union.id && r.year === year);
  return (
    <PageContainer
      loading={rounds.loading && !rounds.data}
      error={rounds.data ? null : rounds.error}
      onRetry={rounds.reload}
    >
      {rounds.data && (
        <>
          <CellGroup title={school ? '上级工会开启的评家' : '评家'} testId="round-list">
            {rounds.data.length === 0 && (
              <EmptyView text={school ? '上级工会还没有开启评家' : '还没有评家，可在下面开启本年度的'} />
            )}
            {rounds.data.map((r) => (
              <Cell
                key={r.id}
                title={r.title}
                multiline
                arrow
                testId={`round-${r.id}`}
                onClick={() => void open(r)}
                label={`${r.unionName} · ${PHASE_LABELS[r.phase]} · ${shortDay(r.opensOn)}至${shortDay(r.closesOn)} · 满分 ${r.totalPoints} 分`}
                value={school ? '我校自评' : '各校汇总'}
              />
            ))}
          </CellGroup>
          {rounds.data.length > 0 && (
            <CellGroup title="片组互查" testId="peer-rounds">
              {rounds.data.map((r) => (
                <Cell
                  key={r.id}
                  title={school ? '我校要查看的学校' : '互查安排'}
                  label={r.title}
                  arrow
                  testId={`open-peers-${r.id}`}
                  onClick={() => void Taro.navigateTo({ url: withQuery(ROUTES.assessmentPeers, { roundId: r.id }) })}
                />
              ))}
            </CellGroup>
          )}
          {upper && (
            <CellGroup title="上级工会的设置" testId="upper-tools">
              <Cell
                title="评价标准"
                label="考核条目、分值和佐证材料要求"
                arrow
                testId="open-standard"
                onClick={() => void Taro.navigateTo({ url: ROUTES.assessmentStandard })}
              />
              <Cell
                title="工会组织"
                label="下属各级工会，新建区县或学校工会"
                arrow
                testId="open-unions"
                onClick={() => void Taro.navigateTo({ url: ROUTES.assessmentUnions })}
              />
            </CellGroup>
          )}
          {upper && !ownThisYear && (
            <OpenRoundForm
              onOpen={async (input) => {
                const round = await assessmentApi.openRound(input);
                await rounds.reload();
                await Taro.navigateTo({ url: withQuery(ROUTES.assessmentRollup, { roundId: round.id }) });
              }}
            />
          )}
        </>
      )}
    </PageContainer>
  );
}
