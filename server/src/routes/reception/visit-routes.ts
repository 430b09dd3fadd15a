import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { badRequest, conflict } from '../../errors';
import { createHelpCaseForMember } from '../help';
import { optionalText, requiredText, requireHandler, requireVisitOfficer } from './access';
import { appointmentAction } from './actions';
import { type AppointmentRow, appointmentRepository } from './appointments-repository';
import { receptionMessages } from './messages';
import { AssignBody, AttendanceBody, OutcomeBody, ReplyBody } from './schemas';
import { addDays, localDate } from './time';

/** A help case's title from what the member raised: its first line, cut to fit the 50 characters. */
function helpCaseTitle(raised: string): string {
  const firstLine = raised.split('\n')[0]!.trim();
  const title = `接待日反映：${firstLine}`;
  return title.length <= 50 ? title : `${title.slice(0, 49)}…`;
}

/** "答复 within one week": the default deadline after a visit and for 交办. */
const REPLY_DAYS = 7;
const MAX_DEADLINE_DAYS = 60;

/** A visit is recorded on its day or after, never for a cancelled one. */
function requireVisitDay(row: AppointmentRow, today: string, what: string) {
  if (row.status === 'cancelled') throw conflict('这个预约已取消', 'CANCELLED');
  if (row.date > today) throw conflict(`接待日还没到，不能${what}`, 'NOT_YET');
}

/** Each visit's record at the desk: who came, what was raised, who it was handed to, the reply. */
const visitRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const templates = app.config.wechat.templates;

  appointmentAction(
    app,
    {
      method: 'POST',
      url: '/appointments/:id/attendance',
      operationId: 'markReceptionAttendance',
      summary: '登记到场或未到场；到场后答复期限为接待日起 7 天',
      body: AttendanceBody,
    },
    async ({ row, tx, viewer, at, body }) => {
      requireVisitOfficer(viewer, row);
      requireVisitDay(row, localDate(at), '登记到场情况');
      if (!body.attended && row.raised) throw conflict('已登记会员反映的问题，不能改为未到场', 'ALREADY_REGISTERED');
      await appointmentRepository(tx).setAttendance(row.id, body.attended, addDays(row.date, REPLY_DAYS), at);
    },
  );

  appointmentAction(
    app,
    {
      method: 'PUT',
      url: '/appointments/:id/outcome',
      operationId: 'recordReceptionOutcome',
      summary: '登记会员反映的问题（未标到场的视为到场），可标记转为困难帮扶',
      body: OutcomeBody,
    },
    async ({ row, tx, viewer, at, body }) => {
      const raised = requiredText(body.raised, '反映的问题');
      requireHandler(viewer, row);
      requireVisitDay(row, localDate(at), '登记');
      if (row.status === 'no_show') throw conflict('会员未到场，请先改为已到场再登记', 'NO_SHOW');
      if (row.reply) throw conflict('已经答复，不能再修改登记', 'ALREADY_REPLIED');
      const repo = appointmentRepository(tx);
      if (row.status === 'booked') await repo.setAttendance(row.id, true, addDays(row.date, REPLY_DAYS), at);
      const helpCaseRequested = body.helpCaseRequested ?? row.helpCaseRequested;
      if (!helpCaseRequested && row.helpCaseId)
        throw conflict('已转为困难帮扶个案，不能撤销；如需结案请在困难帮扶中办理', 'HELP_CASE_OPENED');
      const helpCaseNote = helpCaseRequested ? (optionalText(body.helpCaseNote) ?? row.helpCaseNote) : null;
      await repo.recordOutcome(row.id, viewer.memberId, { raised, helpCaseRequested, helpCaseNote }, at);
      if (helpCaseRequested && !row.helpCaseId) {
        const helpCase = await createHelpCaseForMember(tx, {
          unionId: row.unionId,
          memberId: row.memberId,
          categoryId: body.helpCategoryId,
          title: optionalText(body.helpCaseTitle) ?? helpCaseTitle(raised),
          description: raised,
          source: 'reception',
          sourceRef: `reception-appointment:${row.id}`,
          recordedBy: viewer.memberId,
          internalNote: helpCaseNote,
          templates,
          now: at,
        });
        await repo.linkHelpCase(row.id, helpCase.id);
      }
    },
  );

  appointmentAction(
    app,
    {
      method: 'POST',
      url: '/appointments/:id/assignment',
      operationId: 'assignReceptionAppointment',
      summary: '交办：交给谁办理、答复期限（默认 7 天后）',
      body: AssignBody,
    },
    async ({ row, tx, viewer, at, body }) => {
      const today = localDate(at);
      const assignee = requiredText(body.assignee, '交办对象');
      const dueOn = body.dueOn ?? addDays(today, REPLY_DAYS);
      if (dueOn < today) throw badRequest('答复期限不能早于今天');
      if (dueOn > addDays(today, MAX_DEADLINE_DAYS)) throw badRequest(`答复期限不能晚于 ${MAX_DEADLINE_DAYS} 天后`);
      requireHandler(viewer, row);
      if (row.status !== 'arrived' || !row.raised) throw conflict('请先登记会员反映的问题，再交办', 'NOT_REGISTERED');
      if (row.reply) throw conflict('已经答复，无需再交办', 'ALREADY_REPLIED');
      await appointmentRepository(tx).assign(row.id, viewer.memberId, assignee, dueOn, at);
    },
  );

  appointmentAction(
    app,
    {
      method: 'POST',
      url: '/appointments/:id/reply',
      operationId: 'replyReceptionAppointment',
      summary: '答复会员（会通知会员，请其评价）',
      body: ReplyBody,
    },
    async ({ row, tx, viewer, at, body }) => {
      const text = requiredText(body.reply, '答复内容');
      requireHandler(viewer, row);
      if (row.status !== 'arrived' || !row.raised) throw conflict('请先登记会员反映的问题，再答复', 'NOT_REGISTERED');
      if (row.reply) throw conflict('已经答复过了，不能重复答复', 'ALREADY_REPLIED');
      await appointmentRepository(tx).reply(row.id, viewer.memberId, text, at);
      await receptionMessages(tx, templates).replied(row, text);
    },
  );
};

export default visitRoutes;
