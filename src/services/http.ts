import Taro from '@tarojs/taro';
import { ROUTES } from '../lib/routes';
import { AUTH_MESSAGE, ApiError, buildUrl, networkError, toResult, type Query, type RawResponse } from './api-error';
import { API_BASE, downloadFile, sendRequest, uploadFile, type DownloadAnswer } from './transport';
import { IDEMPOTENCY_HEADER, idempotencyKeyFor, newIdempotencyKey } from './idempotency';
import { notifyRetry, sendWithRetry, type RetryableResponse } from './retry';

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

export interface UploadRequest {
  url: string;
  header: Record<string, string>;
  filePath: string;
  /** The multipart field of the file. */
  name: string;
  formData: Record<string, string>;
  /** H5 only: the name the browser sends with the file. */
  fileName?: string;
}

/** How files travel: Taro's uploadFile / downloadFile (or 微信云托管), a fake in unit tests. */
export interface FileTransport {
  upload: (req: UploadRequest) => Promise<RawResponse>;
  download: (req: { url: string; header: Record<string, string> }) => Promise<DownloadAnswer>;
}

interface AuthHooks {
  getToken: () => string | null;
  /** Forget the stored session; the caller has already decided to sign out. */
  clearSession: () => void;
}

const taroFiles: FileTransport = {
  upload: ({ fileName, ...req }) => uploadFile({ ...req, ...(fileName ? { fileName } : {}) }),
  download: (req) => downloadFile(req),
};

// Services may not import features, so app.tsx hands the session store in here.
let auth: AuthHooks = { getToken: () => null, clearSession: () => undefined };
let transport: Transport = sendRequest;
let files: FileTransport = taroFiles;
let relaunching = false;

export function configureHttp(hooks: AuthHooks, customTransport?: Transport, fileTransport?: FileTransport): void {
  auth = hooks;
  if (customTransport) transport = customTransport;
  if (fileTransport) files = fileTransport;
}

/**
 * The one way every call reaches the server: the member's token, automatic retries of what is safe
 * to repeat (the member is told while they wait), and one Chinese message when nothing answers.
 */
async function send<R extends RetryableResponse>(
  header: Record<string, string>,
  safe: boolean,
  attempt: (header: Record<string, string>) => Promise<R>,
  withToken = true,
): Promise<{ res: R; token: string | null }> {
  const token = withToken ? auth.getToken() : null;
  const signed = token ? { Authorization: `Bearer ${token}`, ...header } : header;
  try {
    return { res: await sendWithRetry(() => attempt(signed), { safe, onWait: notifyRetry }), token };
  } catch {
    throw networkError();
  }
}

/** The answer's data, or its ApiError; a rejected token signs the member out on the way. */
function settle<T>(res: RawResponse, token: string | null): T {
  try {
    return toResult<T>(res);
  } catch (err) {
    // Without a token a 401 is a failed sign-in attempt, shown on that page.
    if (err instanceof ApiError && err.kind === 'auth' && token) onUnauthorized();
    throw err;
  }
}

export async function request<T>(method: Method, path: string, options: RequestOptions = {}): Promise<T> {
  const header: Record<string, string> = {};
  // Fastify rejects an empty body sent as application/json, and WeChat always
  // sends that content type, so every non-GET carries at least `{}`.
  const data = method === 'GET' ? undefined : (options.body ?? {});
  if (data !== undefined) header['Content-Type'] = 'application/json';
  const key = idempotencyKeyFor(method);
  if (key) header[IDEMPOTENCY_HEADER] = key;
  const url = buildUrl(API_BASE, path, options.query);
  const { res, token } = await send(header, method === 'GET' || key !== null, (signed) =>
    transport({ url, method, header: signed, data }),
  );
  return settle<T>(res, token);
}

export interface UploadOptions {
  filePath: string;
  /** Sent as the form field `fileName` (the server keeps it) and, on H5, with the file itself. */
  fileName?: string;
}

/**
 * One local file to a multipart route (field `file`), answered with JSON like request(). Each
 * upload carries a key of its own, so a retry after a lost answer cannot store the file twice.
 */
export async function upload<T>(path: string, { filePath, fileName }: UploadOptions): Promise<T> {
  const header = { [IDEMPOTENCY_HEADER]: newIdempotencyKey() };
  const formData: Record<string, string> = fileName ? { fileName } : {};
  const url = API_BASE + path;
  const { res, token } = await send(header, true, (signed) =>
    files.upload({ url, header: signed, filePath, name: 'file', formData, ...(fileName ? { fileName } : {}) }),
  );
  return settle<T>(res, token);
}

/** A feature's words for a failed download: by HTTP status, and `other` for any status it does not list. */
export interface FailureMessages {
  [status: number]: string;
  other?: string;
}

export interface DownloadOptions {
  messages?: FailureMessages;
  /** A link that carries its own signature (an attachment, an export link): sent without the token. */
  signed?: boolean;
}

/** What a failed download says when the feature has nothing more precise for that status. */
const DOWNLOAD_FAILED = '下载失败，请稍后再试';

/**
 * A binary answer of the API (an XLSX report, a door-code image) saved to a local temporary file.
 * Its body is not JSON, so a refusal reads as the feature's `messages` for that status.
 */
export async function download(path: string, { messages = {}, signed = false }: DownloadOptions = {}): Promise<string> {
  const url = API_BASE + path;
  const { res, token } = await send({}, true, (header) => files.download({ url, header }), !signed);
  if (res.statusCode === 200) return res.tempFilePath;
  if (res.statusCode === 401 && token) {
    onUnauthorized();
    throw new ApiError('auth', 401, 'UNAUTHORIZED', AUTH_MESSAGE);
  }
  const message = messages[res.statusCode] ?? messages.other ?? DOWNLOAD_FAILED;
  throw new ApiError('http', res.statusCode, `HTTP_${res.statusCode}`, message);
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
