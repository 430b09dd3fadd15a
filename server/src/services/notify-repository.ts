import type { Queryable } from '../db';
import type { Notification } from './notify';
import { notificationWrites } from './notify-sql';

/** The notification writes run as a statement of their own. */
export function notificationRepository(db: Queryable) {
  return {
    /** The message, the grant spent and the queued WeChat message: see notificationWrites. */
    async write(templates: Record<string, string>, n: Notification): Promise<void> {
      const { ctes, params } = notificationWrites(templates, n);
      await db.query(`WITH ${ctes} SELECT 1`, params);
    },
  };
}
