import { badRequest, conflict, forbidden, notFound } from '../../errors';
import type { Caller } from '../../plugins/auth';
import { helpNotices } from './notices';
import { helpRepository } from './repository';
import { HANDLED_STATUSES, OPEN_STATUSES, STATUS_LABELS } from './rules';
import { type HelpContext, isHandlerOf, lockFor, required, type Who } from './service';
import { beijingDate } from './working-days';

/**
 * A message in the timeline: the member's, or a handler's reply. A handler's first reply is the
 * union's answer (it stops the deadline); replying to an accepted case also starts it.
 */
export async function addReply(ctx: HelpContext, caller: Who, id: number, text: string) {
  const { tx, now } = ctx;
  const who = await lockFor(ctx, caller, id);
  const { row } = who;
  const body = required(text, '回复内容');
  const repo = helpRepository(tx);
  const notices = helpNotices(tx, ctx.templates);
  // A member who also handles cases writes as a member on their own case.
  const asHandler = who.isHandler && !who.isOwner;
  const open = asHandler ? HANDLED_STATUSES : OPEN_STATUSES;
  if (!open.includes(row.status)) {
    throw conflict(
      asHandler && row.status === 'submitted'
        ? '请先受理这件求助再回复'
        : `求助当前为「${STATUS_LABELS[row.status]}」，不能再留言`,
    );
  }
  await repo.update(id, now, asHandler && !row.firstResponseAt ? { first_response_at: now } : {});
  if (!asHandler) {
    await repo.addEvent({ requestId: id, kind: 'reply', actorId: caller.memberId, actorRole: 'member', body, at: now });
    await notices.toHandlers(row, row.handlerId ? [row.handlerId] : [], '会员留言', `：${body}`);
    return;
  }
  if (row.status === 'accepted') {
    await repo.update(id, now, { status: 'in_progress' });
    await repo.addEvent({
      requestId: id,
      kind: 'started',
      actorId: caller.memberId,
      actorRole: 'handler',
      statusAfter: 'in_progress',
      at: now,
    });
  }
  await repo.addEvent({ requestId: id, kind: 'reply', actorId: caller.memberId, actorRole: 'handler', body, at: now });
  await notices.toMember(row, '工会回复了您的求助', `：${body}`);
}

/** An internal note: handlers only, never shown to the member. */
export async function addNote(ctx: HelpContext, caller: Who, id: number, text: string) {
  const who = await lockFor(ctx, caller, id);
  if (!who.isHandler) throw forbidden('只有本工会的工会干事或主席可以写内部备注');
  await helpRepository(ctx.tx).addEvent({
    requestId: id,
    kind: 'note',
    internal: true,
    actorId: caller.memberId,
    actorRole: 'handler',
    body: required(text, '备注内容'),
    at: ctx.now,
  });
}

/** Plans a 回访 on a resolved or closed case. */
export async function scheduleVisit(ctx: HelpContext, caller: Who, id: number, dueOn: string) {
  const who = await lockFor(ctx, caller, id);
  if (!who.isHandler) throw forbidden('只有本工会的工会干事或主席可以安排回访');
  if (!['resolved', 'closed'].includes(who.row.status)) throw conflict('求助办结后才能安排回访');
  if (dueOn < beijingDate(ctx.now)) throw badRequest('回访日期不能早于今天');
  return helpRepository(ctx.tx).addVisit(id, dueOn, caller.memberId);
}

/** Records a 回访 as done, with what was found; the member's timeline shows that it happened. */
export async function completeVisit(ctx: HelpContext, caller: Caller, visitId: number, outcome: string) {
  const repo = helpRepository(ctx.tx);
  if (!isHandlerOf(caller, caller.unionId)) throw forbidden('只有本工会的工会干事或主席可以登记回访');
  const visit = await repo.lockPlannedVisit(caller.unionId, visitId);
  if (!visit) throw notFound('回访不存在');
  if (visit.status !== 'planned') throw conflict(visit.status === 'done' ? '这次回访已经登记过了' : '这次回访已取消');
  await repo.completeVisit(visitId, required(outcome, '回访情况'), caller.memberId, ctx.now);
  await repo.addEvent({
    requestId: visit.requestId,
    kind: 'visited',
    actorId: caller.memberId,
    actorRole: 'handler',
    body: '工会对您进行了回访',
    at: ctx.now,
  });
  await helpNotices(ctx.tx, ctx.templates).toMember(
    { id: visit.requestId, memberId: visit.memberId, title: visit.title },
    '工会回访',
    '：感谢您配合回访，如仍有困难请随时告诉我们。',
  );
}
