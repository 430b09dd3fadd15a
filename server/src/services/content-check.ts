import type { Config } from '../config';
import { badRequest } from '../errors';

/** Checks text that other members will see; resolves when it may be published. */
export interface ContentCheck {
  text(content: string, openid?: string | null): Promise<void>;
}

/**
 * WeChat's msgSecCheck (v2) behind an adapter: production calls it through the WeChat API base URL
 * (on Cloud Run the open-API service needs no access token); dev mode passes everything.
 */
export function createContentCheck(config: Pick<Config, 'authMode' | 'wechat'>, timeoutMs = 5000): ContentCheck {
  if (config.authMode === 'dev') return { text: async () => undefined };
  return {
    async text(content, openid) {
      if (!content.trim()) return;
      let reply: { errcode?: number; result?: { suggest?: string } };
      try {
        const response = await fetch(new URL('/wxa/msg_sec_check', config.wechat.apiBase), {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ content, version: 2, scene: 3, openid: openid ?? undefined }),
          signal: AbortSignal.timeout(timeoutMs),
        });
        reply = (await response.json()) as typeof reply;
      } catch {
        throw badRequest('内容安全检查暂不可用，请稍后再发布', 'CONTENT_CHECK_UNAVAILABLE');
      }
      if (reply.errcode === 87014 || (reply.result?.suggest && reply.result.suggest !== 'pass')) {
        throw badRequest('内容含有不适宜公开的信息，请修改后再发布', 'CONTENT_RISKY');
      }
    },
  };
}
