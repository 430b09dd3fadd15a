import type { Static } from '@sinclair/typebox';
import type { Queryable } from '../../db';
import type { EventSummary } from './schemas';

type Event = Static<typeof EventSummary>;
export interface EventRow {
  id: number;
  clubId: number;
  unionId: number;
  title: string;
  place: string;
  capacity: number;
  audience: 'members' | 'union';
  signupDeadline: Date;
  startsAt: Date;
  endsAt: Date;
  cancelled: boolean;
}
export interface NewEvent {
  title: string;
  description: string;
  place: string;
  roomId: number | null;
  startsAt: string;
  endsAt: string;
  signupDeadline: string;
  capacity: number;
  audience: 'members' | 'union';
}
type EventDetail = Event & {
  description: string;
  cancelled: boolean;
  unionId: number;
  checkInCode: string;
  attendedCount: number;
  room: { id: number; name: string; location: string; released: boolean } | null;
};

const EVENT = `e.id, e.club_id AS "clubId", c.name AS "clubName", e.title, e.place, e.starts_at AS "startsAt", e.ends_at AS "endsAt",
  e.signup_deadline AS "signupDeadline", e.capacity, e.audience, e.room_id AS "roomId",
  (SELECT count(*)::int FROM club_event_signups s WHERE s.event_id = e.id AND s.status = 'confirmed') AS "confirmedCount",
  (SELECT count(*)::int FROM club_event_signups s WHERE s.event_id = e.id AND s.status = 'waitlisted') AS "waitlistCount"`;

