import { now as clock } from '../clock';
import type { Db } from '../db';
import { bookingRepository, MY_BOOKINGS_LINK, bookingLabel, standingRepository } from '../routes/booking';
import { formatInstant } from '../time/beijing';
import { notify } from '../services/notify';
import { bookingSweeperRepository, type SweptBooking } from './booking-sweeper-repository';

export interface BookingSweeperOptions {
  db: Db;
  templates: Record<string, string>;
  batchSize?: number;
  /** How long before the start a confirmed booking is reminded (subscribe message when granted). */
  reminderMinutes?: number;
}

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
      const rows = await bookingSweeperRepository(tx).rejectUnapproved(at, batchSize);
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
      const rows = await bookingSweeperRepository(tx).markReminded(at, batchSize, reminderMinutes);
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
  async function markNoShows(at: Date): Promise<SweptBooking[]> {
    return db.transaction(async (tx) => {
      const rows = await bookingSweeperRepository(tx).markNoShows(at, batchSize);
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
