import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createTestApp, type TestApp } from '../support/test-app';
import { CREATES } from './idempotency-creates';
import { idempotencyWorld, type IdempotencyWorld, standInWorld, type Submission } from './idempotency-fixtures';
import { PNG, upload } from './idempotency-parents';

// An upload's file is read by its route, after the key is taken: these prove the route still binds
// the file to the key, so that the same key with another file is refused rather than answered alike.

const REUSED = '这次提交的内容与先前同一次提交不同，请重新填写后再提交';
/** The create operations that take a file; the first test finds them from the OpenAPI document. */
const UPLOADS = [
  'importMembers',
  'uploadAssessmentEvidence',
  'uploadClubImage',
  'uploadDisclosureAttachment',
  'uploadHelpAttachment',
];

let t: TestApp;
let world: IdempotencyWorld;
let rows: () => Promise<number>;
let n = 0;

beforeAll(async () => {
  process.env.FILE_STORE_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'zhijia-idempotent-uploads-'));
  t = await createTestApp({
    config: { wechat: { apiBase: '', templates: { booking: 'tmpl-booking' }, miniprogramState: 'formal' } },
  });
  const tables = await t.db.query<{ name: string }>(
    `SELECT quote_ident(table_name) AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT IN ('schema_version', 'idempotency_keys')`,
  );
  const sql = `SELECT ${tables.map((x) => `(SELECT count(*) FROM ${x.name})`).join(' + ')} AS n`;
  rows = async () => Number((await t.db.query<{ n: number }>(sql))[0]!.n);
  world = await idempotencyWorld(t.app, t.db);
});
beforeEach(standInWorld);
afterAll(async () => {
  await t.close();
  fs.rmSync(process.env.FILE_STORE_DIR!, { recursive: true, force: true });
});

const send = (s: Submission, raw: Buffer, key: string | null, url = s.url) =>
  t.app.inject({
    method: 'POST',
    url,
    headers: { ...s.as, 'content-type': s.contentType!, ...(key ? { 'idempotency-key': key } : {}) },
    payload: raw,
  });
const answer = (r: { statusCode: number; body: string }) => ({ status: r.statusCode, body: r.body });
const refusal = (r: { statusCode: number; json: () => { message: string } }) => ({
  status: r.statusCode,
  message: r.json().message,
});

/** The submission's multipart body with another file of the same kind: a PNG one byte longer, a roster with another name. */
function withOtherFile(s: Submission): Buffer {
  const raw = s.raw!;
  const start = raw.indexOf('\r\n\r\n') + 4;
  const end = raw.lastIndexOf('\r\n--');
  const data = raw.subarray(start, end);
  const other = /Content-Type: text\/csv/.test(raw.subarray(0, start).toString())
    ? Buffer.from(data.toString('utf8').replace('\n', '\n乙'))
    : Buffer.concat([data, Buffer.from([0])]);
  return Buffer.concat([raw.subarray(0, start), other, raw.subarray(end)]);
}

