import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Queryable } from '../../db';
import { settingsQueries } from './settings-repository';

const KEY_NAME = 'help_file_link_key';
const LIFETIME_SECONDS = 30 * 60;
// Expiry is rounded up to this step, so a page reloaded within it gets the same URL (and the image
// from the cache).
const STEP_SECONDS = 10 * 60;

/**
 * Temporary links to attachments. A mini-program <Image> cannot send the Authorization header, so
 * a page that was allowed to read the case gets each file as `…/content?exp=…&sig=…`, an HMAC of
 * the attachment id and the expiry, valid for half an hour. The key comes from FILE_LINK_SECRET or,
 * by default, is created once in the database so every API instance shares it.
 */
export function fileLinks(db: Queryable, secret: string | undefined) {
  let key: Promise<Buffer> | null = null;

  async function loadKey(): Promise<Buffer> {
    if (secret) return Buffer.from(secret);
    return Buffer.from(await settingsQueries(db).sharedSecret(KEY_NAME, randomBytes(32).toString('base64url')));
  }
  const getKey = () => {
    key ??= loadKey().catch((error: unknown) => {
      key = null;
      throw error;
    });
    return key;
  };
  const sign = async (id: number, exp: number) =>
    createHmac('sha256', await getKey())
      .update(`help-attachment:${id}:${exp}`)
      .digest('base64url');

  return {
    /** Loads the key ahead of the first request (on a single-connection database, outside any transaction). */
    ready: () => getKey().then(() => undefined),

    async url(id: number, now: Date): Promise<string> {
      const exp = Math.ceil((now.getTime() / 1000 + LIFETIME_SECONDS) / STEP_SECONDS) * STEP_SECONDS;
      return `/api/help/attachments/${id}/content?exp=${exp}&sig=${await sign(id, exp)}`;
    },

    async verify(id: number, exp: number, sig: string, now: Date): Promise<'ok' | 'expired' | 'invalid'> {
      const expected = Buffer.from(await sign(id, exp));
      const given = Buffer.from(sig);
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'invalid';
      return exp * 1000 > now.getTime() ? 'ok' : 'expired';
    },
  };
}

export type FileLinks = ReturnType<typeof fileLinks>;
