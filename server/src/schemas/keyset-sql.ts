/**
 * The two halves of an instant in a keyset token (keyset.ts, `'micros'`), written once so that
 * they always agree: the SQL that reads a row's instant into the key, and the SQL that turns the
 * key back into that exact instant to compare with. Epoch microseconds travel as text: a
 * JavaScript number would round them, and rows published in the same millisecond would be
 * skipped or repeated.
 */

/** The instant in `column` as epoch microseconds, in text. */
export const microsOf = (column: string) => `(extract(epoch FROM ${column}) * 1000000)::bigint::text`;

/** The instant named by epoch microseconds in parameter `param` (e.g. `$3`). */
export const instantOf = (param: string) => `('epoch'::timestamptz + ${param}::bigint * interval '1 microsecond')`;
