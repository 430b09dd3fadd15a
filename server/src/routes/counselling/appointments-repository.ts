import type { Queryable } from '../../db';
import type { KeyRing } from '../../services/key-ring';
import { APPOINTMENT_SELECT as SELECT, DESK_SCOPES } from './counselling-sql';
import type { Mode, Status } from './rules';

export interface AppointmentRow {
  id: number;
  unionId: number;
  counsellorId: number;
  counsellorMemberId: number;
  counsellorName: string;
  room: string;
  bufferMinutes: number;
  memberId: number | null;
  memberName: string | null;
  memberPhone: string | null;
  status: Status;
  mode: Mode;
  startsAt: Date;
  endsAt: Date;
  requestedStartsAt: Date | null;
  alias: string | null;
  note: string | null;
  contact: 'message' | 'phone';
  arrangement: string | null;
  declineReason: string | null;
  cancelledBy: string | null;
  rating: number | null;
  hasNote: boolean;
  anonymisedAt: Date | null;
  createdAt: Date;
}

export type { DeskScope, MemberScope } from './counselling-sql';

export interface NewAppointment {
  unionId: number;
  counsellorId: number;
  memberId: number;
  mode: Mode;
  startsAt: Date;
  endsAt: Date;
  heldUntil: Date;
  alias: string | null;
  note: string | null;
  contact: 'message' | 'phone';
  upcomingSlot: number;
  now: Date;
}

// The reason and alias are sealed to their appointment: a ciphertext copied to another row will not open.
export const sealContext = (appointmentId: number, field: 'alias' | 'note') =>
  `counselling-appointment:${appointmentId}:${field}`;

/** Opens the member's reason and alias with the key ring; without it they read as null. */
export const openSealed =
  (ring: KeyRing | undefined) =>
  (row: AppointmentRow): AppointmentRow => ({
    ...row,
    alias: row.alias && ring ? ring.openText(row.alias, sealContext(row.id, 'alias')) : null,
    note: row.note && ring ? ring.openText(row.note, sealContext(row.id, 'note')) : null,
  });

/**
 * Reads and writes appointments; the lists, page by page, are appointmentListRepository's. With the
 * key ring, the member's reason (note) and alias are opened for the caller; without it (jobs that
 * never show them) they read as null. Who may see them in clear is the routes' business: only the
 * member and the assigned counsellor, audited.
 */
