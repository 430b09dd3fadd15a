import type { Queryable } from '../../db';
import type { Rating, Status, Topic } from './schemas';
import type { Scope } from './sessions-repository';

export interface AppointmentRow {
  id: number;
  sessionId: number;
  unionId: number;
  memberId: number;
  memberName: string;
  branchName: string | null;
  date: string;
  slotStart: Date;
  slotEnd: Date;
  place: string;
  receiverId: number;
  receiverName: string;
  topic: Topic;
  description: string;
  confidential: boolean;
  status: Status;
  cancelReason: string | null;
  cancelledBy: number | null;
  raised: string | null;
  helpCaseRequested: boolean;
  helpCaseNote: string | null;
  helpCaseId: number | null;
  assignee: string | null;
  dueOn: string | null;
  reply: string | null;
  repliedAt: Date | null;
  rating: Rating | null;
  ratingComment: string | null;
}

export interface NewAppointment {
  sessionId: number;
  unionId: number;
  memberId: number;
  slotStart: Date;
  slotEnd: Date;
  topic: Topic;
  description: string;
  confidential: boolean;
}

const SELECT_APPOINTMENT = `
  SELECT a.id, a.session_id AS "sessionId", a.union_id AS "unionId", a.member_id AS "memberId",
         m.name AS "memberName", b.name AS "branchName", s.session_date AS date,
         a.slot_start AS "slotStart", a.slot_end AS "slotEnd", s.place,
         s.receiver_id AS "receiverId", r.name AS "receiverName",
         a.topic, a.description, a.confidential, a.status, a.cancel_reason AS "cancelReason", a.cancelled_by AS "cancelledBy",
         a.raised, a.help_case_requested AS "helpCaseRequested", a.help_case_note AS "helpCaseNote", a.help_case_id AS "helpCaseId",
         a.assignee, a.due_on AS "dueOn", a.reply, a.replied_at AS "repliedAt",
         a.rating, a.rating_comment AS "ratingComment"
    FROM reception_appointments a
    JOIN reception_sessions s ON s.id = a.session_id
    JOIN members m ON m.id = a.member_id
    LEFT JOIN unions b ON b.id = m.branch_id
    JOIN members r ON r.id = s.receiver_id`;

// The appointments an officer sees: the union's when they run it, and those of sessions they receive.
const IN_SCOPE = `((a.union_id = $1 AND $2::boolean) OR s.receiver_id = $3)`;
const scopeParams = (scope: Scope) => [scope.unionId, scope.manage, scope.memberId];

