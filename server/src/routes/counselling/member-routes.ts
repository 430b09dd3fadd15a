import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Queryable } from '../../db';
import { badRequest, conflict, forbidden, notFound } from '../../errors';
import { type Caller, requireCaller } from '../../plugins/auth';
import { errors, IdParams } from '../../schemas/common';
import { notify } from '../../services/notify';
import { alreadyRequested, slotTaken, tooManyUpcoming, translateDbError } from './access';
import { type AppointmentRow, appointmentRepository } from './appointments-repository';
import { freeSlotsOf } from './availability';
import * as clock from '../../clock';
import { consentRepository } from './consent';
import { counsellorRepository } from './counsellors-repository';
import { cancelState, CONSENT_VERSION, LINKS, loadSettings, MESSAGES, MODE_LABELS, NOTIFY_KIND } from './rules';
import { CreateRequestBody, MemberAppointment, MemberAppointmentPage, MyListQuery, RatingBody, tags } from './schemas';
import { toMemberView } from './views';

/** The member's own appointments: ask, list, read, cancel, answer a proposal, rate. */
const memberRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const templates = app.config.wechat.templates;
  const appointments = appointmentRepository(app.db, app.keyRing);

  app.post(
    '/appointments',
    {
      schema: {
        operationId: 'createCounsellingRequest',
        tags,
        summary: '提交预约申请：需先同意知情同意书；最多同时两个未完成的预约；时段不会被重复预约',
        body: CreateRequestBody,
        response: { 201: MemberAppointment, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const caller = requireCaller(request);
      const body = request.body;
      const startsAt = new Date(body.startsAt);
      if (body.mode === 'phone' && body.contact !== 'phone') throw badRequest('电话咨询需要您同意咨询师打电话联系');
      const now = clock.now();
      const settings = await loadSettings(app.db, caller.unionId);
      try {
        const id = await app.db.transaction(async (tx) => {
          // Locking the consent row gates on consent and queues a member's parallel submits one behind another.
          const consent = await consentRepository(tx).current(caller.memberId, true);
          if (!consent) throw forbidden('请先阅读并同意《心理咨询知情同意书》', 'CONSENT_REQUIRED');
          if (consent.version !== CONSENT_VERSION)
            throw conflict('知情同意书已更新，请重新阅读并同意后再预约', 'CONSENT_OUTDATED');

          const repo = appointmentRepository(tx, app.keyRing);
          await repo.releasePast(caller.memberId, now);
          // A retried tap whose first answer was lost finds the member's own request, not "someone took it".
          if (await repo.hasOwnAt(caller.memberId, startsAt)) throw alreadyRequested();
          const used = await repo.usedUpcomingSlots(caller.memberId);
          const upcomingSlot = [1, 2].find((n) => !used.includes(n));
          if (!upcomingSlot) throw tooManyUpcoming();

          const candidates = body.counsellorId
            ? [await counsellorRepository(tx).find(caller.unionId, body.counsellorId)]
            : await counsellorRepository(tx).list(caller.unionId, {
                activeOnly: true,
                mode: body.mode,
                bookableBy: caller.memberId,
              });
          if (body.counsellorId) {
            const chosen = candidates[0];
            if (!chosen?.active) throw notFound('咨询师不存在或已暂停接待');
            if (chosen.memberId === caller.memberId) throw badRequest('不能预约自己的咨询，请选择其他咨询师');
            if (!chosen.modes.includes(body.mode))
              throw badRequest(`${chosen.displayName}不提供${MODE_LABELS[body.mode]}咨询，请换一种方式`);
          }
          const eligible = candidates.filter((c) => c !== null);
          const free = await freeSlotsOf(tx, eligible, settings, now);
          const match = eligible
            .map((counsellor) => ({
              counsellor,
              slot: free.get(counsellor.id)!.find((s) => s.startsAt.getTime() === startsAt.getTime()),
            }))
            .find((m) => m.slot);
          if (!match?.slot) {
            const offered = await freeSlotsOf(tx, eligible, settings, now, { ignoreBooked: true });
            const onGrid = [...offered.values()].some((slots) =>
              slots.some((s) => s.startsAt.getTime() === startsAt.getTime()),
            );
            throw onGrid ? slotTaken() : conflict('这个时间不在可预约的时段内，请重新选择', 'SLOT_UNAVAILABLE');
          }

          const appointmentId = await repo.insert({
            unionId: caller.unionId,
            counsellorId: match.counsellor.id,
            memberId: caller.memberId,
            mode: body.mode,
            ...match.slot,
            alias: body.alias?.trim() || null,
            note: body.note?.trim() || null,
            contact: body.contact,
            upcomingSlot,
            now,
          });
          await notify(tx, templates, {
            memberId: match.counsellor.memberId,
            kind: NOTIFY_KIND,
            ...MESSAGES.deskUpdate,
            link: LINKS.desk(appointmentId),
          });
          return appointmentId;
        });
        const created = await appointments.findForMember(caller.memberId, id);
        return reply.status(201).send(toMemberView(created!, now, settings.cancelCutoffHours));
      } catch (error) {
        throw translateDbError(error);
      }
    },
  );

  app.get(
    '/appointments',
    {
      schema: {
        operationId: 'listMyCounselling',
        tags,
        summary: '我的咨询预约：upcoming 未结束的（时间先后），past 其余（最近的在前）',
        querystring: MyListQuery,
        response: { 200: MemberAppointmentPage, ...errors(400, 401) },
      },
    },
    async (request) => {
      const caller = requireCaller(request);
      const { scope = 'upcoming', limit = 20, offset = 0 } = request.query;
      const now = clock.now();
      const { cancelCutoffHours } = await loadSettings(app.db, caller.unionId);
      const page = await appointments.listForMember(caller.memberId, scope, now, limit, offset);
      return { items: page.items.map((row) => toMemberView(row, now, cancelCutoffHours)), total: page.total };
    },
  );

  app.get(
    '/appointments/:id',
    {
      schema: {
        operationId: 'getMyCounselling',
        tags,
        summary: '我的一个预约（只有本人可以查看）',
        params: IdParams,
        response: { 200: MemberAppointment, ...errors(401, 404) },
      },
    },
    async (request) => {
      const caller = requireCaller(request);
      const row = await appointments.findForMember(caller.memberId, request.params.id);
      if (!row) throw notFound('预约不存在');
      return toMemberView(row, clock.now(), (await loadSettings(app.db, caller.unionId)).cancelCutoffHours);
    },
  );

  /** Runs a member's action on their own appointment, row locked, and answers the appointment after it. */
  async function onOwnAppointment(
    caller: Caller,
    id: number,
    work: (row: AppointmentRow, tx: Queryable, now: Date, cutoff: number) => Promise<void>,
  ) {
    const now = clock.now();
    const { cancelCutoffHours } = await loadSettings(app.db, caller.unionId);
    try {
      await app.db.transaction(async (tx) => {
        const row = await appointmentRepository(tx, app.keyRing).findForMember(caller.memberId, id, true);
        if (!row) throw notFound('预约不存在');
        await work(row, tx, now, cancelCutoffHours);
      });
    } catch (error) {
      throw translateDbError(error);
    }
    return toMemberView((await appointments.findForMember(caller.memberId, id))!, now, cancelCutoffHours);
  }

  const tellCounsellor = (tx: Queryable, row: AppointmentRow) =>
    notify(tx, templates, {
      memberId: row.counsellorMemberId,
      kind: NOTIFY_KIND,
      ...MESSAGES.deskUpdate,
      link: LINKS.desk(row.id),
    });

  const action = (operationId: string, summary: string) => ({
    schema: {
      operationId,
      tags,
      summary,
      params: IdParams,
      response: { 200: MemberAppointment, ...errors(400, 401, 404, 409) },
    },
  });

  app.post(
    '/appointments/:id/cancel',
    action('cancelCounselling', '取消预约：待确认的随时可取消；已确认的须在开始前的截止时间之前'),
    async (request) =>
      onOwnAppointment(requireCaller(request), request.params.id, async (row, tx, now, cutoff) => {
        const { canCancel, cancelDeadline } = cancelState(row, now, cutoff);
        if (!canCancel && cancelDeadline && now < row.startsAt) {
          throw conflict(
            `距开始已不足 ${cutoff} 小时，不能在线取消了；如确实无法前来，请按咨询师确认时约定的方式告知`,
            'CANCEL_TOO_LATE',
          );
        }
        if (!canCancel) throw conflict('这个预约已结束或已取消，无需再取消', 'NOT_CANCELLABLE');
        await appointmentRepository(tx, app.keyRing).transition(row.id, [row.status], 'cancelled', now, {
          cancelled_by: 'member',
        });
        await tellCounsellor(tx, row);
      }),
  );

  app.post('/appointments/:id/accept', action('acceptCounsellingProposal', '接受咨询师建议的新时间'), async (request) =>
    onOwnAppointment(requireCaller(request), request.params.id, async (row, tx, now) => {
      if (row.status !== 'proposed' || row.startsAt <= now) throw conflict('咨询师没有待您答复的新时间', 'NO_PROPOSAL');
      await appointmentRepository(tx, app.keyRing).transition(row.id, ['proposed'], 'confirmed', now, {
        decided_at: now,
      });
      await tellCounsellor(tx, row);
    }),
  );

  app.post(
    '/appointments/:id/decline',
    action('declineCounsellingProposal', '不接受咨询师建议的新时间（预约随之取消，可以另约）'),
    async (request) =>
      onOwnAppointment(requireCaller(request), request.params.id, async (row, tx, now) => {
        if (row.status !== 'proposed') throw conflict('咨询师没有待您答复的新时间', 'NO_PROPOSAL');
        await appointmentRepository(tx, app.keyRing).transition(row.id, ['proposed'], 'cancelled', now, {
          cancelled_by: 'proposal_declined',
        });
        await tellCounsellor(tx, row);
      }),
  );

  app.post(
    '/appointments/:id/rating',
    {
      schema: {
        ...action('rateCounselling', '为已完成的咨询评分（1–5 分，只评一次；咨询师只看到自己的平均分）').schema,
        body: RatingBody,
      },
    },
    async (request) =>
      onOwnAppointment(requireCaller(request), request.params.id, async (row, tx, now) => {
        if (row.status !== 'completed') throw conflict('咨询完成后才能评价', 'NOT_COMPLETED');
        if (row.rating !== null) throw conflict('您已经评价过了', 'ALREADY_RATED');
        await tx.query(`UPDATE counselling_appointments SET rating = $2, rated_at = $3 WHERE id = $1`, [
          row.id,
          request.body.score,
          now,
        ]);
      }),
  );
};

export default memberRoutes;
