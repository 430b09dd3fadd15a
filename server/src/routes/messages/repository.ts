import type { Static } from '@sinclair/typebox';
import type { Queryable } from '../../db';
import type { Message } from './schemas';

export function messageRepository(db: Queryable) {
  return {
    /**
     * Newest first by time (id breaks ties), paged after the last message shown so that messages
     * arriving meanwhile do not shift the pages.
     */
    async list(memberId: number, limit: number, before?: number) {
      const rows = await db.query<Static<typeof Message>>(
        `SELECT id, kind, title, body, link, read_at AS "readAt", created_at AS "createdAt"
           FROM notifications
          WHERE member_id = $1
            AND ($2::int IS NULL OR (created_at, id) < (SELECT created_at, id FROM notifications WHERE id = $2 AND member_id = $1))
          ORDER BY created_at DESC, id DESC LIMIT $3`,
        [memberId, before ?? null, limit + 1],
      );
      return { items: rows.slice(0, limit), hasMore: rows.length > limit };
    },

    async unreadCount(memberId: number): Promise<number> {
      const [row] = await db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM notifications WHERE member_id = $1 AND read_at IS NULL`,
        [memberId],
      );
      return row!.n;
    },

    /** Marks one of the member's own messages read; false when it is not theirs. */
    async markRead(memberId: number, id: number): Promise<boolean> {
      const rows = await db.query(
        `UPDATE notifications SET read_at = coalesce(read_at, now()) WHERE id = $1 AND member_id = $2 RETURNING id`,
        [id, memberId],
      );
      return rows.length === 1;
    },

    async markAllRead(memberId: number) {
      await db.query(`UPDATE notifications SET read_at = now() WHERE member_id = $1 AND read_at IS NULL`, [memberId]);
    },

    async addGrants(memberId: number, templateIds: string[]) {
      for (const templateId of templateIds) {
        await db.query(
          `INSERT INTO subscribe_grants (member_id, template_id, remaining) VALUES ($1, $2, 1)
           ON CONFLICT (member_id, template_id) DO UPDATE SET remaining = subscribe_grants.remaining + 1`,
          [memberId, templateId],
        );
      }
    },
  };
}
