import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SentMessage {
  touser: string;
  template_id: string;
  page?: string;
  data: Record<string, { value: string }>;
}

/**
 * A local stand-in for api.weixin.qq.com, speaking its wire format, so that the real HTTP client
 * is what the tests exercise. A code is exchanged for the openid `openid-<code>`; codes starting
 * with "bad" are refused like an expired code.
 */
export async function startFakeWechat() {
  const sent: SentMessage[] = [];
  const failures: { status: number; errcode?: number }[] = [];
  let tokenRequests = 0;

  const server = http.createServer((request, response) => {
    let raw = '';
    request.on('data', (chunk) => (raw += chunk));
    request.on('end', () => {
      const url = new URL(request.url ?? '/', 'http://fake');
      const reply = (status: number, body: unknown) => {
        response.writeHead(status, { 'content-type': 'application/json' });
        response.end(JSON.stringify(body));
      };
      if (url.pathname === '/sns/jscode2session') {
        const code = url.searchParams.get('js_code') ?? '';
        if (code.startsWith('bad')) return reply(200, { errcode: 40029, errmsg: 'invalid code' });
        return reply(200, { openid: `openid-${code}`, session_key: 'SESSION-KEY-MUST-NOT-LEAK' });
      }
      if (url.pathname === '/cgi-bin/stable_token') {
        tokenRequests += 1;
        return reply(200, { access_token: `token-${tokenRequests}`, expires_in: 7200 });
      }
      if (url.pathname === '/wxa/getwxacodeunlimit') {
        // A mini-program code: a PNG's signature stands in for the image.
        response.writeHead(200, { 'content-type': 'image/png' });
        return response.end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
      }
      if (url.pathname === '/cgi-bin/message/subscribe/send') {
        const failure = failures.shift();
        if (failure)
          return reply(failure.status, failure.errcode ? { errcode: failure.errcode, errmsg: 'fake failure' } : {});
        if (!url.searchParams.get('access_token'))
          return reply(200, { errcode: 41001, errmsg: 'access_token missing' });
        sent.push(JSON.parse(raw) as SentMessage);
        return reply(200, { errcode: 0, errmsg: 'ok' });
      }
      reply(404, { errcode: 404, errmsg: 'unknown path' });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}`,
    sent,
    tokenRequests: () => tokenRequests,
    /** The next sends fail: an HTTP status, or a 200 carrying a WeChat errcode. */
    failNext: (...next: { status: number; errcode?: number }[]) => failures.push(...next),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
