import { askToSubscribe, subscribeTemplateId } from '../../services/subscribe'

/** The 'reception' subscribe-message template, or null where there is none to ask for (H5, no template set up). */
export const receptionTemplateId = () => subscribeTemplateId('reception')

/**
 * Asks once, from the booking tap (WeChat shows its dialog only from a tap), whether the member
 * wants a WeChat message when the chair replies; tells the server when they said yes. A refusal or
 * a failure is never shown: the in-app message centre has the reply either way.
 */
export async function askToBeToldOfReply(templateId: string | null): Promise<void> {
  if (!templateId) return
  await askToSubscribe(templateId)
}
