import type { Queryable } from '../../db';

export interface SuggestionRow {
  id: number;
  sessionId: number;
  memberId: number;
  title: string;
  body: string;
  authorName: string;
  motionId: number | null;
  createdAt: Date;
}

const SELECT = `SELECT s.id, s.session_id AS "sessionId", s.member_id AS "memberId", s.title, s.body, m.name AS "authorName",
    (SELECT id FROM congress_motions WHERE suggestion_id = s.id) AS "motionId", s.created_at AS "createdAt"
  FROM congress_suggestions s JOIN members m ON m.id = s.member_id`;

/** 建议 members send to the 代表, and which motion took each one up. */
export function suggestionsRepository(db: Queryable) {
  return {
    /** Sending the same client key twice keeps the first 建议. */
    async insertOnce(s: {
      sessionId: number;
      unionId: number;
      memberId: number;
      clientKey: string;
      title: string;
      body: string;
      at: Date;
    }): Promise<void> {
      await db.query(
        `INSERT INTO congress_suggestions (session_id, union_id, member_id, client_key, title, body, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (member_id, client_key) DO NOTHING`,
        [s.sessionId, s.unionId, s.memberId, s.clientKey, s.title, s.body, s.at],
      );
    },

    async findByClientKey(memberId: number, clientKey: string): Promise<SuggestionRow | null> {
      const [row] = await db.query<SuggestionRow>(`${SELECT} WHERE s.member_id = $1 AND s.client_key = $2`, [
        memberId,
        clientKey,
      ]);
      return row ?? null;
    },

    /** The session's 建议, newest first: all of them, or only this member's. */
    async listForSession(sessionId: number, all: boolean, memberId: number): Promise<SuggestionRow[]> {
      return db.query<SuggestionRow>(
        `${SELECT} WHERE s.session_id = $1 AND ($2 OR s.member_id = $3) ORDER BY s.id DESC`,
        [sessionId, all, memberId],
      );
    },

    /** The 建议 locked for the rest of the transaction, so two 代表 cannot adopt it at once. */
    async lockForAdoption(id: number) {
      const [row] = await db.query<Omit<SuggestionRow, 'authorName' | 'motionId' | 'createdAt'> & { unionId: number }>(
        `SELECT s.id, s.session_id AS "sessionId", s.member_id AS "memberId", s.title, s.body, s.union_id AS "unionId" FROM congress_suggestions s WHERE s.id = $1 FOR UPDATE`,
        [id],
      );
      return row ?? null;
    },

    /** The motion that took this 建议 up, if any. */
    async adoptingMotion(suggestionId: number): Promise<{ id: number; authorId: number } | null> {
      const [row] = await db.query<{ id: number; authorId: number }>(
        `SELECT id, author_id AS "authorId" FROM congress_motions WHERE suggestion_id = $1`,
        [suggestionId],
      );
      return row ?? null;
    },
  };
}
