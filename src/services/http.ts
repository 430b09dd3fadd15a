import Taro from '@tarojs/taro';
import { ROUTES } from '../lib/routes';
import { ApiError, buildUrl, networkError, toResult, type Query, type RawResponse } from './api-error';
import { API_BASE, sendRequest } from './transport';
import { IDEMPOTENCY_HEADER, idempotencyKeyFor, notifyRetry, sendWithRetry } from './idempotency';

export { ApiError, errorMessage } from './api-error';
export type { ApiErrorKind } from './api-error';

// Own server or 微信云托管: transport.ts decides, from the build's settings.
export { API_BASE } from './transport';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestOptions {
  query?: Query;
  body?: unknown;
}

export interface Transport {
  (req: { url: string; method: Method; header: Record<string, string>; data?: unknown }): Promise<RawResponse>;
}

interface AuthHooks {
  getToken: () => string | null;
  /** Forget the stored session; the caller has already decided to sign out. */
  clearSession: () => void;
}

// Services may not import features, so app.tsx hands the session store in here.
let auth: AuthHooks = { getToken: () => null, clearSession: () => undefined };
let transport: Transport = sendRequest;
let relaunching = false;

export function configureHttp(hooks: AuthHooks, customTransport?: Transport): void {
  auth = hooks;
  if (customTransport) transport = customTransport;
}

export async function request<T>(method: Method, path: string, options: RequestOptions = {}): Promise<T> {
  const token = auth.getToken();
  const header: Record<string, string> = {};
  if (token) header.Authorization = `Bearer ${token}`;
  // Fastify rejects an empty body sent as application/json, and WeChat always
  // sends that content type, so every non-GET carries at least `{}`.
  const data = method === 'GET' ? undefined : (options.body ?? {});
  if (data !== undefined) header['Content-Type'] = 'application/json';
  const key = idempotencyKeyFor(method);
  if (key) header[IDEMPOTENCY_HEADER] = key;

  let res: RawResponse;
  try {
    const send = () => transport({ url: buildUrl(API_BASE, path, options.query), method, header, data });
    res = await sendWithRetry(send, { safe: method === 'GET' || key !== null, onRetry: notifyRetry });
  } catch {
    throw networkError();
  }

  try {
    return toResult<T>(res);
  } catch (err) {
    // Without a token a 401 is a failed sign-in attempt, shown on that page.
    if (err instanceof ApiError && err.kind === 'auth' && token) onUnauthorized();
    throw err;
  }
}

// The one place a rejected token signs the member out.
function onUnauthorized(): void {
  auth.clearSession();
  if (relaunching) return;
  relaunching = true;
  const done = () => {
    relaunching = false;
  };
  Taro.reLaunch({ url: ROUTES.login }).then(done, done);
}
