import type { Queryable } from '../../db';
import type { Ballot, Choice, Comment } from './tally';

/** A sealed answer waiting in survey_pending_answers. */
export interface SealedRow {
  id: string;
  sealed: string;
}

/** An opened answer as written, `n` its shuffled position. */
export interface AnswerToWrite {
  branch_id: number | null;
  choices: Record<string, Choice>;
  n: number;
}

/** A text answer as written, `n` its shuffled position. */
export interface CommentToWrite {
  question_id: number;
  body: string;
  n: number;
}

/**
 * The ballot box's tables: who took part (survey_participants), the sealed answers waiting for a
 * crowd (survey_pending_answers), and the released answers and comments no one can be joined to.
 * ballot-box.ts and release.ts decide when each is written.
 */
export function ballotRepository(db: Queryable) {
  return {
    /** Records the member's participation; false when they had already taken part (the primary key decides). */
    async addParticipant(surveyId: number, memberId: number, receiptCode: string): Promise<boolean> {
      const inserted = await db.query(
        `INSERT INTO survey_participants (survey_id, member_id, receipt_code) VALUES ($1, $2, $3)
     ON CONFLICT (survey_id, member_id) DO NOTHING RETURNING receipt_code`,
        [surveyId, memberId, receiptCode],
      );
      return inserted.length > 0;
    },

    async addSealedAnswer(surveyId: number, branchId: number | null, sealed: string): Promise<void> {
      await db.query(`INSERT INTO survey_pending_answers (survey_id, branch_id, sealed) VALUES ($1, $2, $3)`, [
        surveyId,
        branchId,
        sealed,
      ]);
    },

    /** What can be read of the survey: the released answers and comments, and how many still wait sealed. */
    async readBallots(surveyId: number): Promise<{ ballots: Ballot[]; comments: Comment[]; waiting: number }> {
      const ballots = await db.query<Ballot>(
        `SELECT branch_id AS "branchId", choices FROM survey_answers WHERE survey_id = $1`,
        [surveyId],
      );
      const comments = await db.query<Comment>(
        `SELECT question_id AS "questionId", body FROM survey_comments WHERE survey_id = $1`,
        [surveyId],
      );
      const [pending] = await db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM survey_pending_answers WHERE survey_id = $1`,
        [surveyId],
      );
      return { ballots, comments, waiting: pending!.n };
    },

    /** Up to `limit` sealed answers of one group (`branchId` null: the untagged ones). */
    async sealedSample(surveyId: number, branchId: number | null, limit: number): Promise<SealedRow[]> {
      return db.query<SealedRow>(
        `SELECT id, sealed FROM survey_pending_answers WHERE survey_id = $1 AND branch_id IS NOT DISTINCT FROM $2 LIMIT $3`,
        [surveyId, branchId, limit],
      );
    },

    /** Every sealed answer of one group (`branchId` null: the untagged ones). */
    async sealedOfGroup(surveyId: number, branchId: number | null): Promise<SealedRow[]> {
      return db.query<SealedRow>(
        `SELECT id, sealed FROM survey_pending_answers WHERE survey_id = $1 AND branch_id IS NOT DISTINCT FROM $2`,
        [surveyId, branchId],
      );
    },

    /** Each group's answers, released and still sealed together, and how many of them are sealed. */
    async groupTotals(surveyId: number) {
      return db.query<{ branchId: number | null; count: number; pending: number }>(
        `SELECT branch_id AS "branchId", sum(released)::int + sum(pending)::int AS count, sum(pending)::int AS pending FROM (
       SELECT branch_id, 1 AS released, 0 AS pending FROM survey_answers WHERE survey_id = $1
       UNION ALL SELECT branch_id, 0, 1 FROM survey_pending_answers WHERE survey_id = $1) t
     GROUP BY branch_id`,
        [surveyId],
      );
    },

    /** The released answers of these 分工会 lose their 分工会 (groups too small to stay apart). */
    async untagBranches(surveyId: number, branchIds: number[]): Promise<void> {
      await db.query(
        `UPDATE survey_answers SET branch_id = NULL WHERE survey_id = $1 AND branch_id = ANY ($2::int[])`,
        [surveyId, branchIds],
      );
    },

    /** Removes opened answers from the sealed table. */
    async removeSealed(ids: string[]): Promise<void> {
      await db.query(`DELETE FROM survey_pending_answers WHERE id = ANY ($1::uuid[])`, [ids]);
    },

    /** Writes released answers in the order of their `n`, so they are laid on disk in that order. */
    async writeAnswers(surveyId: number, answers: AnswerToWrite[]): Promise<void> {
      await db.query(
        `INSERT INTO survey_answers (survey_id, branch_id, choices)
     SELECT $1, a.branch_id, a.choices FROM jsonb_to_recordset($2::jsonb) AS a(branch_id int, choices jsonb, n int) ORDER BY a.n`,
        [surveyId, JSON.stringify(answers)],
      );
    },

    /** Writes released text answers in the order of their `n`. */
    async writeComments(surveyId: number, comments: CommentToWrite[]): Promise<void> {
      await db.query(
        `INSERT INTO survey_comments (survey_id, question_id, body)
     SELECT $1, c.question_id, c.body FROM jsonb_to_recordset($2::jsonb) AS c(question_id int, body text, n int) ORDER BY c.n`,
        [surveyId, JSON.stringify(comments)],
      );
    },
  };
}
