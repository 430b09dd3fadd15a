import Taro from '@tarojs/taro';
import type { RawResponse } from './api-error';
import { responseHeaders } from './retry';

/**
 * How the mini-program reaches the API, chosen at build time (config/api-target.ts):
 * - own server: wx.request / uploadFile / downloadFile on TARO_APP_API_BASE (an https domain
 *   listed in the admin console);
 * - 微信云托管: every call through wx.cloud.callContainer, the one way the platform adds the
 *   caller's X-WX-OPENID, which AUTH_MODE=cloudrun signs members in with. callContainer carries
 *   ArrayBuffer bodies both ways, so an upload is sent as a multipart body built here and a
 *   download is written to a file under USER_DATA_PATH: the server keeps one multipart route and
 *   one file route for both paths. callContainer carries at most 100 KB a request (WeChat's
 *   云托管 guide), so larger uploads are refused here with a message the member can act on.
 * Features call uploadFile/downloadFile here with the same options as Taro's, full URL included.
 */

// In H5 the API server also serves the app, so requests stay on the same origin. A build always
// sets TARO_APP_API_BASE (a Cloud Run build may leave it empty: no fallback to the dev server, and
// test/weapp checks no 'localhost' ships); only unit tests, which run without a build, see a default.
// (Inline, not in a variable: the minifier then drops the test branch and its string.)
export const API_BASE =
  process.env.TARO_ENV === 'h5'
    ? ''
    : process.env.NODE_ENV === 'test'
      ? 'http://localhost:3000'
      : String(process.env.TARO_APP_API_BASE);
const CLOUD_ENV = process.env.TARO_APP_CLOUD_ENV || '';
const CLOUD_SERVICE = process.env.TARO_APP_CLOUD_SERVICE || '';
export const VIA_CLOUD_RUN = process.env.TARO_ENV !== 'h5' && CLOUD_ENV !== '';

export interface TransportRequest {
  url: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  header: Record<string, string>;
  data?: unknown;
}

let cloudReady: Promise<unknown> | null = null;
function cloud(): Promise<unknown> {
  // init once; its promise also orders the first calls after it.
  if (!cloudReady) cloudReady = Promise.resolve(Taro.cloud.init({ env: CLOUD_ENV, traceUser: false }));
  return cloudReady;
}

/** The API path of a URL the features built as API_BASE + path. */
function pathOf(url: string): string {
  return API_BASE && url.startsWith(API_BASE) ? url.slice(API_BASE.length) : url;
}

async function callContainer(
  url: string,
  options: { method: string; header: Record<string, string>; data?: unknown; responseType?: 'text' | 'arraybuffer' },
) {
  await cloud();
  return Taro.cloud.callContainer({
    config: { env: CLOUD_ENV },
    path: pathOf(url),
    method: options.method as never,
    header: { ...options.header, 'X-WX-SERVICE': CLOUD_SERVICE },
    data: options.data as never,
    responseType: options.responseType,
  });
}

export async function sendRequest(req: TransportRequest): Promise<RawResponse> {
  const res = VIA_CLOUD_RUN ? await callContainer(req.url, req) : await Taro.request({ ...req, dataType: 'json' });
  return { statusCode: res.statusCode, data: res.data, header: responseHeaders(res.header) };
}

let downloads = 0;
const CLOUD_RUN_BODY_LIMIT = 100 * 1024;
const EXTENSIONS: Record<string, string> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'application/pdf': 'pdf' };

export interface DownloadAnswer {
  statusCode: number;
  tempFilePath: string;
  header?: Record<string, string>;
}

export async function downloadFile(options: Taro.downloadFile.Option): Promise<DownloadAnswer> {
  if (!VIA_CLOUD_RUN) {
    const res = await Taro.downloadFile(options);
    // WeChat's newer clients add the headers; H5 does not (a retry then falls back to its backoff).
    const header = responseHeaders((res as { header?: unknown }).header);
    return { statusCode: res.statusCode, tempFilePath: res.tempFilePath, header };
  }
  const res = await callContainer(options.url, {
    method: 'GET',
    header: options.header ?? {},
    responseType: 'arraybuffer',
  });
  const header = responseHeaders(res.header);
  if (res.statusCode !== 200) return { statusCode: res.statusCode, tempFilePath: '', header };
  const type = header['content-type'] ?? '';
  const extension = EXTENSIONS[type.split(';')[0]!.trim()] ?? 'xlsx';
  downloads += 1;
  const tempFilePath = `${Taro.env.USER_DATA_PATH}/download-${Date.now()}-${downloads}.${extension}`;
  Taro.getFileSystemManager().writeFileSync(tempFilePath, res.data as ArrayBuffer);
  return { statusCode: 200, tempFilePath, header };
}

export async function uploadFile(options: Taro.uploadFile.Option): Promise<RawResponse> {
  if (!VIA_CLOUD_RUN) {
    const res = await Taro.uploadFile(options);
    return {
      statusCode: res.statusCode,
      data: res.data,
      header: responseHeaders((res as { header?: unknown }).header),
    };
  }
  const file = Taro.getFileSystemManager().readFileSync(options.filePath) as ArrayBuffer;
  const fileName = String(options.formData?.fileName ?? options.filePath.split('/').pop());
  const { body, boundary } = multipartBody(options.name, fileName, file, options.formData ?? {});
  // 微信云托管 takes at most 100 KB in one callContainer request: say so rather than fail obscurely.
  if (body.byteLength > CLOUD_RUN_BODY_LIMIT) {
    return {
      statusCode: 413,
      data: JSON.stringify({ code: 'FILE_TOO_LARGE', message: '文件超过 100KB，微信云托管无法上传，请压缩后再试' }),
    };
  }
  const header = { ...(options.header ?? {}), 'content-type': `multipart/form-data; boundary=${boundary}` };
  const res = await callContainer(options.url, { method: 'POST', header, data: body });
  return {
    statusCode: res.statusCode,
    data: typeof res.data === 'string' ? res.data : JSON.stringify(res.data),
    header: responseHeaders(res.header),
  };
}

/** UTF-8 bytes of a string without TextEncoder, which older WeChat clients lack. */
function utf8(text: string): number[] {
  const binary = unescape(encodeURIComponent(text));
  const bytes: number[] = [];
  for (let i = 0; i < binary.length; i += 1) bytes.push(binary.charCodeAt(i));
  return bytes;
}

/** A multipart/form-data body as wx.uploadFile would send it: the text fields, then the file. */
export function multipartBody(field: string, fileName: string, file: ArrayBuffer, fields: Record<string, unknown>) {
  const boundary = `----zhijia${Date.now().toString(16)}${Math.random().toString(16).slice(2)}`;
  const head: number[] = [];
  for (const [name, value] of Object.entries(fields)) {
    head.push(...utf8(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${String(value)}\r\n`));
  }
  head.push(
    ...utf8(
      `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${fileName.replace(/"/g, '')}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
  );
  const tail = utf8(`\r\n--${boundary}--\r\n`);
  const body = new Uint8Array(head.length + file.byteLength + tail.length);
  body.set(head, 0);
  body.set(new Uint8Array(file), head.length);
  body.set(tail, head.length + file.byteLength);
  return { body: body.buffer, boundary };
}
