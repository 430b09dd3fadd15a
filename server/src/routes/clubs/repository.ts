import type { Static } from '@sinclair/typebox';
import type { Queryable } from '../../db';
import type { Announcement, ClubSummary, CreateClubBody, EventSummary, UpdateClubBody } from './schemas';

type Summary = Static<typeof ClubSummary>;
type Event = Static<typeof EventSummary>;
export interface ClubRow {
  id: number;
  unionId: number;
  name: string;
  joinPolicy: 'open' | 'approval' | 'closed';
  memberCap: number | null;
  membersVisible: boolean;
  archived: boolean;
}
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

const SUMMARY = `c.id, c.name, c.category, c.cover_url AS "coverUrl", c.intro, c.join_policy AS "joinPolicy",
  c.member_cap AS "memberCap", c.archived_at IS NOT NULL AS archived,
  (SELECT count(*)::int FROM club_members x WHERE x.club_id = c.id) AS "memberCount",
  coalesce((SELECT x.role FROM club_members x WHERE x.club_id = c.id AND x.member_id = $2),
           (SELECT 'pending' FROM club_applications a WHERE a.club_id = c.id AND a.member_id = $2 AND a.status = 'pending')) AS "myRole"`;

const EVENT = `e.id, e.club_id AS "clubId", c.name AS "clubName", e.title, e.place, e.starts_at AS "startsAt", e.ends_at AS "endsAt",
  e.signup_deadline AS "signupDeadline", e.capacity, e.audience, e.room_id AS "roomId",
  (SELECT count(*)::int FROM club_event_signups s WHERE s.event_id = e.id AND s.status = 'confirmed') AS "confirmedCount",
  (SELECT count(*)::int FROM club_event_signups s WHERE s.event_id = e.id AND s.status = 'waitlisted') AS "waitlistCount"`;

