import type { Queryable } from '../db';
import type { Caller } from './auth';
import { callerSql } from './session-sql';

const CALLER_SQL = callerSql('$1');

/** The session queries, by name: signing in stores a session, every request finds who holds it. */
export function sessionRepository(db: Queryable) {
  return {
    /** Stores a session for the token's hash, valid `ttlDays` from now; returns when it expires. */
    async insert(tokenHash: string, memberId: number, ttlDays: number): Promise<Date> {
      const [row] = await db.query<{ expires_at: Date }>(
        `INSERT INTO sessions (token_hash, member_id, expires_at)
         VALUES ($1, $2, now() + make_interval(days => $3)) RETURNING expires_at`,
        [tokenHash, memberId, ttlDays],
      );
      return row!.expires_at;
    },

    /** The active member holding an unexpired session for the token's hash, with their roles; null if none. */
    async findCaller(tokenHash: string): Promise<Caller | null> {
      const [row] = await db.query<Caller>(CALLER_SQL, [tokenHash]);
      return row ?? null;
    },
  };
}
