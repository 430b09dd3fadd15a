import { thisYear, today } from '../../clock';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Static } from '@sinclair/typebox';
import type { Queryable } from '../../db';
import { badRequest, conflict } from '../../errors';
import { errors } from '../../schemas/common';
import { audit, auditActor } from '../../services/audit';
import { allow } from '../../policy';
import { CARE_GROUPS, kindsOf } from './kinds';
import { CareKinds, CareKindsBody, CareListQuery, CareRecord, CareRecordList, RecordCareBody, tags } from './schemas';

export const STAFF_ONLY = '只有本校工会干事或主席可以查看和记录慰问';
const SELECT = `c.id, c.member_id AS "memberId", m.name AS "memberName", c.kind, c.kind_label AS "kindLabel", c.kind_group AS "group",
  c.care_date AS "careDate", c.visitors, c.amount, c.gifts, c.note, c.help_request_id AS "helpCaseId", c.created_at AS "createdAt"
  FROM care_records c JOIN members m ON m.id = c.member_id`;

async function recordById(db: Queryable, id: number) {
  return (await db.query<Static<typeof CareRecord>>(`SELECT ${SELECT} WHERE c.id = $1`, [id]))[0]!;
}

/** 慰问记录: what staff record after a visit or a payment, and the kinds a union records under. */
const recordRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/kinds',
    {
      schema: {
        operationId: 'listCareKinds',
        tags,
        summary: '本会的慰问类别（未调整时为内置的五必访等类别）',
        response: { 200: CareKinds, ...errors(401, 403) },
      },
      preHandler: allow('schoolOfficer', STAFF_ONLY),
    },
    async (request) => ({ items: await kindsOf(app.db, request.caller.unionId) }),
  );

  app.put(
    '/kinds',
    {
      schema: {
        operationId: 'updateCareKinds',
        tags,
        summary: '调整本会的慰问类别（改名、停用、新增；已有记录保留当时的类别名称）',
        body: CareKindsBody,
        response: { 200: CareKinds, ...errors(400, 401, 403) },
      },
      preHandler: allow('schoolOfficer', STAFF_ONLY),
    },
    async (request) => {
      const { caller } = request;
      const items = request.body.items.map((k) => ({ ...k, label: k.label.trim() }));
      const codes = new Set(items.map((k) => k.code));
      if (codes.size !== items.length) throw badRequest('慰问类别的编号不能重复');
      if (items.some((k) => !k.label)) throw badRequest('请填写慰问类别的名称');
      if (!items.some((k) => k.active)) throw badRequest('至少要启用一个慰问类别');
      await app.db.transaction(async (tx) => {
        await tx.query(
          `INSERT INTO care_kind_settings (union_id, kinds) VALUES ($1, $2::jsonb)
           ON CONFLICT (union_id) DO UPDATE SET kinds = EXCLUDED.kinds, updated_at = now()`,
          [request.caller.unionId, JSON.stringify(items)],
        );
        await audit(tx, {
          ...auditActor(caller),
          action: 'care.kinds.update',
          targetType: 'union',
          targetId: request.caller.unionId,
          detail: { kinds: items.length },
        });
      });
      return { items };
    },
  );

  app.get(
    '/records',
    {
      schema: {
        operationId: 'listCareRecords',
        tags,
        summary: '本会一年的慰问记录（可按会员筛选），仅干事和主席可看',
        querystring: CareListQuery,
        response: { 200: CareRecordList, ...errors(400, 401, 403) },
      },
      preHandler: allow('schoolOfficer', STAFF_ONLY),
    },
    async (request) => {
      const year = request.query.year ?? thisYear();
      const params: unknown[] = [request.caller.unionId, `${year}-01-01`, `${year + 1}-01-01`];
      const byMember = request.query.memberId ? `AND c.member_id = $${params.push(request.query.memberId)}` : '';
      const items = await app.db.query<Static<typeof CareRecord>>(
        `SELECT ${SELECT} WHERE c.union_id = $1 AND c.care_date >= $2::date AND c.care_date < $3::date ${byMember}
          ORDER BY c.care_date DESC, c.id DESC LIMIT 500`,
        params,
      );
      return { items, total: items.length };
    },
  );

  app.post(
    '/records',
    {
      schema: {
        operationId: 'recordCare',
        tags,
        summary: '记录一次慰问或帮扶（同一请求编号重复提交只记一次）',
        body: RecordCareBody,
        response: { 200: CareRecord, 201: CareRecord, ...errors(400, 401, 403, 409) },
      },
      preHandler: allow('schoolOfficer', STAFF_ONLY),
    },
    async (request, reply) => {
      const { caller } = request;
      const body = request.body;
      const [done] = await app.db.query<{ id: number }>(
        `SELECT id FROM care_records WHERE union_id = $1 AND request_id = $2`,
        [request.caller.unionId, body.requestId],
      );
      if (done) return recordById(app.db, done.id);

      const kind = (await kindsOf(app.db, request.caller.unionId)).find((k) => k.code === body.kind);
      if (!kind || !kind.active || !CARE_GROUPS.includes(kind.group)) throw badRequest('请选择本会启用的慰问类别');
      if (body.careDate > today()) throw badRequest('慰问日期不能晚于今天');
      // From a help case the member is the one who asked; an anonymous case names nobody to visit.
      let memberId = body.memberId ?? null;
      if (body.helpCaseId) {
        const [found] = await app.db.query<{ memberId: number; anonymous: boolean }>(
          `SELECT member_id AS "memberId", anonymous FROM help_requests WHERE id = $1 AND union_id = $2`,
          [body.helpCaseId, request.caller.unionId],
        );
        if (!found || found.anonymous || (memberId !== null && found.memberId !== memberId))
          throw badRequest('关联的求助不是这位会员在本会提交的');
        memberId = found.memberId;
      }
      if (memberId === null) throw badRequest('请选择受慰问的会员');
      const [member] = await app.db.query(`SELECT 1 FROM members WHERE id = $1 AND union_id = $2`, [
        memberId,
        request.caller.unionId,
      ]);
      if (!member) throw badRequest('所选会员不在本会名册中');
      const id = await app.db.transaction(async (tx) => {
        const [row] = await tx.query<{ id: number }>(
          `INSERT INTO care_records (union_id, member_id, kind, kind_label, kind_group, care_date, visitors, amount, gifts, note, help_request_id, request_id, created_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
           ON CONFLICT (union_id, request_id) DO NOTHING RETURNING id`,
          [
            request.caller.unionId,
            memberId,
            kind.code,
            kind.label,
            kind.group,
            body.careDate,
            body.visitors.trim(),
            body.amount,
            body.gifts.trim(),
            body.note.trim(),
            body.helpCaseId ?? null,
            body.requestId,
            caller.memberId,
          ],
        );
        // Two copies of one request raced: the other one wrote it.
        if (!row) return null;
        await audit(tx, {
          ...auditActor(caller),
          action: 'care.record.create',
          targetType: 'care_record',
          targetId: row.id,
          detail: { kind: kind.code },
        });
        return row.id;
      });
      if (id === null) {
        const [first] = await app.db.query<{ id: number }>(
          `SELECT id FROM care_records WHERE union_id = $1 AND request_id = $2`,
          [request.caller.unionId, body.requestId],
        );
        if (!first) throw conflict('慰问记录正在保存，请稍后刷新');
        return recordById(app.db, first.id);
      }
      return reply.status(201).send(await recordById(app.db, id));
    },
  );
};

export default recordRoutes;
