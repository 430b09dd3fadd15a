import type { Static } from '@sinclair/typebox';
import type { Queryable } from '../../db';
import { INT4_MAX } from '../../plugins/request-schema';
import { keysetPage } from '../../schemas/keyset';
import type { Settings } from './manage-schemas';
import type { Suspension } from './schemas';

export type NoShowSettings = Static<typeof Settings>;
export const DEFAULT_SETTINGS: NoShowSettings = { noShowLimit: 3, noShowWindowDays: 30, suspensionDays: 7 };

interface SuspensionRow {
  id: number;
  member: { id: number; name: string; staffNo: string };
  startsAt: Date;
  endsAt: Date;
  reason: string;
  status: 'active' | 'lifted';
  appealStatus: 'pending' | 'approved' | 'rejected' | null;
  appealReason: string | null;
  appealReply: string | null;
  appealedAt: Date | null;
  appealDecidedAt: Date | null;
}

const SUSPENSION_SELECT = `SELECT s.id, json_build_object('id', m.id, 'name', m.name, 'staffNo', m.staff_no) AS member,
       s.starts_at AS "startsAt", s.ends_at AS "endsAt", s.reason, s.status, s.appeal_status AS "appealStatus",
       s.appeal_reason AS "appealReason", s.appeal_reply AS "appealReply", s.appealed_at AS "appealedAt",
       s.appeal_decided_at AS "appealDecidedAt"
  FROM booking_suspensions s JOIN members m ON m.id = s.member_id`;

export function toSuspensionView(row: SuspensionRow, now: Date): Static<typeof Suspension> {
  return {
    id: row.id,
    member: row.member,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    reason: row.reason,
    status: row.status === 'active' && row.endsAt <= now ? 'ended' : row.status,
    appeal:
      row.appealStatus && row.appealReason && row.appealedAt
        ? {
            status: row.appealStatus,
            reason: row.appealReason,
            reply: row.appealReply,
            appealedAt: row.appealedAt,
            decidedAt: row.appealDecidedAt,
          }
        : null,
  };
}

