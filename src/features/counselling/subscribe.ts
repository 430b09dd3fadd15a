import { askToSubscribe, subscribeTemplateId } from '../../services/subscribe'

/**
 * From the booking tap (WeChat asks only from a tap), offers a WeChat message when the counsellor
 * answers. Only in the mini-program, only if the union set up a 'counselling' template; a "no" or
 * a failure changes nothing, as the in-app message centre gets the news either way.
 */
export async function offerUpdatesByWechat(): Promise<void> {
  const id = await subscribeTemplateId('counselling')
  if (id) await askToSubscribe(id)
}
