import type { Static } from '@sinclair/typebox';
import type { Queryable } from '../../db';
import { badRequest, conflict, forbidden, notFound } from '../../errors';
import { type Caller, hasRole } from '../../plugins/auth';
import { helpNotices } from './notices';
import { type HelpRow, helpRepository } from './repository';
import {
  type Actor,
  canTake,
  type HelpAction,
  HANDLED_STATUSES,
  type HelpStatus,
  illegalTransition,
  OPEN_STATUSES,
  RATING_LABELS,
  type Rating,
  REOPEN_DAYS,
  STATUS_LABELS,
  TRANSITIONS,
} from './rules';
import type { TransitionBody } from './schemas';
import { addWorkingDays, beijingDate, formatLocalDate, plusDays, workingDaysBetween } from './working-days';

export interface HelpContext {
  tx: Queryable;
  templates: Record<string, string>;
  now: Date;
}

export type Who = Pick<Caller, 'memberId' | 'roles'>;
type TransitionInput = Omit<Static<typeof TransitionBody>, 'action'>;

const DAY_MS = 86_400_000;
export const isHandlerOf = (caller: Who, unionId: number) => hasRole(caller, unionId, 'staff', 'chair');

/** Required text, trimmed; a blank one is a 400 naming what is missing. */
function required(value: string | undefined, what: string): string {
  const text = value?.trim() ?? '';
  if (!text) throw badRequest(`请填写${what}`);
  return text;
}

/** The first-answer deadline: `days` working days after `from`, the union's closure days left out. */
async function deadlineFrom(tx: Queryable, unionId: number, from: string, days: number): Promise<string> {
  const closed = await helpRepository(tx).closedRanges(unionId, from);
  return addWorkingDays(from, days, closed);
}

/**
 * The deadline when the clock starts again after waiting for the member: the working days that
 * were left when it stopped are counted again from today. A deadline already missed stays missed.
 */
async function resumedDeadline(tx: Queryable, row: HelpRow, now: Date): Promise<string> {
  const pausedOn = beijingDate(row.pausedAt ?? now);
  if (row.responseDueOn < pausedOn) return row.responseDueOn;
  const today = beijingDate(now);
  // One query covers both counts: closure days that end before `from` never matter to either.
  const closed = await helpRepository(tx).closedRanges(row.unionId, pausedOn < today ? pausedOn : today);
  const left = workingDaysBetween(pausedOn, row.responseDueOn, closed);
  const resumed = addWorkingDays(today, left, closed);
  return resumed > row.responseDueOn ? resumed : row.responseDueOn;
}

export interface NewHelpCase {
  unionId: number;
  memberId: number;
  /** The category by id, or by name ('其他' when neither is given). */
  categoryId?: number;
  categoryName?: string;
  title: string;
  description: string;
  urgency?: 'normal' | 'urgent' | 'critical';
  contactPreference?: 'phone' | 'wechat' | 'in_person' | 'message';
  anonymous?: boolean;
  /** 'reception' with e.g. sourceRef 'reception-appointment:12' for a case opened from 主席接待日. */
  source?: 'member' | 'reception';
  sourceRef?: string | null;
  /** Who records it, when not the member (the chair at a reception). */
  recordedBy?: number;
  /** Accepted at once and assigned to this staff member or chair. */
  handlerId?: number;
  /** A first internal note for the handlers (e.g. the chair's remark at the reception). */
  internalNote?: string | null;
  templates: Record<string, string>;
  now: Date;
}

/**
 * Opens a help case for a member inside the caller's transaction: the member's own submission, or
 * a case the reception-day feature opens from an appointment. Checks the category and anonymity,
 * sets the working-day deadline, writes the first timeline entries and the messages.
 */
