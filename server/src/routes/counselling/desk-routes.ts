import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { errors, IdParams } from '../../schemas/common';
import { decodeKeyset } from '../../schemas/keyset';
import { audit, auditActor } from '../../services/audit';
import { COUNSELLORS_ONLY, requireCounsellor } from './access';
import { appointmentListRepository } from './appointment-lists-repository';
import { appointmentRepository } from './appointments-repository';
import { AUDIT_TARGET, onAssigned } from './assigned';
import { nextFreeSession } from './availability';
import * as clock from '../../clock';
import { MIN_RATINGS_FOR_AVERAGE } from './rules';
import { DeskAppointment, DeskAppointmentPage, DeskListQuery, DeskSummary, tags } from './schemas';
import { toCounsellorView, toDeskView } from './views';
import { allow } from '../../policy';

/**
 * The counsellor's desk: only their own appointments. Every read of an appointment's details here
 * is written to the audit log in the same transaction as the read.
 */
const deskRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/desk',
    {
      schema: {
        operationId: 'getCounsellorDesk',
        tags,
        summary: '咨询工作台：我的档案、待处理与即将进行的数量、我的平均评分（至少 3 条评价后显示）',
        response: { 200: DeskSummary, ...errors(401, 403) },
      },
      preHandler: allow('counsellor', COUNSELLORS_ONLY),
    },
    async (request) => {
      const counsellor = await requireCounsellor(app.db, request.caller);
      const now = clock.now();
      const appointments = appointmentRepository(app.db, app.keyRing);
      const rating = await appointments.ratingOf(counsellor.id);
      const next = await nextFreeSession(app.db, [counsellor], counsellor.unionId, now);
      return {
        counsellor: toCounsellorView(counsellor, next.get(counsellor.id)!),
        active: counsellor.active,
        rating: { average: rating.count >= MIN_RATINGS_FOR_AVERAGE ? rating.average : null, count: rating.count },
        ...(await appointments.countForCounsellor(counsellor.id, now)),
      };
    },
  );

  app.get(
    '/desk/appointments',
    {
      schema: {
        operationId: 'listCounsellorAppointments',
        tags,
        summary: '我的咨询预约：pending 待处理，upcoming 已确认，past 其余（每次查看写入审计日志）',
        querystring: DeskListQuery,
        response: { 200: DeskAppointmentPage, ...errors(400, 401, 403) },
      },
      preHandler: allow('counsellor', COUNSELLORS_ONLY),
    },
    async (request) => {
      const { caller } = request;
      const { scope = 'pending', limit = 20, after } = request.query;
      const key = decodeKeyset(after, ['micros', 'number'] as const);
      return app.db.transaction(async (tx) => {
        const counsellor = await requireCounsellor(tx, caller);
        const page = await appointmentListRepository(tx, app.keyRing).listForCounsellor(
          counsellor.id,
          scope,
          clock.now(),
          limit,
          key,
        );
        if (page.items.length > 0) {
          await audit(tx, {
            ...auditActor(caller),
            action: 'counselling.appointment.list',
            targetType: AUDIT_TARGET,
            detail: { scope, ids: page.items.map((row) => row.id) },
          });
        }
        return { items: page.items.map(toDeskView), next: page.next };
      });
    },
  );

  app.get(
    '/desk/appointments/:id',
    {
      schema: {
        operationId: 'getCounsellorAppointment',
        tags,
        summary: '我的一个咨询预约（写入审计日志）',
        params: IdParams,
        response: { 200: DeskAppointment, ...errors(401, 403, 404) },
      },
      preHandler: allow('counsellor', COUNSELLORS_ONLY),
    },
    async (request) =>
      onAssigned(app, request.caller, request.params.id, 'counselling.appointment.read', async ({ row }) =>
        toDeskView(row),
      ),
  );
};

export default deskRoutes;
