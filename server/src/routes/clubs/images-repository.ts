import type { Queryable } from '../../db';

/** Photos uploaded for club announcements and the state of their WeChat content check. */
export function clubImageRepository(db: Queryable) {
  return {
    /** Records a stored upload as still being checked; returns its id. */
    async addCheckingImage(image: {
      clubId: number;
      token: string;
      storageKey: string;
      contentType: string;
      sizeBytes: number;
      uploadedBy: number;
    }): Promise<number> {
      const [row] = await db.query<{ id: number }>(
        `INSERT INTO club_images (club_id, token, storage_key, content_type, size_bytes, status, uploaded_by) VALUES ($1, $2, $3, $4, $5, 'checking', $6) RETURNING id`,
        [image.clubId, image.token, image.storageKey, image.contentType, image.sizeBytes, image.uploadedBy],
      );
      return row!.id;
    },

    async deleteImage(id: number): Promise<void> {
      await db.query(`DELETE FROM club_images WHERE id = $1`, [id]);
    },

    /** Records the check's outcome at upload: 'pass' is final now, 'checking' waits for the push with this trace id. */
    async setCheckStarted(id: number, status: 'checking' | 'pass', traceId: string | null): Promise<void> {
      await db.query(
        `UPDATE club_images SET status = $2, trace_id = $3, checked_at = CASE WHEN $2 = 'pass' THEN now() END WHERE id = $1`,
        [id, status, traceId],
      );
    },

    /** Where a photo that has not been rejected is stored, by its public token. */
    async servableImage(token: string): Promise<{ storageKey: string; contentType: string } | null> {
      const [image] = await db.query<{ storageKey: string; contentType: string }>(
        `SELECT storage_key AS "storageKey", content_type AS "contentType" FROM club_images WHERE token = $1 AND status <> 'rejected'`,
        [token],
      );
      return image ?? null;
    },

    /** Settles a photo still being checked with the pushed result; returns its storage key, or null when none was waiting. */
    async settleCheck(traceId: string, status: 'pass' | 'rejected'): Promise<string | null> {
      const [image] = await db.query<{ storageKey: string }>(
        `UPDATE club_images SET status = $2, checked_at = now() WHERE trace_id = $1 AND status = 'checking' RETURNING storage_key AS "storageKey"`,
        [traceId, status],
      );
      return image?.storageKey ?? null;
    },
  };
}
