import Taro from '@tarojs/taro'
import { getSubscribeTemplates, recordSubscriptions } from './api'

const IS_WEAPP = process.env.TARO_ENV === 'weapp'

/**
 * The 'booking' subscribe-message template to ask for after a booking, or null when there is
 * nothing to ask (H5 has no subscribe messages; a server without templates sends none).
 */
export async function bookingTemplateId(): Promise<string | null> {
  if (!IS_WEAPP) return null
  try {
    return (await getSubscribeTemplates()).booking ?? null
  } catch {
    return null
  }
}

/**
 * Asks WeChat for permission to send one reminder and tells the server if the member accepted.
 * WeChat only shows its dialog from a tap, so call this straight from a tap handler. Answers
 * whether the member accepted; a refusal or a failure is never an error shown to anyone.
 */
export async function askForReminder(templateId: string): Promise<boolean> {
  try {
    // The typings ask for Alipay's entityIds too; WeChat takes tmplIds alone.
    const option = { tmplIds: [templateId] } as unknown as Taro.requestSubscribeMessage.Option
    const result = (await Taro.requestSubscribeMessage(option)) as unknown as Record<string, string>
    if (result[templateId] !== 'accept') return false
    await recordSubscriptions([templateId])
    return true
  } catch {
    return false
  }
}
