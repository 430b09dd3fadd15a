import type { Db } from '../../server/src/db';
import { openTestDatabase } from '../support/test-database';

// On PostgreSQL a transaction's BEGIN travels with its first statement when that statement has no
// parameters (db/postgres.ts). These hold for both engines: what a transaction means must not change.
let db: Db;
beforeAll(async () => {
  db = await openTestDatabase();
  await db.exec('CREATE TABLE tx_probe (id int PRIMARY KEY, note text NOT NULL)');
});
afterAll(() => db.close());

const probes = async () => (await db.query<{ id: number }>('SELECT id FROM tx_probe ORDER BY id')).map((r) => r.id);
const heldLocks = (tx: Pick<Db, 'query'>) =>
  tx.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND classid = 7399 AND objid = 1 AND pid = pg_backend_pid()`,
  );

describe('a transaction whose first statement has no parameters', () => {
  it('holds a transaction lock taken by that statement until it ends', async () => {
    const inside = await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock(7399, 1)');
      return (await heldLocks(tx))[0]!.n;
    });
    expect(inside).toBe(1);
    expect((await heldLocks(db))[0]!.n).toBe(0);
  });

  it('commits what its later statements wrote', async () => {
    await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock(7399, 1)');
      await tx.query('INSERT INTO tx_probe (id, note) VALUES ($1, $2)', [1, '留下']);
    });
    expect(await probes()).toEqual([1]);
  });

  it('writes nothing when a later statement fails, and leaves the connection usable', async () => {
    await expect(
      db.transaction(async (tx) => {
        await tx.query('SELECT pg_advisory_xact_lock(7399, 1)');
        await tx.query('INSERT INTO tx_probe (id, note) VALUES ($1, $2)', [2, '撤回']);
        await tx.query('INSERT INTO tx_probe (id, note) VALUES ($1, $2)', [1, '重复的主键']);
      }),
    ).rejects.toMatchObject({ code: '23505' });
    expect(await probes()).toEqual([1]);
  });

  it('rolls back when the work throws after a statement without parameters', async () => {
    await expect(
      db.transaction(async (tx) => {
        await tx.query(`INSERT INTO tx_probe (id, note) VALUES (3, '撤回')`);
        throw new Error('规则不允许');
      }),
    ).rejects.toThrow('规则不允许');
    expect(await probes()).toEqual([1]);
  });
});

it('a transaction that runs no statement returns its value', async () => {
  await expect(db.transaction(async () => 'nothing to do')).resolves.toBe('nothing to do');
  expect(await probes()).toEqual([1]);
});