export async function createHelpCaseForMember(
  tx: Queryable,
  input: NewHelpCase,
): Promise<{ id: number; responseDueOn: string }> {
  const repo = helpRepository(tx);
  await repo.categories(input.unionId, false);
  const category = await repo.findCategory(
    input.unionId,
    input.categoryId ? { id: input.categoryId } : { name: input.categoryName ?? '其他' },
  );
  if (!category || !category.active) throw badRequest('求助类别不存在或已停用');
  const anonymous = input.anonymous ?? false;
  if (anonymous && !category.allowsAnonymous)
    throw badRequest(`「${category.name}」不能匿名提交，只有意见建议可以匿名`);
  const title = required(input.title, '标题');
  const description = required(input.description, '情况说明');

  let handlerName: string | null = null;
  if (input.handlerId) {
    handlerName = await assertHandler(tx, input.unionId, input.handlerId);
  }
  const responseDueOn = await deadlineFrom(
    tx,
    input.unionId,
    beijingDate(input.now),
    await repo.responseDays(input.unionId),
  );
  const source = input.source ?? 'member';
  const id = await repo.insertRequest({
    unionId: input.unionId,
    memberId: input.memberId,
    categoryId: category.id,
    title,
    description,
    urgency: input.urgency ?? 'normal',
    contactPreference: input.contactPreference ?? 'message',
    anonymous,
    source,
    sourceRef: input.sourceRef ?? null,
    status: input.handlerId ? 'accepted' : 'submitted',
    handlerId: input.handlerId ?? null,
    responseDueOn,
    at: input.now,
  });
  const recorder = input.recordedBy ?? input.memberId;
  await repo.addEvent({
    requestId: id,
    kind: 'submitted',
    actorId: recorder,
    actorRole: recorder === input.memberId ? 'member' : 'handler',
    body: source === 'reception' ? '由工会主席接待日登记转为求助' : '',
    statusAfter: 'submitted',
    at: input.now,
  });
  if (input.internalNote) {
    await repo.addEvent({
      requestId: id,
      kind: 'note',
      internal: true,
      actorId: recorder,
      actorRole: 'handler',
      body: input.internalNote,
      at: input.now,
    });
  }
  const notices = helpNotices(tx, input.templates);
  const kase = { id, memberId: input.memberId, title };
  if (input.handlerId) {
    await repo.addEvent({
      requestId: id,
      kind: 'accepted',
      actorId: recorder,
      actorRole: 'handler',
      body: `由${handlerName}办理`,
      statusAfter: 'accepted',
      at: input.now,
    });
    await notices.toHandlers(
      kase,
      [input.handlerId].filter((h) => h !== recorder),
      '交给您办理的求助',
      `，请在${formatLocalDate(responseDueOn)}前答复`,
    );
  } else {
    const everyone = (await repo.handlers(input.unionId)).map((h) => h.id).filter((h) => h !== input.memberId);
    await notices.toHandlers(kase, everyone, '新的求助待受理', `，请在${formatLocalDate(responseDueOn)}前答复`);
  }
  if (recorder !== input.memberId) {
    await notices.toMember(
      kase,
      '您反映的问题已登记为求助',
      `已登记，工会将在${formatLocalDate(responseDueOn)}前答复您。`,
    );
  }
  return { id, responseDueOn };
}

async function assertHandler(tx: Queryable, unionId: number, memberId: number): Promise<string> {
  const handler = (await helpRepository(tx).handlers(unionId)).find((h) => h.id === memberId);
  if (!handler) throw badRequest('办理人须是本工会的工会干事或主席');
  return handler.name;
}

/** Locks the case and tells who the caller is to it; a case they may not see is "not found". */
export async function lockFor(ctx: HelpContext, caller: Who, id: number) {
  const row = await helpRepository(ctx.tx).lock(id);
  if (!row) throw notFound('求助不存在');
  const isOwner = row.memberId === caller.memberId;
  const isHandler = isHandlerOf(caller, row.unionId);
  if (!isOwner && !isHandler) throw notFound('求助不存在');
  return { row, isOwner, isHandler };
}

function assertActor(actor: Actor, label: string, who: { isOwner: boolean; isHandler: boolean }) {
  if (actor === 'member' && !who.isOwner) throw forbidden(`只有提交人本人可以${label}`);
  if (actor === 'handler' && !who.isHandler) throw forbidden(`只有本工会的工会干事或主席可以${label}`);
  if (actor === 'system') throw forbidden();
}

export const reopenDeadline = (resolvedAt: Date | null) =>
  resolvedAt ? new Date(resolvedAt.getTime() + REOPEN_DAYS * DAY_MS) : null;

/** Whether the member may rate: once, after resolution (also after the automatic close). */
const canRate = (row: Pick<HelpRow, 'status' | 'rating'>) =>
  row.status === 'resolved' || (row.status === 'closed' && row.rating === null);
const canReopen = (row: Pick<HelpRow, 'status' | 'resolvedAt'>, now: Date) =>
  canTake('reopen', row.status) && now < reopenDeadline(row.resolvedAt)!;

/** The actions the page may offer this caller now. */
export function availableActions(
  row: Pick<HelpRow, 'status' | 'rating' | 'resolvedAt'>,
  as: 'member' | 'handler',
  now: Date,
): HelpAction[] {
  return (Object.keys(TRANSITIONS) as HelpAction[]).filter((action) => {
    const rule = TRANSITIONS[action];
    if (rule.actor !== as || !canTake(action, row.status)) return false;
    if (action === 'rate') return canRate(row);
    if (action === 'reopen') return canReopen(row, now);
    return true;
  });
}

/**
 * Moves a case by one action of the state machine, after checking who asks, the state it is in and
 * what the action needs; writes the timeline and tells the member (or the handler) in the same
 * transaction. An action the state does not allow is a 409 with a Chinese message.
 */
