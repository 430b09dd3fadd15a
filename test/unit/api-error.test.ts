import {
  ApiError,
  AUTH_MESSAGE,
  buildUrl,
  errorMessage,
  NETWORK_MESSAGE,
  networkError,
  toResult,
} from '../../src/services/api-error';

function thrown(fn: () => unknown): ApiError {
  try {
    fn();
  } catch (err) {
    if (err instanceof ApiError) return err;
    throw err;
  }
  throw new Error('expected an ApiError');
}

describe('buildUrl', () => {
  it('joins base and path and encodes the query', () => {
    expect(buildUrl('http://localhost:3000/', '/api/notices', { category: 'rules', limit: 5 })).toBe(
      'http://localhost:3000/api/notices?category=rules&limit=5',
    );
    expect(buildUrl('', '/api/x', { q: '工会 公开' })).toBe('/api/x?q=%E5%B7%A5%E4%BC%9A%20%E5%85%AC%E5%BC%80');
  });

  it('leaves out empty query values', () => {
    expect(buildUrl('', '/api/messages', { before: undefined, limit: 20, x: null, y: '' })).toBe(
      '/api/messages?limit=20',
    );
    expect(buildUrl('', '/api/me')).toBe('/api/me');
  });

  it('keeps booleans as text', () => {
    expect(buildUrl('', '/api/notices', { pinned: true })).toBe('/api/notices?pinned=true');
  });
});

describe('toResult', () => {
  it('resolves the body of a 2xx answer', () => {
    expect(toResult({ statusCode: 200, data: { items: [], total: 0 } })).toEqual({ items: [], total: 0 });
    expect(toResult({ statusCode: 201, data: { id: 3 } })).toEqual({ id: 3 });
  });

  it('resolves undefined for 204 No Content', () => {
    expect(toResult({ statusCode: 204, data: '' })).toBeUndefined();
    expect(toResult({ statusCode: 204, data: null })).toBeUndefined();
  });

  it('parses JSON that arrived as a string', () => {
    expect(toResult({ statusCode: 200, data: '{"count":2}' })).toEqual({ count: 2 });
  });

  it('turns 401 into an auth error with the server message', () => {
    const err = thrown(() => toResult({ statusCode: 401, data: { code: 'TOKEN_EXPIRED', message: '登录已过期' } }));
    expect(err).toMatchObject({ kind: 'auth', status: 401, code: 'TOKEN_EXPIRED', message: '登录已过期' });
  });

  it('gives a 401 without a body a Chinese message', () => {
    const err = thrown(() => toResult({ statusCode: 401, data: null }));
    expect(err).toMatchObject({ kind: 'auth', code: 'UNAUTHORIZED', message: AUTH_MESSAGE });
  });

  it('passes a business rule message through untouched', () => {
    const err = thrown(() =>
      toResult({ statusCode: 422, data: { code: 'ROSTER_MISMATCH', message: '信息与花名册不符' } }),
    );
    expect(err).toMatchObject({ kind: 'business', status: 422, code: 'ROSTER_MISMATCH', message: '信息与花名册不符' });

    const limited = thrown(() =>
      toResult({ statusCode: 429, data: { code: 'TOO_MANY_ATTEMPTS', message: '尝试次数过多，请一小时后再试' } }),
    );
    expect(limited).toMatchObject({ kind: 'business', status: 429, message: '尝试次数过多，请一小时后再试' });
  });

  it('treats a 5xx as an http error, keeping a server message when there is one', () => {
    expect(
      thrown(() => toResult({ statusCode: 500, data: { code: 'INTERNAL', message: '服务器内部错误' } })),
    ).toMatchObject({
      kind: 'http',
      status: 500,
      code: 'INTERNAL',
      message: '服务器内部错误',
    });
    const bare = thrown(() => toResult({ statusCode: 502, data: '<html>Bad Gateway</html>' }));
    expect(bare).toMatchObject({ kind: 'http', status: 502, code: 'HTTP_502' });
    expect(bare.message).toMatch(/[\u4e00-\u9fa5]/);
  });

  it('treats a 4xx without the {code, message} shape as an http error', () => {
    expect(thrown(() => toResult({ statusCode: 404, data: null }))).toMatchObject({
      kind: 'http',
      status: 404,
      code: 'HTTP_404',
    });
  });
});

describe('network failures and messages', () => {
  it('describes a network failure in Chinese', () => {
    expect(networkError()).toMatchObject({ kind: 'network', status: 0, code: 'NETWORK', message: NETWORK_MESSAGE });
  });

  it('has a message for anything thrown', () => {
    expect(errorMessage(new ApiError('business', 409, 'SLOT_FULL', '该时段已约满'))).toBe('该时段已约满');
    expect(errorMessage(new Error('boom'))).toMatch(/[\u4e00-\u9fa5]/);
    expect(errorMessage(undefined)).toMatch(/[\u4e00-\u9fa5]/);
  });
});
