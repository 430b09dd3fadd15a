import { createHash } from 'node:crypto';
import {
  createNoteCipher,
  type NoteCipher,
  NoteKeyMismatchError,
  resolveNoteKey,
  type SealedNote,
} from './note-crypto';

/**
 * Every secret the database keeps sealed (counselling notes, reasons and aliases, evaluation
 * answers still waiting to be counted) is sealed with the current key, and opened with whichever
 * key sealed it: the key id (a fingerprint) travels with the ciphertext. During a rotation the
 * server holds the new key and the old ones, so nothing stops while `npm run keys:rotate` re-seals.
 */
export interface KeyRing extends NoteCipher {
  /** Seals to one self-describing string: `<keyId>.<base64 of iv | tag | ciphertext>`. */
  sealText(plaintext: string, context: string): string;
  openText(sealed: string, context: string): string;
  /** True when a sealed string or note was sealed by a key other than the current one. */
  isStale(keyId: string): boolean;
  readonly keyIds: string[];
}

const IV = 12;
const TAG = 16;

export function createKeyRing(current: Buffer, previous: Buffer[] = []): KeyRing {
  const main = createNoteCipher(current);
  const byId = new Map<string, NoteCipher>([[main.keyId, main]]);
  for (const key of previous) {
    const cipher = createNoteCipher(key);
    if (!byId.has(cipher.keyId)) byId.set(cipher.keyId, cipher);
  }
  const open = (sealed: SealedNote, context: string) => {
    const cipher = byId.get(sealed.keyId);
    if (!cipher) throw new NoteKeyMismatchError();
    return cipher.open(sealed, context);
  };
  return {
    keyId: main.keyId,
    keyIds: [...byId.keys()],
    seal: (plaintext, context) => main.seal(plaintext, context),
    open,
    sealText(plaintext, context) {
      const s = main.seal(plaintext, context);
      return `${s.keyId}.${Buffer.concat([s.iv, s.authTag, s.ciphertext]).toString('base64')}`;
    },
    openText(sealed, context) {
      const dot = sealed.indexOf('.');
      const raw = Buffer.from(sealed.slice(dot + 1), 'base64');
      return open(
        {
          keyId: sealed.slice(0, dot),
          iv: raw.subarray(0, IV),
          authTag: raw.subarray(IV, IV + TAG),
          ciphertext: raw.subarray(IV + TAG),
        },
        context,
      );
    },
    isStale: (keyId) => keyId !== main.keyId,
  };
}

/** The key id of a sealed string, without opening it. */
export const sealedKeyId = (sealed: string) => sealed.slice(0, sealed.indexOf('.'));

const PREVIOUS_ENV = 'COUNSELLING_NOTES_KEY_PREVIOUS';

export interface KeyRingSource {
  env: NodeJS.ProcessEnv;
  authMode: string;
  databaseUrl?: string;
  warn: (message: string) => void;
}

/**
 * COUNSELLING_NOTES_KEY is the current key (the name is kept from when it sealed notes only);
 * COUNSELLING_NOTES_KEY_PREVIOUS lists, comma-separated, the keys being rotated away from.
 */
export function resolveKeyRing(source: KeyRingSource): KeyRing {
  const current = resolveNoteKey(source);
  const previous = (source.env[PREVIOUS_ENV] ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((raw) => {
      const key = Buffer.from(raw, 'base64');
      if (key.length !== 32) throw new Error(`${PREVIOUS_ENV} must list 32-byte keys in base64, comma-separated`);
      return key;
    });
  return createKeyRing(current, previous);
}

/** A throwaway ring for code paths that never see real data (a test helper, a benchmark). */
export const testKeyRing = (seed = 'test') => createKeyRing(createHash('sha256').update(seed).digest());
