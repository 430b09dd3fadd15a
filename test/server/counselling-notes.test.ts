import { buildApp } from '../../server/src/app';
import { testConfig } from '../../server/src/config';
import { createNoteCipher, resolveNoteKey } from '../../server/src/services/note-crypto';
import { createLoggingWechatClient } from '../../server/src/services/wechat';
import { counsellingAccessSuite, desk, mine, NOTE } from './counselling-fixtures';

const { t, s, prepared } = counsellingAccessSuite();
/** Member A's appointment with counsellor X. */
let ofA: number;
beforeAll(() => ({ ofA } = prepared));

describe('counsellor notes', () => {
  it('keeps no plaintext in the database row', async () => {
    const rows = await t.db.query<{ row: string; ciphertext: Uint8Array }>(
      `SELECT n::text AS row, ciphertext FROM counselling_notes n WHERE appointment_id = $1`,
      [ofA],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.row).not.toContain(NOTE);
    expect(rows[0]!.row).not.toContain(Buffer.from(NOTE).toString('hex'));
    expect(Buffer.from(rows[0]!.ciphertext).includes(Buffer.from(NOTE))).toBe(false);
    expect(Buffer.from(rows[0]!.ciphertext).includes(Buffer.from('校长'))).toBe(false);
  });

  it('lets the author read and replace their note', async () => {
    expect((await desk(t.app, s.x, 'GET', `/appointments/${ofA}/note`)).json().text).toBe(NOTE);
    await desk(t.app, s.x, 'PUT', `/appointments/${ofA}/note`, { text: `${NOTE}；第二次记录` });
    expect((await desk(t.app, s.x, 'GET', `/appointments/${ofA}/note`)).json().text).toBe(`${NOTE}；第二次记录`);
    const [count] = await t.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM counselling_notes WHERE appointment_id = $1`,
      [ofA],
    );
    expect(count!.n).toBe(1);
  });

  it('never shows the note to the member it is about', async () => {
    const view = await mine(t.app, s.a, 'GET', `/${ofA}`);
    expect(view.body).not.toContain(NOTE);
  });

  it('will not open a sealed note under another appointment, nor after tampering', () => {
    const cipher = createNoteCipher(Buffer.alloc(32, 7));
    const sealed = cipher.seal('心里话', 'counselling-note:1:1');
    expect(cipher.open(sealed, 'counselling-note:1:1')).toBe('心里话');
    expect(() => cipher.open(sealed, 'counselling-note:2:1')).toThrow();
    const flipped = Buffer.from(sealed.ciphertext);
    flipped[0] = flipped[0]! ^ 1;
    expect(() => cipher.open({ ...sealed, ciphertext: flipped }, 'counselling-note:1:1')).toThrow();
    expect(() => createNoteCipher(Buffer.alloc(32, 8)).open(sealed, 'counselling-note:1:1')).toThrow(
      'another COUNSELLING_NOTES_KEY',
    );
  });
});

describe('the notes key', () => {
  const key = Buffer.alloc(32, 3).toString('base64');

  it('takes COUNSELLING_NOTES_KEY when it is 32 bytes of base64', () => {
    const warn = jest.fn();
    expect(
      resolveNoteKey({ env: { COUNSELLING_NOTES_KEY: key }, authMode: 'wechat', databaseUrl: 'postgres://x', warn }),
    ).toEqual(Buffer.alloc(32, 3));
    expect(warn).not.toHaveBeenCalled();
  });

  it('falls back to a fixed dev key with a warning in dev mode on the embedded database', () => {
    const warn = jest.fn();
    const first = resolveNoteKey({ env: {}, authMode: 'dev', warn });
    expect(first).toHaveLength(32);
    expect(resolveNoteKey({ env: {}, authMode: 'dev', warn: () => undefined })).toEqual(first);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('COUNSELLING_NOTES_KEY is not set'));
  });

  it.each([
    ['with DATABASE_URL', { authMode: 'dev', databaseUrl: 'postgres://db/zhijia' }],
    ['outside dev mode', { authMode: 'wechat' }],
  ])('refuses to run without a key %s, saying why in English', (_case, where) => {
    expect(() => resolveNoteKey({ env: {}, warn: () => undefined, ...where })).toThrow(
      /COUNSELLING_NOTES_KEY is not set.*openssl rand -base64 32/,
    );
  });

  it('refuses a key of the wrong length', () => {
    expect(() =>
      resolveNoteKey({
        env: { COUNSELLING_NOTES_KEY: Buffer.alloc(16).toString('base64') },
        authMode: 'dev',
        warn: () => undefined,
      }),
    ).toThrow('COUNSELLING_NOTES_KEY must be exactly 32 random bytes in base64');
  });

  it('keeps the whole API from starting against PostgreSQL without a key', async () => {
    const saved = process.env.COUNSELLING_NOTES_KEY;
    delete process.env.COUNSELLING_NOTES_KEY;
    try {
      const config = testConfig({ databaseUrl: 'postgres://db.example/zhijia', authMode: 'wechat' });
      await expect(buildApp({ db: t.db, config, wechat: createLoggingWechatClient(() => undefined) })).rejects.toThrow(
        'COUNSELLING_NOTES_KEY is not set',
      );
    } finally {
      if (saved !== undefined) process.env.COUNSELLING_NOTES_KEY = saved;
    }
  });
});