export function clubRepository(db: Queryable) {
  return {
    async list(
      unionId: number,
      memberId: number,
      filter: { category?: string; q?: string; mine?: boolean; withArchived: boolean },
    ) {
      const where = ['c.union_id = $1'];
      const params: unknown[] = [unionId, memberId];
      if (!filter.withArchived) where.push('c.archived_at IS NULL');
      if (filter.category) where.push(`c.category = $${params.push(filter.category)}`);
      if (filter.q) where.push(`(c.name ILIKE $${params.push(`%${filter.q}%`)} OR c.intro ILIKE $${params.length})`);
      if (filter.mine) where.push(`EXISTS (SELECT 1 FROM club_members x WHERE x.club_id = c.id AND x.member_id = $2)`);
      return db.query<Summary>(
        `SELECT ${SUMMARY} FROM clubs c WHERE ${where.join(' AND ')} ORDER BY c.archived_at NULLS FIRST, c.name`,
        params,
      );
    },

    async summary(
      id: number,
      memberId: number,
    ): Promise<(Summary & { unionId: number; membersVisible: boolean }) | null> {
      const [row] = await db.query<Summary & { unionId: number; membersVisible: boolean }>(
        `SELECT ${SUMMARY}, c.union_id AS "unionId", c.members_visible AS "membersVisible" FROM clubs c WHERE c.id = $1`,
        [id, memberId],
      );
      return row ?? null;
    },

    /** The club row, locked for the rest of the transaction when `lock` is set (member cap, leaders). */
    async find(id: number, lock = false): Promise<ClubRow | null> {
      const [row] = await db.query<ClubRow>(
        `SELECT id, union_id AS "unionId", name, join_policy AS "joinPolicy", member_cap AS "memberCap",
                members_visible AS "membersVisible", archived_at IS NOT NULL AS archived
           FROM clubs WHERE id = $1 ${lock ? 'FOR UPDATE' : ''}`,
        [id],
      );
      return row ?? null;
    },

    async roleOf(clubId: number, memberId: number): Promise<'leader' | 'member' | null> {
      const [row] = await db.query<{ role: 'leader' | 'member' }>(
        `SELECT role FROM club_members WHERE club_id = $1 AND member_id = $2`,
        [clubId, memberId],
      );
      return row?.role ?? null;
    },

    async leaders(clubId: number) {
      return db.query<{ id: number; name: string }>(
        `SELECT m.id, m.name FROM club_members x JOIN members m ON m.id = x.member_id WHERE x.club_id = $1 AND x.role = 'leader' ORDER BY m.name`,
        [clubId],
      );
    },

    async members(clubId: number) {
      return db.query<{ id: number; name: string; role: 'leader' | 'member'; joinedAt: Date }>(
        `SELECT m.id, m.name, x.role, x.joined_at AS "joinedAt" FROM club_members x JOIN members m ON m.id = x.member_id
          WHERE x.club_id = $1 ORDER BY x.role, x.joined_at, m.id`,
        [clubId],
      );
    },

    async memberCount(clubId: number): Promise<number> {
      const [row] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM club_members WHERE club_id = $1`, [
        clubId,
      ]);
      return row!.n;
    },

    async create(unionId: number, input: Static<typeof CreateClubBody>): Promise<number> {
      const [row] = await db.query<{ id: number }>(
        `INSERT INTO clubs (union_id, name, category, cover_url, intro, join_policy, member_cap, members_visible)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
        [
          unionId,
          input.name,
          input.category,
          input.coverUrl ?? null,
          input.intro,
          input.joinPolicy,
          input.memberCap ?? null,
          input.membersVisible ?? true,
        ],
      );
      return row!.id;
    },

    async nameTaken(unionId: number, name: string, exceptId = 0): Promise<boolean> {
      return (
        (
          await db.query(`SELECT 1 FROM clubs WHERE union_id = $1 AND name = $2 AND id <> $3`, [
            unionId,
            name,
            exceptId,
          ])
        ).length > 0
      );
    },

    async update(id: number, input: Static<typeof UpdateClubBody>): Promise<void> {
      const has = (key: string) => Object.prototype.hasOwnProperty.call(input, key);
      await db.query(
        `UPDATE clubs SET name = coalesce($2, name), category = coalesce($3, category),
                cover_url = CASE WHEN $4 THEN $5 ELSE cover_url END, intro = coalesce($6, intro),
                join_policy = coalesce($7, join_policy), member_cap = CASE WHEN $8 THEN $9::int ELSE member_cap END,
                members_visible = coalesce($10, members_visible)
          WHERE id = $1`,
        [
          id,
          input.name ?? null,
          input.category ?? null,
          has('coverUrl'),
          input.coverUrl ?? null,
          input.intro ?? null,
          input.joinPolicy ?? null,
          has('memberCap'),
          input.memberCap ?? null,
          input.membersVisible ?? null,
        ],
      );
    },

    async setArchived(id: number, archived: boolean): Promise<void> {
      await db.query(
        `UPDATE clubs SET archived_at = CASE WHEN $2 THEN coalesce(archived_at, now()) END WHERE id = $1`,
        [id, archived],
      );
    },

    /** Makes exactly these members the leaders: they join if needed, former leaders stay as members. */
    async setLeaders(clubId: number, leaderIds: number[]): Promise<void> {
      await db.query(
        `UPDATE club_members SET role = 'member' WHERE club_id = $1 AND role = 'leader' AND NOT (member_id = ANY($2::int[]))`,
        [clubId, leaderIds],
      );
      await db.query(
        `INSERT INTO club_members (club_id, member_id, role) SELECT $1, unnest($2::int[]), 'leader'
         ON CONFLICT (club_id, member_id) DO UPDATE SET role = 'leader'`,
        [clubId, leaderIds],
      );
      await db.query(
        `UPDATE club_applications SET status = 'approved', decided_at = now() WHERE club_id = $1 AND status = 'pending' AND member_id = ANY($2::int[])`,
        [clubId, leaderIds],
      );
    },

    /** How many of these ids are active members of the union. */
    async countUnionMembers(unionId: number, ids: number[]): Promise<number> {
      const [row] = await db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM members WHERE union_id = $1 AND status = 'active' AND id = ANY($2::int[])`,
        [unionId, ids],
      );
      return row!.n;
    },

    /** Active members of the union by name or staff number, for choosing leaders. */
    async searchPeople(unionId: number, q: string) {
      return db.query<{ id: number; name: string; staffNo: string }>(
        `SELECT id, name, staff_no AS "staffNo" FROM members
          WHERE union_id = $1 AND status = 'active' AND (name ILIKE $2 OR staff_no ILIKE $3)
          ORDER BY name <> $4, staff_no LIMIT 20`,
        [unionId, `%${q}%`, `${q}%`, q],
      );
    },

    async addMember(clubId: number, memberId: number): Promise<void> {
      await db.query(`INSERT INTO club_members (club_id, member_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [
        clubId,
        memberId,
      ]);
    },

    async removeMember(clubId: number, memberId: number): Promise<boolean> {
      return (
        (
          await db.query(
            `DELETE FROM club_members WHERE club_id = $1 AND member_id = $2 AND role = 'member' RETURNING 1`,
            [clubId, memberId],
          )
        ).length === 1
      );
    },

    async latestApplication(clubId: number, memberId: number) {
      const [row] = await db.query<{ id: number; status: string; reply: string }>(
        `SELECT id, status, reply FROM club_applications WHERE club_id = $1 AND member_id = $2 ORDER BY id DESC LIMIT 1`,
        [clubId, memberId],
      );
      return row ?? null;
    },

    async apply(clubId: number, memberId: number, reason: string): Promise<number> {
      const [row] = await db.query<{ id: number }>(
        `INSERT INTO club_applications (club_id, member_id, reason) VALUES ($1, $2, $3)
         ON CONFLICT (club_id, member_id) WHERE status = 'pending' DO UPDATE SET reason = excluded.reason RETURNING id`,
        [clubId, memberId, reason],
      );
      return row!.id;
    },

    async applications(clubId: number) {
      return db.query<{ id: number; memberId: number; name: string; reason: string; createdAt: Date }>(
        `SELECT a.id, a.member_id AS "memberId", m.name, a.reason, a.created_at AS "createdAt"
           FROM club_applications a JOIN members m ON m.id = a.member_id
          WHERE a.club_id = $1 AND a.status = 'pending' ORDER BY a.id`,
        [clubId],
      );
    },

    /** Locks a pending application; null when it is not there or already decided. */
    async lockPendingApplication(id: number) {
      const [row] = await db.query<{ id: number; clubId: number; memberId: number }>(
        `SELECT id, club_id AS "clubId", member_id AS "memberId" FROM club_applications WHERE id = $1 AND status = 'pending' FOR UPDATE`,
        [id],
      );
      return row ?? null;
    },

    async applicationClub(id: number): Promise<number | null> {
      const [row] = await db.query<{ clubId: number }>(
        `SELECT club_id AS "clubId" FROM club_applications WHERE id = $1`,
        [id],
      );
      return row?.clubId ?? null;
    },

    async decide(id: number, approve: boolean, reply: string, decidedBy: number): Promise<void> {
      await db.query(
        `UPDATE club_applications SET status = $2, reply = $3, decided_by = $4, decided_at = now() WHERE id = $1`,
        [id, approve ? 'approved' : 'rejected', reply, decidedBy],
      );
    },

    async addAnnouncement(clubId: number, authorId: number, body: string, images: string[]): Promise<void> {
      await db.query(`INSERT INTO club_announcements (club_id, author_id, body, images) VALUES ($1, $2, $3, $4)`, [
        clubId,
        authorId,
        body,
        JSON.stringify(images),
      ]);
    },

    /** How many of these photo tokens belong to the club and have not been rejected. */
    async usableImages(clubId: number, tokens: string[]): Promise<number> {
      const [row] = await db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM club_images WHERE club_id = $1 AND token = ANY($2::text[]) AND status <> 'rejected'`,
        [clubId, tokens],
      );
      return row!.n;
    },

    async announcements(clubId: number, limit = 5) {
      return db.query<Static<typeof Announcement>>(
        `SELECT a.id, a.body, coalesce(m.name, '社团') AS "authorName", a.created_at AS "createdAt",
                -- Only photos that passed the content check; one still being checked or rejected is left out.
                (SELECT coalesce(json_agg(t.url ORDER BY t.n), '[]') FROM jsonb_array_elements_text(a.images) WITH ORDINALITY AS t(url, n)
                  WHERE EXISTS (SELECT 1 FROM club_images i WHERE i.club_id = a.club_id AND i.status = 'pass' AND t.url = '/api/clubs/images/' || i.token)) AS images
           FROM club_announcements a LEFT JOIN members m ON m.id = a.author_id
          WHERE a.club_id = $1 ORDER BY a.created_at DESC, a.id DESC LIMIT $2`,
        [clubId, limit],
      );
    },

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
  };
}

export type ClubRepository = ReturnType<typeof clubRepository>;
