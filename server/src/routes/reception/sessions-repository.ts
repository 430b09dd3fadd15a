import type { Queryable } from '../../db';
import { OFFICER_ROLES } from '../../policy';

export interface SessionRow {
  id: number;
  unionId: number;
  seriesId: number | null;
  date: string;
  startsAt: Date;
  endsAt: Date;
  slotMinutes: number;
  place: string;
  receiverId: number;
  receiverName: string;
  receiverRole: 'chair' | 'vice_chair';
  status: 'open' | 'cancelled';
  cancelReason: string | null;
}

/** An appointment that holds a slot (anything but cancelled). */
export interface TakenSlot {
  sessionId: number;
  appointmentId: number;
  slotStart: Date;
  memberId: number;
  status: string;
}

export type NewSession = Omit<SessionRow, 'id' | 'receiverName' | 'status' | 'cancelReason'> & {
  createdBy: number | null;
};

const SELECT_SESSION = `
  SELECT s.id, s.union_id AS "unionId", s.series_id AS "seriesId", s.session_date AS date,
         s.starts_at AS "startsAt", s.ends_at AS "endsAt", s.slot_minutes AS "slotMinutes", s.place,
         s.receiver_id AS "receiverId", r.name AS "receiverName", s.receiver_role AS "receiverRole",
         s.status, s.cancel_reason AS "cancelReason"
    FROM reception_sessions s JOIN members r ON r.id = s.receiver_id`;

/** Sessions an officer sees: all of their union's when they run it, and those they receive themselves. */
export interface Scope {
  unionId: number;
  manage: boolean;
  memberId: number;
}

export function sessionRepository(db: Queryable) {
  return {
    async find(id: number): Promise<SessionRow | null> {
      const [row] = await db.query<SessionRow>(`${SELECT_SESSION} WHERE s.id = $1`, [id]);
      return row ?? null;
    },

    /** Locks the session against a concurrent cancellation while a slot in it is booked. */
    async findForBooking(id: number, unionId: number): Promise<SessionRow | null> {
      const [row] = await db.query<SessionRow>(`${SELECT_SESSION} WHERE s.id = $1 AND s.union_id = $2 FOR SHARE OF s`, [
        id,
        unionId,
      ]);
      return row ?? null;
    },

    async lockForUpdate(id: number): Promise<SessionRow | null> {
      const [row] = await db.query<SessionRow>(`${SELECT_SESSION} WHERE s.id = $1 FOR UPDATE OF s`, [id]);
      return row ?? null;
    },

    /** A union's open sessions that have not ended yet, up to a local date. */
    async upcoming(unionId: number, now: Date, untilDate: string): Promise<SessionRow[]> {
      return db.query<SessionRow>(
        `${SELECT_SESSION} WHERE s.union_id = $1 AND s.status = 'open' AND s.ends_at > $2 AND s.session_date <= $3::date
          ORDER BY s.starts_at, s.id`,
        [unionId, now, untilDate],
      );
    },

    /** Sessions between two local dates (both included) within the officer's scope, cancelled ones too. */
    async inScope(scope: Scope, from: string, to: string): Promise<SessionRow[]> {
      return db.query<SessionRow>(
        `${SELECT_SESSION}
          WHERE ((s.union_id = $1 AND $2::boolean) OR s.receiver_id = $3)
            AND s.session_date BETWEEN $4::date AND $5::date
          ORDER BY s.starts_at, s.id`,
        [scope.unionId, scope.manage, scope.memberId, from, to],
      );
    },

    async taken(sessionIds: number[]): Promise<TakenSlot[]> {
      if (sessionIds.length === 0) return [];
      return db.query<TakenSlot>(
        `SELECT session_id AS "sessionId", id AS "appointmentId", slot_start AS "slotStart", member_id AS "memberId", status
           FROM reception_appointments WHERE session_id = ANY($1::int[]) AND status <> 'cancelled'`,
        [sessionIds],
      );
    },

    async isReceiver(memberId: number): Promise<boolean> {
      const [row] = await db.query<{ yes: boolean }>(
        `SELECT EXISTS (SELECT 1 FROM reception_sessions WHERE receiver_id = $1) AS yes`,
        [memberId],
      );
      return row!.yes;
    },

    /** An open session of the receiver's that overlaps [startsAt, endsAt), if any. */
    async overlapping(receiverId: number, startsAt: Date, endsAt: Date): Promise<SessionRow | null> {
      const [row] = await db.query<SessionRow>(
        `${SELECT_SESSION} WHERE s.receiver_id = $1 AND s.status = 'open' AND s.starts_at < $3 AND s.ends_at > $2 LIMIT 1`,
        [receiverId, startsAt, endsAt],
      );
      return row ?? null;
    },

    /** Serialises publishing for one receiver, so two overlapping sessions cannot both pass the check. */
    async lockReceiver(receiverId: number): Promise<void> {
      await db.query(`SELECT id FROM members WHERE id = $1 FOR NO KEY UPDATE`, [receiverId]);
    },

    async createSeries(
      unionId: number,
      weekday: number,
      startsOn: string,
      endsOn: string,
      createdBy: number | null,
    ): Promise<number> {
      const [row] = await db.query<{ id: number }>(
        `INSERT INTO reception_series (union_id, weekday, starts_on, ends_on, created_by) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [unionId, weekday, startsOn, endsOn, createdBy],
      );
      return row!.id;
    },

    async insert(s: NewSession): Promise<number> {
      const [row] = await db.query<{ id: number }>(
        `INSERT INTO reception_sessions
           (union_id, series_id, session_date, starts_at, ends_at, slot_minutes, place, receiver_id, receiver_role, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
        [
          s.unionId,
          s.seriesId,
          s.date,
          s.startsAt,
          s.endsAt,
          s.slotMinutes,
          s.place,
          s.receiverId,
          s.receiverRole,
          s.createdBy,
        ],
      );
      return row!.id;
    },

    async cancel(id: number, reason: string, now: Date): Promise<void> {
      await db.query(
        `UPDATE reception_sessions SET status = 'cancelled', cancel_reason = $2, cancelled_at = $3 WHERE id = $1`,
        [id, reason, now],
      );
    },

    /** Members of the union who may receive: its chair(s) first, then its staff (a vice-chair usually is one). */
    async receivers(unionId: number): Promise<{ id: number; name: string; role: 'chair' | 'vice_chair' }[]> {
      return db.query(
        `SELECT m.id, m.name, CASE WHEN bool_or(r.role = 'chair') THEN 'chair' ELSE 'vice_chair' END AS role
           FROM members m JOIN member_roles r ON r.member_id = m.id AND r.union_id = $1 AND r.role = ANY($2::text[])
          WHERE m.union_id = $1 AND m.status = 'active'
          GROUP BY m.id ORDER BY bool_or(r.role = 'chair') DESC, m.id`,
        [unionId, OFFICER_ROLES],
      );
    },

    /** The role a receiver holds: chair, or vice-chair for the union's staff; null for anyone else. */
    async receiverRole(unionId: number, memberId: number): Promise<'chair' | 'vice_chair' | null> {
      const receiver = (await this.receivers(unionId)).find((r) => r.id === memberId);
      return receiver?.role ?? null;
    },

    /** The union's name, for the heading of the monthly workbook; empty when the union is gone. */
    async unionName(unionId: number): Promise<string> {
      const [union] = await db.query<{ name: string }>(`SELECT name FROM unions WHERE id = $1`, [unionId]);
      return union?.name ?? '';
    },
  };
}
