// Pure request/response logic, kept free of Taro so unit tests run in plain node.

export type ApiErrorKind = 'network' | 'http' | 'business' | 'auth';

export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  /** HTTP status, 0 when the request never got an answer. */
  readonly status: number;
  /** The server's machine-readable code, or one of ours (NETWORK, HTTP_500 …). */
  readonly code: string;

  constructor(kind: ApiErrorKind, status: number, code: string, message: string) {
    super(message);
    this.name = 'ApiError';
    this.kind = kind;
    this.status = status;
    this.code = code;
  }
}

export const NETWORK_MESSAGE = '网络连接失败，请检查网络后重试';
export const AUTH_MESSAGE = '登录已过期，请重新登录';
const SERVER_MESSAGE = '服务暂时不可用，请稍后再试';
const UNKNOWN_MESSAGE = '请求失败，请稍后再试';

export type Query = Record<string, string | number | boolean | null | undefined>;

export function buildUrl(base: string, path: string, query?: Query): string {
  const pairs = Object.entries(query ?? {})
    .filter(([, v]) => v !== undefined && v !== null && v !== '')
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`);
  const url = base.replace(/\/+$/, '') + path;
  if (pairs.length === 0) return url;
  return url + (url.includes('?') ? '&' : '?') + pairs.join('&');
}

export interface RawResponse {
  statusCode: number;
  data: unknown;
  /** Lower-case names (transport.ts maps what each platform gives), e.g. retry-after. */
  header?: Record<string, string>;
}

interface ServerErrorBody {
  code?: unknown;
  message?: unknown;
}

function parseBody(data: unknown): unknown {
  // Some gateways answer JSON with a text/plain content type; WeChat then hands it over unparsed.
  if (typeof data === 'string' && /^\s*[{[]/.test(data)) {
    try {
      return JSON.parse(data);
    } catch {
      return data;
    }
  }
  return data;
}

function errorFields(body: unknown): { code?: string; message?: string } {
  if (!body || typeof body !== 'object') return {};
  const { code, message } = body as ServerErrorBody;
  return {
    code: typeof code === 'string' ? code : undefined,
    message: typeof message === 'string' && message.trim() ? message : undefined,
  };
}

/** Maps one HTTP answer to its data, or throws the ApiError the pages show. */
export function toResult<T>(res: RawResponse): T {
  const body = parseBody(res.data);
  const status = res.statusCode;
  if (status >= 200 && status < 300) {
    return (status === 204 || body === '' ? undefined : body) as T;
  }
  const { code, message } = errorFields(body);
  if (status === 401) {
    return fail('auth', status, code ?? 'UNAUTHORIZED', message ?? AUTH_MESSAGE);
  }
  // A 4xx that carries the server's {code, message} is a rule the member broke:
  // its Chinese message is meant to be shown as is.
  if (status >= 400 && status < 500 && code && message) {
    return fail('business', status, code, message);
  }
  const fallback = status >= 500 ? SERVER_MESSAGE : UNKNOWN_MESSAGE;
  return fail('http', status, code ?? `HTTP_${status}`, message ?? fallback);
}

function fail(kind: ApiErrorKind, status: number, code: string, message: string): never {
  throw new ApiError(kind, status, code, message);
}

export function networkError(): ApiError {
  return new ApiError('network', 0, 'NETWORK', NETWORK_MESSAGE);
}

/** The text to show for anything a request or an action may throw. */
export function errorMessage(err: unknown): string {
  if (err instanceof ApiError) return err.message;
  return UNKNOWN_MESSAGE;
}
