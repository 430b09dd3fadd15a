import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Queryable } from '../../db';
import { badRequest, conflict } from '../../errors';
import type { Caller } from '../../plugins/auth';
import { errors, IdParams } from '../../schemas/common';
import { notify } from '../../services/notify';
import { COUNSELLORS_ONLY } from './access';
import { type AppointmentRow, appointmentRepository } from './appointments-repository';
import { onAssigned } from './assigned';
import type { CounsellorRow } from './counsellors-repository';
import { LINKS, MESSAGES, NOTIFY_KIND, type Status } from './rules';
import { ConfirmBody, DeclineBody, DeskAppointment, ProposeBody, tags } from './schemas';
import { addMinutes } from './slots';
import { toDeskView } from './views';
import { allow } from '../../policy';

/** The counsellor's decisions on their own appointments: confirm, propose another time, decline, complete, no-show. */
const deskDecisionRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const templates = app.config.wechat.templates;

  const tellMember = (tx: Queryable, row: AppointmentRow) =>
    row.memberId === null
      ? Promise.resolve()
      : notify(tx, templates, {
          memberId: row.memberId,
          kind: NOTIFY_KIND,
          ...MESSAGES.memberUpdate,
          link: LINKS.member(row.id),
        });

  const reread = async (counsellorId: number, id: number) =>
    toDeskView((await appointmentRepository(app.db, app.keyRing).findForCounsellor(counsellorId, id))!);

  const decision = (operationId: string, summary: string) => ({
    operationId,
    tags,
    summary,
    params: IdParams,
    response: { 200: DeskAppointment, ...errors(400, 401, 403, 404, 409) },
  });

  /** Moves the appointment on and tells the member (only that something changed). */
  const decide = (
    caller: Caller,
    id: number,
    verb: string,
    check: (row: AppointmentRow, now: Date) => void,
    to: Status,
    set: (row: AppointmentRow, now: Date, counsellor: CounsellorRow) => Record<string, unknown>,
  ) =>
    onAssigned(app, caller, id, `counselling.appointment.${verb}`, async ({ tx, row, counsellor, now }) => {
      check(row, now);
      await appointmentRepository(tx, app.keyRing).transition(row.id, [row.status], to, now, set(row, now, counsellor));
      await tellMember(tx, row);
      return counsellor.id;
    });

  const mustBeAhead = (row: AppointmentRow, now: Date, from: readonly Status[], message: string) => {
    if (!from.includes(row.status) || row.startsAt <= now) throw conflict(message, 'WRONG_STATUS');
  };
  const mustHaveBegun = (row: AppointmentRow, now: Date) => {
    if (row.status !== 'confirmed') throw conflict('只有已确认的预约可以标记', 'WRONG_STATUS');
    if (row.startsAt > now) throw conflict('咨询开始后才能标记完成或未到场', 'NOT_STARTED');
  };

  app.post(
    '/desk/appointments/:id/confirm',
    {
      schema: {
        ...decision('confirmCounselling', '确认预约，可附见面安排（地点、会议号等，仅会员可见）'),
        body: ConfirmBody,
      },
      preHandler: allow('counsellor', COUNSELLORS_ONLY),
    },
    async (request) => {
      const counsellorId = await decide(
        request.caller,
        request.params.id,
        'confirm',
        (row, now) => mustBeAhead(row, now, ['requested'], '只有待确认的预约可以确认'),
        'confirmed',
        (_row, now) => ({ decided_at: now, arrangement: request.body.arrangement?.trim() || null }),
      );
      return reread(counsellorId, request.params.id);
    },
  );

  app.post(
    '/desk/appointments/:id/propose',
    {
      schema: { ...decision('proposeCounsellingTime', '建议另一个时间，由会员接受或拒绝'), body: ProposeBody },
      preHandler: allow('counsellor', COUNSELLORS_ONLY),
    },
    async (request) => {
      const startsAt = new Date(request.body.startsAt);
      if (startsAt.getTime() % (5 * 60_000) !== 0) throw badRequest('建议的时间须为整 5 分钟');
      try {
        const counsellorId = await decide(
          request.caller,
          request.params.id,
          'propose',
          (row, now) => {
            mustBeAhead(row, now, ['requested', 'confirmed'], '只有待确认或已确认的预约可以改期');
            if (startsAt <= now) throw badRequest('建议的时间须晚于现在');
            if (startsAt.getTime() === row.startsAt.getTime()) throw badRequest('建议的时间与原时间相同');
          },
          'proposed',
          (row, now, counsellor) => {
            const endsAt = addMinutes(startsAt, counsellor.slotMinutes);
            return {
              requested_starts_at: row.requestedStartsAt ?? row.startsAt,
              starts_at: startsAt,
              ends_at: endsAt,
              held_until: addMinutes(endsAt, counsellor.bufferMinutes),
              decided_at: now,
              reminded_at: null,
            };
          },
        );
        return reread(counsellorId, request.params.id);
      } catch (error) {
        const e = error as { code?: string };
        if (e?.code === '23P01') throw conflict('这个时间与您的其他预约冲突，请换一个时间', 'SLOT_TAKEN');
        throw error;
      }
    },
  );

  app.post(
    '/desk/appointments/:id/decline',
    {
      schema: { ...decision('declineCounselling', '婉拒预约并说明原因（仅会员可见）'), body: DeclineBody },
      preHandler: allow('counsellor', COUNSELLORS_ONLY),
    },
    async (request) => {
      const reason = request.body.reason.trim();
      if (!reason) throw badRequest('婉拒原因不能为空');
      const counsellorId = await decide(
        request.caller,
        request.params.id,
        'decline',
        (row, now) => mustBeAhead(row, now, ['requested', 'proposed', 'confirmed'], '这个预约已结束或已取消'),
        'declined',
        (_row, now) => ({ decided_at: now, decline_reason: reason }),
      );
      return reread(counsellorId, request.params.id);
    },
  );

  for (const [path, to, operationId, summary] of [
    ['complete', 'completed', 'completeCounselling', '标记咨询已完成（会员随后可以评价）'],
    ['no-show', 'no_show', 'markCounsellingNoShow', '标记会员未到场'],
  ] as const) {
    app.post(
      `/desk/appointments/:id/${path}`,
      { schema: decision(operationId, summary), preHandler: allow('counsellor', COUNSELLORS_ONLY) },
      async (request) => {
        const counsellorId = await decide(request.caller, request.params.id, to, mustHaveBegun, to, () => ({}));
        return reread(counsellorId, request.params.id);
      },
    );
  }
};

export default deskDecisionRoutes;
