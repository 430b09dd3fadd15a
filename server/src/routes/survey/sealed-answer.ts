import { badRequest } from '../../errors';
import type { KeyRing } from '../../services/key-ring';
import type { Choice, Comment } from './tally';

/**
 * One member's answers as they wait to be counted: sealed, and padded so that every answer to a
 * survey seals to the same length. Without the padding, the length of the ciphertext (written in
 * the same transaction as the participation row) would be a fingerprint of how much the member
 * wrote, and would single their comment out once it is released.
 */
export interface OpenedAnswer {
  branchId: number | null;
  choices: Record<string, Choice>;
  comments: Comment[];
}

// Bytes of JSON one answer can take at most: a text answer is at most 500 UTF-16 units, each at
// most 6 bytes once JSON-escaped; a choice at most ten indexes.
const BASE_BYTES = 256;
const PER_CHOICE_BYTES = 64;
const PER_TEXT_BYTES = 500 * 6 + 64;

export function paddedLength(questions: { kind: string }[]): number {
  const texts = questions.filter((q) => q.kind === 'text').length;
  return BASE_BYTES + PER_CHOICE_BYTES * (questions.length - texts) + PER_TEXT_BYTES * texts;
}

const context = (surveyId: number) => `survey-answer:${surveyId}`;

export function sealAnswer(ring: KeyRing, surveyId: number, length: number, answer: OpenedAnswer): string {
  const json = JSON.stringify({
    b: answer.branchId,
    c: answer.choices,
    t: answer.comments.map((c) => [c.questionId, c.body]),
  });
  const bytes = Buffer.byteLength(json, 'utf8');
  if (bytes > length) throw badRequest('答卷内容过长，请缩短文字后再提交');
  // JSON ignores trailing whitespace, so spaces pad it without a length field.
  return ring.sealText(json + ' '.repeat(length - bytes), context(surveyId));
}

export function openAnswer(ring: KeyRing, surveyId: number, sealed: string): OpenedAnswer {
  const parsed = JSON.parse(ring.openText(sealed, context(surveyId))) as {
    b: number | null;
    c: Record<string, Choice>;
    t: [number, string][];
  };
  return {
    branchId: parsed.b,
    choices: parsed.c,
    comments: parsed.t.map(([questionId, body]) => ({ questionId, body })),
  };
}

/** Re-seals under the ring's current key (key rotation); the padded length stays. */
export const resealAnswer = (ring: KeyRing, surveyId: number, sealed: string) =>
  ring.sealText(ring.openText(sealed, context(surveyId)), context(surveyId));
