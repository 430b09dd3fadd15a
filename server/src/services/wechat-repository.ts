import type { Queryable } from '../db';

/** The WeChat access token shared by all instances through the database. */
export function wechatTokenRepository(db: Queryable) {
  return {
    /** The stored token, unless it expires within five minutes. */
    async fresh(): Promise<string | null> {
      const [cached] = await db.query<{ token: string }>(
        `SELECT token FROM wechat_tokens WHERE name = 'access_token' AND expires_at > now() + interval '5 minutes'`,
      );
      return cached?.token ?? null;
    },

    /** Stores a new token that expires `expiresInSeconds` from now. */
    async store(token: string, expiresInSeconds: number): Promise<void> {
      await db.query(
        `INSERT INTO wechat_tokens (name, token, expires_at)
         VALUES ('access_token', $1, now() + make_interval(secs => $2))
         ON CONFLICT (name) DO UPDATE SET token = excluded.token, expires_at = excluded.expires_at`,
        [token, expiresInSeconds],
      );
    },
  };
}
