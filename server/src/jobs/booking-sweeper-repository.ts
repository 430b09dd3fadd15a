import type { Queryable } from '../db';

/** A booking the sweeper claimed and changed, with what its message and the release of places need. */
export interface SweptBooking {
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
 * The booking sweeper's claims, by name. Each claims up to `limit` rows with FOR UPDATE SKIP LOCKED
 * and changes them only from the state they were claimed in.
 */
export function bookingSweeperRepository(tx: Queryable) {
  return {
    /** Pending bookings that reached their start unapproved become rejected. */
    rejectUnapproved(at: Date, limit: number): Promise<SweptBooking[]> {
      return tx.query<SweptBooking>(
        `WITH due AS (SELECT id FROM bookings WHERE status = 'pending' AND starts_at <= $1 ORDER BY id LIMIT $2 FOR UPDATE SKIP LOCKED)
         UPDATE bookings b SET status = 'rejected', status_reason = '开始前未获审批，已自动取消', decided_at = $1, updated_at = $1
           FROM due, rooms r WHERE b.id = due.id AND r.id = b.room_id
         RETURNING ${RETURNING}`,
        [at, limit],
      );
    },

    /**
     * Members' confirmed bookings starting within `minutes` after `at` are marked reminded; recurring
     * ones and those made within the lead time are left out.
     */
    markReminded(at: Date, limit: number, minutes: number): Promise<SweptBooking[]> {
      return tx.query<SweptBooking>(
        `WITH due AS (SELECT id FROM bookings
                       WHERE status = 'confirmed' AND source <> 'series' AND reminded_at IS NULL AND starts_at > $1
                         AND starts_at <= $1::timestamptz + make_interval(mins => $3)
                         AND created_at <= starts_at - make_interval(mins => $3)
                       ORDER BY id LIMIT $2 FOR UPDATE SKIP LOCKED)
         UPDATE bookings b SET reminded_at = $1 FROM due, rooms r WHERE b.id = due.id AND r.id = b.room_id
         RETURNING ${RETURNING}`,
        [at, limit, minutes],
      );
    },

    /** Members' confirmed bookings whose check-in window closed before `at` become no-shows. */
    markNoShows(at: Date, limit: number): Promise<SweptBooking[]> {
      return tx.query<SweptBooking>(
        `WITH due AS (SELECT b.id FROM bookings b JOIN rooms r ON r.id = b.room_id
                       WHERE b.status = 'confirmed' AND b.source <> 'series' AND b.starts_at < $1
                         AND b.starts_at + make_interval(mins => r.checkin_after_minutes) < $1
                       ORDER BY b.id LIMIT $2 FOR UPDATE OF b SKIP LOCKED)
         UPDATE bookings b SET status = 'no_show', updated_at = $1,
                status_reason = '未在开始后 ' || r.checkin_after_minutes || ' 分钟内签到'
           FROM due, rooms r WHERE b.id = due.id AND r.id = b.room_id AND b.status = 'confirmed'
         RETURNING ${RETURNING}`,
        [at, limit],
      );
    },
  };
}