/** A multipart body with form fields before the file, as the mini-program's uploadFile sends them. */
function form(fields: Record<string, string>, data: Buffer, fileName: string) {
  const boundary = '----idempotent-upload-test';
  const parts = Object.entries(fields).map(
    ([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
  );
  const head = `${parts.join('')}--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: image/png\r\n\r\n`;
  return {
    raw: Buffer.concat([Buffer.from(head), data, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

describe('Idempotency-Key on an upload compares the file', () => {
  it('knows every create operation in the OpenAPI document that takes a file', async () => {
    type Op = { operationId: string; requestBody?: { content: Record<string, unknown> } };
    const doc = t.app.swagger() as unknown as { paths: Record<string, { post?: Op }> };
    // A multipart operation has no JSON body in the document (its route reads the file itself).
    const candidates = Object.values(doc.paths)
      .flatMap((methods) => (methods.post ? [methods.post] : []))
      .filter((op) => !op.requestBody?.content['application/json'] && CREATES[op.operationId])
      .map((op) => op.operationId);
    const uploads: string[] = [];
    for (const operationId of candidates) {
      standInWorld();
      const submission = await CREATES[operationId]!(world, (n += 1));
      if (submission.contentType?.startsWith('multipart/form-data')) uploads.push(operationId);
    }
    expect(uploads.sort()).toEqual(UPLOADS);
  }, 60_000);

  it.each(UPLOADS)(
    '%s: the same key with the same file is answered alike, with another file 422 in Chinese; neither writes',
    async (operationId) => {
      const submission = await CREATES[operationId]!(world, (n += 1));
      const key = `upload-${n}`;
      const first = await send(submission, submission.raw!, key);
      expect(first.statusCode).toBeLessThan(300);
      const before = await rows();

      const again = await send(submission, submission.raw!, key);
      expect(answer(again)).toEqual(answer(first));
      expect(again.headers['idempotent-replayed']).toBe('true');
      const other = await send(submission, withOtherFile(submission), key);
      expect(refusal(other)).toEqual({ status: 422, message: REUSED });
      expect(await rows()).toBe(before);

      // The other file is one the operation takes: under a key of its own it is stored.
      expect((await send(submission, withOtherFile(submission), `other-${n}`)).statusCode).toBeLessThan(300);
    },
    60_000,
  );

  it.each(UPLOADS)(
    '%s: ten concurrent uploads with one key, half of them another file, store one and refuse the other file',
    async (operationId) => {
      const submission = await CREATES[operationId]!(world, (n += 1));
      const files = [submission.raw!, withOtherFile(submission)];
      const before = await rows();
      const answers = await Promise.all(
        Array.from({ length: 10 }, (_, i) => send(submission, files[i % 2]!, `race-${n}`)),
      );
      const batch = (await rows()) - before;
      const stored = answers.filter((r) => r.statusCode < 300);
      const refused = answers.filter((r) => r.statusCode >= 300);
      // Whichever file came first is stored and answered five times alike; the five with the other file are refused.
      expect(stored.map(answer)).toEqual(Array(5).fill(answer(stored[0]!)));
      expect(refused.map(refusal)).toEqual(Array(5).fill({ status: 422, message: REUSED }));

      // As much written as one upload of the same kind sent once.
      const single = await CREATES[operationId]!(world, (n += 1));
      const beforeSingle = await rows();
      expect((await send(single, single.raw!, `single-${n}`)).statusCode).toBe(stored[0]!.statusCode);
      expect({ batch }).toEqual({ batch: (await rows()) - beforeSingle });
    },
    60_000,
  );

  it('counts the form’s other fields: the same picture under another name is another upload', async () => {
    const submission = await CREATES.uploadHelpAttachment!(world, (n += 1));
    const named = form({ fileName: '诊断书.png' }, PNG, 'tmp_1.png');
    const first = await send({ ...submission, ...named }, named.raw, `named-${n}`);
    expect(first.statusCode).toBe(201);
    expect(first.json().fileName).toBe('诊断书.png');
    const before = await rows();
    const again = await send({ ...submission, ...named }, named.raw, `named-${n}`);
    expect(answer(again)).toEqual(answer(first));
    const renamed = form({ fileName: '住院证明.png' }, PNG, 'tmp_1.png');
    expect(refusal(await send({ ...submission, ...renamed }, renamed.raw, `named-${n}`))).toEqual({
      status: 422,
      message: REUSED,
    });
    expect(await rows()).toBe(before);
  });

  it('tells a roster check from its import: the same key with dryRun=false after dryRun=true is 422', async () => {
    const submission = await CREATES.importMembers!(world, (n += 1));
    const checkUrl = submission.url.replace('dryRun=false', 'dryRun=true');
    const check = await send(submission, submission.raw!, `roster-${n}`, checkUrl);
    expect(check.statusCode).toBe(200);
    expect(check.json().dryRun).toBe(true);
    const before = await rows();
    expect(refusal(await send(submission, submission.raw!, `roster-${n}`))).toEqual({ status: 422, message: REUSED });
    expect(await rows()).toBe(before);
  });

  it('gives an answer the first upload got before its file was read again, whatever file the retry carries', async () => {
    const submission = await CREATES.uploadClubImage!(world, (n += 1));
    const notLeader = { ...submission, as: world.member };
    const first = await send(notLeader, submission.raw!, `early-${n}`);
    expect(first.statusCode).toBe(403);
    const other = await send(notLeader, withOtherFile(submission), `early-${n}`);
    expect(answer(other)).toEqual(answer(first));
    expect(other.headers['idempotent-replayed']).toBe('true');
  });
});

describe('an upload without a key', () => {
  it('is stored each time it is sent: only a key makes a retry harmless', async () => {
    const submission = await CREATES.uploadHelpAttachment!(world, (n += 1));
    const picture = upload(PNG, '诊断.png', 'image/png');
    const ids = [];
    for (let i = 0; i < 2; i += 1) ids.push((await send({ ...submission, ...picture }, picture.raw, null)).json().id);
    expect(new Set(ids).size).toBe(2);
  });
});
