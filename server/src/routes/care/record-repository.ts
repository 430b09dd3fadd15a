import type { Static } from '@sinclair/typebox';
import type { Queryable } from '../../db';
import type { CareKind } from './kinds';
import type { CareRecord } from './schemas';

export type CareRecordRow = Static<typeof CareRecord>;

const SELECT = `c.id, c.member_id AS "memberId", m.name AS "memberName", c.kind, c.kind_label AS "kindLabel", c.kind_group AS "group",
  c.care_date AS "careDate", c.visitors, c.amount, c.gifts, c.note, c.help_request_id AS "helpCaseId", c.created_at AS "createdAt"
  FROM care_records c JOIN members m ON m.id = c.member_id`;

export interface NewCareRecord {
  unionId: number;
  memberId: number;
  kind: CareKind;
  careDate: string;
  visitors: string;
  amount: number;
  gifts: string;
  note: string;
  helpCaseId: number | null;
  requestId: string;
  createdBy: number;
}

/** 慰问记录 and the kinds a union records them under. */
export function careRecordRepository(db: Queryable) {
  return {
    /** The record with its member's name; it must exist (ids come from this union's own rows). */
    async careRecord(id: number): Promise<CareRecordRow> {
      return (await db.query<CareRecordRow>(`SELECT ${SELECT} WHERE c.id = $1`, [id]))[0]!;
    },

    /** A year's records of the union, newest first (at most 500), of one member when given. */
    async careRecordsOfYear(unionId: number, year: number, memberId?: number): Promise<CareRecordRow[]> {
      const params: unknown[] = [unionId, `${year}-01-01`, `${year + 1}-01-01`];
      const byMember = memberId ? `AND c.member_id = $${params.push(memberId)}` : '';
      return db.query<CareRecordRow>(
        `SELECT ${SELECT} WHERE c.union_id = $1 AND c.care_date >= $2::date AND c.care_date < $3::date ${byMember}
          ORDER BY c.care_date DESC, c.id DESC LIMIT 500`,
        params,
      );
    },

    /** The id of the record a request already wrote, or null: a repeated request finds its first answer. */
    async careRecordIdOfRequest(unionId: number, requestId: string): Promise<number | null> {
      const [done] = await db.query<{ id: number }>(
        `SELECT id FROM care_records WHERE union_id = $1 AND request_id = $2`,
        [unionId, requestId],
      );
      return done?.id ?? null;
    },

    /** Who asked for a help case of the union, and whether anonymously; null when there is no such case. */
    async helpCaseAsker(helpCaseId: number, unionId: number) {
      const [found] = await db.query<{ memberId: number; anonymous: boolean }>(
        `SELECT member_id AS "memberId", anonymous FROM help_requests WHERE id = $1 AND union_id = $2`,
        [helpCaseId, unionId],
      );
      return found ?? null;
    },

    async isMemberOf(memberId: number, unionId: number): Promise<boolean> {
      const rows = await db.query(`SELECT 1 FROM members WHERE id = $1 AND union_id = $2`, [memberId, unionId]);
      return rows.length > 0;
    },

    /** Writes the record; null when the same request's copy already wrote it. */
    async insertCareRecord(record: NewCareRecord): Promise<number | null> {
      const [row] = await db.query<{ id: number }>(
        `INSERT INTO care_records (union_id, member_id, kind, kind_label, kind_group, care_date, visitors, amount, gifts, note, help_request_id, request_id, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
         ON CONFLICT (union_id, request_id) DO NOTHING RETURNING id`,
        [
          record.unionId,
          record.memberId,
          record.kind.code,
          record.kind.label,
          record.kind.group,
          record.careDate,
          record.visitors,
          record.amount,
          record.gifts,
          record.note,
          record.helpCaseId,
          record.requestId,
          record.createdBy,
        ],
      );
      return row?.id ?? null;
    },

    /** The union's own list of care kinds, or null while it keeps the built-in one. */
    async savedCareKinds(unionId: number): Promise<CareKind[] | null> {
      const [row] = await db.query<{ kinds: CareKind[] }>(`SELECT kinds FROM care_kind_settings WHERE union_id = $1`, [
        unionId,
      ]);
      return row?.kinds ?? null;
    },

    /** Replaces the union's list of care kinds whole. */
    async saveCareKinds(unionId: number, kinds: readonly CareKind[]): Promise<void> {
      await db.query(
        `INSERT INTO care_kind_settings (union_id, kinds) VALUES ($1, $2::jsonb)
         ON CONFLICT (union_id) DO UPDATE SET kinds = EXCLUDED.kinds, updated_at = now()`,
        [unionId, JSON.stringify(kinds)],
      );
    },
  };
}
