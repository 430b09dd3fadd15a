import Taro from '@tarojs/taro';
import { request } from './http';

// WeChat subscribe messages (the messages API). H5 has none; a server without a template for a
// kind sends none of that kind.

const IS_WEAPP = process.env.TARO_ENV === 'weapp';

/** listSubscribeTemplates: message kind → template id. */
const getSubscribeTemplates = () =>
  request<{ templates: Record<string, string> }>('GET', '/api/messages/subscribe-templates').then((r) => r.templates);

/** recordSubscriptions */
const recordSubscriptions = (accepted: string[]) =>
  request<void>('POST', '/api/messages/subscriptions', { body: { accepted } });

/**
 * The subscribe-message template for one kind of message ('booking', 'reception', 'counselling'),
 * or null when there is nothing to ask for (not the mini-program, no template set up, or a failure).
 */
export async function subscribeTemplateId(kind: string): Promise<string | null> {
  if (!IS_WEAPP) return null;
  try {
    return (await getSubscribeTemplates())[kind] ?? null;
  } catch {
    return null;
  }
}

/**
 * Asks WeChat for permission to send one message and tells the server if the member accepted.
 * WeChat only shows its dialog from a tap, so call this straight from a tap handler. Answers
 * whether the member accepted; a refusal or a failure is never an error shown to anyone.
 */
export async function askToSubscribe(templateId: string): Promise<boolean> {
  try {
    // The typings ask for Alipay's entityIds too; WeChat takes tmplIds alone.
    const option = { tmplIds: [templateId] } as unknown as Taro.requestSubscribeMessage.Option;
    const result = (await Taro.requestSubscribeMessage(option)) as unknown as Record<string, string>;
    if (result[templateId] !== 'accept') return false;
    await recordSubscriptions([templateId]);
    return true;
  } catch {
    return false;
  }
}
