import { randomUUID } from 'node:crypto';

/** A new unguessable key, grouped by feature and month: `help/2026-11/3f2a…`. */
export function newStorageKey(feature: string, now: Date): string {
  return `${feature}/${now.toISOString().slice(0, 7)}/${randomUUID()}`;
}

// Keys are ours (newStorageKey), never a client's file name; refusing anything else keeps a key
// from ever reaching outside the store's folder.
const KEY_PATTERN = /^[a-z0-9]+(?:[/_-][a-z0-9]+)*$/;

export function assertValidKey(key: string): void {
  if (!KEY_PATTERN.test(key) || key.length > 200) throw new Error(`Invalid file store key: ${key}`);
}
