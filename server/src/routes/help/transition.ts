import type { Static } from '@sinclair/typebox';
import type { Queryable } from '../../db';
import { badRequest, conflict, forbidden } from '../../errors';
import { assertActor, canRate, canReopen } from './actions';
import { helpNotices } from './notices';
import { type HelpRow, helpRepository } from './repository';
import {
  canTake,
  type HelpAction,
  type HelpStatus,
  illegalTransition,
  RATING_LABELS,
  type Rating,
  REOPEN_DAYS,
  TRANSITIONS,
} from './rules';
import type { TransitionBody } from './schemas';
import { assertHandler, type HelpContext, lockFor, required, type Who } from './service';
import { addWorkingDays, beijingDate, formatLocalDate, plusDays, workingDaysBetween } from './working-days';

type TransitionInput = Omit<Static<typeof TransitionBody>, 'action'>;

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
