import type { Db } from '../db';
import type { WechatClient } from '../services/wechat';
import { WechatError } from '../services/wechat';
import { outboxRepository, type OutboxRow } from './outbox-sender-repository';

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
  const outbox = outboxRepository(db);

  async function deliver(row: OutboxRow): Promise<'sent' | 'retry' | 'failed'> {
    try {
      await wechat.sendSubscribeMessage({
        touser: row.openid,
        template_id: row.template_id,
        page: row.page ?? undefined,
        data: row.data,
      });
      await outbox.markSent(row.id);
      return 'sent';
    } catch (error) {
      const retry = !(error instanceof WechatError && !error.retryable) && row.attempts < maxAttempts;
      await outbox.markAttemptFailed(
        row.id,
        retry,
        String((error as Error).message).slice(0, 500),
        baseDelay * 2 ** (row.attempts - 1),
      );
      return retry ? 'retry' : 'failed';
    }
  }

  /** One pass: give up on rows stuck in 'sending', then claim and deliver one batch. */
  async function runOnce() {
    await outbox.failStuckSending();
    const counts = { sent: 0, retry: 0, failed: 0 };
    for (const row of await outbox.claim(batchSize)) counts[await deliver(row)] += 1;
    return counts;
  }

  return { runOnce };
}
