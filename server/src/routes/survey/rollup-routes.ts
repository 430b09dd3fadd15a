import { thisYear } from '../../clock';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Static } from '@sinclair/typebox';
import { errors } from '../../schemas/common';
import { closeLapsedSurveys } from './lifecycle';
import { surveyRepository } from './repository';
import { RollupQuery, SurveyRollup } from './schemas';
import { meetsPassLine, percent, type SatisfactionCount, satisfactionRate } from './tally';
import { DEFAULT_PASS_LINE, MIN_GROUP } from './template';
import { allow } from '../../policy';

type Rollup = Static<typeof SurveyRollup>;
const beijingYear = () => thisYear();
const EMPTY = { audience: 0, answered: null, turnoutRate: null, satisfactionRate: null, passed: null };

/**
 * An upper union's roll-up (district or city, any depth above the schools): each school's 参评率 and 满意率 and the totals, counts only. A school
 * with fewer than five answers shows 样本不足 and stays out of the totals, so that subtracting
 * the shown schools from the total cannot reveal it.
 */
const rollupRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const repo = surveyRepository(app.db);

  app.get(
    '/rollup',
    {
      schema: {
        operationId: 'getSurveyRollup',
        tags: ['会员评议（区教育工会）'],
        summary: '各校参评率、满意率与合计（不足 5 份显示样本不足，不含任何个人答卷）',
        querystring: RollupQuery,
        response: { 200: SurveyRollup, ...errors(400, 401, 403) },
      },
      preHandler: allow('supervisor', '只有上级工会可以查看各校评议汇总'),
    },
    async (request) => {
      const { caller } = request;
      // The supervisor policy let them in: the roll-up is of the union they supervise.
      const grant = caller.roles.find((g) => g.role === 'supervisor')!;
      await closeLapsedSurveys(app.db, app.keyRing);
      const year = request.query.year ?? beijingYear();

      const schools: Rollup['schools'] = [];
      const sum = {
        audience: 0,
        answered: 0,
        counted: 0,
        insufficient: 0,
        satisfaction: { valid: 0, satisfied: 0, basic: 0, unsatisfied: 0 } as SatisfactionCount,
      };
      for (const school of await repo.rollupOf(grant.unionId, year)) {
        const base = { unionId: school.unionId, unionName: school.unionName, parentName: school.parentName };
        if (school.surveyId === null) {
          schools.push({ ...base, survey: null, ...EMPTY, audience: school.schoolMembers, insufficient: false });
          continue;
        }
        const turnout = { audience: school.audience!, answered: school.answered };
        const summary = { id: school.surveyId, title: school.title!, phase: school.phase!, passLine: school.passLine! };
        if (turnout.answered < MIN_GROUP) {
          sum.insufficient += 1;
          schools.push({ ...base, survey: summary, ...EMPTY, audience: turnout.audience, insufficient: true });
          continue;
        }
        const count: SatisfactionCount | null =
          school.satisfied === null
            ? null
            : {
                satisfied: school.satisfied,
                basic: school.basic!,
                unsatisfied: school.unsatisfied!,
                valid: school.satisfied + school.basic! + school.unsatisfied!,
              };
        sum.counted += 1;
        sum.audience += turnout.audience;
        sum.answered += turnout.answered;
        if (count)
          for (const key of ['valid', 'satisfied', 'basic', 'unsatisfied'] as const)
            sum.satisfaction[key] += count[key];
        schools.push({
          ...base,
          survey: summary,
          audience: turnout.audience,
          answered: turnout.answered,
          turnoutRate: percent(turnout.answered, turnout.audience),
          satisfactionRate: count && count.valid >= MIN_GROUP ? satisfactionRate(count) : null,
          passed: count && count.valid >= MIN_GROUP ? meetsPassLine(count, summary.passLine) : null,
          insufficient: false,
        });
      }
      const hasSatisfaction = sum.satisfaction.valid >= MIN_GROUP;
      return {
        districtName: await repo.unionName(grant.unionId),
        year,
        minGroup: MIN_GROUP,
        schools,
        totals: {
          audience: sum.audience,
          answered: sum.counted ? sum.answered : null,
          turnoutRate: sum.counted ? percent(sum.answered, sum.audience) : null,
          satisfactionRate: hasSatisfaction ? satisfactionRate(sum.satisfaction) : null,
          passed: hasSatisfaction ? meetsPassLine(sum.satisfaction, DEFAULT_PASS_LINE) : null,
          schoolsCounted: sum.counted,
          schoolsInsufficient: sum.insufficient,
        },
      };
    },
  );
};

export default rollupRoutes;
