import { randomInt } from 'node:crypto';
import type { Queryable } from '../../db';
import type { KeyRing } from '../../services/key-ring';
import { ballotRepository, type SealedRow } from './ballot-repository';
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
async function release(tx: Queryable, ring: KeyRing, surveyId: number, rows: SealedRow[], branchId: number | null) {
  const opened = rows.map((r) => openAnswer(ring, surveyId, r.sealed));
  // `n` is the shuffled position, so the rows are written (and laid on disk) in that order.
  const answers = shuffle(opened.map((a) => ({ branch_id: branchId, choices: a.choices }))).map((a, n) => ({
    ...a,
    n,
  }));
  const comments = shuffle(
    opened.flatMap((a) => a.comments.map((c) => ({ question_id: c.questionId, body: c.body }))),
  ).map((c, n) => ({ ...c, n }));
  const box = ballotRepository(tx);
  await box.removeSealed(rows.map((r) => r.id));
  await box.writeAnswers(surveyId, answers);
  if (comments.length === 0) return;
  await box.writeComments(surveyId, comments);
}

/** After a submission: releases MIN_GROUP random answers of the group once it holds 2 × MIN_GROUP. */
export async function releaseReady(
  tx: Queryable,
  ring: KeyRing,
  surveyId: number,
  branchId: number | null,
): Promise<number> {
  const rows = await ballotRepository(tx).sealedSample(surveyId, branchId, 2 * MIN_GROUP);
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
  const box = ballotRepository(tx);
  const totals = await box.groupTotals(surveyId);
  const merge = groupsToMerge(totals);
  if (merge.size > 0) await box.untagBranches(surveyId, [...merge]);
  const pool: SealedRow[] = [];
  for (const group of totals) {
    if (group.pending === 0) continue;
    const rows = await box.sealedOfGroup(surveyId, group.branchId);
    const tagged = group.branchId !== null && !merge.has(group.branchId);
    if (tagged && rows.length >= MIN_GROUP) await release(tx, ring, surveyId, rows, group.branchId);
    else pool.push(...rows);
  }
  if (pool.length >= MIN_GROUP) await release(tx, ring, surveyId, pool, null);
}
