import { Type } from '@sinclair/typebox';
import { badRequest } from '../errors';

/**
 * Keyset paging: the next page starts after the last row shown, named by the values it was sorted
 * by, so every page is an index range however long the list has grown (OFFSET reads and throws
 * away every row before the page). The position travels as an opaque token: the client only hands
 * back the `next` it was given.
 */
export const KeysetPaging = {
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20, title: '每页条数' })),
  after: Type.Optional(
    Type.String({ minLength: 1, maxLength: 200, pattern: '^[A-Za-z0-9_-]+$', title: '翻页位置（上一页的 next）' }),
  ),
};

/** Where the next page starts (hand it back as `after`); null on the last page. */
export const NextPage = Type.Union([Type.String(), Type.Null()], {
  description: '下一页的翻页位置（after）；没有更多时为 null',
});

/** The token for the position after `key` (the sort values of the last row shown). */
export const encodeKeyset = (key: readonly (string | number | boolean)[]): string =>
  Buffer.from(JSON.stringify(key)).toString('base64url');

/**
 * A key's element: a string, a number (a safe integer), a boolean, or an instant as epoch
 * microseconds in a string. Timestamps made by now() carry microseconds, and rows that differ only
 * there would be skipped or repeated by a key in milliseconds; keyset-sql.ts reads and compares them.
 */
type KeyPart = 'string' | 'number' | 'boolean' | 'micros';
type KeyValue<P extends KeyPart> = P extends 'number' ? number : P extends 'boolean' ? boolean : string;

const fitsPart = (value: unknown, part: KeyPart) =>
  part === 'micros'
    ? typeof value === 'string' && /^\d{1,17}$/.test(value)
    : typeof value === part && (typeof value !== 'number' || Number.isSafeInteger(value));

/**
 * The sort values in a token, checked against the shape this list sorts by; a token from another
 * list, an old version or a hand-edited URL is a 400, never a query with values of the wrong type.
 */
export function decodeKeyset<const T extends readonly KeyPart[]>(
  token: string | undefined,
  shape: T,
): { [K in keyof T]: KeyValue<T[K]> } | null {
  if (token === undefined) return null;
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
  } catch {
    key = null;
  }
  const fits = Array.isArray(key) && key.length === shape.length && key.every((v, i) => fitsPart(v, shape[i]!));
  if (!fits) throw badRequest('翻页位置无效，请下拉刷新后重新加载');
  return key as never;
}

/** A page of `limit` rows read as `limit + 1`: the extra row only says whether there is more. */
export function keysetPage<T>(rows: T[], limit: number, keyOf: (row: T) => readonly (string | number | boolean)[]) {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, next: rows.length > limit && last ? encodeKeyset(keyOf(last)) : null };
}
