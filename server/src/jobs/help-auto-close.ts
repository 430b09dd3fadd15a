import { now as clock } from '../clock';
import type { Db } from '../db';
import { helpNotices, AUTO_CLOSE_DAYS } from '../routes/help';
import { helpAutoCloseRepository } from './help-auto-close-repository';

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
      const repository = helpAutoCloseRepository(tx);
      const closed = await repository.closeResolvedBefore(now, AUTO_CLOSE_DAYS, batchSize);
      const notices = helpNotices(tx, templates);
      for (const kase of closed) {
        await repository.addClosedEvent(kase.id, `办结 ${AUTO_CLOSE_DAYS} 天后自动关闭`, now);
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
