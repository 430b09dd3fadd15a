import type { Notification } from './notify';

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
