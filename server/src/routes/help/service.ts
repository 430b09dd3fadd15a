import type { Queryable } from '../../db';
import { badRequest, notFound } from '../../errors';
import type { Caller } from '../../plugins/auth';
import { officerOf } from '../../policy';
import { helpNotices } from './notices';
import { helpRepository } from './repository';
import { addWorkingDays, beijingDate, formatLocalDate } from './working-days';

export interface HelpContext {
  tx: Queryable;
  templates: Record<string, string>;
  now: Date;
}

export type Who = Pick<Caller, 'memberId' | 'roles'>;

export const isHandlerOf = (caller: Who, unionId: number) => officerOf(caller, unionId);

/** Required text, trimmed; a blank one is a 400 naming what is missing. */
export function required(value: string | undefined, what: string): string {
  const text = value?.trim() ?? '';
  if (!text) throw badRequest(`请填写${what}`);
  return text;
}

/** The first-answer deadline: `days` working days after `from`, the union's closure days left out. */
async function deadlineFrom(tx: Queryable, unionId: number, from: string, days: number): Promise<string> {
  const closed = await helpRepository(tx).closedRanges(unionId, from);
  return addWorkingDays(from, days, closed);
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

export async function assertHandler(tx: Queryable, unionId: number, memberId: number): Promise<string> {
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
