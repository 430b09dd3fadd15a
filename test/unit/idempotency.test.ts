import Taro from '@tarojs/taro';
import { configureHttp, request, type Transport } from '../../src/services/http';
import { createSubmissionKeys, isFinalAnswer, withIdempotencyKey } from '../../src/services/idempotency';
import { RETRY_DELAYS_MS, sendWithRetry } from '../../src/services/retry';

jest.mock('@tarojs/taro', () => ({
  __esModule: true,
  default: { request: jest.fn(), reLaunch: jest.fn(() => Promise.resolve()) },
}));
void Taro;

const busy = { statusCode: 503, data: { code: 'BUSY', message: '系统繁忙，请稍后再试' } };
const ok = { statusCode: 201, data: { id: 7 } };
const noSleep = () => Promise.resolve();

describe('one key per submission', () => {
  it('reuses the key when the same form is submitted again after a failure', () => {
    const keys = createSubmissionKeys();
    const first = keys.keyFor([{ title: '求助' }]);
    expect(keys.keyFor([{ title: '求助' }])).toBe(first);
    expect(keys.keyFor([{ title: '改过的求助' }])).not.toBe(first);
  });

  it('starts a new key after a submission succeeded', () => {
    const keys = createSubmissionKeys();
    const first = keys.keyFor([{ title: '求助' }]);
    keys.succeeded();
    expect(keys.keyFor([{ title: '求助' }])).not.toBe(first);
  });

  it('keeps the key while the answer is owed: no answer, 503, 408, or the first attempt still running', () => {
    const keys = createSubmissionKeys();
    const first = keys.keyFor([() => '表单']);
    for (const [status, code] of [
      [0, 'NETWORK'],
      [503, 'BUSY'],
      [408, 'TIMEOUT'],
      [409, 'IN_PROGRESS'],
      [409, 'RETRY'],
    ] as const) {
      keys.failed(status, code);
      expect(keys.keyFor([() => '表单'])).toBe(first);
    }
  });

  it('starts a new key after the server refused: its stored answer would be replayed, stale, to the retry', () => {
    const keys = createSubmissionKeys();
    // A form read through a callback: the arguments look the same after the member corrected it.
    const first = keys.keyFor([() => '表单']);
    keys.failed(409, 'SLOT_FULL');
    const second = keys.keyFor([() => '改过的表单']);
    expect(second).not.toBe(first);
    keys.failed(400, 'VALIDATION');
    expect(keys.keyFor([() => '改过的表单'])).not.toBe(second);
  });

  it('counts every 4xx but 408 and the two retry codes as the server’s answer', () => {
    expect([400, 403, 404, 409, 422].every((s) => isFinalAnswer(s, 'X'))).toBe(true);
    expect(isFinalAnswer(502, 'HTTP_502')).toBe(false);
  });
});

describe('request', () => {
  function transportAnswering(...answers: (Awaited<ReturnType<Transport>> | Error)[]) {
    const transport = jest.fn<ReturnType<Transport>, Parameters<Transport>>(() => {
      const next = answers.shift()!;
      return next instanceof Error ? Promise.reject(next) : Promise.resolve(next);
    });
    configureHttp({ getToken: () => 'tok', clearSession: () => undefined }, transport);
    return transport;
  }

  it('sends the submission’s key on a POST, and the same key on each automatic retry', async () => {
    const transport = transportAnswering(busy, new Error('timeout'), ok);
    jest.useFakeTimers();
    const pending = withIdempotencyKey('k-1', () => request('POST', '/api/help/requests', { body: { title: '求助' } }));
    await jest.runAllTimersAsync();
    jest.useRealTimers();
    await expect(pending).resolves.toEqual({ id: 7 });
    expect(transport.mock.calls.map((call) => call[0].header['Idempotency-Key'])).toEqual(['k-1', 'k-1', 'k-1']);
  });

  it('gives a POST outside a submission a key of its own', async () => {
    const transport = transportAnswering(ok, ok);
    await request('POST', '/api/notices', { body: {} });
    await request('POST', '/api/notices', { body: {} });
    const [a, b] = transport.mock.calls.map((call) => call[0].header['Idempotency-Key']);
    expect(a).toBeTruthy();
    expect(a).not.toBe(b);
  });

  it('sends no key and does not retry a PUT', async () => {
    const transport = transportAnswering(busy);
    await expect(request('PUT', '/api/booking/manage/settings', { body: {} })).rejects.toMatchObject({ status: 503 });
    expect(transport).toHaveBeenCalledTimes(1);
    expect(transport.mock.calls[0]![0].header['Idempotency-Key']).toBeUndefined();
  });
});

describe('sendWithRetry', () => {
  it('retries a safe request after a 503 and tells the page each time', async () => {
    const answers = [busy, busy, ok];
    const onRetry = jest.fn();
    const res = await sendWithRetry(() => Promise.resolve(answers.shift()!), { safe: true, sleep: noSleep, onRetry });
    expect(res.statusCode).toBe(201);
    expect(onRetry.mock.calls).toEqual([[1], [2]]);
  });

  it('gives up after the last wait and hands back the 503', async () => {
    const send = jest.fn(() => Promise.resolve(busy));
    const res = await sendWithRetry(send, { safe: true, sleep: noSleep });
    expect(res.statusCode).toBe(503);
    expect(send).toHaveBeenCalledTimes(RETRY_DELAYS_MS.length + 1);
  });

  it('waits as long as Retry-After asks', async () => {
    const sleep = jest.fn(noSleep);
    const answers = [{ ...busy, header: { 'Retry-After': '2' } }, ok];
    await sendWithRetry(() => Promise.resolve(answers.shift()!), { safe: true, sleep });
    expect(sleep).toHaveBeenCalledWith(2000);
  });

  it('never retries an unsafe request', async () => {
    const send = jest.fn(() => Promise.reject(new Error('lost')));
    await expect(sendWithRetry(send, { safe: false, sleep: noSleep })).rejects.toThrow('lost');
    expect(send).toHaveBeenCalledTimes(1);
  });
});
