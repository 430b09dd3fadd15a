import type { Queryable } from '../db';

/** The health check's one question to the database. */
export function healthRepository(db: Queryable) {
  return {
    /** Resolves when the database answers a statement; throws when it cannot. */
    async ping(): Promise<void> {
      await db.query('SELECT 1');
    },
  };
}
