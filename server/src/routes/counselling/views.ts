import type { AppointmentRow } from './appointments-repository';
import type { CounsellorRow } from './counsellors-repository';
import { cancelState } from './rules';
import type { CounsellorView, DeskAppointmentView, MemberAppointmentView } from './schemas';

/** The fields the member and the assigned counsellor both see. */
const shared = (row: AppointmentRow) => ({
  id: row.id,
  status: row.status,
  mode: row.mode,
  startsAt: row.startsAt,
  endsAt: row.endsAt,
  requestedStartsAt: row.requestedStartsAt,
  note: row.note,
  contact: row.contact,
  arrangement: row.arrangement,
  declineReason: row.declineReason,
  cancelledBy: row.cancelledBy,
  createdAt: row.createdAt,
});

/** What the member sees of their own appointment. */
export function toMemberView(row: AppointmentRow, now: Date, cancelCutoffHours: number): MemberAppointmentView {
  return {
    ...shared(row),
    counsellor: { id: row.counsellorId, displayName: row.counsellorName, room: row.room },
    alias: row.alias,
    rating: row.rating,
    ...cancelState(row, now, cancelCutoffHours),
    canRate: row.status === 'completed' && row.rating === null,
  };
}

/**
 * What the assigned counsellor sees: the alias instead of the name when the member chose one, the
 * phone number only when the member agreed to be called, and never the member's rating.
 */
export function toDeskView(row: AppointmentRow): DeskAppointmentView {
  const anonymised = row.anonymisedAt !== null;
  return {
    ...shared(row),
    client: {
      name: anonymised ? '已匿名' : (row.alias ?? row.memberName ?? '已匿名'),
      isAlias: row.alias !== null,
      phone: row.contact === 'phone' && !anonymised ? row.memberPhone : null,
    },
    hasNote: row.hasNote,
    anonymised,
  };
}

export function toCounsellorView(row: CounsellorRow, nextSlotAt: Date | null): CounsellorView {
  return {
    id: row.id,
    displayName: row.displayName,
    qualifications: row.qualifications,
    introduction: row.introduction,
    modes: row.modes,
    room: row.room,
    slotMinutes: row.slotMinutes,
    nextSlotAt,
  };
}
