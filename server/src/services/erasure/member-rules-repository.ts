import type { Queryable } from '../../db';

export interface TextColumn {
  table: string;
  column: string;
  type: string;
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * The statements of the erasure rules from 兴趣社团 to the member row (member-rules.ts), by name.
 * Each runs in the erasure's transaction.
 */
export function memberErasureRepository(tx: Queryable) {
  return {
    /** Whether a table exists (one added by a later migration may not be there yet). */
    hasTable: async (name: string) =>
      (await tx.query(`SELECT to_regclass($1) IS NOT NULL AS ok`, [name]))[0]?.ok === true,

    // 兴趣社团
    leaveClubs: async (memberId: number) =>
      (await tx.query(`DELETE FROM club_members WHERE member_id = $1 RETURNING club_id`, [memberId])).length,
    async deleteClubApplications(memberId: number) {
      await tx.query(`DELETE FROM club_applications WHERE member_id = $1`, [memberId]);
    },
    async unlinkAnnouncements(memberId: number) {
      await tx.query(`UPDATE club_announcements SET author_id = NULL WHERE author_id = $1`, [memberId]);
    },
    async unlinkClubImages(memberId: number) {
      await tx.query(`UPDATE club_images SET uploaded_by = NULL WHERE uploaded_by = $1`, [memberId]);
    },
    /** Events not yet begun that the member is signed up for, locked in id order. */
    lockUpcomingSignedUpEvents: (memberId: number, now: Date) =>
      tx.query<{ id: number; title: string; cancelled: boolean }>(
        `SELECT e.id, e.title, e.cancelled_at IS NOT NULL AS cancelled FROM club_events e
          WHERE e.starts_at > $2 AND e.id IN (SELECT event_id FROM club_event_signups WHERE member_id = $1 AND status <> 'cancelled')
          ORDER BY e.id FOR UPDATE`,
        [memberId, now],
      ),
    /** Cancels the member's sign-up to the event; returns the status it had, if any. */
    cancelSignUp: async (eventId: number, memberId: number, now: Date) =>
      (
        await tx.query<{ status: string }>(
          `UPDATE club_event_signups s SET status = 'cancelled', cancelled_at = $3
             FROM club_event_signups old WHERE old.id = s.id AND s.event_id = $1 AND s.member_id = $2 AND s.status <> 'cancelled'
           RETURNING old.status`,
          [eventId, memberId, now],
        )
      )[0]?.status,
    /** Moves the first on the event's waitlist up; returns who, if anyone. */
    promoteFirstWaitlisted: async (eventId: number, now: Date) =>
      (
        await tx.query<{ memberId: number }>(
          `UPDATE club_event_signups SET status = 'confirmed', promoted_at = $2
            WHERE id = (SELECT id FROM club_event_signups WHERE event_id = $1 AND status = 'waitlisted' ORDER BY id LIMIT 1)
           RETURNING member_id AS "memberId"`,
          [eventId, now],
        )
      )[0]?.memberId,

    // 会员评议
    async deleteSurveyExportTickets(memberId: number) {
      await tx.query(`DELETE FROM survey_export_tickets WHERE member_id = $1`, [memberId]);
    },

    // 送温暖
    async clearCareNotes(memberId: number) {
      await tx.query(`UPDATE care_records SET note = '' WHERE member_id = $1 AND note <> ''`, [memberId]);
    },
    removeHardship: async (memberId: number) =>
      (await tx.query(`DELETE FROM hardship_members WHERE member_id = $1 RETURNING 1`, [memberId])).length,

    // 教代会与校务公开
    async deleteDelegate(memberId: number) {
      await tx.query(`DELETE FROM congress_delegates WHERE member_id = $1`, [memberId]);
    },
    async clearSuggestions(memberId: number, cleared: string) {
      await tx.query(`UPDATE congress_suggestions SET title = $2, body = $2 WHERE member_id = $1`, [memberId, cleared]);
    },
    clearDraftMotions: async (memberId: number, cleared: string) =>
      (
        await tx.query(
          `UPDATE congress_motions SET title = $2, reason = $2, proposal = $2 WHERE author_id = $1 AND status = 'draft' RETURNING 1`,
          [memberId, cleared],
        )
      ).length,
    async clearReplyRatingComments(memberId: number) {
      await tx.query(
        `UPDATE congress_replies r SET rating_comment = NULL FROM congress_motions m
          WHERE m.id = r.motion_id AND m.author_id = $1 AND r.rating_comment IS NOT NULL`,
        [memberId],
      );
    },
    async clearObjections(memberId: number, cleared: string) {
      await tx.query(
        `UPDATE disclosure_objections SET body = $2, answer = CASE WHEN answer IS NULL THEN NULL ELSE $2 END WHERE member_id = $1`,
        [memberId, cleared],
      );
    },

    // 重复提交记录
    async deleteIdempotencyKeys(memberId: number) {
      await tx.query(`DELETE FROM idempotency_keys WHERE member_id = $1`, [memberId]);
    },

    // 其他表（兜底）
    /** Every text and JSON column of the schema's tables, but those of the `excluded` tables. */
    textColumns: (excluded: string[]) =>
      tx.query<TextColumn>(
        `SELECT c.table_name AS "table", c.column_name AS "column", c.data_type AS type
           FROM information_schema.columns c
           JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
          WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
            AND c.data_type IN ('text', 'character varying', 'jsonb', 'json') AND NOT (c.table_name = ANY($1::text[]))
          ORDER BY 1, 2`,
        [excluded],
      ),
    /** Replaces `needle` with *** wherever it occurs in the column; returns how many rows changed. */
    async maskInColumn({ table, column, type }: TextColumn, needle: string): Promise<number> {
      const asText = type.startsWith('json') ? `${quote(column)}::text` : quote(column);
      const cast = type.startsWith('json') ? `::${type}` : '';
      const changed = await tx.query(
        `UPDATE ${quote(table)} SET ${quote(column)} = replace(${asText}, $1, '***')${cast} WHERE strpos(${asText}, $1) > 0 RETURNING 1`,
        [needle],
      );
      return changed.length;
    },

    // 个人档案
    async tombstoneMember(memberId: number, erasedName: string, now: Date) {
      await tx.query(
        `UPDATE members SET name = $2, phone = '', staff_no = '#' || id, openid = NULL, bound_at = NULL, branch_id = NULL,
                status = 'left', erased_at = $3, updated_at = $3
          WHERE id = $1`,
        [memberId, erasedName, now],
      );
    },
    async recordErasure(e: { memberId: number; unionId: number; now: Date; rulesVersion: string; sessions: string[] }) {
      await tx.query(
        `INSERT INTO account_erasures (member_id, union_id, erased_at, rules_version, revoked_sessions) VALUES ($1, $2, $3, $4, $5)`,
        [e.memberId, e.unionId, e.now, e.rulesVersion, e.sessions],
      );
    },
  };
}
