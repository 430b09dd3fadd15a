import type { Config } from '../config';
import { badRequest } from '../errors';

/** Checks text and images that other members will see. */
export interface ContentCheck {
  /** Resolves when the text may be published; a 400 in Chinese when it may not. */
  text(content: string, openid?: string | null): Promise<void>;
  /**
   * Asks for an image to be checked (mediaCheckAsync): the answer arrives later by WeChat's message
   * push under the returned trace id. null: nothing to wait for (dev mode passes everything).
   */
  image(mediaUrl: string, openid?: string | null): Promise<{ traceId: string } | null>;
}

/**
 * WeChat's msgSecCheck and mediaCheckAsync (v2) behind an adapter: production calls them through the
 * WeChat API base URL (on Cloud Run the open-API service needs no access token); dev mode passes
 * everything.
 */
export function createContentCheck(config: Pick<Config, 'authMode' | 'wechat'>, timeoutMs = 5000): ContentCheck {
  if (config.authMode === 'dev') return { text: async () => undefined, image: async () => null };
  return {
    async image(mediaUrl, openid) {
      let reply: { errcode?: number; trace_id?: string };
      try {
        const response = await fetch(new URL('/wxa/media_check_async', config.wechat.apiBase), {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            media_url: mediaUrl,
            media_type: 2,
            version: 2,
            scene: 3,
            openid: openid ?? undefined,
          }),
          signal: AbortSignal.timeout(timeoutMs),
        });
        reply = (await response.json()) as typeof reply;
      } catch {
        reply = {};
      }
      if (reply.errcode || !reply.trace_id)
        throw badRequest('图片安全检查暂不可用，请稍后再上传', 'CONTENT_CHECK_UNAVAILABLE');
      return { traceId: reply.trace_id };
    },
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
