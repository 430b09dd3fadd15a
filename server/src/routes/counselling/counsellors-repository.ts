import type { Static } from '@sinclair/typebox';
import type { Queryable } from '../../db';
import { HOLDING_SQL } from './counselling-sql';
import type { Mode } from './rules';
import type { CreateCounsellorBody, UpdateCounsellorBody } from './schemas';
import type { Busy, Schedule, WeeklyHours } from './slots';

export interface CounsellorRow {
  id: number;
  unionId: number;
  memberId: number;
  memberName: string;
  staffNo: string;
  displayName: string;
  qualifications: string;
  introduction: string;
  modes: Mode[];
  room: string;
  slotMinutes: number;
  bufferMinutes: number;
  active: boolean;
}

export interface LeaveRow {
  id: number;
  startsOn: string;
  endsOn: string;
  reason: string;
}

const SELECT = `SELECT c.id, c.union_id AS "unionId", c.member_id AS "memberId", m.name AS "memberName", m.staff_no AS "staffNo",
       c.display_name AS "displayName", c.qualifications, c.introduction, c.modes, c.room,
       c.slot_minutes AS "slotMinutes", c.buffer_minutes AS "bufferMinutes", c.active
  FROM counsellors c JOIN members m ON m.id = c.member_id`;

type ProfileInput = Partial<Omit<Static<typeof CreateCounsellorBody>, 'staffNo'>> & { active?: boolean };

