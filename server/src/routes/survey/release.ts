import { randomInt } from 'node:crypto';
import type { Queryable } from '../../db';
import type { KeyRing } from '../../services/key-ring';
import { openAnswer } from './sealed-answer';
import { groupsToMerge } from './tally';
import { MIN_GROUP } from './template';

/**
 * Moving sealed answers into the readable tables, in crowds.
 *
 * A group (one 分工会, or the untagged answers) is released when it holds 2 × MIN_GROUP sealed
 * answers: MIN_GROUP of them, picked at random, are opened and written in random order in one
 * transaction, and MIN_GROUP stay sealed. Keeping five back is what lets the release at close be
 * five or more too, so no batch ever names fewer than five members. Each step touches at most
 * 2 × MIN_GROUP − 1 rows of the group, so a submission costs the same at the 10th and the 1,000th.
 */

interface PendingRow {
  id: string;
  sealed: string;
}

/** Fisher–Yates with the crypto generator: the order written must not be guessable. */
export function shuffle<T>(items: T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = randomInt(i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Opens the given sealed answers and writes them as `branchId` (null: untagged), in random order. */
async function release(tx: Queryable, ring: KeyRing, surveyId: number, rows: PendingRow[], branchId: number | null) {
  const opened = rows.map((r) => openAnswer(ring, surveyId, r.sealed));
  // `n` is the shuffled position, so the rows are written (and laid on disk) in that order.
  const answers = shuffle(opened.map((a) => ({ branch_id: branchId, choices: a.choices }))).map((a, n) => ({
    ...a,
    n,
  }));
  const comments = shuffle(
    opened.flatMap((a) => a.comments.map((c) => ({ question_id: c.questionId, body: c.body }))),
  ).map((c, n) => ({ ...c, n }));
  await tx.query(`DELETE FROM survey_pending_answers WHERE id = ANY ($1::uuid[])`, [rows.map((r) => r.id)]);
  await tx.query(
    `INSERT INTO survey_answers (survey_id, branch_id, choices)
     SELECT $1, a.branch_id, a.choices FROM jsonb_to_recordset($2::jsonb) AS a(branch_id int, choices jsonb, n int) ORDER BY a.n`,
    [surveyId, JSON.stringify(answers)],
  );
  if (comments.length === 0) return;
  await tx.query(
    `INSERT INTO survey_comments (survey_id, question_id, body)
     SELECT $1, c.question_id, c.body FROM jsonb_to_recordset($2::jsonb) AS c(question_id int, body text, n int) ORDER BY c.n`,
    [surveyId, JSON.stringify(comments)],
  );
}

/** After a submission: releases MIN_GROUP random answers of the group once it holds 2 × MIN_GROUP. */
export async function releaseReady(
  tx: Queryable,
  ring: KeyRing,
  surveyId: number,
  branchId: number | null,
): Promise<number> {
  const rows = await tx.query<PendingRow>(
    `SELECT id, sealed FROM survey_pending_answers WHERE survey_id = $1 AND branch_id IS NOT DISTINCT FROM $2 LIMIT $3`,
    [surveyId, branchId, 2 * MIN_GROUP],
  );
  if (rows.length < 2 * MIN_GROUP) return 0;
  const batch = shuffle(rows).slice(0, rows.length - MIN_GROUP);
  await release(tx, ring, surveyId, batch, branchId);
  return batch.length;
}

/**
 * At close: every group that can be released is, and no stored group is left between one and four.
 * Groups too small to stay apart lose their 分工会 (groupsToMerge over everything answered), and
 * their sealed answers join the untagged ones; a group whose sealed answers are fewer than five
 * (only possible for answers given before migration 045) joins them too. The untagged pool is
 * released only when it is five or more; otherwise (fewer than five answered in all) it stays sealed.
 */
export async function releaseAtClose(tx: Queryable, ring: KeyRing, surveyId: number): Promise<void> {
  const totals = await tx.query<{ branchId: number | null; count: number; pending: number }>(
    `SELECT branch_id AS "branchId", sum(released)::int + sum(pending)::int AS count, sum(pending)::int AS pending FROM (
       SELECT branch_id, 1 AS released, 0 AS pending FROM survey_answers WHERE survey_id = $1
       UNION ALL SELECT branch_id, 0, 1 FROM survey_pending_answers WHERE survey_id = $1) t
     GROUP BY branch_id`,
    [surveyId],
  );
  const merge = groupsToMerge(totals);
  if (merge.size > 0) {
    await tx.query(`UPDATE survey_answers SET branch_id = NULL WHERE survey_id = $1 AND branch_id = ANY ($2::int[])`, [
      surveyId,
      [...merge],
    ]);
  }
  const pool: PendingRow[] = [];
  for (const group of totals) {
    if (group.pending === 0) continue;
    const rows = await tx.query<PendingRow>(
      `SELECT id, sealed FROM survey_pending_answers WHERE survey_id = $1 AND branch_id IS NOT DISTINCT FROM $2`,
      [surveyId, group.branchId],
    );
    const tagged = group.branchId !== null && !merge.has(group.branchId);
    if (tagged && rows.length >= MIN_GROUP) await release(tx, ring, surveyId, rows, group.branchId);
    else pool.push(...rows);
  }
  if (pool.length >= MIN_GROUP) await release(tx, ring, surveyId, pool, null);
}
