import type { Queryable } from '../../db';
import type { HelpStatus } from './rules';

export interface NewEvent {
  requestId: number;
  kind: string;
  actorId: number | null;
  actorRole: 'member' | 'handler' | 'system';
  body?: string;
  internal?: boolean;
  statusAfter?: HelpStatus | null;
  at: Date;
}

/** What happened to a case (its timeline) and the files attached to it. */
export function timelineQueries(db: Queryable) {
  return {
    async addEvent(e: NewEvent): Promise<void> {
      await db.query(
        `INSERT INTO help_events (request_id, kind, internal, actor_id, actor_role, body, status_after, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [e.requestId, e.kind, e.internal ?? false, e.actorId, e.actorRole, e.body ?? '', e.statusAfter ?? null, e.at],
      );
    },

    /** The timeline; `withInternal` false leaves the handlers' notes out in SQL, not after. */
    async events(id: number, withInternal: boolean, anonymousMember: boolean) {
      return db.query<{
        id: number;
        kind: string;
        body: string;
        actorRole: 'member' | 'handler' | 'system';
        actorName: string | null;
        statusAfter: HelpStatus | null;
        internal: boolean;
        createdAt: Date;
      }>(
        `SELECT e.id, e.kind, e.body, e.actor_role AS "actorRole",
                CASE WHEN e.actor_role = 'member' AND $3 THEN NULL ELSE a.name END AS "actorName",
                e.status_after AS "statusAfter", e.internal, e.created_at AS "createdAt"
           FROM help_events e LEFT JOIN members a ON a.id = e.actor_id
          WHERE e.request_id = $1 AND (NOT e.internal OR $2)
          ORDER BY e.id`,
        [id, withInternal, anonymousMember],
      );
    },

    async attachments(requestId: number) {
      return db.query<{
        id: number;
        fileName: string;
        contentType: 'image/jpeg' | 'image/png' | 'image/webp' | 'application/pdf';
        sizeBytes: number;
        createdAt: Date;
      }>(
        `SELECT id, file_name AS "fileName", content_type AS "contentType", size_bytes AS "sizeBytes", created_at AS "createdAt"
           FROM help_attachments WHERE request_id = $1 ORDER BY id`,
        [requestId],
      );
    },

    async attachmentCount(requestId: number): Promise<number> {
      const [row] = await db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM help_attachments WHERE request_id = $1`,
        [requestId],
      );
      return row!.n;
    },

    async insertAttachment(input: {
      requestId: number;
      uploadedBy: number;
      storageKey: string;
      fileName: string;
      contentType: string;
      sizeBytes: number;
      at: Date;
    }) {
      const [row] = await db.query<{ id: number }>(
        `INSERT INTO help_attachments (request_id, uploaded_by, storage_key, file_name, content_type, size_bytes, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [
          input.requestId,
          input.uploadedBy,
          input.storageKey,
          input.fileName,
          input.contentType,
          input.sizeBytes,
          input.at,
        ],
      );
      return row!.id;
    },

    async findAttachment(id: number) {
      const [row] = await db.query<{
        id: number;
        storageKey: string;
        contentType: string;
        fileName: string;
        memberId: number;
        unionId: number;
      }>(
        `SELECT a.id, a.storage_key AS "storageKey", a.content_type AS "contentType", a.file_name AS "fileName",
                r.member_id AS "memberId", r.union_id AS "unionId"
           FROM help_attachments a JOIN help_requests r ON r.id = a.request_id WHERE a.id = $1`,
        [id],
      );
      return row ?? null;
    },
  };
}
