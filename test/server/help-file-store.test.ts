import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createFileStore, fileStoreConfigFromEnv, newStorageKey } from '../../server/src/services/file-store';
import { createLocalFileStore } from '../../server/src/services/file-store/local';
import { createS3FileStore } from '../../server/src/services/file-store/s3';
import { expectOk, helpWorld, newCase } from './help-fixtures';

/**
 * A local stand-in for an S3-compatible bucket (path-style): PUT, GET and DELETE of objects, a
 * NoSuchKey error as S3 sends it, and a record of each request's signature header.
 */
async function startFakeS3() {
  const objects = new Map<string, { body: Buffer; contentType: string }>();
  const requests: { method: string; path: string; authorization: string; sha256: string }[] = [];
  const state = { failPuts: false };
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const url = new URL(request.url ?? '/', 'http://fake');
      const key = decodeURIComponent(url.pathname);
      requests.push({
        method: request.method!,
        path: key,
        authorization: String(request.headers.authorization ?? ''),
        sha256: String(request.headers['x-amz-content-sha256'] ?? ''),
      });
      if (request.method === 'PUT' && state.failPuts) {
        response
          .writeHead(403, { 'content-type': 'application/xml' })
          .end('<Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>');
      } else if (request.method === 'PUT') {
        objects.set(key, { body: Buffer.concat(chunks), contentType: String(request.headers['content-type']) });
        response.writeHead(200, { etag: '"fake"' }).end();
      } else if (request.method === 'GET') {
        const object = objects.get(key);
        if (!object) {
          response.writeHead(404, { 'content-type': 'application/xml' });
          response.end(
            '<?xml version="1.0" encoding="UTF-8"?><Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message></Error>',
          );
          return;
        }
        response
          .writeHead(200, { 'content-type': object.contentType, 'content-length': object.body.length })
          .end(object.body);
      } else if (request.method === 'DELETE') {
        objects.delete(key);
        response.writeHead(204).end();
      } else {
        response.writeHead(405).end();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    objects,
    requests,
    state,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

describe('the local file store', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhijia-store-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes, reads and deletes by key, and answers null for a missing file', async () => {
    const store = createLocalFileStore(dir);
    const key = newStorageKey('help', new Date('2030-03-08T02:00:00Z'));
    expect(key).toMatch(/^help\/2030-03\/[0-9a-f-]{36}$/);
    await store.put(key, PNG, 'image/png');
    expect((await store.get(key))!.equals(PNG)).toBe(true);
    await store.delete(key);
    expect(await store.get(key)).toBeNull();
    await store.delete(key);
  });

  it('refuses a key that could reach outside its folder', async () => {
    const store = createLocalFileStore(dir);
    await expect(store.put('../escape', PNG, 'image/png')).rejects.toThrow('Invalid file store key');
    await expect(store.get('help/../../etc/passwd')).rejects.toThrow('Invalid file store key');
  });

  it('is the default, in a files folder inside the embedded database folder', () => {
    expect(fileStoreConfigFromEnv({}, '/srv/zhijia/data')).toEqual({ kind: 'local', dir: '/srv/zhijia/data/files' });
    expect(fileStoreConfigFromEnv({ FILE_STORE_DIR: '/mnt/files' }, '/srv/zhijia/data')).toEqual({
      kind: 'local',
      dir: '/mnt/files',
    });
  });
});