export function counsellorRepository(db: Queryable) {
  return {
    /** `bookableBy`: leave out the member themself, as a counsellor does not counsel themself. */
    async list(
      unionId: number,
      options: { activeOnly: boolean; mode?: Mode; bookableBy?: number },
    ): Promise<CounsellorRow[]> {
      const params: unknown[] = [unionId];
      const where = ['c.union_id = $1'];
      if (options.activeOnly) where.push('c.active');
      if (options.mode) where.push(`$${params.push(options.mode)} = ANY (c.modes)`);
      if (options.bookableBy) where.push(`c.member_id <> $${params.push(options.bookableBy)}`);
      return db.query<CounsellorRow>(`${SELECT} WHERE ${where.join(' AND ')} ORDER BY c.id`, params);
    },

    async find(unionId: number, id: number): Promise<CounsellorRow | null> {
      const [row] = await db.query<CounsellorRow>(`${SELECT} WHERE c.union_id = $1 AND c.id = $2`, [unionId, id]);
      return row ?? null;
    },

    async findByMember(memberId: number): Promise<CounsellorRow | null> {
      const [row] = await db.query<CounsellorRow>(`${SELECT} WHERE c.member_id = $1`, [memberId]);
      return row ?? null;
    },

    /** Weekly hours and the leave that has not ended before `fromDay`. */
    async schedules(
      counsellors: Pick<CounsellorRow, 'id' | 'slotMinutes' | 'bufferMinutes'>[],
      fromDay: string,
    ): Promise<Map<number, Schedule & { leave: LeaveRow[] }>> {
      const ids = counsellors.map((c) => c.id);
      const hours = await db.query<WeeklyHours & { counsellorId: number }>(
        `SELECT counsellor_id AS "counsellorId", weekday, to_char(starts_at, 'HH24:MI') AS starts, to_char(ends_at, 'HH24:MI') AS ends
           FROM counsellor_hours WHERE counsellor_id = ANY ($1::int[]) ORDER BY weekday, starts_at`,
        [ids],
      );
      const leave = await db.query<LeaveRow & { counsellorId: number }>(
        `SELECT counsellor_id AS "counsellorId", id, starts_on AS "startsOn", ends_on AS "endsOn", reason
           FROM counsellor_leave WHERE counsellor_id = ANY ($1::int[]) AND ends_on >= $2 ORDER BY starts_on, id`,
        [ids, fromDay],
      );
      return new Map(
        counsellors.map((c) => [
          c.id,
          {
            slotMinutes: c.slotMinutes,
            bufferMinutes: c.bufferMinutes,
            hours: hours
              .filter((h) => h.counsellorId === c.id)
              .map(({ weekday, starts, ends }) => ({ weekday, starts, ends })),
            leave: leave
              .filter((l) => l.counsellorId === c.id)
              .map(({ id, startsOn, endsOn, reason }) => ({ id, startsOn, endsOn, reason })),
          },
        ]),
      );
    },

    /** The time already held by requested, proposed and confirmed appointments, per counsellor. */
    async busy(counsellorIds: number[], from: Date, until: Date): Promise<Map<number, Busy[]>> {
      const rows = await db.query<Busy & { counsellorId: number }>(
        `SELECT counsellor_id AS "counsellorId", starts_at AS "startsAt", held_until AS "heldUntil"
           FROM counselling_appointments
          WHERE counsellor_id = ANY ($1::int[]) AND status IN ${HOLDING_SQL} AND held_until > $2 AND starts_at < $3`,
        [counsellorIds, from, until],
      );
      const map = new Map<number, Busy[]>(counsellorIds.map((id) => [id, []]));
      for (const row of rows) map.get(row.counsellorId)!.push({ startsAt: row.startsAt, heldUntil: row.heldUntil });
      return map;
    },

    async create(
      unionId: number,
      memberId: number,
      input: ProfileInput & { displayName: string; modes: Mode[] },
    ): Promise<number> {
      const [row] = await db.query<{ id: number }>(
        `INSERT INTO counsellors (union_id, member_id, display_name, qualifications, introduction, modes, room, slot_minutes, buffer_minutes)
         VALUES ($1, $2, $3, $4, $5, $6, $7, coalesce($8, 50), coalesce($9, 10)) RETURNING id`,
        [
          unionId,
          memberId,
          input.displayName,
          input.qualifications ?? '',
          input.introduction ?? '',
          input.modes,
          input.room ?? '',
          input.slotMinutes ?? null,
          input.bufferMinutes ?? null,
        ],
      );
      return row!.id;
    },

    async update(unionId: number, id: number, input: Static<typeof UpdateCounsellorBody>): Promise<boolean> {
      const rows = await db.query(
        `UPDATE counsellors SET display_name = coalesce($3, display_name), qualifications = coalesce($4, qualifications),
                introduction = coalesce($5, introduction), modes = coalesce($6, modes), room = coalesce($7, room),
                slot_minutes = coalesce($8, slot_minutes), buffer_minutes = coalesce($9, buffer_minutes),
                active = coalesce($10, active), updated_at = now()
          WHERE union_id = $1 AND id = $2 RETURNING id`,
        [
          unionId,
          id,
          input.displayName ?? null,
          input.qualifications ?? null,
          input.introduction ?? null,
          input.modes ?? null,
          input.room ?? null,
          input.slotMinutes ?? null,
          input.bufferMinutes ?? null,
          input.active ?? null,
        ],
      );
      return rows.length === 1;
    },

    async replaceHours(
      id: number,
      input: { slotMinutes: number; bufferMinutes: number; hours: WeeklyHours[] },
    ): Promise<void> {
      await db.query(
        `UPDATE counsellors SET slot_minutes = $2, buffer_minutes = $3, updated_at = now() WHERE id = $1`,
        [id, input.slotMinutes, input.bufferMinutes],
      );
      await db.query(`DELETE FROM counsellor_hours WHERE counsellor_id = $1`, [id]);
      for (const h of input.hours) {
        await db.query(
          `INSERT INTO counsellor_hours (counsellor_id, weekday, starts_at, ends_at) VALUES ($1, $2, $3, $4)`,
          [id, h.weekday, h.starts, h.ends],
        );
      }
    },

    /** How many appointments the counsellor still holds on Beijing days `startsOn`..`endsOn` (a new leave's). */
    async heldBetween(id: number, startsOn: string, endsOn: string): Promise<number> {
      const [row] = await db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM counselling_appointments
          WHERE counsellor_id = $1 AND status IN ${HOLDING_SQL}
            AND (starts_at AT TIME ZONE 'Asia/Shanghai')::date BETWEEN $2 AND $3`,
        [id, startsOn, endsOn],
      );
      return row!.n;
    },

    async addLeave(
      id: number,
      createdBy: number,
      input: { startsOn: string; endsOn: string; reason?: string },
    ): Promise<LeaveRow> {
      const [row] = await db.query<LeaveRow>(
        `INSERT INTO counsellor_leave (counsellor_id, starts_on, ends_on, reason, created_by) VALUES ($1, $2, $3, $4, $5)
         RETURNING id, starts_on AS "startsOn", ends_on AS "endsOn", reason`,
        [id, input.startsOn, input.endsOn, input.reason?.trim() ?? '', createdBy],
      );
      return row!;
    },

    async removeLeave(id: number, leaveId: number): Promise<boolean> {
      return (
        (
          await db.query(`DELETE FROM counsellor_leave WHERE counsellor_id = $1 AND id = $2 RETURNING id`, [
            id,
            leaveId,
          ])
        ).length === 1
      );
    },
  };
}

export type CounsellorRepository = ReturnType<typeof counsellorRepository>;
