import type { Queryable } from '../db';
import { wechatTokenRepository } from './wechat-repository';

/** An error WeChat answered with an errcode; `retryable` says whether trying later may succeed. */
export class WechatError extends Error {
  constructor(
    readonly errcode: number,
    message: string,
    readonly retryable: boolean,
  ) {
    super(message);
    this.name = 'WechatError';
  }
}

// Errcodes that a later retry cannot fix: the user refused or has no quota, or the request is wrong.
const PERMANENT_ERRCODES = new Set([40003, 40037, 41030, 43101, 47003, 40029, 40163]);

export interface WechatClient {
  code2Session(code: string): Promise<{ openid: string; unionid?: string }>;
  sendSubscribeMessage(message: {
    touser: string;
    template_id: string;
    page?: string;
    data: Record<string, { value: string }>;
  }): Promise<void>;
  /** A mini-program code (wxacode.getUnlimited) as PNG bytes; `scene` is at most 32 visible characters. */
  getUnlimitedQrCode(request: UnlimitedQrCodeRequest): Promise<Buffer>;
}

export interface UnlimitedQrCodeRequest {
  scene: string;
  /** A page path without a leading slash or query, e.g. 'packages/booking/pages/check-in/index'. */
  page: string;
  /** false: the page need not be published yet (trial and developer builds). */
  checkPath?: boolean;
  envVersion?: 'release' | 'trial' | 'develop';
  width?: number;
}

interface WechatOptions {
  apiBase: string;
  appId?: string;
  appSecret?: string;
  miniprogramState: string;
  db: Queryable;
  timeoutMs?: number;
}

type WechatReply = { errcode?: number; errmsg?: string } & Record<string, unknown>;

/** The error a reply carrying an errcode stands for (none given counts as -1, which may be retried). */
function errorOf(reply: WechatReply): WechatError {
  const errcode = reply.errcode ?? -1;
  return new WechatError(errcode, reply.errmsg ?? 'WeChat error', errcode === -1 || !PERMANENT_ERRCODES.has(errcode));
}

/**
 * Talks to WeChat's server API. The base URL is configurable: tests point it at a local fake, and
 * on WeChat Cloud Run the open-API service accepts calls without an access token.
 */
export function createWechatClient(options: WechatOptions): WechatClient {
  const timeoutMs = options.timeoutMs ?? 5000;

  /** Sends the request (a JSON POST when there is a body, else a GET); an unreachable server or an HTTP error status throws. */
  async function send(path: string, init?: { body: unknown }): Promise<Response> {
    let response: Response;
    try {
      response = await fetch(new URL(path, options.apiBase), {
        method: init ? 'POST' : 'GET',
        headers: init ? { 'content-type': 'application/json' } : undefined,
        body: init ? JSON.stringify(init.body) : undefined,
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      throw new WechatError(-1, `WeChat unreachable: ${(error as Error).message}`, true);
    }
    if (!response.ok) throw new WechatError(-1, `WeChat HTTP ${response.status}`, response.status >= 500);
    return response;
  }

  async function call(path: string, init?: { body: unknown }): Promise<WechatReply> {
    const reply = (await (await send(path, init)).json()) as WechatReply;
    if (reply.errcode) throw errorOf(reply);
    return reply;
  }

  function credentials() {
    if (!options.appId || !options.appSecret) throw new Error('WECHAT_APPID and WECHAT_SECRET are required');
    return { appid: options.appId, secret: options.appSecret };
  }

  /** The stable token, shared by all instances through the database until shortly before it expires. */
  async function accessToken(): Promise<string | null> {
    if (!options.appSecret) return null;
    const tokens = wechatTokenRepository(options.db);
    const cached = await tokens.fresh();
    if (cached) return cached;
    const reply = await call('/cgi-bin/stable_token', {
      body: { grant_type: 'client_credential', ...credentials(), force_refresh: false },
    });
    const token = String(reply.access_token);
    await tokens.store(token, Number(reply.expires_in ?? 7200));
    return token;
  }

  return {
    async code2Session(code) {
      const { appid, secret } = credentials();
      const query = new URLSearchParams({ appid, secret, js_code: code, grant_type: 'authorization_code' });
      const reply = await call(`/sns/jscode2session?${query.toString()}`);
      // The session_key in this reply stays here: it is never stored or returned to the client.
      return { openid: String(reply.openid), unionid: reply.unionid ? String(reply.unionid) : undefined };
    },
    async sendSubscribeMessage(message) {
      const token = await accessToken();
      const path = token
        ? `/cgi-bin/message/subscribe/send?access_token=${encodeURIComponent(token)}`
        : '/cgi-bin/message/subscribe/send';
      await call(path, { body: { ...message, miniprogram_state: options.miniprogramState, lang: 'zh_CN' } });
    },
    async getUnlimitedQrCode(request) {
      const token = await accessToken();
      const path = token
        ? `/wxa/getwxacodeunlimit?access_token=${encodeURIComponent(token)}`
        : '/wxa/getwxacodeunlimit';
      const body = {
        scene: request.scene,
        page: request.page,
        check_path: request.checkPath ?? true,
        env_version: request.envVersion ?? 'release',
        width: request.width ?? 430,
      };
      const response = await send(path, { body });
      // Success is the image itself; a failure is a JSON body carrying an errcode.
      if ((response.headers.get('content-type') ?? '').includes('json'))
        throw errorOf((await response.json()) as WechatReply);
      return Buffer.from(await response.arrayBuffer());
    },
  };
}

/** Dev mode: no WeChat. Messages are written to the log instead of sent. */
export function createLoggingWechatClient(log: (message: string) => void): WechatClient {
  return {
    async code2Session() {
      throw new WechatError(-1, 'WeChat login is not available in dev mode', false);
    },
    async sendSubscribeMessage(message) {
      log(`subscribe message to ${message.touser}: ${JSON.stringify(message.data)}`);
    },
    async getUnlimitedQrCode() {
      throw new WechatError(-1, 'Mini-program codes are not available in dev mode', false);
    },
  };
}
