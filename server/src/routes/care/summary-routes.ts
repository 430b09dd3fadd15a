import { thisYear } from '../../clock';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { allow, memberPolicies } from '../../policy';
import { errors } from '../../schemas/common';
import { findUnion } from '../../services/union-tree';
import { CARE_GROUPS, type CareGroup, GROUP_LABELS } from './kinds';
import { CareSummary, SummaryQuery, tags } from './schemas';

interface Sum {
  count: number;
  amount: number;
}
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
      // The schools counted: the union itself, or every school at any depth below the upper union.
      const scope = upper ? `SELECT id FROM unions_under($1)` : `SELECT $1::int`;
      const params = [union.id, `${year}-01-01`, `${year + 1}-01-01`];
      const where = `c.union_id IN (${scope}) AND c.care_date >= $2::date AND c.care_date < $3::date`;
      const groups = await app.db.query<Sum & { group: CareGroup }>(
        `SELECT c.kind_group AS "group", count(*)::int AS count, coalesce(sum(c.amount), 0) AS amount FROM care_records c WHERE ${where} GROUP BY 1`,
        params,
      );
      const byKind = upper
        ? []
        : await app.db.query<Sum & { kind: string; label: string }>(
            `SELECT c.kind, min(c.kind_label) AS label, count(*)::int AS count, coalesce(sum(c.amount), 0) AS amount
               FROM care_records c WHERE ${where} GROUP BY c.kind ORDER BY count(*) DESC, c.kind`,
            params,
          );
      const schools = upper
        ? await app.db.query<Sum & { unionId: number; unionName: string; parentName: string }>(
            `SELECT u.id AS "unionId", u.name AS "unionName", p.name AS "parentName",
                    count(c.id)::int AS count, coalesce(sum(c.amount), 0) AS amount
               FROM unions_under($1) t JOIN unions u ON u.id = t.id JOIN unions p ON p.id = u.parent_id
               LEFT JOIN care_records c ON c.union_id = u.id AND c.care_date >= $2::date AND c.care_date < $3::date
              WHERE u.kind = 'school' GROUP BY t.depth, p.id, u.id, p.name ORDER BY t.depth, p.id, u.id`,
            params,
          )
        : [];
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
