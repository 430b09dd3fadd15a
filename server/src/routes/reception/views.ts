import type { Static } from '@sinclair/typebox';
import type { AppointmentRow } from './appointments-repository';
import type { ReceptionAppointment, ReceptionSession, SlotView, Stage } from './schemas';
import type { SessionRow, TakenSlot } from './sessions-repository';
import { slotsOf } from './slots';
import { localDate } from './time';

/** Who is looking: the caller, and whether they run their union's reception (its chair or staff). */
export interface Viewer {
  memberId: number;
  unionId: number;
  manage: boolean;
}

/** The officers of a visit: the union's chair and staff, and whoever receives the session. */
export const isOfficerOf = (viewer: Viewer, row: Pick<AppointmentRow, 'unionId' | 'receiverId'>) =>
  (viewer.manage && viewer.unionId === row.unionId) || viewer.memberId === row.receiverId;

export const canSee = (viewer: Viewer, row: AppointmentRow) =>
  viewer.memberId === row.memberId || isOfficerOf(viewer, row);

/** 希望保密: only the receiver (and the member) read what it is about; other officers see the topic only. */
export const contentHiddenFrom = (viewer: Viewer, row: AppointmentRow) =>
  row.confidential && viewer.memberId !== row.receiverId && viewer.memberId !== row.memberId;

/** Registering, handing on and replying: an officer of the visit who may read its content. */
export const canHandle = (viewer: Viewer, row: AppointmentRow) =>
  isOfficerOf(viewer, row) && !contentHiddenFrom(viewer, row);

export function stageOf(row: Pick<AppointmentRow, 'status' | 'raised' | 'assignee' | 'reply' | 'rating'>): Stage {
  if (row.status !== 'arrived') return row.status;
  if (row.rating) return 'rated';
  if (row.reply) return 'replied';
  if (row.assignee) return 'assigned';
  if (row.raised) return 'registered';
  return 'arrived';
}

export const isOverdue = (row: Pick<AppointmentRow, 'status' | 'reply' | 'dueOn'>, today: string) =>
  row.status === 'arrived' && row.reply === null && row.dueOn !== null && row.dueOn < today;

export function canCancel(viewer: Viewer, row: AppointmentRow, now: Date): boolean {
  if (row.status !== 'booked') return false;
  if (isOfficerOf(viewer, row) && viewer.memberId !== row.memberId) return true;
  return viewer.memberId === row.memberId && row.slotStart > now;
}

export function toAppointmentView(row: AppointmentRow, viewer: Viewer, now: Date): Static<typeof ReceptionAppointment> {
  const hidden = contentHiddenFrom(viewer, row);
  // 登记 and 交办 are the union's working notes: the member sees where things stand and the reply.
  const internal = isOfficerOf(viewer, row) && viewer.memberId !== row.memberId && !hidden;
  return {
    id: row.id,
    sessionId: row.sessionId,
    date: row.date,
    slotStart: row.slotStart,
    slotEnd: row.slotEnd,
    place: row.place,
    receiverName: row.receiverName,
    member: { id: row.memberId, name: row.memberName, branchName: row.branchName },
    topic: row.topic,
    confidential: row.confidential,
    contentHidden: hidden,
    description: hidden ? null : row.description,
    status: row.status,
    stage: stageOf(row),
    cancelReason: row.cancelReason,
    cancelledByMember: row.cancelledBy === row.memberId,
    raised: internal ? row.raised : null,
    helpCaseRequested: internal && row.helpCaseRequested,
    helpCaseNote: internal ? row.helpCaseNote : null,
    helpCaseId: internal || viewer.memberId === row.memberId ? row.helpCaseId : null,
    assignee: isOfficerOf(viewer, row) && viewer.memberId !== row.memberId ? row.assignee : null,
    dueOn: row.dueOn,
    overdue: isOverdue(row, localDate(now)),
    reply: hidden ? null : row.reply,
    repliedAt: row.repliedAt,
    repliedOnTime: row.repliedAt && row.dueOn ? localDate(row.repliedAt) <= row.dueOn : null,
    rating: row.rating,
    ratingComment: hidden ? null : row.ratingComment,
    canCancel: canCancel(viewer, row, now),
    canHandle: canHandle(viewer, row),
  };
}

type SessionView = Static<typeof ReceptionSession>;

/** A session with its slot counts; `memberId` marks the slot the caller holds. */
export function toSessionView(row: SessionRow, taken: TakenSlot[], memberId: number, now: Date): SessionView {
  const mine = taken.find((t) => t.sessionId === row.id && t.memberId === memberId && t.status === 'booked');
  const slots = slotStates(row, taken, memberId, now);
  return {
    id: row.id,
    date: row.date,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    slotMinutes: row.slotMinutes,
    place: row.place,
    receiverId: row.receiverId,
    receiverName: row.receiverName,
    receiverRole: row.receiverRole,
    weekly: row.seriesId !== null,
    status: row.status,
    cancelReason: row.cancelReason,
    slotCount: slots.length,
    bookedCount: slots.filter((s) => s.state === 'taken' || s.state === 'mine').length,
    freeSlots: row.status === 'open' ? slots.filter((s) => s.state === 'free').length : 0,
    myAppointmentId: mine?.appointmentId ?? null,
  };
}

export function slotStates(
  row: SessionRow,
  taken: TakenSlot[],
  memberId: number,
  now: Date,
): Static<typeof SlotView>[] {
  const holders = new Map(taken.filter((t) => t.sessionId === row.id).map((t) => [t.slotStart.getTime(), t.memberId]));
  return slotsOf(row).map((slot) => {
    const holder = holders.get(slot.startsAt.getTime());
    const state = holder === memberId ? 'mine' : holder !== undefined ? 'taken' : slot.endsAt <= now ? 'past' : 'free';
    return { ...slot, state };
  });
}
