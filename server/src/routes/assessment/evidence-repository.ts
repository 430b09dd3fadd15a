import type { Queryable } from '../../db';

export interface EvidenceFileRow {
  storageKey: string;
  contentType: string;
  fileName: string;
}

export interface NewEvidenceFile {
  assessmentId: number;
  itemKey: string;
  storageKey: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  uploadedBy: number;
}

/** The rows of evidence files (photos, scans) behind a self-assessment's items; the bytes are in the file store. */
export function evidenceRepository(db: Queryable) {
  return {
    /** One evidence file of a school's item in a round, or null. */
    async evidenceFile(roundId: number, schoolId: number, itemKey: string, fileId: number) {
      const [file] = await db.query<EvidenceFileRow>(
        `SELECT f.storage_key AS "storageKey", f.content_type AS "contentType", f.file_name AS "fileName"
           FROM self_assessment_files f JOIN self_assessments a ON a.id = f.assessment_id
          WHERE f.id = $1 AND f.item_key = $2 AND a.round_id = $3 AND a.union_id = $4`,
        [fileId, itemKey, roundId, schoolId],
      );
      return file ?? null;
    },

    async countItemFiles(assessmentId: number, itemKey: string): Promise<number> {
      const [n] = await db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM self_assessment_files WHERE assessment_id = $1 AND item_key = $2`,
        [assessmentId, itemKey],
      );
      return n!.n;
    },

    async insertEvidenceFile(file: NewEvidenceFile): Promise<void> {
      await db.query(
        `INSERT INTO self_assessment_files (assessment_id, item_key, storage_key, file_name, content_type, size_bytes, uploaded_by) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [
          file.assessmentId,
          file.itemKey,
          file.storageKey,
          file.fileName,
          file.contentType,
          file.sizeBytes,
          file.uploadedBy,
        ],
      );
    },

    /** Deletes the file's row; its storage key for removing the bytes, or null when it was already gone. */
    async deleteEvidenceFile(assessmentId: number, itemKey: string, fileId: number) {
      const [file] = await db.query<{ storageKey: string }>(
        `DELETE FROM self_assessment_files WHERE id = $1 AND item_key = $2 AND assessment_id = $3 RETURNING storage_key AS "storageKey"`,
        [fileId, itemKey, assessmentId],
      );
      return file ?? null;
    },
  };
}
