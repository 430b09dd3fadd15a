import type { Static } from '@sinclair/typebox';
import type { Queryable } from '../../db';
import { eventQueries } from './events-repository';
import { membershipQueries } from './membership-repository';
import type { Announcement, ClubSummary, CreateClubBody, UpdateClubBody } from './schemas';

export type { EventRow, NewEvent } from './events-repository';

type Summary = Static<typeof ClubSummary>;
export interface ClubRow {
  id: number;
  unionId: number;
  name: string;
  joinPolicy: 'open' | 'approval' | 'closed';
  memberCap: number | null;
  membersVisible: boolean;
  archived: boolean;
}
const SUMMARY = `c.id, c.name, c.category, c.cover_url AS "coverUrl", c.intro, c.join_policy AS "joinPolicy",
  c.member_cap AS "memberCap", c.archived_at IS NOT NULL AS archived,
  (SELECT count(*)::int FROM club_members x WHERE x.club_id = c.id) AS "memberCount",
  coalesce((SELECT x.role FROM club_members x WHERE x.club_id = c.id AND x.member_id = $2),
           (SELECT 'pending' FROM club_applications a WHERE a.club_id = c.id AND a.member_id = $2 AND a.status = 'pending')) AS "myRole"`;

/** Clubs, their members, applications and announcements; membership
 * and applications come from ./membership-repository, events and sign-ups from ./events-repository. */
export function clubRepository(db: Queryable) {
  return {
    ...membershipQueries(db),
    ...eventQueries(db),
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
  };
}

export type ClubRepository = ReturnType<typeof clubRepository>;