export function appointmentRepository(db: Queryable) {
  return {
    async find(id: number): Promise<AppointmentRow | null> {
      const [row] = await db.query<AppointmentRow>(`${SELECT_APPOINTMENT} WHERE a.id = $1`, [id]);
      return row ?? null;
    },

    /** The row locked for a change: every state change reads it under this lock, then decides. */
    async lock(id: number): Promise<AppointmentRow | null> {
      const [row] = await db.query<AppointmentRow>(`${SELECT_APPOINTMENT} WHERE a.id = $1 FOR UPDATE OF a`, [id]);
      return row ?? null;
    },

    async ofMember(memberId: number): Promise<AppointmentRow[]> {
      return db.query<AppointmentRow>(
        `${SELECT_APPOINTMENT} WHERE a.member_id = $1 ORDER BY a.slot_start DESC, a.id DESC LIMIT 100`,
        [memberId],
      );
    },

    /** Not cancelled, between two local dates (both included), in time order. */
    async inScope(scope: Scope, from: string, to: string): Promise<AppointmentRow[]> {
      return db.query<AppointmentRow>(
        `${SELECT_APPOINTMENT} WHERE ${IN_SCOPE} AND a.status <> 'cancelled' AND s.session_date BETWEEN $4::date AND $5::date
          ORDER BY a.slot_start, a.id`,
        [...scopeParams(scope), from, to],
      );
    },

    /** Visits that took place and still wait for their reply, the earliest deadline first. */
    async awaitingReply(scope: Scope): Promise<AppointmentRow[]> {
      return db.query<AppointmentRow>(
        `${SELECT_APPOINTMENT} WHERE ${IN_SCOPE} AND a.status = 'arrived' AND a.reply IS NULL
          ORDER BY a.due_on NULLS LAST, a.slot_start, a.id LIMIT 200`,
        scopeParams(scope),
      );
    },

    async counts(scope: Scope, today: string): Promise<{ today: number; pending: number; overdue: number }> {
      const [row] = await db.query<{ today: number; pending: number; overdue: number }>(
        `SELECT count(*) FILTER (WHERE s.session_date = $4::date AND a.status <> 'cancelled')::int AS today,
                count(*) FILTER (WHERE a.status = 'arrived' AND a.reply IS NULL)::int AS pending,
                count(*) FILTER (WHERE a.status = 'arrived' AND a.reply IS NULL AND a.due_on < $4::date)::int AS overdue
           FROM reception_appointments a JOIN reception_sessions s ON s.id = a.session_id
          WHERE ${IN_SCOPE}`,
        [...scopeParams(scope), today],
      );
      return row!;
    },

    /**
     * Takes the slot, or nothing when the slot is held or the member already holds an upcoming
     * appointment in the session: the two partial unique indexes decide, whatever the concurrency.
     */
    async insertIfFree(a: NewAppointment, now: Date): Promise<number | null> {
      const [row] = await db.query<{ id: number }>(
        `INSERT INTO reception_appointments
           (session_id, union_id, member_id, slot_start, slot_end, topic, description, confidential, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9)
         ON CONFLICT DO NOTHING RETURNING id`,
        [a.sessionId, a.unionId, a.memberId, a.slotStart, a.slotEnd, a.topic, a.description, a.confidential, now],
      );
      return row?.id ?? null;
    },

    /** After a refused insert: the member's own upcoming appointment in the session, if that was the reason. */
    async upcomingOfMember(sessionId: number, memberId: number): Promise<{ id: number; slotStart: Date } | null> {
      const [row] = await db.query<{ id: number; slotStart: Date }>(
        `SELECT id, slot_start AS "slotStart" FROM reception_appointments WHERE session_id = $1 AND member_id = $2 AND status = 'booked'`,
        [sessionId, memberId],
      );
      return row ?? null;
    },

    async cancel(id: number, by: number, reason: string | null, now: Date): Promise<void> {
      await db.query(
        `UPDATE reception_appointments SET status = 'cancelled', cancelled_at = $3, cancelled_by = $2, cancel_reason = $4, updated_at = $3
          WHERE id = $1`,
        [id, by, now, reason],
      );
    },

    /** Cancels every upcoming appointment of a session; answers the ones it cancelled. */
    async cancelSession(
      sessionId: number,
      by: number,
      reason: string,
      now: Date,
    ): Promise<{ id: number; memberId: number; slotStart: Date }[]> {
      return db.query(
        `UPDATE reception_appointments SET status = 'cancelled', cancelled_at = $3, cancelled_by = $2, cancel_reason = $4, updated_at = $3
          WHERE session_id = $1 AND status = 'booked'
          RETURNING id, member_id AS "memberId", slot_start AS "slotStart"`,
        [sessionId, by, now, reason],
      );
    },

    /** Arrived: the reply is due a week after the visit unless a deadline was already set. No-show: no reply is due. */
    async setAttendance(id: number, attended: boolean, dueOn: string, now: Date): Promise<void> {
      await db.query(
        `UPDATE reception_appointments
            SET status = CASE WHEN $2 THEN 'arrived' ELSE 'no_show' END,
                attendance_at = $4, updated_at = $4,
                due_on = CASE WHEN $2 THEN coalesce(due_on, $3::date) ELSE NULL END
          WHERE id = $1`,
        [id, attended, dueOn, now],
      );
    },

    async recordOutcome(
      id: number,
      by: number,
      input: { raised: string; helpCaseRequested: boolean; helpCaseNote: string | null },
      now: Date,
    ) {
      await db.query(
        `UPDATE reception_appointments
            SET raised = $3, registered_at = coalesce(registered_at, $6), registered_by = coalesce(registered_by, $2),
                help_case_requested = $4, help_case_note = $5, updated_at = $6
          WHERE id = $1`,
        [id, by, input.raised, input.helpCaseRequested, input.helpCaseNote, now],
      );
    },

    async linkHelpCase(id: number, helpCaseId: number): Promise<void> {
      await db.query('UPDATE reception_appointments SET help_case_id = $2 WHERE id = $1', [id, helpCaseId]);
    },

    /** A new deadline that has not passed clears an earlier overdue flag, so a later lapse is flagged again. */
    async assign(id: number, by: number, assignee: string, dueOn: string, now: Date): Promise<void> {
      await db.query(
        `UPDATE reception_appointments
            SET assignee = $3, due_on = $4::date, assigned_at = $5, assigned_by = $2, overdue_flagged_at = NULL, updated_at = $5
          WHERE id = $1`,
        [id, by, assignee, dueOn, now],
      );
    },

    async reply(id: number, by: number, reply: string, now: Date): Promise<void> {
      await db.query(
        `UPDATE reception_appointments SET reply = $3, replied_at = $4, replied_by = $2, updated_at = $4 WHERE id = $1`,
        [id, by, reply, now],
      );
    },

    async rate(id: number, rating: Rating, comment: string | null, now: Date): Promise<void> {
      await db.query(
        `UPDATE reception_appointments SET rating = $2, rating_comment = $3, rated_at = $4, updated_at = $4 WHERE id = $1`,
        [id, rating, comment, now],
      );
    },
  };
}
