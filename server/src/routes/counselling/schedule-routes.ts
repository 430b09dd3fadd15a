import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Queryable } from '../../db';
import { badRequest, notFound } from '../../errors';
import { errors, IdParams, NoContent } from '../../schemas/common';
import { audit, auditActor } from '../../services/audit';
import { COUNSELLORS_ONLY, requireCounsellor } from './access';
import * as clock from '../../clock';
import { type CounsellorRow, counsellorRepository } from './counsellors-repository';
import { LeaveBody, LeaveResult, ScheduleBody, ScheduleView, tags } from './schemas';
import { localDay, minuteOfDay } from './slots';
import { allow } from '../../policy';

/** The counsellor's own week (session length, buffer, hours) and days of leave. */
const scheduleRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const scheduleView = async (db: Queryable, counsellor: CounsellorRow) => {
    const schedule = (await counsellorRepository(db).schedules([counsellor], localDay(clock.now()))).get(
      counsellor.id,
    )!;
    return {
      slotMinutes: counsellor.slotMinutes,
      bufferMinutes: counsellor.bufferMinutes,
      hours: schedule.hours,
      leave: schedule.leave,
    };
  };

  app.get(
    '/desk/schedule',
    {
      schema: {
        operationId: 'getCounsellorSchedule',
        tags,
        summary: '我的每周时间、每次时长、间隔和请假',
        response: { 200: ScheduleView, ...errors(401, 403) },
      },
      preHandler: allow('counsellor', COUNSELLORS_ONLY),
    },
    async (request) => scheduleView(app.db, await requireCounsellor(app.db, request.caller)),
  );

  app.put(
    '/desk/schedule',
    {
      schema: {
        operationId: 'updateCounsellorSchedule',
        tags,
        summary: '设置我的每周时间、每次时长和间隔（已约的预约不受影响）',
        body: ScheduleBody,
        response: { 200: ScheduleView, ...errors(400, 401, 403) },
      },
      preHandler: allow('counsellor', COUNSELLORS_ONLY),
    },
    async (request) => {
      const { caller } = request;
      const { hours } = request.body;
      for (const h of hours) {
        if (minuteOfDay(h.starts) >= minuteOfDay(h.ends)) throw badRequest(`每周时间：${h.starts} 应早于 ${h.ends}`);
      }
      const sorted = [...hours].sort((a, b) => a.weekday - b.weekday || minuteOfDay(a.starts) - minuteOfDay(b.starts));
      sorted.forEach((h, i) => {
        const next = sorted[i + 1];
        if (next && next.weekday === h.weekday && minuteOfDay(next.starts) < minuteOfDay(h.ends))
          throw badRequest('每周时间：同一天的两段时间有重叠');
      });
      return app.db.transaction(async (tx) => {
        const counsellor = await requireCounsellor(tx, caller);
        await counsellorRepository(tx).replaceHours(counsellor.id, { ...request.body, hours: sorted });
        await audit(tx, {
          ...auditActor(caller),
          action: 'counselling.schedule.update',
          targetType: 'counsellor',
          targetId: counsellor.id,
        });
        return scheduleView(tx, {
          ...counsellor,
          slotMinutes: request.body.slotMinutes,
          bufferMinutes: request.body.bufferMinutes,
        });
      });
    },
  );

  app.post(
    '/desk/leave',
    {
      schema: {
        operationId: 'addCounsellorLeave',
        tags,
        summary: '请假：这几天不再开放预约；已有的预约需要逐一改期或婉拒',
        body: LeaveBody,
        response: { 201: LeaveResult, ...errors(400, 401, 403) },
      },
      preHandler: allow('counsellor', COUNSELLORS_ONLY),
    },
    async (request, reply) => {
      const { caller } = request;
      const { startsOn, endsOn } = request.body;
      if (endsOn < startsOn) throw badRequest('结束日期不能早于开始日期');
      if (endsOn < localDay(clock.now())) throw badRequest('不能为已经过去的日子请假');
      const result = await app.db.transaction(async (tx) => {
        const counsellor = await requireCounsellor(tx, caller);
        const leave = await counsellorRepository(tx).addLeave(counsellor.id, caller.memberId, request.body);
        return { leave, affected: await counsellorRepository(tx).heldBetween(counsellor.id, startsOn, endsOn) };
      });
      return reply.status(201).send(result);
    },
  );

  app.delete(
    '/desk/leave/:id',
    {
      schema: {
        operationId: 'removeCounsellorLeave',
        tags,
        summary: '取消一段请假',
        params: IdParams,
        response: { 204: NoContent, ...errors(401, 403, 404) },
      },
      preHandler: allow('counsellor', COUNSELLORS_ONLY),
    },
    async (request, reply) => {
      const counsellor = await requireCounsellor(app.db, request.caller);
      if (!(await counsellorRepository(app.db).removeLeave(counsellor.id, request.params.id)))
        throw notFound('这段请假不存在');
      return reply.status(204).send(null);
    },
  );
};

export default scheduleRoutes;
