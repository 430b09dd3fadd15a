import { thisYear } from '../../clock';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { allow, memberPolicies } from '../../policy';
import { errors } from '../../schemas/common';
import { findUnion } from '../../services/union-tree';
import { CARE_GROUPS, GROUP_LABELS } from './kinds';
import { CareSummary, SummaryQuery, tags } from './schemas';
import { careSummaryQueries } from './summary-repository';

const money = (value: number) => Math.round(value * 100) / 100;

/**
 * A year's care in numbers: a school by its own kinds, an upper union by group and by school over
 * every school below it (any depth). Counts and sums only, never a name.
 */
const summaryRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/summary',
    {
      schema: {
        operationId: 'getCareSummary',
        tags,
        summary: '一年的慰问次数和金额：学校按类别，上级工会按归类和学校（不含姓名）',
        querystring: SummaryQuery,
        response: { 200: CareSummary, ...errors(400, 401, 403) },
      },
      preHandler: allow('careSummaryReader', '只有工会干事、主席和上级工会可以查看慰问统计'),
    },
    async (request) => {
      const { caller } = request;
      const union = (await findUnion(app.db, caller.unionId))!;
      const upper = memberPolicies.upperUnion({ caller, unionKind: union.kind });
      const year = request.query.year ?? thisYear();
      const sums = careSummaryQueries(app.db, union.id, year, upper);
      const groups = await sums.byGroup();
      const byKind = upper ? [] : await sums.byKind();
      const schools = upper ? await sums.bySchool() : [];
      const byGroup = CARE_GROUPS.map((group) => {
        const found = groups.find((g) => g.group === group);
        return { group, label: GROUP_LABELS[group], count: found?.count ?? 0, amount: money(found?.amount ?? 0) };
      });
      return {
        unionName: union.name,
        year,
        byGroup,
        byKind: byKind.map((k) => ({ ...k, amount: money(k.amount) })),
        schools: schools.map((s) => ({ ...s, amount: money(s.amount) })),
        totals: {
          count: byGroup.reduce((n, g) => n + g.count, 0),
          amount: money(byGroup.reduce((n, g) => n + g.amount, 0)),
        },
      };
    },
  );
};

export default summaryRoutes;
