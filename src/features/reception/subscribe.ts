import Taro from '@tarojs/taro'
import { request } from '../../services/http'

const IS_WEAPP = process.env.TARO_ENV === 'weapp'

/** The 'reception' subscribe-message template, or null where there is none to ask for (H5, no template set up). */
export async function receptionTemplateId(): Promise<string | null> {
  if (!IS_WEAPP) return null
  try {
    const { templates } = await request<{ templates: Record<string, string> }>('GET', '/api/messages/subscribe-templates')
    return templates.reception ?? null
  } catch {
    return null
  }
}

/**
 * Asks once, from the booking tap (WeChat shows its dialog only from a tap), whether the member
 * wants a WeChat message when the chair replies; tells the server when they said yes. A refusal or
 * a failure is never shown: the in-app message centre has the reply either way.
 */
export async function askToBeToldOfReply(templateId: string | null): Promise<void> {
  if (!templateId) return
  try {
    // The typings ask for Alipay's entityIds too; WeChat takes tmplIds alone.
    const option = { tmplIds: [templateId] } as unknown as Taro.requestSubscribeMessage.Option
    const result = (await Taro.requestSubscribeMessage(option)) as unknown as Record<string, string>
    if (result[templateId] === 'accept') await request('POST', '/api/messages/subscriptions', { body: { accepted: [templateId] } })
  } catch {
    // Declined or unavailable: nothing to do.
  }
}
