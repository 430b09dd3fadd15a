import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/** What the database keeps of a note: no plaintext, and a fingerprint of the key that sealed it. */
export interface SealedNote {
  keyId: string;
  iv: Buffer;
  ciphertext: Buffer;
  authTag: Buffer;
}

export interface NoteCipher {
  readonly keyId: string;
  /** `context` (e.g. 'appointment:12:author:3') is bound to the ciphertext: a row copied elsewhere will not open. */
  seal(plaintext: string, context: string): SealedNote;
  /** Throws NoteKeyMismatchError when another key sealed it, and an Error when it was tampered with. */
  open(sealed: SealedNote, context: string): string;
}

export class NoteKeyMismatchError extends Error {
  constructor() {
    super('The note was sealed with another COUNSELLING_NOTES_KEY');
    this.name = 'NoteKeyMismatchError';
  }
}

const KEY_BYTES = 32;
const IV_BYTES = 12;
const ENV = 'COUNSELLING_NOTES_KEY';
// Dev only: a fixed key so that an embedded demo database keeps its notes readable across restarts.
const DEV_KEY_SEED = 'zhijia dev-only counselling notes key; never use in production';

export const keyFingerprint = (key: Buffer) => createHash('sha256').update(key).digest('hex').slice(0, 16);

export function createNoteCipher(key: Buffer): NoteCipher {
  if (key.length !== KEY_BYTES) throw new Error(`A notes key must be ${KEY_BYTES} bytes, not ${key.length}`);
  const keyId = keyFingerprint(key);
  return {
    keyId,
    seal(plaintext, context) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      cipher.setAAD(Buffer.from(context, 'utf8'));
      const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      return { keyId, iv, ciphertext, authTag: cipher.getAuthTag() };
    },
    open(sealed, context) {
      if (sealed.keyId !== keyId) throw new NoteKeyMismatchError();
      const decipher = createDecipheriv('aes-256-gcm', key, sealed.iv);
      decipher.setAAD(Buffer.from(context, 'utf8'));
      decipher.setAuthTag(sealed.authTag);
      return Buffer.concat([decipher.update(sealed.ciphertext), decipher.final()]).toString('utf8');
    },
  };
}

export interface NoteKeySource {
  env: NodeJS.ProcessEnv;
  authMode: string;
  databaseUrl?: string;
  warn: (message: string) => void;
}

/**
 * The notes key from COUNSELLING_NOTES_KEY (32 bytes, base64). Only a dev setup on the embedded
 * database may run without one: it gets a fixed, publicly known key and a warning. Anything that
 * could hold real notes (a DATABASE_URL, or a non-dev sign-in) refuses to start instead.
 */
export function resolveNoteKey({ env, authMode, databaseUrl, warn }: NoteKeySource): Buffer {
  const raw = env[ENV]?.trim();
  if (raw) {
    const key = Buffer.from(raw, 'base64');
    if (key.length !== KEY_BYTES || key.toString('base64') !== raw) {
      throw new Error(
        `${ENV} must be exactly ${KEY_BYTES} random bytes in base64 (44 characters); generate one with: openssl rand -base64 32`,
      );
    }
    return key;
  }
  if (databaseUrl || authMode !== 'dev') {
    throw new Error(
      `${ENV} is not set. Counselling notes are encrypted with it and the server will not start without it ` +
        `when DATABASE_URL is set or AUTH_MODE is not dev. Generate one with: openssl rand -base64 32 ` +
        `and keep it outside the database (losing it makes the existing notes unreadable).`,
    );
  }
  warn(`${ENV} is not set: using a fixed development key for counselling notes. Never do this with real data.`);
  return createHash('sha256').update(DEV_KEY_SEED).digest();
}