export async function transition(
  ctx: HelpContext,
  caller: Who,
  id: number,
  action: HelpAction,
  input: TransitionInput & { rating?: Rating; comment?: string },
) {
  const { tx, now } = ctx;
  const who = await lockFor(ctx, caller, id);
  const { row } = who;
  const rule = TRANSITIONS[action];
  assertActor(rule.actor, rule.label, who);
  if (!canTake(action, row.status)) throw conflict(illegalTransition(action, row.status));

  const repo = helpRepository(tx);
  const notices = helpNotices(tx, ctx.templates);
  const to: HelpStatus = rule.to ?? row.status;
  const event = (
    kind: string,
    body = '',
    actorRole: 'member' | 'handler' = rule.actor === 'member' ? 'member' : 'handler',
  ) => repo.addEvent({ requestId: id, kind, actorId: caller.memberId, actorRole, body, statusAfter: rule.to, at: now });
  const today = beijingDate(now);

  switch (action) {
    case 'accept': {
      const handlerId = input.handlerId ?? caller.memberId;
      const name = await assertHandler(tx, row.unionId, handlerId);
      await repo.update(id, now, { status: to, handler_id: handlerId, accepted_at: now });
      await event('accepted', `由${name}办理`);
      await notices.toMember(
        row,
        '您的求助已受理',
        `已受理，由${name}办理，将在${formatLocalDate(row.responseDueOn)}前答复您。`,
      );
      if (handlerId !== caller.memberId) await notices.toHandlers(row, [handlerId], '交给您办理的求助');
      break;
    }
    case 'assign': {
      if (!input.handlerId) throw badRequest('请选择办理人');
      if (input.handlerId === row.handlerId) throw badRequest('已由这位办理人办理');
      const name = await assertHandler(tx, row.unionId, input.handlerId);
      await repo.update(id, now, { handler_id: input.handlerId });
      await event('assigned', `改由${name}办理`);
      await notices.toMember(row, '您的求助已改派', `改由${name}办理。`);
      if (input.handlerId !== caller.memberId) await notices.toHandlers(row, [input.handlerId], '交给您办理的求助');
      break;
    }
    case 'start':
      await repo.update(id, now, { status: to });
      await event('started', input.message?.trim() ?? '');
      await notices.toMember(row, '您的求助正在处理', '正在处理中。');
      break;
    case 'request_info': {
      const message = required(input.message, '需要补充的内容');
      await repo.update(id, now, { status: to, paused_at: now });
      await event('info_requested', message);
      await notices.toMember(row, '请补充求助材料', `需要您补充：${message}`);
      break;
    }
    case 'supplement':
    case 'resume': {
      const message = action === 'supplement' ? required(input.message, '补充说明') : (input.message?.trim() ?? '');
      await repo.update(id, now, { status: to, paused_at: null, response_due_on: await resumedDeadline(tx, row, now) });
      await event(action === 'supplement' ? 'supplemented' : 'resumed', message);
      if (action === 'supplement')
        await notices.toHandlers(row, row.handlerId ? [row.handlerId] : [], '会员已补充材料', `：${message}`);
      else await notices.toMember(row, '您的求助继续处理中', '已恢复处理。');
      break;
    }
    case 'resolve': {
      const outcome = required(input.outcome, '处理结果');
      await repo.update(id, now, {
        status: to,
        outcome,
        resolved_at: now,
        first_response_at: row.firstResponseAt ?? now,
      });
      await event('resolved', outcome);
      for (const days of input.followUpDays ?? []) await repo.addVisit(id, plusDays(today, days), caller.memberId);
      await notices.toMember(row, '您的求助已办结', `已办结。处理结果：${outcome}。请对办理情况作出评价。`);
      break;
    }
    case 'reject': {
      const reason = required(input.reason, '不予办理的原因');
      await repo.update(id, now, {
        status: to,
        reject_reason: reason,
        paused_at: null,
        first_response_at: row.firstResponseAt ?? now,
      });
      await event('rejected', reason);
      await notices.toMember(row, '您的求助未予办理', `未予办理，原因：${reason}`);
      break;
    }
    case 'withdraw':
      await repo.update(id, now, { status: to });
      await event('withdrawn');
      break;
    case 'reopen': {
      if (!canReopen(row, now)) throw conflict(`办结已超过 ${REOPEN_DAYS} 天，不能重新打开，请重新提交求助`);
      const reason = required(input.message, '重新打开的原因');
      await repo.reopen(id, now);
      await event('reopened', reason);
      await notices.toHandlers(row, row.handlerId ? [row.handlerId] : [], '会员重新打开了求助', `：${reason}`);
      break;
    }
    case 'rate': {
      if (!canRate(row)) throw conflict('这件求助已经评价过了');
      const rating = input.rating!;
      const comment = input.comment?.trim() ?? '';
      // Rating closes a resolved case now; one closed automatically keeps the day it was closed.
      await repo.update(id, now, {
        status: to,
        rating,
        rating_comment: comment,
        rated_at: now,
        ...(row.status === 'resolved' ? { closed_at: now } : {}),
      });
      await event('rated', `${RATING_LABELS[rating]}${comment ? `：${comment}` : ''}`);
      await notices.toHandlers(
        row,
        row.handlerId ? [row.handlerId] : [],
        `会员评价：${RATING_LABELS[rating]}`,
        comment ? `：${comment}` : '',
      );
      break;
    }
    case 'close':
      throw forbidden();
  }
  return id;
}

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
