import Taro from '@tarojs/taro';
import { configureHttp, download, request, upload, type FileTransport } from '../../src/services/http';
import {
  configureRetryNotice,
  responseHeaders,
  retryAfterMs,
  retryDelayMs,
  sendWithRetry,
  type RetryWait,
} from '../../src/services/retry';
import { sendRequest } from '../../src/services/transport';

// The Taro boundary: wx.request / H5's fetch-based request answer with their own header shapes.
jest.mock('@tarojs/taro', () => ({
  __esModule: true,
  default: { request: jest.fn(), reLaunch: jest.fn(() => Promise.resolve()) },
}));
const taroRequest = Taro.request as unknown as jest.Mock;
const reLaunch = Taro.reLaunch as unknown as jest.Mock;

const busy = { statusCode: 503, data: { code: 'BUSY', message: '系统繁忙，请稍后再试' } };

beforeEach(() => {
  taroRequest.mockReset();
  reLaunch.mockClear();
});

describe('response headers', () => {
  it('reads WeChat’s headers as the server spelled them, H5’s in lower case, and an XHR block alike', () => {
    expect(responseHeaders({ 'Retry-After': '2', 'Content-Type': 'application/json' })).toEqual({
      'retry-after': '2',
      'content-type': 'application/json',
    });
    expect(responseHeaders({ 'retry-after': '2' })).toEqual({ 'retry-after': '2' });
    expect(responseHeaders('Retry-After: 2\r\nX-Request-Id: a:b\r\n')).toEqual({
      'retry-after': '2',
      'x-request-id': 'a:b',
    });
    expect(responseHeaders(undefined)).toEqual({});
  });

  it('are mapped into the answer of a WeChat request, so Retry-After is readable', async () => {
    taroRequest.mockResolvedValue({ ...busy, header: { 'Retry-After': '2', Server: 'x' }, errMsg: 'request:ok' });
    const res = await sendRequest({ url: 'http://localhost:3000/api/me', method: 'GET', header: {} });
    expect(res).toEqual({ ...busy, header: { 'retry-after': '2', server: 'x' } });
    expect(retryAfterMs(res)).toBe(2000);
  });
});

describe('how long a retry waits', () => {
  it('reads Retry-After as seconds or as an HTTP date, and ignores what it cannot read', () => {
    const now = Date.parse('2026-12-07T08:00:00Z');
    expect(retryAfterMs({ statusCode: 503, header: { 'retry-after': '3' } }, now)).toBe(3000);
    expect(retryAfterMs({ statusCode: 503, header: { 'retry-after': 'Mon, 07 Dec 2026 08:00:05 GMT' } }, now)).toBe(
      5000,
    );
    expect(retryAfterMs({ statusCode: 503, header: { 'retry-after': 'soon' } }, now)).toBeNull();
    expect(retryAfterMs({ statusCode: 503 }, now)).toBeNull();
  });

  it('waits as long as the server asks, never less than the backoff and never more than 10 s', () => {
    const asking = (seconds: string) => ({ statusCode: 503, header: { 'retry-after': seconds } });
    expect(retryDelayMs(1, asking('2'), Math.random)).toBe(2000);
    expect(retryDelayMs(3, asking('1'), Math.random)).toBe(3000);
    expect(retryDelayMs(1, asking('60'), Math.random)).toBe(10_000);
  });

  it('without Retry-After, backs off between half and all of a growing wait', () => {
    const lowest = [1, 2, 3].map((n) => retryDelayMs(n, null, () => 0));
    const highest = [1, 2, 3].map((n) => retryDelayMs(n, null, () => 0.9999));
    expect(lowest).toEqual([250, 750, 1500]);
    expect(highest).toEqual([500, 1500, 3000]);
  });

  it('tells why it waits: busy for a 503, network for a lost answer', async () => {
    const answers: (typeof busy | Error)[] = [busy, new Error('timeout'), { statusCode: 200, data: {} } as never];
    const waits: RetryWait[] = [];
    await sendWithRetry(
      () => {
        const next = answers.shift()!;
        return next instanceof Error ? Promise.reject(next) : Promise.resolve(next);
      },
      { safe: true, sleep: () => Promise.resolve(), onWait: (w) => waits.push(w), random: () => 0 },
    );
    expect(waits.map(({ attempt, reason }) => [attempt, reason])).toEqual([
      [1, 'busy'],
      [2, 'network'],
    ]);
  });
});

describe('a read under a rush, through the whole client', () => {
  it('retries after Retry-After by itself, and the member is told 系统繁忙', async () => {
    configureHttp({ getToken: () => 'tok', clearSession: () => undefined });
    const notices: RetryWait[] = [];
    configureRetryNotice((w) => notices.push(w));
    taroRequest
      .mockResolvedValueOnce({ ...busy, header: { 'Retry-After': '3' } })
      .mockResolvedValueOnce({ statusCode: 200, data: { count: 2 }, header: {} });
    jest.useFakeTimers();
    try {
      const pending = request('GET', '/api/messages/unread-count');
      await jest.advanceTimersByTimeAsync(2900);
      expect(taroRequest).toHaveBeenCalledTimes(1);
      await jest.advanceTimersByTimeAsync(200);
      await expect(pending).resolves.toEqual({ count: 2 });
    } finally {
      jest.useRealTimers();
    }
    expect(taroRequest).toHaveBeenCalledTimes(2);
    expect(notices).toEqual([{ attempt: 1, reason: 'busy', ms: 3000 }]);
  });
});

