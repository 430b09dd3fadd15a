import type { Db } from '../../server/src/db';

/**
 * Drops the plain indexes of tables about to take a bulk load and gives back the statement that
 * builds them again. Building an index once over a loaded table is a sort; keeping seven of them up
 * to date row by row through two million inserts is most of a city build's time. Indexes behind a
 * constraint (primary keys, UNIQUE, EXCLUDE) stay: the load still proves the rows keep them.
 */
export async function deferIndexes(db: Db, tables: readonly string[]): Promise<string> {
  const indexes = await db.query<{ name: string; definition: string }>(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS definition
       FROM pg_index i
      WHERE i.indrelid = ANY (SELECT ('public.' || t)::regclass FROM unnest($1::text[]) t)
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
      ORDER BY 1`,
    [tables],
  );
  if (indexes.length === 0) return '';
  await db.exec(indexes.map((i) => `DROP INDEX ${i.name};`).join('\n'));
  // One exec is one round trip on one connection, so the memory setting holds for every build.
  return [
    `SET maintenance_work_mem = '256MB';`,
    ...indexes.map((i) => `${i.definition};`),
    'RESET maintenance_work_mem;',
  ].join('\n');
}
