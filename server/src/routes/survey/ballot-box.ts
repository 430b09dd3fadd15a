import { randomInt } from 'node:crypto';
import type { Queryable } from '../../db';
import { type Ballot, type Choice, type Comment, groupsToMerge } from './tally';

/**
 * The ballot box: where a submission is written so that who took part and what was answered
 * cannot be joined, not even by someone holding the database.
 *
 * - survey_participants holds who (member, receipt code); survey_answers and survey_comments hold
 *   what (choices, text). They share no key, and none of them records a time.
 * - PostgreSQL stamps every row with the id of the transaction that wrote it (xmin), and a heap
 *   keeps rows roughly in the order they were written (ctid). A participation row and an answer
 *   written in the same transaction would share an xmin, and the n-th answer would sit beside the
 *   n-th participant. So each submission rewrites all three tables of its survey in one
 *   transaction: every row gets the same xmin, fresh random ids, and is laid down in content order
 *   (participants by member id, answers and comments by their text). What is stored is then a
 *   function of the set of participants and the multiset of answers only, never of their order.
 * - The caller holds the survey row lock (FOR UPDATE), so rewrites of one survey never interleave.
 */

const RECEIPT_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** 12 random characters (about 59 bits), drawn independently of anything the member answered. */
export function newReceiptCode(): string {
  const chars = Array.from({ length: 12 }, () => RECEIPT_ALPHABET[randomInt(RECEIPT_ALPHABET.length)]);
  return [chars.slice(0, 4), chars.slice(4, 8), chars.slice(8)].map((group) => group.join('')).join('-');
}

interface AnswerRow {
  branch_id: number | null;
  choices: Record<string, Choice>;
}

async function rewriteParticipants(tx: Queryable, surveyId: number) {
  const rows = await tx.query(`DELETE FROM survey_participants WHERE survey_id = $1 RETURNING member_id, receipt_code`, [surveyId]);
  await tx.query(
    `INSERT INTO survey_participants (survey_id, member_id, receipt_code)
     SELECT $1, p.member_id, p.receipt_code FROM jsonb_to_recordset($2::jsonb) AS p(member_id int, receipt_code text)
      ORDER BY p.member_id`,
    [surveyId, JSON.stringify(rows)],
  );
}

async function rewriteAnswers(tx: Queryable, surveyId: number, added: AnswerRow[], change: (row: AnswerRow) => AnswerRow = (row) => row) {
  const rows = (await tx.query<AnswerRow>(`DELETE FROM survey_answers WHERE survey_id = $1 RETURNING branch_id, choices`, [surveyId])).map(change);
  await tx.query(
    `INSERT INTO survey_answers (survey_id, branch_id, choices)
     SELECT $1, a.branch_id, a.choices FROM jsonb_to_recordset($2::jsonb) AS a(branch_id int, choices jsonb)
      ORDER BY a.branch_id NULLS FIRST, a.choices::text`,
    [surveyId, JSON.stringify([...rows, ...added])],
  );
}

async function rewriteComments(tx: Queryable, surveyId: number, added: Comment[]) {
  const rows = await tx.query(`DELETE FROM survey_comments WHERE survey_id = $1 RETURNING question_id, body`, [surveyId]);
  const fresh = added.map((c) => ({ question_id: c.questionId, body: c.body }));
  await tx.query(
    `INSERT INTO survey_comments (survey_id, question_id, body)
     SELECT $1, c.question_id, c.body FROM jsonb_to_recordset($2::jsonb) AS c(question_id int, body text)
      ORDER BY c.question_id, c.body`,
    [surveyId, JSON.stringify([...rows, ...fresh])],
  );
}

export interface Submission {
  surveyId: number;
  memberId: number;
  /** The member's 分工会, kept on the answer only when the survey is broken down by 分工会. */
  branchId: number | null;
  choices: Record<string, Choice>;
  comments: Comment[];
}

/**
 * Records one member's participation and answers in the caller's transaction. The primary key on
 * (survey, member) is the exactly-once rule: a second submission, sequential or concurrent, finds
 * the row and gets null back, and the caller rolls back.
 */
export async function castBallot(tx: Queryable, s: Submission): Promise<string | null> {
  const receiptCode = newReceiptCode();
  const inserted = await tx.query(
    `INSERT INTO survey_participants (survey_id, member_id, receipt_code) VALUES ($1, $2, $3)
     ON CONFLICT (survey_id, member_id) DO NOTHING RETURNING receipt_code`,
    [s.surveyId, s.memberId, receiptCode],
  );
  if (inserted.length === 0) return null;
  await rewriteParticipants(tx, s.surveyId);
  await rewriteAnswers(tx, s.surveyId, [{ branch_id: s.branchId, choices: s.choices }]);
  await rewriteComments(tx, s.surveyId, s.comments);
  return receiptCode;
}

/** At close: erase the 分工会 of groups too small to stay apart (see groupsToMerge). */
export async function sealSmallGroups(tx: Queryable, surveyId: number): Promise<void> {
  const counts = await tx.query<{ branchId: number | null; count: number }>(
    `SELECT branch_id AS "branchId", count(*)::int AS count FROM survey_answers WHERE survey_id = $1 GROUP BY branch_id`,
    [surveyId],
  );
  const merge = groupsToMerge(counts);
  if (merge.size === 0) return;
  await rewriteAnswers(tx, surveyId, [], (row) => (row.branch_id !== null && merge.has(row.branch_id) ? { ...row, branch_id: null } : row));
}

export async function readBallots(db: Queryable, surveyId: number): Promise<{ ballots: Ballot[]; comments: Comment[] }> {
  const ballots = await db.query<Ballot>(`SELECT branch_id AS "branchId", choices FROM survey_answers WHERE survey_id = $1`, [surveyId]);
  const comments = await db.query<Comment>(`SELECT question_id AS "questionId", body FROM survey_comments WHERE survey_id = $1`, [surveyId]);
  return { ballots, comments };
}