describe('uploads and downloads share the token, the retries and the 401', () => {
  function files(uploads: unknown[], downloads: unknown[]) {
    const fake = {
      upload: jest.fn<ReturnType<FileTransport['upload']>, Parameters<FileTransport['upload']>>(() =>
        Promise.resolve(uploads.shift() as never),
      ),
      download: jest.fn<ReturnType<FileTransport['download']>, Parameters<FileTransport['download']>>(() =>
        Promise.resolve(downloads.shift() as never),
      ),
    };
    const clearSession = jest.fn();
    configureHttp({ getToken: () => 'tok', clearSession }, undefined, fake);
    return { fake, clearSession };
  }
  const noWait = () => configureRetryNotice(() => undefined);

  it('an upload carries the token and one key, kept on its retry after a 503', async () => {
    noWait();
    const { fake } = files(
      [
        { ...busy, header: { 'retry-after': '0' } },
        { statusCode: 201, data: '{"id":4}' },
      ],
      [],
    );
    jest.useFakeTimers();
    try {
      const pending = upload('/api/help/requests/1/attachments', { filePath: 'wxfile://a.pdf', fileName: '病历.pdf' });
      await jest.runAllTimersAsync();
      await expect(pending).resolves.toEqual({ id: 4 });
    } finally {
      jest.useRealTimers();
    }
    const sent = fake.upload.mock.calls.map((call) => call[0]);
    expect(sent).toHaveLength(2);
    expect(sent[0]).toMatchObject({
      url: 'http://localhost:3000/api/help/requests/1/attachments',
      filePath: 'wxfile://a.pdf',
      name: 'file',
      formData: { fileName: '病历.pdf' },
      header: { Authorization: 'Bearer tok' },
    });
    expect(sent[0]!.header['Idempotency-Key']).toBeTruthy();
    expect(sent[1]!.header['Idempotency-Key']).toBe(sent[0]!.header['Idempotency-Key']);
  });

  it('an upload whose answer was lost is sent again under its key; the next file chosen has a key of its own', async () => {
    noWait();
    const { fake } = files([], []);
    fake.upload
      .mockRejectedValueOnce(new Error('uploadFile:fail timeout'))
      .mockResolvedValueOnce({ statusCode: 201, data: '{"id":5}' } as never)
      .mockResolvedValueOnce({ statusCode: 201, data: '{"id":6}' } as never);
    jest.useFakeTimers();
    try {
      for (const filePath of ['wxfile://a.jpg', 'wxfile://a.jpg']) {
        const pending = upload('/api/clubs/1/images', { filePath });
        await jest.runAllTimersAsync();
        await pending;
      }
    } finally {
      jest.useRealTimers();
    }
    const keys = fake.upload.mock.calls.map((call) => call[0].header['Idempotency-Key']);
    expect(keys).toHaveLength(3);
    // The first upload's retry reuses its key (the server answers it, not a second copy); choosing
    // the file again is a new upload, so a new key.
    expect(keys[1]).toBe(keys[0]);
    expect(keys[2]).not.toBe(keys[0]);
  });

  it('a rejected token during an upload signs the member out, as for any request', async () => {
    const { clearSession } = files([{ statusCode: 401, data: '{"code":"UNAUTHORIZED","message":"请先登录"}' }], []);
    await expect(upload('/api/clubs/1/images', { filePath: 'wxfile://p.jpg' })).rejects.toMatchObject({
      kind: 'auth',
    });
    expect(clearSession).toHaveBeenCalledTimes(1);
    expect(reLaunch).toHaveBeenCalledWith({ url: '/pages/login/index' });
  });

  it('a download gives the file, or the feature’s words for the status; 401 signs out', async () => {
    const { fake, clearSession } = files(
      [],
      [
        { statusCode: 200, tempFilePath: 'wxfile://r.xlsx' },
        { statusCode: 403, tempFilePath: '' },
        { statusCode: 401, tempFilePath: '' },
      ],
    );
    await expect(download('/api/x.xlsx')).resolves.toBe('wxfile://r.xlsx');
    expect(fake.download.mock.calls[0]![0]).toEqual({
      url: 'http://localhost:3000/api/x.xlsx',
      header: { Authorization: 'Bearer tok' },
    });
    await expect(download('/api/x.xlsx', { messages: { 403: '只有工会干事可以导出' } })).rejects.toMatchObject({
      status: 403,
      message: '只有工会干事可以导出',
    });
    expect(clearSession).not.toHaveBeenCalled();
    await expect(download('/api/x.xlsx')).rejects.toMatchObject({ kind: 'auth', message: '登录已过期，请重新登录' });
    expect(clearSession).toHaveBeenCalledTimes(1);
  });

  it('a signed link is fetched without the token, and its 401 does not sign the member out', async () => {
    const { fake, clearSession } = files([], [{ statusCode: 401, tempFilePath: '' }]);
    await expect(download('/api/help/attachments/1/content?sig=x', { signed: true })).rejects.toMatchObject({
      status: 401,
      message: '下载失败，请稍后再试',
    });
    expect(fake.download.mock.calls[0]![0].header).toEqual({});
    expect(clearSession).not.toHaveBeenCalled();
  });
});
