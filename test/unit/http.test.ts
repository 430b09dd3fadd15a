import Taro from '@tarojs/taro';
import { ApiError, configureHttp, request, type Transport } from '../../src/services/http';

// A controllable fake of the one Taro API http.ts calls besides request.
jest.mock('@tarojs/taro', () => ({
  __esModule: true,
  default: { request: jest.fn(), reLaunch: jest.fn(() => Promise.resolve()) },
}));

const reLaunch = Taro.reLaunch as unknown as jest.Mock;

function setup(answer: Awaited<ReturnType<Transport>> | Error, token: string | null = 'tok') {
  const transport = jest.fn<ReturnType<Transport>, Parameters<Transport>>(() =>
    answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer),
  );
  const clearSession = jest.fn();
  configureHttp({ getToken: () => token, clearSession }, transport);
  return { transport, clearSession };
}

async function caught(p: Promise<unknown>): Promise<ApiError> {
  try {
    await p;
  } catch (err) {
    if (err instanceof ApiError) return err;
    throw err;
  }
  throw new Error('expected the request to fail');
}

beforeEach(() => reLaunch.mockClear());

describe('request', () => {
  it('sends the bearer token and resolves the data', async () => {
    const { transport } = setup({ statusCode: 200, data: { count: 3 } });
    await expect(request('GET', '/api/messages/unread-count')).resolves.toEqual({ count: 3 });
    const sent = transport.mock.calls[0]![0];
    expect(sent.url).toBe('http://localhost:3000/api/messages/unread-count');
    expect(sent.header.Authorization).toBe('Bearer tok');
    expect(sent.data).toBeUndefined();
  });

  it('sends no Authorization header when signed out', async () => {
    const { transport } = setup({ statusCode: 200, data: { mode: 'dev' } }, null);
    await request('GET', '/api/auth/config');
    expect(transport.mock.calls[0]![0].header.Authorization).toBeUndefined();
  });

  it('always sends a JSON body with a POST, so Fastify accepts an action without input', async () => {
    const { transport } = setup({ statusCode: 204, data: '' });
    await expect(request('POST', '/api/messages/read-all')).resolves.toBeUndefined();
    expect(transport.mock.calls[0]![0]).toMatchObject({
      method: 'POST',
      data: {},
      header: { 'Content-Type': 'application/json' },
    });
  });

  it('maps a transport failure to a Chinese network error', async () => {
    setup(new Error('request:fail timeout'));
    const err = await caught(request('GET', '/api/me'));
    expect(err.kind).toBe('network');
    expect(err.message).toBe('网络连接失败，请检查网络后重试');
  });

  it('passes a business error message through', async () => {
    setup({ statusCode: 409, data: { code: 'SLOT_FULL', message: '该时段已约满' } });
    expect(await caught(request('POST', '/api/x', { body: { a: 1 } }))).toMatchObject({
      kind: 'business',
      message: '该时段已约满',
    });
    expect(reLaunch).not.toHaveBeenCalled();
  });

  it('clears the session and relaunches sign-in on a 401 with a token', async () => {
    const { clearSession } = setup({ statusCode: 401, data: { code: 'UNAUTHORIZED', message: '请先登录' } });
    const err = await caught(request('GET', '/api/me'));
    expect(err.kind).toBe('auth');
    expect(clearSession).toHaveBeenCalledTimes(1);
    expect(reLaunch).toHaveBeenCalledWith({ url: '/pages/login/index' });
  });

  it('leaves a failed sign-in (401 without a token) to the sign-in page', async () => {
    const { clearSession } = setup({ statusCode: 401, data: { code: 'BAD_CODE', message: '微信登录失败' } }, null);
    expect(await caught(request('POST', '/api/auth/wechat', { body: { code: 'x' } }))).toMatchObject({ kind: 'auth' });
    expect(clearSession).not.toHaveBeenCalled();
    expect(reLaunch).not.toHaveBeenCalled();
  });
});
