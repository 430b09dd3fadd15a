import type { Queryable } from '../db';
import { notificationRepository } from './notify-repository';

export interface Notification {
  memberId: number;
  /** What kind of event: 'notice', 'booking', 'help' … also the key of its subscribe-message template. */
  kind: string;
  title: string;
  body?: string;
  /** A mini-program page path the message opens, e.g. '/packages/notices/pages/detail/index?id=3'. */
  link?: string | null;
  /** Fields of the subscribe-message template; without them the title and body fill thing1 and thing2. */
  wechatData?: Record<string, string>;
}

/**
 * Tells a member about something that concerns them: always in the in-app message centre, and as a
 * WeChat subscribe message when a template is configured for the kind and the member has said yes to
 * one. Run it inside the transaction that made the change, so the message exists exactly when the
 * change does.
 */
export async function notify(db: Queryable, templates: Record<string, string>, n: Notification): Promise<void> {
  await notificationRepository(db).write(templates, n);
}
