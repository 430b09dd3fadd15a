import { now as clock } from '../clock';
import type { Db } from '../db';
import { bookingRepository, MY_BOOKINGS_LINK, bookingLabel, standingRepository } from '../routes/booking';
import { formatInstant } from '../time/beijing';
import { notify } from '../services/notify';

export interface BookingSweeperOptions {
  db: Db;
  templates: Record<string, string>;
  batchSize?: number;
  /** How long before the start a confirmed booking is reminded (subscribe message when granted). */
  reminderMinutes?: number;
}

interface Claimed {
  id: number;
  memberId: number;
  unionId: number;
  roomId: number;
  roomName: string;
  startsAt: Date;
  endsAt: Date;
  seats: number;
  checkInAfterMinutes: number;
}

const RETURNING = `b.id, b.member_id AS "memberId", r.union_id AS "unionId", b.room_id AS "roomId", r.name AS "roomName",
  b.starts_at AS "startsAt", b.ends_at AS "endsAt", b.seats, r.checkin_after_minutes AS "checkInAfterMinutes"`;

/**
 * The booking housekeeping, every minute: pending bookings not approved before they start are
 * dropped, members' confirmed ones are reminded, and those not checked in by the end of the check-in
 * window become no-shows whose places are released; then members with too many no-shows are suspended.
 * Recurring bookings (固定安排) are held for a group that does not check in: neither reminded nor marked.
 * Safe with several instances: rows are claimed with FOR UPDATE SKIP LOCKED and changed only from
 * the state they were claimed in, so each booking is marked and messaged once; suspensions are
 * decided under the member's lock after re-reading what is already recorded.
 */
export function createBookingSweeper(options: BookingSweeperOptions) {
  const { db, templates } = options;
  const batchSize = options.batchSize ?? 200;
  const reminderMinutes = options.reminderMinutes ?? 60;

  async function expirePending(at: Date): Promise<number> {
    return db.transaction(async (tx) => {
      const rows = await tx.query<Claimed>(
        `WITH due AS (SELECT id FROM bookings WHERE status = 'pending' AND starts_at <= $1 ORDER BY id LIMIT $2 FOR UPDATE SKIP LOCKED)
         UPDATE bookings b SET status = 'rejected', status_reason = '开始前未获审批，已自动取消', decided_at = $1, updated_at = $1
           FROM due, rooms r WHERE b.id = due.id AND r.id = b.room_id
         RETURNING ${RETURNING}`,
        [at, batchSize],
      );
      await bookingRepository(tx).release(rows);
      for (const b of rows) {
        await notify(tx, templates, {
          memberId: b.memberId,
          kind: 'booking',
          title: `预约未获审批：${b.roomName}`,
          body: `${bookingLabel(b.startsAt, b.endsAt)}在开始前未获审批，已自动取消。`,
          link: MY_BOOKINGS_LINK,
        });
      }
      return rows.length;
    });
  }

  async function remind(at: Date): Promise<number> {
    return db.transaction(async (tx) => {
      const rows = await tx.query<Claimed>(
        `WITH due AS (SELECT id FROM bookings
                       WHERE status = 'confirmed' AND source <> 'series' AND reminded_at IS NULL AND starts_at > $1
                         AND starts_at <= $1::timestamptz + make_interval(mins => $3)
                         AND created_at <= starts_at - make_interval(mins => $3)
                       ORDER BY id LIMIT $2 FOR UPDATE SKIP LOCKED)
         UPDATE bookings b SET reminded_at = $1 FROM due, rooms r WHERE b.id = due.id AND r.id = b.room_id
         RETURNING ${RETURNING}`,
        [at, batchSize, reminderMinutes],
      );
      for (const b of rows) {
        await notify(tx, templates, {
          memberId: b.memberId,
          kind: 'booking',
          title: `预约即将开始：${b.roomName}`,
          body: `${bookingLabel(b.startsAt, b.endsAt)}，请在开始后 ${b.checkInAfterMinutes} 分钟内扫码签到。`,
          link: MY_BOOKINGS_LINK,
        });
      }
      return rows.length;
    });
  }

  /**
   * Members' confirmed bookings whose check-in window has closed become no-shows and give their places
   * back. A recurring booking (club training, a club event) is held by staff for a group that does not
   * scan the room's code: it keeps the room, and counts against nobody.
   */
  async function markNoShows(at: Date): Promise<Claimed[]> {
    return db.transaction(async (tx) => {
      const rows = await tx.query<Claimed>(
        `WITH due AS (SELECT b.id FROM bookings b JOIN rooms r ON r.id = b.room_id
                       WHERE b.status = 'confirmed' AND b.source <> 'series' AND b.starts_at < $1
                         AND b.starts_at + make_interval(mins => r.checkin_after_minutes) < $1
                       ORDER BY b.id LIMIT $2 FOR UPDATE OF b SKIP LOCKED)
         UPDATE bookings b SET status = 'no_show', updated_at = $1,
                status_reason = '未在开始后 ' || r.checkin_after_minutes || ' 分钟内签到'
           FROM due, rooms r WHERE b.id = due.id AND r.id = b.room_id AND b.status = 'confirmed'
         RETURNING ${RETURNING}`,
        [at, batchSize],
      );
      await bookingRepository(tx).release(rows);
      for (const b of rows) {
        await notify(tx, templates, {
          memberId: b.memberId,
          kind: 'booking',
          title: `预约未到场：${b.roomName}`,
          body: `${bookingLabel(b.startsAt, b.endsAt)}未在开始后 ${b.checkInAfterMinutes} 分钟内签到，已记为未到场，名额已释放。`,
          link: MY_BOOKINGS_LINK,
        });
      }
      return rows;
    });
  }

  /** Suspends a member whose no-shows since the last suspension reach the union's limit within its window. */
  async function suspendIfDue(memberId: number, unionId: number, at: Date): Promise<boolean> {
    return db.transaction(async (tx) => {
      await bookingRepository(tx).lockMember(memberId);
      const standing = standingRepository(tx);
      if (await standing.isSuspended(memberId, at)) return false;
      const settings = await standing.settings(unionId);
      const count = await standing.countedNoShows(memberId, at, settings.noShowWindowDays);
      if (count < settings.noShowLimit) return false;
      const reason = `${settings.noShowWindowDays} 天内 ${count} 次预约未到场`;
      const endsAt = await standing.suspend({ memberId, unionId, now: at, days: settings.suspensionDays, reason });
      await notify(tx, templates, {
        memberId,
        kind: 'booking',
        title: '预约资格已暂停',
        body: `${reason}，预约资格暂停至 ${formatInstant(endsAt)}。如有异议，可在“我的预约”中申诉。`,
        link: MY_BOOKINGS_LINK,
      });
      return true;
    });
  }

  async function runOnce() {
    const at = clock();
    const expired = await expirePending(at);
    const reminded = await remind(at);
    const marked = await markNoShows(at);
    let suspended = 0;
    const members = new Map(marked.map((b) => [b.memberId, b.unionId]));
    for (const [memberId, unionId] of members) if (await suspendIfDue(memberId, unionId, at)) suspended += 1;
    return { expired, reminded, noShows: marked.length, suspended };
  }

  return { runOnce };
}
