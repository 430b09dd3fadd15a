import net, { type AddressInfo } from 'node:net';
import { createTestApp, type TestApp } from '../support/test-app';

// A short wait keeps the test fast; production waits REQUEST_TIMEOUT_MS (30 s by default).
const TIMEOUT_MS = 300;
let t: TestApp;
let port: number;

beforeAll(async () => {
  // One request admitted at a time: a stalled request that kept its slot would block the next one.
  t = await createTestApp({
    config: { requestTimeoutMs: TIMEOUT_MS, admission: { concurrency: 1, maxWaitMs: 60_000 } },
  });
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  port = (t.app.server.address() as AddressInfo).port;
});
afterAll(() => t.close());

/** Sends `head` on a real socket, then nothing more; resolves with all the server wrote before it hung up. */
function sendAndStall(head: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write(head));
    let received = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk) => (received += chunk));
    socket.on('close', () => resolve(received));
    socket.on('error', (error: NodeJS.ErrnoException) =>
      error.code === 'ECONNRESET' ? resolve(received) : reject(error),
    );
  });
}

const bodyOf = (raw: string) => JSON.parse(raw.slice(raw.indexOf('\r\n\r\n') + 4)) as { code: string; message: string };

describe('a request that stops arriving', () => {
  it('is dropped with a 408 in Chinese when its body stalls after 10 of 1000 bytes', async () => {
    const raw = await sendAndStall(
      'POST /api/auth/dev-login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"phone":"',
    );
    expect(raw).toMatch(/^HTTP\/1\.1 408 /);
    expect(bodyOf(raw)).toEqual({ code: 'REQUEST_TIMEOUT', message: '请求超时：内容没有在限定时间内传完' });
  });

  it('is dropped with a 408 in Chinese when its headers never finish', async () => {
    const raw = await sendAndStall('GET /api/notices HTTP/1.1\r\nHost: localhost\r\nX-Slow: ');
    expect(raw).toMatch(/^HTTP\/1\.1 408 /);
    expect(bodyOf(raw).message).toBe('请求超时：内容没有在限定时间内传完');
  });

  it('lets go of its place in the embedded database’s line, so the next request is answered', async () => {
    await sendAndStall(
      'POST /api/auth/dev-login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"phone":"',
    );
    const next = await fetch(`http://127.0.0.1:${port}/api/notices`);
    // 401: the request passed the line and reached sign-in checks instead of waiting behind the dropped one.
    expect(next.status).toBe(401);
  });
});