export function standingRepository(db: Queryable) {
  return {
    async settings(unionId: number): Promise<NoShowSettings> {
      const [row] = await db.query<NoShowSettings>(
        `SELECT no_show_limit AS "noShowLimit", no_show_window_days AS "noShowWindowDays", suspension_days AS "suspensionDays"
           FROM booking_settings WHERE union_id = $1`,
        [unionId],
      );
      return row ?? DEFAULT_SETTINGS;
    },

    async saveSettings(unionId: number, s: NoShowSettings): Promise<void> {
      await db.query(
        `INSERT INTO booking_settings (union_id, no_show_limit, no_show_window_days, suspension_days) VALUES ($1, $2, $3, $4)
         ON CONFLICT (union_id) DO UPDATE SET no_show_limit = $2, no_show_window_days = $3, suspension_days = $4, updated_at = now()`,
        [unionId, s.noShowLimit, s.noShowWindowDays, s.suspensionDays],
      );
    },

    /** No-shows within the window that no earlier suspension has already answered for. */
    async countedNoShows(memberId: number, now: Date, windowDays: number): Promise<number> {
      const [row] = await db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM bookings b
          WHERE b.member_id = $1 AND b.status = 'no_show' AND b.starts_at > $2::timestamptz - make_interval(days => $3)
            AND b.starts_at > coalesce((SELECT max(s.starts_at) FROM booking_suspensions s WHERE s.member_id = $1), '-infinity')`,
        [memberId, now, windowDays],
      );
      return row!.n;
    },

    async isSuspended(memberId: number, now: Date): Promise<boolean> {
      const rows = await db.query(
        `SELECT 1 FROM booking_suspensions WHERE member_id = $1 AND status = 'active' AND starts_at <= $2 AND ends_at > $2`,
        [memberId, now],
      );
      return rows.length > 0;
    },

    async suspend(p: { memberId: number; unionId: number; now: Date; days: number; reason: string }): Promise<Date> {
      const [row] = await db.query<{ endsAt: Date }>(
        `INSERT INTO booking_suspensions (member_id, union_id, starts_at, ends_at, reason)
         VALUES ($1, $2, $3, $3::timestamptz + make_interval(days => $4), $5) RETURNING ends_at AS "endsAt"`,
        [p.memberId, p.unionId, p.now, p.days, p.reason],
      );
      return row!.endsAt;
    },

    /** The member's suspension that has not yet run out (active or lifted), newest first. */
    async current(memberId: number, now: Date): Promise<Static<typeof Suspension> | null> {
      const [row] = await db.query<SuspensionRow>(
        `${SUSPENSION_SELECT} WHERE s.member_id = $1 AND s.ends_at > $2 ORDER BY s.id DESC LIMIT 1`,
        [memberId, now],
      );
      return row ? toSuspensionView(row, now) : null;
    },

    /** A suspension by id; with `memberId`, only that member's own. */
    async byId(id: number, now: Date, memberId?: number): Promise<Static<typeof Suspension> | null> {
      const [row] = await db.query<SuspensionRow>(
        memberId === undefined
          ? `${SUSPENSION_SELECT} WHERE s.id = $1`
          : `${SUSPENSION_SELECT} WHERE s.id = $1 AND s.member_id = $2`,
        memberId === undefined ? [id] : [id, memberId],
      );
      return row ? toSuspensionView(row, now) : null;
    },

    /** The union's suspensions, newest first, a page at a time after the id `before` (by keyset). */
    async list(unionId: number, pendingOnly: boolean, page: { limit: number; before: number | null }, now: Date) {
      const where = `s.union_id = $1 AND ($2 = false OR s.appeal_status = 'pending')`;
      const rows = await db.query<SuspensionRow>(
        `${SUSPENSION_SELECT} WHERE ${where} AND s.id < $3 ORDER BY s.id DESC LIMIT $4`,
        [unionId, pendingOnly, page.before ?? INT4_MAX, page.limit + 1],
      );
      const [count] = await db.query<{ total: number }>(
        `SELECT count(*)::int AS total FROM booking_suspensions s WHERE ${where}`,
        [unionId, pendingOnly],
      );
      const { items, next } = keysetPage(rows, page.limit, (row) => [row.id]);
      return { items: items.map((row) => toSuspensionView(row, now)), total: count!.total, next };
    },

    /** Records the member's one appeal against a suspension still running; false when that is not the case. */
    async appeal(id: number, memberId: number, reason: string, now: Date): Promise<boolean> {
      const rows = await db.query(
        `UPDATE booking_suspensions SET appeal_reason = $3, appeal_status = 'pending', appealed_at = $4
          WHERE id = $1 AND member_id = $2 AND appeal_status IS NULL AND status = 'active' AND ends_at > $4 RETURNING id`,
        [id, memberId, reason, now],
      );
      return rows.length === 1;
    },

    /** Decides a pending appeal of this union; approving lifts the suspension. Returns the member, or null. */
    async decide(p: { id: number; unionId: number; approve: boolean; reply: string | null; by: number; now: Date }) {
      const [row] = await db.query<{ memberId: number; endsAt: Date }>(
        `UPDATE booking_suspensions
            SET appeal_status = $3, appeal_reply = $4, appeal_decided_by = $5, appeal_decided_at = $6,
                status = CASE WHEN $7 THEN 'lifted' ELSE status END
          WHERE id = $1 AND union_id = $2 AND appeal_status = 'pending'
          RETURNING member_id AS "memberId", ends_at AS "endsAt"`,
        [p.id, p.unionId, p.approve ? 'approved' : 'rejected', p.reply, p.by, p.now, p.approve],
      );
      return row ?? null;
    },
  };
}