describe('the S3-compatible file store', () => {
  let s3: Awaited<ReturnType<typeof startFakeS3>>;
  beforeAll(async () => {
    s3 = await startFakeS3();
  });
  afterAll(() => s3.close());

  const env = () => ({
    FILE_STORE_S3_BUCKET: 'zhijia-1250000000',
    FILE_STORE_S3_REGION: 'ap-guangzhou',
    FILE_STORE_S3_ENDPOINT: s3.endpoint,
    FILE_STORE_S3_ACCESS_KEY_ID: 'AKIDEXAMPLE',
    FILE_STORE_S3_SECRET_ACCESS_KEY: 'secret-example',
    FILE_STORE_S3_FORCE_PATH_STYLE: 'true',
    FILE_STORE_S3_PREFIX: 'test/',
  });

  it('is chosen by FILE_STORE_S3_BUCKET and needs both keys', () => {
    expect(fileStoreConfigFromEnv(env(), '/data')).toMatchObject({
      kind: 's3',
      bucket: 'zhijia-1250000000',
      forcePathStyle: true,
      prefix: 'test/',
    });
    expect(() => fileStoreConfigFromEnv({ FILE_STORE_S3_BUCKET: 'b' }, '/data')).toThrow('FILE_STORE_S3_ACCESS_KEY_ID');
  });

  it('puts, gets and deletes objects with SigV4-signed requests', async () => {
    const store = createFileStore(fileStoreConfigFromEnv(env(), '/data'));
    expect(store.kind).toBe('s3');
    await store.put('help/2030-03/abc', PNG, 'image/png');
    expect(s3.objects.get('/zhijia-1250000000/test/help/2030-03/abc')).toMatchObject({ contentType: 'image/png' });
    expect((await store.get('help/2030-03/abc'))!.equals(PNG)).toBe(true);
    expect(await store.get('help/2030-03/missing')).toBeNull();
    await store.delete('help/2030-03/abc');
    expect(s3.objects.size).toBe(0);

    for (const request of s3.requests) {
      expect(request.authorization).toMatch(
        /^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/\d{8}\/ap-guangzhou\/s3\/aws4_request, SignedHeaders=.*host.*, Signature=[0-9a-f]{64}$/,
      );
    }
    expect(s3.requests[0]!.sha256).toMatch(/^[0-9a-f]{64}$|^UNSIGNED-PAYLOAD$/);
  });

  it('refuses an invalid key before any request', async () => {
    const config = fileStoreConfigFromEnv(env(), '/data');
    if (config.kind !== 's3') throw new Error('expected the S3 store');
    const store = createS3FileStore(config);
    const before = s3.requests.length;
    await expect(store.get('../x')).rejects.toThrow('Invalid file store key');
    expect(s3.requests.length).toBe(before);
  });

  it('stores an uploaded attachment in the bucket and serves it back through the API', async () => {
    const w = await helpWorld(env());
    try {
      const id = await newCase(w.app, w.member.headers);
      const boundary = '----zhijiaS3';
      const payload = Buffer.concat([
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="photo.png"\r\nContent-Type: image/png\r\n\r\n`,
        ),
        PNG,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]);
      const uploaded = await w.app.inject({
        method: 'POST',
        url: `/api/help/requests/${id}/attachments`,
        headers: { ...w.member.headers, 'content-type': `multipart/form-data; boundary=${boundary}` },
        payload,
      });
      await expectOk(uploaded, 201);
      const [key] = [...s3.objects.keys()];
      expect(key).toMatch(/^\/zhijia-1250000000\/test\/help\/\d{4}-\d{2}\//);
      expect(fs.readdirSync(w.filesDir)).toEqual([]);
      const served = await w.app.inject({ method: 'GET', url: uploaded.json().url });
      expect(served.rawPayload.equals(PNG)).toBe(true);

      // A bucket that refuses the write leaves no attachment row behind.
      s3.state.failPuts = true;
      const refused = await w.app.inject({
        method: 'POST',
        url: `/api/help/requests/${id}/attachments`,
        headers: { ...w.member.headers, 'content-type': `multipart/form-data; boundary=${boundary}` },
        payload,
      });
      s3.state.failPuts = false;
      expect(refused.statusCode).toBe(500);
      expect(refused.json().message).toBe('服务器开小差了，请稍后再试');
      const [rows] = await w.db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM help_attachments WHERE request_id = $1`,
        [id],
      );
      expect(rows!.n).toBe(1);
      expect(s3.objects.size).toBe(1);
    } finally {
      for (const name of Object.keys(env())) delete process.env[name];
      await w.close();
    }
  });
});
