import { now as clock } from '../clock';
import type { Db } from '../db';
import { helpNotices, AUTO_CLOSE_DAYS } from '../routes/help';

export interface HelpAutoCloseOptions {
  db: Db;
  templates: Record<string, string>;
  batchSize?: number;
}

/**
 * Closes cases resolved more than 7 days ago that the member has not rated. Safe with several
 * instances: each batch is claimed with FOR UPDATE SKIP LOCKED and changed only from 'resolved', in
 * the transaction that writes its timeline entry and message, so a case is closed and reported once.
 */
export function createHelpAutoClose(options: HelpAutoCloseOptions) {
  const { db, templates } = options;
  const batchSize = options.batchSize ?? 100;

  async function runOnce(): Promise<number> {
    const now = clock();
    return db.transaction(async (tx) => {
      const closed = await tx.query<{ id: number; memberId: number; title: string }>(
        `WITH due AS (SELECT id FROM help_requests
                       WHERE status = 'resolved' AND resolved_at <= $1::timestamptz - make_interval(days => $2)
                       ORDER BY id LIMIT $3 FOR UPDATE SKIP LOCKED)
         UPDATE help_requests r SET status = 'closed', closed_at = $1, updated_at = $1
           FROM due WHERE r.id = due.id AND r.status = 'resolved'
         RETURNING r.id, r.member_id AS "memberId", r.title`,
        [now, AUTO_CLOSE_DAYS, batchSize],
      );
      const notices = helpNotices(tx, templates);
      for (const kase of closed) {
        await tx.query(
          `INSERT INTO help_events (request_id, kind, actor_role, body, status_after, created_at)
           VALUES ($1, 'closed', 'system', $2, 'closed', $3)`,
          [kase.id, `办结 ${AUTO_CLOSE_DAYS} 天后自动关闭`, now],
        );
        await notices.toMember(
          kase,
          '您的求助已关闭',
          `办结已满 ${AUTO_CLOSE_DAYS} 天，已自动关闭。仍可评价；如问题仍未解决，办结 14 天内可以重新打开。`,
        );
      }
      return closed.length;
    });
  }

  return { runOnce };
}
