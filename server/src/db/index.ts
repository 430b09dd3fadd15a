import type { Db } from './types';
import { openPglite } from './pglite';
import { openPostgres } from './postgres';

export type { Db, Queryable } from './types';

export async function openDatabase(options: { databaseUrl?: string; databasePoolSize: number; pgliteDir: string }): Promise<Db> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options.databasePoolSize);
  return openPglite({ dataDir: options.pgliteDir });
}
