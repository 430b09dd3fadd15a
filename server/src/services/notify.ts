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
 * Tells a member about something that concerns them: always in the in-app message centre, and as a
 * WeChat subscribe message when a template is configured for the kind and the member has said yes to
 * one. Run it inside the transaction that made the change, so the message exists exactly when the
 * change does.
 */
export async function notify(db: Queryable, templates: Record<string, string>, n: Notification): Promise<void> {
  await db.query(
    `INSERT INTO notifications (member_id, kind, title, body, link) VALUES ($1, $2, $3, $4, $5)`,
    [n.memberId, n.kind, n.title, n.body ?? '', n.link ?? null],
  );
  const templateId = templates[n.kind];
  if (!templateId) return;

  // Spend one of the member's one-time grants; no grant (or no WeChat binding) means no WeChat message.
  const [grant] = await db.query<{ openid: string }>(
    `UPDATE subscribe_grants g SET remaining = remaining - 1
       FROM members m
      WHERE g.member_id = $1 AND g.template_id = $2 AND g.remaining > 0
        AND m.id = g.member_id AND m.openid IS NOT NULL
      RETURNING m.openid`,
    [n.memberId, templateId],
  );
  if (!grant) return;

  const fields = n.wechatData ?? { thing1: n.title, thing2: n.body || n.title };
  const data = Object.fromEntries(Object.entries(fields).map(([key, value]) => [key, { value: clip(value) }]));
  await db.query(
    `INSERT INTO subscribe_outbox (member_id, openid, template_id, page, data) VALUES ($1, $2, $3, $4, $5)`,
    [n.memberId, grant.openid, templateId, n.link?.replace(/^\//, '') ?? null, JSON.stringify(data)],
  );
}
