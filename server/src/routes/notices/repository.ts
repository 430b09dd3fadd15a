import type { Static } from '@sinclair/typebox';
import type { Queryable } from '../../db';
import { keysetPage } from '../../schemas/keyset';
import type { CreateNoticeBody, Notice, NoticeSummary, UpdateNoticeBody } from './schemas';
import { instantOf, microsOf } from '../../schemas/keyset-sql';

type Summary = Static<typeof NoticeSummary>;
/** Where a page goes on: after (pinned, published_at in epoch microseconds, id), the order the board is read in. */
export type NoticeKey = readonly [boolean, string, number];
type Filter = { category?: Summary['category']; pinned?: boolean; limit: number; after: NoticeKey | null };

const SELECT_SUMMARY = `n.id, n.category, n.title, n.pinned, n.published_at AS "publishedAt", u.name AS "unionName"`;

// A member reads their own union's notices and those of every union above it (district, city).
const VISIBLE_TO = `n.union_id IN (WITH RECURSIVE up AS (SELECT id, parent_id FROM unions WHERE id = $1
                                   UNION ALL SELECT u.id, u.parent_id FROM unions u JOIN up ON u.id = up.parent_id) SELECT id FROM up)`;

export function noticeRepository(db: Queryable) {
  return {
    /** A page of the board, pinned first, then the newest; by keyset, as the board grows every week. */
    async list(unionId: number, filter: Filter): Promise<{ items: Summary[]; next: string | null }> {
      const where = [VISIBLE_TO];
      const params: unknown[] = [unionId];
      if (filter.category) where.push(`n.category = $${params.push(filter.category)}`);
      if (filter.pinned !== undefined) where.push(`n.pinned = $${params.push(filter.pinned)}`);
      const { after } = filter;
      if (after)
        where.push(`(n.pinned, n.published_at, n.id) < ($${params.push(after[0])}::boolean,
          ${instantOf(`$${params.push(after[1])}`)}, $${params.push(after[2])}::int)`);
      const rows = await db.query<Summary & { keyTime: string }>(
        `SELECT ${SELECT_SUMMARY}, ${microsOf('n.published_at')} AS "keyTime"
           FROM notices n JOIN unions u ON u.id = n.union_id
          WHERE ${where.join(' AND ')} ORDER BY n.pinned DESC, n.published_at DESC, n.id DESC
          LIMIT $${params.push(filter.limit + 1)}`,
        params,
      );
      const page = keysetPage(rows, filter.limit, (row) => [row.pinned, row.keyTime, row.id]);
      return { items: page.items.map(({ keyTime: _, ...summary }) => summary), next: page.next };
    },

    async findVisible(unionId: number, id: number): Promise<Static<typeof Notice> | null> {
      const [row] = await db.query<Static<typeof Notice>>(
        `SELECT ${SELECT_SUMMARY}, n.body, coalesce(a.name, '工会') AS "authorName"
           FROM notices n JOIN unions u ON u.id = n.union_id LEFT JOIN members a ON a.id = n.author_id
          WHERE n.id = $2 AND ${VISIBLE_TO}`,
        [unionId, id],
      );
      return row ?? null;
    },

    async create(unionId: number, authorId: number, input: Static<typeof CreateNoticeBody>): Promise<number> {
      const [row] = await db.query<{ id: number }>(
        `INSERT INTO notices (union_id, author_id, category, title, body, pinned)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [unionId, authorId, input.category, input.title, input.body, input.pinned ?? false],
      );
      return row!.id;
    },

    /** Changes a notice of this union only; false when it is not there. */
    async update(unionId: number, id: number, input: Static<typeof UpdateNoticeBody>): Promise<boolean> {
      const rows = await db.query(
        `UPDATE notices SET category = coalesce($3, category), title = coalesce($4, title),
                body = coalesce($5, body), pinned = coalesce($6, pinned), updated_at = now()
          WHERE id = $2 AND union_id = $1 RETURNING id`,
        [unionId, id, input.category ?? null, input.title ?? null, input.body ?? null, input.pinned ?? null],
      );
      return rows.length === 1;
    },

    async remove(unionId: number, id: number): Promise<boolean> {
      return (
        (await db.query(`DELETE FROM notices WHERE id = $2 AND union_id = $1 RETURNING id`, [unionId, id])).length === 1
      );
    },
  };
}
