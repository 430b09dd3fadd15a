import { thisYear, today } from '../../clock';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Queryable } from '../../db';
import { badRequest, conflict } from '../../errors';
import { errors } from '../../schemas/common';
import { audit, auditActor } from '../../services/audit';
import { allow } from '../../policy';
import { CARE_GROUPS, kindsOf } from './kinds';
import { careRecordRepository } from './record-repository';
import { CareKinds, CareKindsBody, CareListQuery, CareRecord, CareRecordList, RecordCareBody, tags } from './schemas';

export const STAFF_ONLY = '只有本校工会干事或主席可以查看和记录慰问';
const recordById = (db: Queryable, id: number) => careRecordRepository(db).careRecord(id);

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
        await careRecordRepository(tx).saveCareKinds(request.caller.unionId, items);
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
      const items = await careRecordRepository(app.db).careRecordsOfYear(
        request.caller.unionId,
        year,
        request.query.memberId,
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
      const records = careRecordRepository(app.db);
      const done = await records.careRecordIdOfRequest(request.caller.unionId, body.requestId);
      if (done !== null) return recordById(app.db, done);

      const kind = (await kindsOf(app.db, request.caller.unionId)).find((k) => k.code === body.kind);
      if (!kind || !kind.active || !CARE_GROUPS.includes(kind.group)) throw badRequest('请选择本会启用的慰问类别');
      if (body.careDate > today()) throw badRequest('慰问日期不能晚于今天');
      // From a help case the member is the one who asked; an anonymous case names nobody to visit.
      let memberId = body.memberId ?? null;
      if (body.helpCaseId) {
        const found = await records.helpCaseAsker(body.helpCaseId, request.caller.unionId);
        if (!found || found.anonymous || (memberId !== null && found.memberId !== memberId))
          throw badRequest('关联的求助不是这位会员在本会提交的');
        memberId = found.memberId;
      }
      if (memberId === null) throw badRequest('请选择受慰问的会员');
      if (!(await records.isMemberOf(memberId, request.caller.unionId))) throw badRequest('所选会员不在本会名册中');
      const id = await app.db.transaction(async (tx) => {
        const created = await careRecordRepository(tx).insertCareRecord({
          unionId: request.caller.unionId,
          memberId,
          kind,
          careDate: body.careDate,
          visitors: body.visitors.trim(),
          amount: body.amount,
          gifts: body.gifts.trim(),
          note: body.note.trim(),
          helpCaseId: body.helpCaseId ?? null,
          requestId: body.requestId,
          createdBy: caller.memberId,
        });
        // Two copies of one request raced: the other one wrote it.
        if (created === null) return null;
        await audit(tx, {
          ...auditActor(caller),
          action: 'care.record.create',
          targetType: 'care_record',
          targetId: created,
          detail: { kind: kind.code },
        });
        return created;
      });
      if (id === null) {
        const first = await records.careRecordIdOfRequest(request.caller.unionId, body.requestId);
        if (first === null) throw conflict('慰问记录正在保存，请稍后刷新');
        return recordById(app.db, first);
      }
      return reply.status(201).send(await recordById(app.db, id));
    },
  );
};

export default recordRoutes;
