import { randomInt } from 'node:crypto';
import type { Queryable } from '../../db';
import type { KeyRing } from '../../services/key-ring';
import { ballotRepository } from './ballot-repository';
import { releaseReady } from './release';
import { type OpenedAnswer, sealAnswer } from './sealed-answer';

/**
 * The ballot box: where a submission is written so that who took part and what was answered
 * cannot be joined, not even by someone holding the database and its write-ahead log.
 *
 * A submission writes two rows, whatever the number of answers before it: the participation row
 * (member, receipt code) and the answer, sealed, in survey_pending_answers. Those two share a
 * transaction, so the log ties them together — which is why the answer is sealed with a key the
 * database never holds. Answers become readable only in batches of at least five (release.ts).
 */

const RECEIPT_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** 12 random characters (about 59 bits), drawn independently of anything the member answered. */
export function newReceiptCode(): string {
  const chars = Array.from({ length: 12 }, () => RECEIPT_ALPHABET[randomInt(RECEIPT_ALPHABET.length)]);
  return [chars.slice(0, 4), chars.slice(4, 8), chars.slice(8)].map((group) => group.join('')).join('-');
}

export interface Submission extends OpenedAnswer {
  surveyId: number;
  memberId: number;
  /** The length every sealed answer to this survey is padded to (sealed-answer.ts). */
  paddedLength: number;
}

/**
 * Records one member's participation and sealed answer in the caller's transaction, then releases
 * a batch if the answer's group is full. The primary key on (survey, member) is the exactly-once
 * rule: a second submission, sequential or concurrent, finds the row and gets null back.
 * The caller holds the survey row lock (FOR UPDATE), so releases of one survey never interleave.
 */
export async function castBallot(tx: Queryable, ring: KeyRing, s: Submission): Promise<string | null> {
  const receiptCode = newReceiptCode();
  const box = ballotRepository(tx);
  if (!(await box.addParticipant(s.surveyId, s.memberId, receiptCode))) return null;
  await box.addSealedAnswer(s.surveyId, s.branchId, sealAnswer(ring, s.surveyId, s.paddedLength, s));
  await releaseReady(tx, ring, s.surveyId, s.branchId);
  return receiptCode;
}
