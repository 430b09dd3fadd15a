import Taro from '@tarojs/taro'
import { request } from '../../services/http'

/**
 * From the booking tap (WeChat asks only from a tap), offers a WeChat message when the counsellor
 * answers. Only in the mini-program, only if the union set up a 'counselling' template; a "no" or
 * a failure changes nothing, as the in-app message centre gets the news either way.
 */
export async function offerUpdatesByWechat(): Promise<void> {
  if (process.env.TARO_ENV !== 'weapp') return
  try {
    const { templates } = await request<{ templates: Record<string, string> }>('GET', '/api/messages/subscribe-templates')
    const id = templates.counselling
    if (!id) return
    const option = { tmplIds: [id] } as unknown as Taro.requestSubscribeMessage.Option
    const answer = (await Taro.requestSubscribeMessage(option)) as unknown as Record<string, string>
    if (answer[id] === 'accept') await request('POST', '/api/messages/subscriptions', { body: { accepted: [id] } })
  } catch {
    // Declined or unavailable.
  }
}