export function appointmentRepository(db: Queryable, ring?: KeyRing) {
  const open = openSealed(ring);
  const select = async (sql: string, params: unknown[]) => (await db.query<AppointmentRow>(sql, params)).map(open);

  return {
    /** The member's own appointment, or null: another member's is indistinguishable from none. */
    async findForMember(memberId: number, id: number, lock = false): Promise<AppointmentRow | null> {
      const [row] = await select(`${SELECT} WHERE a.id = $1 AND a.member_id = $2${lock ? ' FOR UPDATE OF a' : ''}`, [
        id,
        memberId,
      ]);
      return row ?? null;
    },

    /** An appointment assigned to this counsellor, or null. */
    async findForCounsellor(counsellorId: number, id: number, lock = false): Promise<AppointmentRow | null> {
      const [row] = await select(
        `${SELECT} WHERE a.id = $1 AND a.counsellor_id = $2${lock ? ' FOR UPDATE OF a' : ''}`,
        [id, counsellorId],
      );
      return row ?? null;
    },

    /**
     * The member's appointments that began already no longer count as upcoming: free their places,
     * and let requests nobody confirmed in time lapse.
     */
    /** Whether the member already holds a live appointment starting at this instant. */
    async hasOwnAt(memberId: number, startsAt: Date): Promise<boolean> {
      const rows = await db.query(
        `SELECT 1 FROM counselling_appointments WHERE member_id = $1 AND starts_at = $2 AND status IN ('requested', 'proposed', 'confirmed') LIMIT 1`,
        [memberId, startsAt],
      );
      return rows.length > 0;
    },

    async releasePast(memberId: number | null, now: Date): Promise<{ id: number; memberId: number; status: Status }[]> {
      return db.query(
        `UPDATE counselling_appointments
            SET upcoming_slot = NULL,
                status = CASE WHEN status IN ('requested', 'proposed') THEN 'expired' ELSE status END,
                updated_at = $2
          WHERE ($1::int IS NULL OR member_id = $1) AND upcoming_slot IS NOT NULL AND starts_at <= $2
          RETURNING id, member_id AS "memberId", status`,
        [memberId, now],
      );
    },

    async usedUpcomingSlots(memberId: number): Promise<number[]> {
      const rows = await db.query<{ slot: number }>(
        `SELECT upcoming_slot AS slot FROM counselling_appointments WHERE member_id = $1 AND upcoming_slot IS NOT NULL`,
        [memberId],
      );
      return rows.map((r) => r.slot);
    },

    /** The reason and alias are sealed before they reach the database, bound to the new row's id. */
    async insert(a: NewAppointment): Promise<number> {
      if (!ring) throw new Error('appointmentRepository.insert needs the key ring');
      const [next] = await db.query<{ id: number }>(
        `SELECT nextval(pg_get_serial_sequence('counselling_appointments', 'id'))::int AS id`,
      );
      const id = next!.id;
      const seal = (text: string | null, field: 'alias' | 'note') =>
        text === null ? null : ring.sealText(text, sealContext(id, field));
      await db.query(
        `INSERT INTO counselling_appointments
           (id, union_id, counsellor_id, member_id, status, mode, starts_at, ends_at, held_until, alias_sealed, note_sealed, contact, upcoming_slot, created_at, updated_at)
         OVERRIDING SYSTEM VALUE
         VALUES ($1, $2, $3, $4, 'requested', $5, $6, $7, $8, $9, $10, $11, $12, $13, $13)`,
        [
          id,
          a.unionId,
          a.counsellorId,
          a.memberId,
          a.mode,
          a.startsAt,
          a.endsAt,
          a.heldUntil,
          seal(a.alias, 'alias'),
          seal(a.note, 'note'),
          a.contact,
          a.upcomingSlot,
          a.now,
        ],
      );
      return id;
    },

    /**
     * Moves an appointment from one of `from` to `to`, setting the given columns; false when its
     * status changed meanwhile. Leaving the holding statuses also frees the member's place.
     */
    async transition(
      id: number,
      from: readonly Status[],
      to: Status,
      now: Date,
      set: Record<string, unknown> = {},
    ): Promise<boolean> {
      const columns = Object.keys(set);
      const assignments = columns.map((column, i) => `${column} = $${i + 5}`);
      const holding = ['requested', 'proposed', 'confirmed'].includes(to);
      const rows = await db.query(
        `UPDATE counselling_appointments
            SET status = $3, updated_at = $4${holding ? '' : ', upcoming_slot = NULL'}${assignments.map((a) => `, ${a}`).join('')}
          WHERE id = $1 AND status = ANY ($2::text[]) RETURNING id`,
        [id, from, to, now, ...columns.map((c) => set[c])],
      );
      return rows.length === 1;
    },

    async countForCounsellor(counsellorId: number, now: Date): Promise<{ pending: number; upcoming: number }> {
      const [row] = await db.query<{ pending: number; upcoming: number }>(
        `SELECT count(*) FILTER (WHERE ${DESK_SCOPES.pending.where})::int AS pending,
                count(*) FILTER (WHERE ${DESK_SCOPES.upcoming.where})::int AS upcoming
           FROM counselling_appointments a WHERE a.counsellor_id = $1`,
        [counsellorId, now],
      );
      return row!;
    },

    async ratingOf(counsellorId: number): Promise<{ average: number | null; count: number }> {
      const [row] = await db.query<{ average: number | null; count: number }>(
        `SELECT round(avg(rating), 1)::float8 AS average, count(rating)::int AS count FROM counselling_appointments WHERE counsellor_id = $1`,
        [counsellorId],
      );
      return row!;
    },
  };
}

export type AppointmentRepository = ReturnType<typeof appointmentRepository>;
