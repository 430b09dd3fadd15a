import type { Db } from './types';
import { lockDataFolder } from './data-folder-lock';
import { openPglite } from './pglite';
import { openPostgres } from './postgres';

export type { Db, Queryable } from './types';

export async function openDatabase(options: {
  databaseUrl?: string;
  databasePoolSize: number;
  pgliteDir: string;
}): Promise<Db> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options.databasePoolSize);
  const release = lockDataFolder(options.pgliteDir);
  try {
    const db = await openPglite({ dataDir: options.pgliteDir });
    return { ...db, close: () => db.close().finally(release) };
  } catch (error) {
    release();
    throw error;
  }
}
