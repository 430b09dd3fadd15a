import { type PGlite, protocol, types } from '@electric-sql/pglite';

/**
 * Parameterised statements on PGlite, parsed and planned once and then only bound and executed, as
 * db/postgres.ts does on PostgreSQL. PGlite's own query() parses and plans every statement anew and
 * crosses into WebAssembly six times (parse, describe, bind, describe, execute, sync); here a known
 * statement crosses once, with bind, execute and sync in one message. PGlite has one session, so
 * one cache serves the whole database. Past MAX_NAMED_STATEMENTS distinct texts (dynamic SQL gone
 * wrong), new texts go through PGlite's query() instead of filling the cache.
 */
const MAX_NAMED_STATEMENTS = 1000;

interface Prepared {
  name: string;
  paramTypes: number[];
  fields: { name: string; dataTypeID: number }[];
}

const { serialize } = protocol;

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

type Message = { name: string; dataTypeIDs?: number[]; fields?: unknown[] };

/**
 * A query function for PGlite that prepares statements with parameters once. `exclusive` runs its
 * work holding PGlite's locks: outside a transaction the transaction lock too, so that no statement
 * lands inside another request's open transaction (PGlite's query() does the same).
 */
export function preparedQueries(pglite: PGlite) {
  const statements = new Map<string, Prepared>();

  async function prepare(text: string): Promise<Prepared> {
    const name = `p${statements.size}`;
    const { messages } = await pglite.execProtocol(
      concat([serialize.parse({ name, text }), serialize.describe({ type: 'S', name }), serialize.sync()]),
      { syncToFs: false },
    );
    const params = (messages as Message[]).find((m) => m.name === 'parameterDescription');
    const rows = (messages as Message[]).find((m) => m.name === 'rowDescription');
    const prepared = {
      name,
      paramTypes: params?.dataTypeIDs ?? [],
      fields: ((rows?.fields ?? []) as { name: string; dataTypeID: number }[]).map((f) => ({
        name: f.name,
        dataTypeID: f.dataTypeID,
      })),
    };
    statements.set(text, prepared);
    return prepared;
  }

  async function run(text: string, params: readonly unknown[]): Promise<Record<string, unknown>[]> {
    const statement = statements.get(text) ?? (await prepare(text));
    const values = params.map((value, i) => {
      if (value === null || value === undefined) return null;
      const serializer = pglite.serializers[statement.paramTypes[i]!];
      return serializer ? serializer(value) : String(value);
    });
    const { messages } = await pglite.execProtocol(
      concat([serialize.bind({ statement: statement.name, values }), serialize.execute({}), serialize.sync()]),
      { syncToFs: false },
    );
    const rows: Record<string, unknown>[] = [];
    const { fields } = statement;
    for (const message of messages as Message[]) {
      if (message.name !== 'dataRow') continue;
      const row: Record<string, unknown> = {};
      const values = message.fields as (string | null)[];
      for (let i = 0; i < fields.length; i += 1)
        row[fields[i]!.name] = types.parseType(values[i]!, fields[i]!.dataTypeID, pglite.parsers);
      rows.push(row);
    }
    return rows;
  }

  /** Whether `text` with these parameters goes through the cache (else: PGlite's own query()). */
  const cached = (text: string, params: readonly unknown[] | undefined): params is readonly unknown[] =>
    !!params?.length && (statements.has(text) || statements.size < MAX_NAMED_STATEMENTS);

  return {
    cached,
    /** Outside a transaction: waits for any open one, as PGlite's query() does. */
    query: (text: string, params: readonly unknown[]) =>
      pglite._runExclusiveTransaction(() => pglite.runExclusive(() => run(text, params))),
    /** Inside a transaction the caller holds. */
    queryInTransaction: (text: string, params: readonly unknown[]) => pglite.runExclusive(() => run(text, params)),
  };
}
