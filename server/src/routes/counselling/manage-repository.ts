import type { Queryable } from '../../db';
import type { CounsellingSettings, Mode } from './rules';

const month = (column: string) => `to_char(${column} AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM')`;

/** What the union's officers change and read about counselling as a whole: who may become a counsellor,
 * the booking settings, and monthly counts that carry no names. */
export function counsellingManageRepository(db: Queryable) {
  return {
    /** The active member of this union with this 工号, and whether they hold the counsellor role. */
    async memberForCounsellor(unionId: number, staffNo: string): Promise<{ id: number; isCounsellor: boolean } | null> {
      const [member] = await db.query<{ id: number; isCounsellor: boolean }>(
        `SELECT m.id, EXISTS (SELECT 1 FROM member_roles r WHERE r.member_id = m.id AND r.union_id = $1 AND r.role = 'counsellor') AS "isCounsellor"
           FROM members m WHERE m.union_id = $1 AND m.staff_no = $2 AND m.status = 'active'`,
        [unionId, staffNo],
      );
      return member ?? null;
    },

    /** The settings the union's officers saved, or null while they have saved none. */
    async savedSettings(unionId: number): Promise<CounsellingSettings | null> {
      const [row] = await db.query<CounsellingSettings>(
        `SELECT hotlines, window_days AS "windowDays", min_notice_hours AS "minNoticeHours", cancel_cutoff_hours AS "cancelCutoffHours"
           FROM counselling_settings WHERE union_id = $1`,
        [unionId],
      );
      return row ?? null;
    },

    async saveSettings(
      unionId: number,
      s: {
        hotlines: { number: string; label: string }[];
        windowDays: number;
        minNoticeHours: number;
        cancelCutoffHours: number;
      },
      updatedBy: number,
    ): Promise<void> {
      await db.query(
        `INSERT INTO counselling_settings (union_id, hotlines, window_days, min_notice_hours, cancel_cutoff_hours, updated_by)
           VALUES ($1, $2, $3, $4, $5, $6)
           ON CONFLICT (union_id) DO UPDATE SET hotlines = $2, window_days = $3, min_notice_hours = $4,
                  cancel_cutoff_hours = $5, updated_by = $6, updated_at = now()`,
        [unionId, JSON.stringify(s.hotlines), s.windowDays, s.minNoticeHours, s.cancelCutoffHours, updatedBy],
      );
    },

    /** Requests per Shanghai month and mode, from the first day `from` (YYYY-MM-DD). */
    async monthlyRequestsByMode(unionId: number, from: string) {
      return db.query<{ month: string; mode: Mode; n: number }>(
        `SELECT ${month('created_at')} AS month, mode, count(*)::int AS n FROM counselling_appointments
          WHERE union_id = $1 AND (created_at AT TIME ZONE 'Asia/Shanghai')::date >= $2::date GROUP BY 1, 2`,
        [unionId, from],
      );
    },

    /** Completed sessions per Shanghai month of their start, from the first day `from` (YYYY-MM-DD). */
    async monthlyCompleted(unionId: number, from: string) {
      return db.query<{ month: string; n: number }>(
        `SELECT ${month('starts_at')} AS month, count(*)::int AS n FROM counselling_appointments
          WHERE union_id = $1 AND status = 'completed' AND (starts_at AT TIME ZONE 'Asia/Shanghai')::date >= $2::date GROUP BY 1`,
        [unionId, from],
      );
    },
  };
}