/** A club's events and their sign-ups, waitlist and attendance (part of the club repository). */
export function eventQueries(db: Queryable) {
  return {
    async upcomingEvents(clubId: number): Promise<Event[]> {
      return db.query<Event>(
        `SELECT ${EVENT} FROM club_events e JOIN clubs c ON c.id = e.club_id
          WHERE e.club_id = $1 AND e.cancelled_at IS NULL AND e.ends_at > now() ORDER BY e.starts_at LIMIT 10`,
        [clubId],
      );
    },

    async createEvent(clubId: number, createdBy: number, input: NewEvent): Promise<number> {
      const [row] = await db.query<{ id: number }>(
        `INSERT INTO club_events (club_id, title, description, place, room_id, starts_at, ends_at, capacity, signup_deadline, audience, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
        [
          clubId,
          input.title,
          input.description,
          input.place,
          input.roomId,
          input.startsAt,
          input.endsAt,
          input.capacity,
          input.signupDeadline,
          input.audience,
          createdBy,
        ],
      );
      return row!.id;
    },

    /** The event as shown; `room.released` when a booking of its room was cancelled while the event stands. */
    async eventView(id: number): Promise<EventDetail | null> {
      const [row] = await db.query<EventDetail>(
        `SELECT ${EVENT}, e.description, e.cancelled_at IS NOT NULL AS cancelled, c.union_id AS "unionId", e.check_in_code AS "checkInCode",
                (SELECT count(*)::int FROM club_event_signups s WHERE s.event_id = e.id AND s.status = 'confirmed' AND s.attended) AS "attendedCount",
                CASE WHEN r.id IS NOT NULL THEN json_build_object('id', r.id, 'name', r.name, 'location', r.location, 'released',
                  e.cancelled_at IS NULL AND EXISTS (SELECT 1 FROM club_event_bookings x JOIN bookings b ON b.series_id = x.series_id
                                                      WHERE x.event_id = e.id AND b.status IN ('cancelled', 'rejected'))) END AS room
           FROM club_events e JOIN clubs c ON c.id = e.club_id LEFT JOIN rooms r ON r.id = e.room_id WHERE e.id = $1`,
        [id],
      );
      return row ?? null;
    },

    /** The event row; `lock` serialises every sign-up and cancellation of this event until commit. */
    async findEvent(id: number, lock = false): Promise<EventRow | null> {
      const [row] = await db.query<EventRow>(
        `SELECT e.id, e.club_id AS "clubId", c.union_id AS "unionId", e.title, e.place, e.capacity, e.audience,
                e.signup_deadline AS "signupDeadline", e.starts_at AS "startsAt", e.ends_at AS "endsAt", e.cancelled_at IS NOT NULL AS cancelled
           FROM club_events e JOIN clubs c ON c.id = e.club_id WHERE e.id = $1 ${lock ? 'FOR UPDATE OF e' : ''}`,
        [id],
      );
      return row ?? null;
    },

    async mySignUp(eventId: number, memberId: number) {
      const [row] = await db.query<{
        status: 'confirmed' | 'waitlisted';
        waitlistPosition: number | null;
        attended: boolean | null;
      }>(
        `SELECT s.status, s.attended, CASE WHEN s.status = 'waitlisted' THEN
                  (SELECT count(*)::int FROM club_event_signups w WHERE w.event_id = s.event_id AND w.status = 'waitlisted' AND w.id <= s.id) END AS "waitlistPosition"
           FROM club_event_signups s WHERE s.event_id = $1 AND s.member_id = $2 AND s.status <> 'cancelled'`,
        [eventId, memberId],
      );
      return row ?? null;
    },

    async confirmedCount(eventId: number): Promise<number> {
      const [row] = await db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM club_event_signups WHERE event_id = $1 AND status = 'confirmed'`,
        [eventId],
      );
      return row!.n;
    },

    async addSignUp(eventId: number, memberId: number, status: 'confirmed' | 'waitlisted'): Promise<void> {
      await db.query(`INSERT INTO club_event_signups (event_id, member_id, status) VALUES ($1, $2, $3)`, [
        eventId,
        memberId,
        status,
      ]);
    },

    /** Cancels the member's live sign-up; returns what it was, or null when there was none. */
    async cancelSignUp(eventId: number, memberId: number): Promise<'confirmed' | 'waitlisted' | null> {
      const [row] = await db.query<{ status: 'confirmed' | 'waitlisted' }>(
        `UPDATE club_event_signups s SET status = 'cancelled', cancelled_at = now()
           FROM club_event_signups old WHERE old.id = s.id AND s.event_id = $1 AND s.member_id = $2 AND s.status <> 'cancelled'
         RETURNING old.status`,
        [eventId, memberId],
      );
      return row?.status ?? null;
    },

    /** Moves the first person on the waitlist to a confirmed place; their member id, or null. */
    async promoteNext(eventId: number): Promise<number | null> {
      const [row] = await db.query<{ memberId: number }>(
        `UPDATE club_event_signups SET status = 'confirmed', promoted_at = now()
          WHERE id = (SELECT id FROM club_event_signups WHERE event_id = $1 AND status = 'waitlisted' ORDER BY id LIMIT 1)
         RETURNING member_id AS "memberId"`,
        [eventId],
      );
      return row?.memberId ?? null;
    },

    async signUps(eventId: number) {
      return db.query<{
        memberId: number;
        name: string;
        status: 'confirmed' | 'waitlisted';
        attended: boolean | null;
        checkedInAt: Date | null;
        createdAt: Date;
      }>(
        `SELECT s.member_id AS "memberId", m.name, s.status, s.attended, s.checked_in_at AS "checkedInAt", s.created_at AS "createdAt"
           FROM club_event_signups s JOIN members m ON m.id = s.member_id
          WHERE s.event_id = $1 AND s.status <> 'cancelled' ORDER BY s.status, s.id`,
        [eventId],
      );
    },

    /** Marks attendance of confirmed sign-ups; returns how many rows changed. */
    async markAttendance(eventId: number, items: { memberId: number; attended: boolean }[]): Promise<number> {
      const rows = await db.query(
        `UPDATE club_event_signups s SET attended = v.attended, checked_in_at = CASE WHEN v.attended THEN s.checked_in_at END
           FROM (SELECT unnest($2::int[]) AS member_id, unnest($3::boolean[]) AS attended) v
          WHERE s.event_id = $1 AND s.member_id = v.member_id AND s.status = 'confirmed' RETURNING s.id`,
        [eventId, items.map((i) => i.memberId), items.map((i) => i.attended)],
      );
      return rows.length;
    },
    /** The event of this union whose check-in code this is (the code as the leader shows it: trimmed, upper case). */
    async eventIdByCheckInCode(unionId: number, code: string): Promise<number | null> {
      const [row] = await db.query<{ id: number }>(
        `SELECT e.id FROM club_events e JOIN clubs c ON c.id = e.club_id WHERE e.check_in_code = $1 AND c.union_id = $2`,
        [code, unionId],
      );
      return row?.id ?? null;
    },

    /** Marks a confirmed sign-up present; a second check-in keeps the first time, which is returned. */
    async checkIn(eventId: number, memberId: number, now: Date): Promise<Date | null> {
      const [row] = await db.query<{ checkedInAt: Date | null }>(
        `UPDATE club_event_signups SET attended = true, checked_in_at = coalesce(checked_in_at, $3)
          WHERE event_id = $1 AND member_id = $2 AND status = 'confirmed' RETURNING checked_in_at AS "checkedInAt"`,
        [eventId, memberId, now],
      );
      return row!.checkedInAt;
    },

    /** Calls the event off at `now`; false when it already was. */
    async markEventCancelled(eventId: number, now: Date): Promise<boolean> {
      const marked = await db.query(
        `UPDATE club_events SET cancelled_at = $2 WHERE id = $1 AND cancelled_at IS NULL RETURNING id`,
        [eventId, now],
      );
      return marked.length > 0;
    },

    /** Everyone still signed up for the event, waitlist too, in the order they signed up. */
    async signedUpMemberIds(eventId: number): Promise<number[]> {
      const people = await db.query<{ memberId: number }>(
        `SELECT member_id AS "memberId" FROM club_event_signups WHERE event_id = $1 AND status <> 'cancelled' ORDER BY id`,
        [eventId],
      );
      return people.map((person) => person.memberId);
    },

    /** The club's events not yet started nor called off, locked for the rest of the transaction (archiving). */
    async upcomingEventsLocked(clubId: number, now: Date) {
      return db.query<{ id: number; title: string; startsAt: Date }>(
        `SELECT id, title, starts_at AS "startsAt" FROM club_events WHERE club_id = $1 AND cancelled_at IS NULL AND starts_at > $2 ORDER BY id FOR UPDATE`,
        [clubId, now],
      );
    },
  };
}
