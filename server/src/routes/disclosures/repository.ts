import type { Queryable } from '../../db';
import { keysetPage } from '../../schemas/keyset';
import type { DisclosureCategory } from './rules';
import { instantOf, microsOf } from '../../schemas/keyset-sql';

export interface DisclosureRow {
  id: number;
  unionId: number;
  category: DisclosureCategory;
  title: string;
  body: string;
  publishedAt: Date;
  objectionEndsOn: string | null;
  attachmentCount: number;
  objectionCount: number;
}

const SELECT_COLUMNS = `SELECT d.id, d.union_id AS "unionId", d.category, d.title, d.body, d.published_at AS "publishedAt",
    d.objection_ends_on AS "objectionEndsOn",
    (SELECT count(*) FROM disclosure_attachments a WHERE a.disclosure_id = d.id) AS "attachmentCount",
    (SELECT count(*) FROM disclosure_objections o WHERE o.disclosure_id = d.id) AS "objectionCount"`;
const FROM = 'FROM disclosures d';
const SELECT = `${SELECT_COLUMNS} ${FROM}`;

/** Where the board's next page starts: the last item's publication instant (epoch microseconds, as text) and id. */
export type BoardKey = readonly [string, number];

/** The 校务公开 board. Returns null for not found; never builds HTTP errors. */
export function disclosureRepository(db: Queryable) {
  return {
    /**
     * A page of the board, newest first, by keyset: the page after `after` is a range of
     * disclosures_union_idx however many years the school has published. The instant travels as
     * epoch microseconds in text, exactly as stored: milliseconds would skip or repeat the items
     * published within the same millisecond.
     */
    async list(
      unionId: number,
      filter: { category: DisclosureCategory | null; limit: number; after: BoardKey | null },
    ) {
      const params: unknown[] = [unionId, filter.category];
      const page = filter.after
        ? `AND (d.published_at, d.id) < (${instantOf(`$${params.push(filter.after[0])}`)}, $${params.push(filter.after[1])}::int)`
        : '';
      const rows = await db.query<DisclosureRow & { keyTime: string }>(
        `${SELECT_COLUMNS}, ${microsOf('d.published_at')} AS "keyTime" ${FROM}
          WHERE d.union_id = $1 AND ($2::text IS NULL OR d.category = $2) ${page}
          ORDER BY d.published_at DESC, d.id DESC LIMIT $${params.push(filter.limit + 1)}`,
        params,
      );
      const { items, next } = keysetPage(rows, filter.limit, (r) => [r.keyTime, r.id]);
      return { items: items.map(({ keyTime: _t, ...row }) => row), next };
    },

    async find(id: number): Promise<DisclosureRow | null> {
      const [row] = await db.query<DisclosureRow>(`${SELECT} WHERE d.id = $1`, [id]);
      return row ?? null;
    },

    /** A retried publication (same client key) answers the item the first one made. */
    async publish(p: {
      unionId: number;
      category: DisclosureCategory;
      title: string;
      body: string;
      objectionEndsOn: string | null;
      clientKey: string;
      by: number;
      at: Date;
    }) {
      await db.query(
        `INSERT INTO disclosures (union_id, category, title, body, objection_ends_on, client_key, published_by, published_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (union_id, client_key) DO NOTHING`,
        [p.unionId, p.category, p.title, p.body, p.objectionEndsOn, p.clientKey, p.by, p.at],
      );
      const [row] = await db.query<{ id: number }>(
        `SELECT id FROM disclosures WHERE union_id = $1 AND client_key = $2`,
        [p.unionId, p.clientKey],
      );
      return row!.id;
    },

    attachments: (disclosureId: number) =>
      db.query<{ id: number; fileName: string; contentType: string; sizeBytes: number }>(
        `SELECT id, file_name AS "fileName", content_type AS "contentType", size_bytes AS "sizeBytes" FROM disclosure_attachments WHERE disclosure_id = $1 ORDER BY id`,
        [disclosureId],
      ),

    /** The disclosure's union, with the disclosure locked for the rest of the transaction (attachment count). */
    async lockUnionOf(id: number): Promise<number | null> {
      const [row] = await db.query<{ unionId: number }>(
        `SELECT union_id AS "unionId" FROM disclosures WHERE id = $1 FOR UPDATE`,
        [id],
      );
      return row?.unionId ?? null;
    },

    async findAttachment(id: number) {
      const [row] = await db.query<{
        id: number;
        unionId: number;
        storageKey: string;
        fileName: string;
        contentType: string;
      }>(
        `SELECT a.id, d.union_id AS "unionId", a.storage_key AS "storageKey", a.file_name AS "fileName", a.content_type AS "contentType"
           FROM disclosure_attachments a JOIN disclosures d ON d.id = a.disclosure_id WHERE a.id = $1`,
        [id],
      );
      return row ?? null;
    },

    async insertAttachment(a: {
      disclosureId: number;
      storageKey: string;
      fileName: string;
      contentType: string;
      sizeBytes: number;
    }) {
      const [row] = await db.query<{ id: number }>(
        `INSERT INTO disclosure_attachments (disclosure_id, storage_key, file_name, content_type, size_bytes) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [a.disclosureId, a.storageKey, a.fileName, a.contentType, a.sizeBytes],
      );
      return row!.id;
    },

    async deleteAttachment(id: number): Promise<void> {
      await db.query(`DELETE FROM disclosure_attachments WHERE id = $1`, [id]);
    },

    /** Objections: all of them for staff, only the member's own otherwise. */
    objections: (disclosureId: number, onlyMemberId: number | null) =>
      db.query<{
        id: number;
        memberName: string;
        body: string;
        answer: string | null;
        answeredAt: Date | null;
        createdAt: Date;
      }>(
        `SELECT o.id, m.name AS "memberName", o.body, o.answer, o.answered_at AS "answeredAt", o.created_at AS "createdAt"
           FROM disclosure_objections o JOIN members m ON m.id = o.member_id
          WHERE o.disclosure_id = $1 AND ($2::int IS NULL OR o.member_id = $2) ORDER BY o.id`,
        [disclosureId, onlyMemberId],
      ),

    async object(o: { disclosureId: number; memberId: number; clientKey: string; body: string; at: Date }) {
      await db.query(
        `INSERT INTO disclosure_objections (disclosure_id, member_id, client_key, body, created_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (member_id, client_key) DO NOTHING`,
        [o.disclosureId, o.memberId, o.clientKey, o.body, o.at],
      );
    },

    async findObjection(id: number) {
      const [row] = await db.query<{
        id: number;
        disclosureId: number;
        unionId: number;
        memberId: number;
        title: string;
        answer: string | null;
      }>(
        `SELECT o.id, o.disclosure_id AS "disclosureId", d.union_id AS "unionId", o.member_id AS "memberId", d.title, o.answer
           FROM disclosure_objections o JOIN disclosures d ON d.id = o.disclosure_id WHERE o.id = $1 FOR UPDATE OF o`,
        [id],
      );
      return row ?? null;
    },

    async answer(id: number, answer: string, by: number, at: Date) {
      await db.query(`UPDATE disclosure_objections SET answer = $2, answered_by = $3, answered_at = $4 WHERE id = $1`, [
        id,
        answer,
        by,
        at,
      ]);
    },
  };
}
