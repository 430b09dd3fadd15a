import type { Queryable } from '../db';

/** What is stored under a member's Idempotency-Key: the request's hash and, once it finished, its answer. */
export type StoredAnswer = {
  request_hash: string;
  content_digest: string | null;
  status: number | null;
  content_type: string | null;
  body: string | null;
  expired: boolean;
};

/** The idempotency keys' queries, by name. A key is (member, key). */
export function idempotencyRepository(db: Queryable) {
  return {
    /** Takes the key for a request with this hash; false when someone already holds it (the unique key decides). */
    async insertKey(memberId: number, key: string, requestHash: string): Promise<boolean> {
      const inserted = await db.query(
        `INSERT INTO idempotency_keys (member_id, key, request_hash) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING 1`,
        [memberId, key, requestHash],
      );
      return inserted.length > 0;
    },

    /** What is stored under the key, `expired` when it was taken more than `keepHours` ago. */
    async find(memberId: number, key: string, keepHours: number): Promise<StoredAnswer | undefined> {
      const [stored] = await db.query<StoredAnswer>(
        `SELECT request_hash, content_digest, status, content_type, body, created_at < now() - make_interval(hours => $3) AS expired
           FROM idempotency_keys WHERE member_id = $1 AND key = $2`,
        [memberId, key, keepHours],
      );
      return stored;
    },

    /** What is stored under the key now, while waiting for its first request to answer. */
    async findUnexpired(memberId: number, key: string): Promise<StoredAnswer | undefined> {
      const [stored] = await db.query<StoredAnswer>(
        `SELECT request_hash, content_digest, status, content_type, body, false AS expired FROM idempotency_keys WHERE member_id = $1 AND key = $2`,
        [memberId, key],
      );
      return stored;
    },

    /** Lets go of the key if it was taken more than `keepHours` ago. */
    async deleteExpired(memberId: number, key: string, keepHours: number): Promise<void> {
      await db.query(
        `DELETE FROM idempotency_keys WHERE member_id = $1 AND key = $2 AND created_at < now() - make_interval(hours => $3)`,
        [memberId, key, keepHours],
      );
    },

    /** Records the digest of the first upload's file, for retries to compare theirs with. */
    async setContentDigest(memberId: number, key: string, digest: string): Promise<void> {
      await db.query(`UPDATE idempotency_keys SET content_digest = $3 WHERE member_id = $1 AND key = $2`, [
        memberId,
        key,
        digest,
      ]);
    },

    /** Stores the answer retries with the key are given. */
    async storeAnswer(
      memberId: number,
      key: string,
      answer: { status: number; contentType: string | null; body: unknown },
    ): Promise<void> {
      await db.query(
        `UPDATE idempotency_keys SET status = $3, content_type = $4, body = $5 WHERE member_id = $1 AND key = $2`,
        [memberId, key, answer.status, answer.contentType, answer.body],
      );
    },

    /** Lets go of the key, so that a retry runs again. */
    async release(memberId: number, key: string): Promise<void> {
      await db.query(`DELETE FROM idempotency_keys WHERE member_id = $1 AND key = $2`, [memberId, key]);
    },

    /** Lets go of the key unless an answer was stored under it. */
    async releaseUnanswered(memberId: number, key: string): Promise<void> {
      await db.query(`DELETE FROM idempotency_keys WHERE member_id = $1 AND key = $2 AND status IS NULL`, [
        memberId,
        key,
      ]);
    },
  };
}
