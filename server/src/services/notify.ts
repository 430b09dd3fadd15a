import type { Queryable } from '../db';

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

// WeChat truncates nothing itself: a "thing" field over 20 characters makes the send fail.
const clip = (text: string, max = 20) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * The writes of one notification, as common table expressions whose parameters are numbered from
 * `from`: the message, the one-time grant spent (if the kind has a template and the member gave one)
 * and the queued WeChat message (only when a grant was spent and the member is bound to WeChat).
 * notify() runs them alone; a statement that makes the change can carry them instead, one round trip
 * fewer, and name with `onlyIf` its expression that has a row only when the change was made.
 */
export function notificationWrites(
  templates: Record<string, string>,
  n: Notification,
  { from = 1, onlyIf }: { from?: number; onlyIf?: string } = {},
): { ctes: string; params: unknown[] } {
  const $ = (i: number) => `$${from + i}`;
  const made = onlyIf ? `EXISTS (SELECT 1 FROM ${onlyIf})` : 'true';
  const templateId = templates[n.kind] ?? null;
  const fields = n.wechatData ?? { thing1: n.title, thing2: n.body || n.title };
  const data = templateId
    ? JSON.stringify(Object.fromEntries(Object.entries(fields).map(([key, value]) => [key, { value: clip(value) }])))
    : null;
  return {
    ctes: `message AS (
       INSERT INTO notifications (member_id, kind, title, body, link) SELECT ${$(0)}::int, ${$(1)}::text, ${$(2)}::text, ${$(3)}::text, ${$(4)}::text WHERE ${made}),
     spent AS (
       UPDATE subscribe_grants g SET remaining = remaining - 1
         FROM members m
        WHERE ${made} AND ${$(5)}::text IS NOT NULL AND g.member_id = ${$(0)} AND g.template_id = ${$(5)} AND g.remaining > 0
          AND m.id = g.member_id AND m.openid IS NOT NULL
        RETURNING m.openid),
     queued AS (
       INSERT INTO subscribe_outbox (member_id, openid, template_id, page, data)
       SELECT ${$(0)}, spent.openid, ${$(5)}, ${$(6)}::text, ${$(7)}::jsonb FROM spent)`,
    params: [
      n.memberId,
      n.kind,
      n.title,
      n.body ?? '',
      n.link ?? null,
      templateId,
      n.link?.replace(/^\//, '') ?? null,
      data,
    ],
  };
}

/**
 * Tells a member about something that concerns them: always in the in-app message centre, and as a
 * WeChat subscribe message when a template is configured for the kind and the member has said yes to
 * one. Run it inside the transaction that made the change, so the message exists exactly when the
 * change does.
 */
export async function notify(db: Queryable, templates: Record<string, string>, n: Notification): Promise<void> {
  const { ctes, params } = notificationWrites(templates, n);
  await db.query(`WITH ${ctes} SELECT 1`, params);
}
