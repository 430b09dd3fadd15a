import type { Static } from '@sinclair/typebox';
import type { Queryable } from '../../db';
import type { FileLinks } from './file-links';
import { type DetailRow, helpRepository } from './repository';
import { MAX_ATTACHMENTS, OPEN_STATUSES } from './rules';
import type { HelpCase, MyHelpRequest } from './schemas';
import { availableActions, reopenDeadline } from './actions';
import { isHandlerOf, type Who } from './service';
import { beijingDate } from './working-days';

async function commonFields(db: Queryable, links: FileLinks, row: DetailRow, as: 'member' | 'handler', now: Date) {
  const repo = helpRepository(db);
  const files = await repo.attachments(row.id);
  const attachments = await Promise.all(files.map(async (f) => ({ ...f, url: await links.url(f.id, now) })));
  const open = OPEN_STATUSES.includes(row.status);
  const finished = row.status === 'resolved' || row.status === 'closed';
  return {
    id: row.id,
    title: row.title,
    categoryId: row.categoryId,
    categoryName: row.categoryName,
    status: row.status,
    urgency: row.urgency,
    anonymous: row.anonymous,
    responseDueOn: row.responseDueOn,
    overdue: row.overdue,
    handlerName: row.handlerName,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    description: row.description,
    contactPreference: row.contactPreference,
    outcome: finished ? row.outcome : null,
    rejectReason: row.rejectReason,
    resolvedAt: finished ? row.resolvedAt : null,
    closedAt: row.closedAt,
    rating: row.rating,
    ratingComment: row.ratingComment,
    reopenUntil: finished ? reopenDeadline(row.resolvedAt) : null,
    attachments,
    actions: availableActions(row, as, now),
    canReply: as === 'member' ? open : open && row.status !== 'submitted',
    canUpload: as === 'member' && open && attachments.length < MAX_ATTACHMENTS,
  };
}

/** The member's own case: the public timeline only. null for anyone else's case. */
export async function memberView(
  db: Queryable,
  links: FileLinks,
  caller: Who,
  id: number,
  now: Date,
): Promise<Static<typeof MyHelpRequest> | null> {
  const repo = helpRepository(db);
  const today = beijingDate(now);
  const row = await repo.detail(id, today);
  if (!row || row.memberId !== caller.memberId) return null;
  const events = await repo.events(id, false, false);
  const visits = await repo.visitsOf(id, today);
  return {
    ...(await commonFields(db, links, row, 'member', now)),
    events: events.map(({ internal: _internal, ...event }) => event),
    visits: visits
      .filter((v) => v.status !== 'cancelled')
      .map(({ id: visitId, dueOn, status }) => ({ id: visitId, dueOn, status })),
  };
}

/** The handlers' view of a case of their union: notes included; the member hidden when anonymous. */
export async function caseView(
  db: Queryable,
  links: FileLinks,
  caller: Who,
  id: number,
  now: Date,
): Promise<Static<typeof HelpCase> | null> {
  const repo = helpRepository(db);
  const today = beijingDate(now);
  const row = await repo.detail(id, today);
  if (!row || !isHandlerOf(caller, row.unionId)) return null;
  return {
    ...(await commonFields(db, links, row, 'handler', now)),
    handlerId: row.handlerId,
    source: row.source,
    member: row.anonymous
      ? null
      : { name: row.memberName, staffNo: row.memberStaffNo, phone: row.memberPhone, branchName: row.branchName },
    events: await repo.events(id, true, row.anonymous),
    visits: await repo.visitsOf(id, today),
  };
}
