import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { badRequest, conflict, forbidden, notFound } from '../../errors';
import { errors, IdParams } from '../../schemas/common';
import { decodeKeyset } from '../../schemas/keyset';
import { notify } from '../../services/notify';
import { alreadyRequested, slotTaken, tooManyUpcoming, translateDbError } from './access';
import { appointmentListRepository } from './appointment-lists-repository';
import { appointmentRepository } from './appointments-repository';
import { freeSlotsOf } from './availability';
import * as clock from '../../clock';
import { consentRepository } from './consent-repository';
import { counsellorRepository } from './counsellors-repository';
import { CONSENT_VERSION, LINKS, loadSettings, MESSAGES, MODE_LABELS, NOTIFY_KIND } from './rules';
import { CreateRequestBody, MemberAppointment, MemberAppointmentPage, MyListQuery, tags } from './schemas';
import { toMemberView } from './views';
import { allow } from '../../policy';

/** The member's own appointments: ask for one, list them, read one (acting on one: ./own-appointment-routes). */
const memberRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const templates = app.config.wechat.templates;
  const appointments = appointmentRepository(app.db, app.keyRing);
  const lists = appointmentListRepository(app.db, app.keyRing);

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
      preHandler: allow('member'),
    },
    async (request, reply) => {
      const { caller } = request;
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
      preHandler: allow('member'),
    },
    async (request) => {
      const { caller } = request;
      const { scope = 'upcoming', limit = 20, after } = request.query;
      const key = decodeKeyset(after, ['micros', 'number'] as const);
      const now = clock.now();
      const { cancelCutoffHours } = await loadSettings(app.db, caller.unionId);
      const page = await lists.listForMember(caller.memberId, scope, now, limit, key);
      return { items: page.items.map((row) => toMemberView(row, now, cancelCutoffHours)), next: page.next };
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
      preHandler: allow('member'),
    },
    async (request) => {
      const { caller } = request;
      const row = await appointments.findForMember(caller.memberId, request.params.id);
      if (!row) throw notFound('预约不存在');
      return toMemberView(row, clock.now(), (await loadSettings(app.db, caller.unionId)).cancelCutoffHours);
    },
  );
};

export default memberRoutes;
