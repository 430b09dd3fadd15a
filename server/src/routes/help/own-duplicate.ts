import type { Queryable } from '../../db';
import { helpRepository } from './repository';

/** A second identical request from the same member this soon is a double tap or a retry, not a new case. */
export const DUPLICATE_WINDOW_MINUTES = 10;

/**
 * The member's own identical request from the last few minutes, if any. Takes a per-member lock
 * first, so that two taps arriving together see each other instead of both inserting.
 */
export async function findOwnRecentDuplicate(
  tx: Queryable,
  input: { memberId: number; categoryId: number; title: string; description: string; now: Date },
): Promise<number | null> {
  const repo = helpRepository(tx);
  await repo.lockSubmissions(input.memberId);
  return repo.recentDuplicate({
    ...input,
    title: input.title.trim(),
    description: input.description.trim(),
    minutes: DUPLICATE_WINDOW_MINUTES,
  });
}
