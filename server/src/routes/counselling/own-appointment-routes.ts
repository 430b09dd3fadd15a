import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Queryable } from '../../db';
import { conflict, notFound } from '../../errors';
import type { Caller } from '../../plugins/auth';
import { allow } from '../../policy';
import { errors, IdParams } from '../../schemas/common';
import { notify } from '../../services/notify';
import * as clock from '../../clock';
import { translateDbError } from './access';
import { type AppointmentRow, appointmentRepository } from './appointments-repository';
import { cancelState, LINKS, loadSettings, MESSAGES, NOTIFY_KIND } from './rules';
import { MemberAppointment, RatingBody, tags } from './schemas';
import { toMemberView } from './views';
import { sessionRecordRepository } from './notes-repository';

/** What a member does with their own appointment: cancel it, answer a proposed time, rate it. */
const ownAppointmentRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const templates = app.config.wechat.templates;
  const appointments = appointmentRepository(app.db, app.keyRing);

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
    preHandler: allow('member'),
  });

  app.post(
    '/appointments/:id/cancel',
    action('cancelCounselling', '取消预约：待确认的随时可取消；已确认的须在开始前的截止时间之前'),
    async (request) =>
      onOwnAppointment(request.caller, request.params.id, async (row, tx, now, cutoff) => {
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
    onOwnAppointment(request.caller, request.params.id, async (row, tx, now) => {
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
      onOwnAppointment(request.caller, request.params.id, async (row, tx, now) => {
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
      preHandler: allow('member'),
    },
    async (request) =>
      onOwnAppointment(request.caller, request.params.id, async (row, tx, now) => {
        if (row.status !== 'completed') throw conflict('咨询完成后才能评价', 'NOT_COMPLETED');
        if (row.rating !== null) throw conflict('您已经评价过了', 'ALREADY_RATED');
        await sessionRecordRepository(tx).rate(row.id, request.body.score, now);
      }),
  );
};

export default ownAppointmentRoutes;
