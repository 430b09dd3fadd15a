import { askToSubscribe, subscribeTemplateId } from '../../services/subscribe'

/**
 * The 'booking' subscribe-message template to ask for after a booking, or null when there is
 * nothing to ask (H5 has no subscribe messages; a server without templates sends none).
 */
export const bookingTemplateId = () => subscribeTemplateId('booking')

/**
 * Asks WeChat for permission to send one reminder and tells the server if the member accepted.
 * WeChat only shows its dialog from a tap, so call this straight from a tap handler. Answers
 * whether the member accepted; a refusal or a failure is never an error shown to anyone.
 */
export const askForReminder = askToSubscribe
