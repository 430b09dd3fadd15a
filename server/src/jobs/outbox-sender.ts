import type { Db } from '../db';
import type { WechatClient } from '../services/wechat';
import { WechatError } from '../services/wechat';

interface OutboxRow {
  id: number;
  openid: string;
  template_id: string;
  page: string | null;
  data: Record<string, { value: string }>;
  attempts: number;
}

export interface OutboxSenderOptions {
  db: Db;
  wechat: WechatClient;
  batchSize?: number;
  maxAttempts?: number;
  /** First retry delay; each later retry waits twice as long. */
  baseDelaySeconds?: number;
}

/**
 * Sends queued subscribe messages. Safe with several instances: a row is claimed with
 * FOR UPDATE SKIP LOCKED and marked 'sending' before the HTTP call, so two instances never take the
 * same row, and a row whose sender died mid-call is given up rather than sent a second time.
 */
export function createOutboxSender(options: OutboxSenderOptions) {
  const { db, wechat } = options;
  const batchSize = options.batchSize ?? 20;
  const maxAttempts = options.maxAttempts ?? 5;
  const baseDelay = options.baseDelaySeconds ?? 30;

  async function claim(): Promise<OutboxRow[]> {
    return db.query<OutboxRow>(
      `UPDATE subscribe_outbox SET status = 'sending', attempts = attempts + 1, claimed_at = now()
        WHERE id IN (SELECT id FROM subscribe_outbox
                      WHERE status = 'pending' AND next_attempt_at <= now()
                      ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED)
        RETURNING id, openid, template_id, page, data, attempts`,
      [batchSize],
    );
  }

  async function deliver(row: OutboxRow): Promise<'sent' | 'retry' | 'failed'> {
    try {
      await wechat.sendSubscribeMessage({
        touser: row.openid,
        template_id: row.template_id,
        page: row.page ?? undefined,
        data: row.data,
      });
      await db.query(`UPDATE subscribe_outbox SET status = 'sent', sent_at = now(), last_error = NULL WHERE id = $1`, [
        row.id,
      ]);
      return 'sent';
    } catch (error) {
      const retry = !(error instanceof WechatError && !error.retryable) && row.attempts < maxAttempts;
      await db.query(
        `UPDATE subscribe_outbox
            SET status = $2, last_error = $3,
                next_attempt_at = now() + make_interval(secs => $4)
          WHERE id = $1`,
        [
          row.id,
          retry ? 'pending' : 'failed',
          String((error as Error).message).slice(0, 500),
          baseDelay * 2 ** (row.attempts - 1),
        ],
      );
      return retry ? 'retry' : 'failed';
    }
  }

  /** One pass: give up on rows stuck in 'sending', then claim and deliver one batch. */
  async function runOnce() {
    await db.query(
      `UPDATE subscribe_outbox SET status = 'failed', last_error = 'sender stopped while sending'
        WHERE status = 'sending' AND claimed_at < now() - interval '10 minutes'`,
    );
    const counts = { sent: 0, retry: 0, failed: 0 };
    for (const row of await claim()) counts[await deliver(row)] += 1;
    return counts;
  }

  return { runOnce };
}
