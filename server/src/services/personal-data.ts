import type { Queryable } from '../db';
// eslint-disable-next-line import-x/no-restricted-paths -- booking's index.ts does not export this yet (booking is being split)
import { LOCK_MEMBER, LOCK_ROOM } from '../routes/booking/bookings-repository';
import { EVENT_LINK } from '../routes/clubs';
import { LINKS as COUNSELLING_LINKS, NOTIFY_KIND as COUNSELLING_KIND } from '../routes/counselling';
// eslint-disable-next-line import-x/no-restricted-paths -- help's index.ts does not export this yet (help is being split)
import { caseLink, memberLink } from '../routes/help/notices';
import { appointmentLink } from '../routes/reception';
import { audit } from './audit';
import { notify } from './notify';

/**
 * 注销账号 (PIPL Art. 47): what happens to a member's personal data, one rule per row of the table
 * in docs/personal-data.md, in the same order. The records stay, so every count, rate and
 * turnout stays the same; what identifies the person, and what they wrote, goes. All rules run
 * in one transaction; files are deleted from the store after it commits.
 */
export const RULES_VERSION = '2026-2';
export const ERASED_NAME = '已注销会员';
/** Replaces free text in a column that must not be empty. */
export const CLEARED = '（已随账号注销清除）';
const CANCEL_REASON = '会员注销账号';
/** What others' messages about the member's records say instead. */
export const OTHERS_MESSAGE = '该会员已注销账号，相关内容已删除。';
/** Holders of these roles are refused: their role is taken away by another officer first. */
export const OFFICER_ROLES = ['staff', 'chair', 'counsellor', 'supervisor'] as const;

export interface ErasureTarget {
  id: number;
  unionId: number;
  phone: string;
  openid: string | null;
  roles: string[];
}

export interface Erasure {
  tx: Queryable;
  member: ErasureTarget;
  now: Date;
  templates: Record<string, string>;
  /** What each rule did, as numbers only: the audit entry's detail. */
  counts: Record<string, number>;
  /** Storage keys to delete from the file store once the transaction has committed. */
  files: string[];
  /** SHA-256 of the sessions that were open, so a late request is told the account is gone. */
  revokedSessions: string[];
}

export interface ErasureRule {
  /** 数据, the first column of the table in docs/personal-data.md. */
  area: string;
  /** 表, its second column. */
  tables: string[];
  apply: (e: Erasure) => Promise<void>;
}

const hasTable = async (tx: Queryable, name: string) =>
  (await tx.query(`SELECT to_regclass($1) IS NOT NULL AS ok`, [name]))[0]?.ok === true;
const ids = async (tx: Queryable, sql: string, params: unknown[]) =>
  (await tx.query<{ id: number }>(sql, params)).map((r) => r.id);

/** Message links (as the features write them) that open one of the member's own records. */
async function recordLinks({ tx, member }: Erasure): Promise<string[]> {
  const help = await ids(tx, `SELECT id FROM help_requests WHERE member_id = $1`, [member.id]);
  const reception = await ids(tx, `SELECT id FROM reception_appointments WHERE member_id = $1`, [member.id]);
  const counselling = await ids(tx, `SELECT id FROM counselling_appointments WHERE member_id = $1`, [member.id]);
  return [
    ...help.flatMap((id) => [memberLink(id), caseLink(id)]),
    ...reception.map(appointmentLink),
    ...counselling.flatMap((id) => [COUNSELLING_LINKS.member(id), COUNSELLING_LINKS.desk(id)]),
  ];
}

// Tables the safety net leaves alone: the member row has its own rule, the audit log is
// append-only and never holds personal data, evaluation answers must stay unlinkable (an update
// would mark a row as touched by this erasure), and the erasure record itself.
const SWEEP_EXCLUDED = [
  'members',
  'audit_log',
  'survey_answers',
  'survey_comments',
  'account_erasures',
  'schema_version',
];
const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

export const ERASURE_RULES: ErasureRule[] = [
  {
    area: '消息',
    tables: ['notifications', 'subscribe_outbox'],
    async apply(e) {
      // First: the links are found through the member's records, which later rules anonymise.
      const links = await recordLinks(e);
      const { tx, member } = e;
      e.counts.messages = (
        await tx.query(`DELETE FROM notifications WHERE member_id = $1 RETURNING id`, [member.id])
      ).length;
      await tx.query(
        `DELETE FROM subscribe_outbox WHERE member_id = $1 OR openid = $2 OR '/' || page = ANY($3::text[])`,
        [member.id, member.openid ?? '', links],
      );
      e.counts.othersMessages = (
        await tx.query(`UPDATE notifications SET body = $2 WHERE link = ANY($1::text[]) AND body <> $2 RETURNING id`, [
          links,
          OTHERS_MESSAGE,
        ])
      ).length;
    },
  },
  {
    area: '登录与微信绑定',
    tables: ['sessions', 'bind_tickets', 'bind_failures', 'subscribe_grants'],
    async apply(e) {
      const { tx, member } = e;
      const sessions = await tx.query<{ token_hash: string }>(
        `DELETE FROM sessions WHERE member_id = $1 RETURNING token_hash`,
        [member.id],
      );
      e.revokedSessions = sessions.map((s) => s.token_hash);
      if (member.openid) {
        await tx.query(`DELETE FROM bind_tickets WHERE openid = $1`, [member.openid]);
        await tx.query(`DELETE FROM bind_failures WHERE openid = $1`, [member.openid]);
      }
      await tx.query(`DELETE FROM subscribe_grants WHERE member_id = $1`, [member.id]);
    },
  },
  {
    area: '角色',
    tables: ['member_roles'],
    async apply({ tx, member }) {
      await tx.query(`DELETE FROM member_roles WHERE member_id = $1`, [member.id]);
    },
  },
  {
    area: '活动中心预约',
    tables: ['bookings', 'booking_slots', 'booking_suspensions'],
    async apply(e) {
      const { tx, member, now } = e;
      // The booking feature's lock order: rooms (shared, by id), the member, bookings, slot counters.
      const rooms = await ids(
        tx,
        `SELECT DISTINCT room_id AS id FROM bookings WHERE member_id = $1 AND status IN ('pending', 'confirmed') AND starts_at > $2 ORDER BY 1`,
        [member.id, now],
      );
      for (const room of rooms) await tx.query(`SELECT pg_advisory_xact_lock_shared(${LOCK_ROOM}, $1)`, [room]);
      await tx.query(`SELECT pg_advisory_xact_lock(${LOCK_MEMBER}, $1)`, [member.id]);
      await tx.query(
        `UPDATE bookings SET note = '', status_reason = NULL WHERE member_id = $1 AND (note <> '' OR status_reason IS NOT NULL)`,
        [member.id],
      );
      const cancelled = await tx.query<{ roomId: number; startsAt: Date; seats: number }>(
        `UPDATE bookings SET status = 'cancelled', status_reason = $3, cancelled_by = NULL, cancelled_at = $2, updated_at = $2
          WHERE member_id = $1 AND status IN ('pending', 'confirmed') AND starts_at > $2
          RETURNING room_id AS "roomId", starts_at AS "startsAt", seats`,
        [member.id, now, CANCEL_REASON],
      );
      cancelled.sort((a, b) => a.roomId - b.roomId || a.startsAt.getTime() - b.startsAt.getTime());
      for (const slot of cancelled) {
        await tx.query(`UPDATE booking_slots SET booked = booked - $3 WHERE room_id = $1 AND starts_at = $2`, [
          slot.roomId,
          slot.startsAt,
          slot.seats,
        ]);
      }
      e.counts.bookingsCancelled = cancelled.length;
      await tx.query(
        `UPDATE booking_suspensions SET appeal_reason = CASE WHEN appeal_reason IS NULL THEN NULL ELSE $2 END, appeal_reply = NULL
          WHERE member_id = $1 AND (appeal_reason IS NOT NULL OR appeal_reply IS NOT NULL)`,
        [member.id, CLEARED],
      );
    },
  },
  {
    area: '心理咨询（来访者）',
    tables: ['counselling_consents', 'counselling_appointments', 'counselling_notes'],
    async apply(e) {
      const { tx, member, now } = e;
      await tx.query(
        `UPDATE counselling_consents SET ended_at = $2, end_reason = 'withdrawn' WHERE member_id = $1 AND ended_at IS NULL`,
        [member.id, now],
      );
      const cancelled = await tx.query<{ id: number; counsellorMemberId: number }>(
        `UPDATE counselling_appointments a
            SET status = 'cancelled', cancelled_by = 'consent_withdrawn', upcoming_slot = NULL, updated_at = $2
           FROM counsellors c
          WHERE c.id = a.counsellor_id AND a.member_id = $1 AND a.status IN ('requested', 'proposed', 'confirmed') AND a.starts_at > $2
          RETURNING a.id, c.member_id AS "counsellorMemberId"`,
        [member.id, now],
      );
      await tx.query(
        `DELETE FROM counselling_notes n USING counselling_appointments a WHERE n.appointment_id = a.id AND a.member_id = $1`,
        [member.id],
      );
      e.counts.counsellingAnonymised = (
        await tx.query(
          `UPDATE counselling_appointments
              SET member_id = NULL, alias = NULL, note = NULL, alias_sealed = NULL, note_sealed = NULL, arrangement = NULL, decline_reason = NULL,
                  upcoming_slot = NULL, anonymised_at = $2, updated_at = $2
            WHERE member_id = $1 RETURNING id`,
          [member.id, now],
        )
      ).length;
      e.counts.counsellingCancelled = cancelled.length;
      for (const a of cancelled) {
        await notify(tx, e.templates, {
          memberId: a.counsellorMemberId,
          kind: COUNSELLING_KIND,
          title: '有一个咨询预约已取消',
          body: '来访者注销了账号，这次未开始的预约已自动取消，时间已空出。',
          link: COUNSELLING_LINKS.desk(a.id),
        });
      }
    },
  },
  {
    area: '心理咨询师资料',
    tables: ['counsellors'],
    async apply({ tx, member, now }) {
      await tx.query(
        `UPDATE counsellors SET display_name = '已注销', qualifications = '', introduction = '', active = false, updated_at = $2 WHERE member_id = $1`,
        [member.id, now],
      );
    },
  },
  {
    area: '困难帮扶',
    tables: ['help_requests', 'help_events', 'help_attachments', 'help_visits'],
    async apply(e) {
      const { tx, member, now } = e;
      const cases = await ids(tx, `SELECT id FROM help_requests WHERE member_id = $1 ORDER BY id FOR UPDATE`, [
        member.id,
      ]);
      const withdrawn = await ids(
        tx,
        `UPDATE help_requests SET status = 'withdrawn', paused_at = NULL, updated_at = $2
          WHERE member_id = $1 AND status IN ('submitted', 'accepted', 'in_progress', 'waiting_member') RETURNING id`,
        [member.id, now],
      );
      await tx.query(
        `UPDATE help_requests
            SET title = $2, description = $2, outcome = CASE WHEN outcome IS NULL THEN NULL ELSE $2 END,
                reject_reason = CASE WHEN reject_reason IS NULL THEN NULL ELSE $2 END, rating_comment = '', source_ref = NULL, updated_at = $3
          WHERE member_id = $1`,
        [member.id, CLEARED, now],
      );
      await tx.query(`UPDATE help_events SET body = '' WHERE request_id = ANY($1::int[]) AND body <> ''`, [cases]);
      await tx.query(
        `INSERT INTO help_events (request_id, kind, actor_role, body, status_after, created_at)
         SELECT id, 'withdrawn', 'system', '', 'withdrawn', $2 FROM unnest($1::int[]) AS id`,
        [withdrawn, now],
      );
      const files = await tx.query<{ key: string }>(
        `DELETE FROM help_attachments WHERE request_id = ANY($1::int[]) RETURNING storage_key AS key`,
        [cases],
      );
      e.files.push(...files.map((f) => f.key));
      await tx.query(
        `UPDATE help_visits SET status = 'cancelled' WHERE request_id = ANY($1::int[]) AND status = 'planned'`,
        [cases],
      );
      await tx.query(`UPDATE help_visits SET outcome = $2 WHERE request_id = ANY($1::int[]) AND outcome IS NOT NULL`, [
        cases,
        CLEARED,
      ]);
      e.counts.helpCases = cases.length;
      e.counts.helpWithdrawn = withdrawn.length;
      e.counts.attachmentsDeleted = files.length;
    },
  },
  {
    area: '主席接待日',
    tables: ['reception_appointments'],
    async apply(e) {
      const { tx, member, now } = e;
      await tx.query(
        `UPDATE reception_appointments
            SET description = $2, raised = CASE WHEN raised IS NULL THEN NULL ELSE $2 END, reply = CASE WHEN reply IS NULL THEN NULL ELSE $2 END,
                help_case_note = NULL, rating_comment = NULL, cancel_reason = NULL, updated_at = $3
          WHERE member_id = $1`,
        [member.id, CLEARED, now],
      );
      e.counts.receptionCancelled = (
        await tx.query(
          `UPDATE reception_appointments SET status = 'cancelled', cancelled_at = $2, cancelled_by = NULL, cancel_reason = $3, updated_at = $2
            WHERE member_id = $1 AND status = 'booked' AND slot_start > $2 RETURNING id`,
          [member.id, now, CANCEL_REASON],
        )
      ).length;
    },
  },
  {
    area: '兴趣社团',
    tables: ['club_members', 'club_applications', 'club_event_signups', 'club_announcements', 'club_images'],
    async apply(e) {
      const { tx, member, now } = e;
      e.counts.clubsLeft = (
        await tx.query(`DELETE FROM club_members WHERE member_id = $1 RETURNING club_id`, [member.id])
      ).length;
      await tx.query(`DELETE FROM club_applications WHERE member_id = $1`, [member.id]);
      await tx.query(`UPDATE club_announcements SET author_id = NULL WHERE author_id = $1`, [member.id]);
      if (await hasTable(tx, 'club_images'))
        await tx.query(`UPDATE club_images SET uploaded_by = NULL WHERE uploaded_by = $1`, [member.id]);
      // Events not yet begun, locked in id order as the clubs feature does when a sign-up is cancelled.
      const events = await tx.query<{ id: number; title: string; cancelled: boolean }>(
        `SELECT e.id, e.title, e.cancelled_at IS NOT NULL AS cancelled FROM club_events e
          WHERE e.starts_at > $2 AND e.id IN (SELECT event_id FROM club_event_signups WHERE member_id = $1 AND status <> 'cancelled')
          ORDER BY e.id FOR UPDATE`,
        [member.id, now],
      );
      for (const event of events) {
        const [was] = await tx.query<{ status: string }>(
          `UPDATE club_event_signups s SET status = 'cancelled', cancelled_at = $3
             FROM club_event_signups old WHERE old.id = s.id AND s.event_id = $1 AND s.member_id = $2 AND s.status <> 'cancelled'
           RETURNING old.status`,
          [event.id, member.id, now],
        );
        if (was?.status !== 'confirmed' || event.cancelled) continue;
        const [promoted] = await tx.query<{ memberId: number }>(
          `UPDATE club_event_signups SET status = 'confirmed', promoted_at = $2
            WHERE id = (SELECT id FROM club_event_signups WHERE event_id = $1 AND status = 'waitlisted' ORDER BY id LIMIT 1)
           RETURNING member_id AS "memberId"`,
          [event.id, now],
        );
        if (promoted) {
          await notify(tx, e.templates, {
            memberId: promoted.memberId,
            kind: 'clubs',
            title: `候补成功：${event.title}`,
            body: '有人取消了报名，您已从候补转为正式报名。',
            link: EVENT_LINK(event.id),
          });
        }
      }
      e.counts.signUpsCancelled = events.length;
    },
  },
  {
    area: '会员评议',
    tables: ['survey_participants', 'survey_export_tickets'],
    async apply({ tx, member }) {
      // Participation stays (turnout must not change) and says nothing of the answers.
      await tx.query(`DELETE FROM survey_export_tickets WHERE member_id = $1`, [member.id]);
    },
  },
  {
    area: '送温暖',
    tables: ['care_records', 'hardship_members'],
    async apply(e) {
      const { tx, member } = e;
      // The visit stays (kind, date, amount): the year's totals do not change. What staff wrote about the member goes.
      await tx.query(`UPDATE care_records SET note = '' WHERE member_id = $1 AND note <> ''`, [member.id]);
      e.counts.hardshipRemoved = (
        await tx.query(`DELETE FROM hardship_members WHERE member_id = $1 RETURNING 1`, [member.id])
      ).length;
    },
  },
  {
    area: '教代会与校务公开',
    tables: [
      'congress_delegates',
      'congress_suggestions',
      'congress_motions',
      'congress_seconds',
      'congress_replies',
      'disclosure_objections',
    ],
    async apply(e) {
      const { tx, member } = e;
      await tx.query(`DELETE FROM congress_delegates WHERE member_id = $1`, [member.id]);
      await tx.query(`UPDATE congress_suggestions SET title = $2, body = $2 WHERE member_id = $1`, [
        member.id,
        CLEARED,
      ]);
      // A submitted motion belongs to the congress's 提案档案 and keeps its text under 已注销会员; a draft was never
      // anyone's but the member's.
      e.counts.draftsCleared = (
        await tx.query(
          `UPDATE congress_motions SET title = $2, reason = $2, proposal = $2 WHERE author_id = $1 AND status = 'draft' RETURNING 1`,
          [member.id, CLEARED],
        )
      ).length;
      await tx.query(
        `UPDATE congress_replies r SET rating_comment = NULL FROM congress_motions m
          WHERE m.id = r.motion_id AND m.author_id = $1 AND r.rating_comment IS NOT NULL`,
        [member.id],
      );
      await tx.query(
        `UPDATE disclosure_objections SET body = $2, answer = CASE WHEN answer IS NULL THEN NULL ELSE $2 END WHERE member_id = $1`,
        [member.id, CLEARED],
      );
    },
  },
  {
    area: '重复提交记录',
    tables: ['idempotency_keys'],
    async apply({ tx, member }) {
      // The remembered answers to retried taps can hold anything the member sent or was shown.
      await tx.query(`DELETE FROM idempotency_keys WHERE member_id = $1`, [member.id]);
    },
  },
  {
    area: '其他表（兜底）',
    tables: ['*'],
    async apply(e) {
      const { tx, member } = e;
      const needles = [member.phone, member.openid].filter((n): n is string => !!n && n.length >= 6);
      if (!needles.length) return;
      const columns = await tx.query<{ table: string; column: string; type: string }>(
        `SELECT c.table_name AS "table", c.column_name AS "column", c.data_type AS type
           FROM information_schema.columns c
           JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
          WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
            AND c.data_type IN ('text', 'character varying', 'jsonb', 'json') AND NOT (c.table_name = ANY($1::text[]))
          ORDER BY 1, 2`,
        [SWEEP_EXCLUDED],
      );
      let replaced = 0;
      for (const { table, column, type } of columns) {
        const asText = type.startsWith('json') ? `${quote(column)}::text` : quote(column);
        const cast = type.startsWith('json') ? `::${type}` : '';
        for (const needle of needles) {
          const changed = await tx.query(
            `UPDATE ${quote(table)} SET ${quote(column)} = replace(${asText}, $1, '***')${cast} WHERE strpos(${asText}, $1) > 0 RETURNING 1`,
            [needle],
          );
          replaced += changed.length;
        }
      }
      e.counts.safetyNetReplaced = replaced;
    },
  },
  {
    area: '个人档案',
    tables: ['members', 'account_erasures'],
    async apply({ tx, member, now, revokedSessions }) {
      await tx.query(
        `UPDATE members SET name = $2, phone = '', staff_no = '#' || id, openid = NULL, bound_at = NULL, branch_id = NULL,
                status = 'left', erased_at = $3, updated_at = $3
          WHERE id = $1`,
        [member.id, ERASED_NAME, now],
      );
      await tx.query(
        `INSERT INTO account_erasures (member_id, union_id, erased_at, rules_version, revoked_sessions) VALUES ($1, $2, $3, $4, $5)`,
        [member.id, member.unionId, now, RULES_VERSION, revokedSessions],
      );
    },
  },
  {
    area: '审计日志',
    tables: ['audit_log'],
    async apply({ tx, member, counts }) {
      await audit(tx, {
        actorId: member.id,
        unionId: member.unionId,
        action: 'privacy.account.erase',
        targetType: 'member',
        targetId: member.id,
        detail: { rulesVersion: RULES_VERSION, ...counts },
      });
    },
  },
];

/** The member to erase, locked; null when there is no such member or the account is already erased. */
export async function lockErasureTarget(tx: Queryable, memberId: number): Promise<ErasureTarget | null> {
  const [row] = await tx.query<ErasureTarget & { erased: boolean }>(
    `SELECT m.id, m.union_id AS "unionId", m.phone, m.openid, m.erased_at IS NOT NULL AS erased,
            coalesce((SELECT array_agg(DISTINCT r.role) FROM member_roles r WHERE r.member_id = m.id), '{}') AS roles
       FROM members m WHERE m.id = $1 FOR UPDATE`,
    [memberId],
  );
  if (!row || row.erased) return null;
  const { erased: _erased, ...target } = row;
  return target;
}

/** Runs every rule, in order, inside the caller's transaction. */
export async function eraseAccount(
  tx: Queryable,
  member: ErasureTarget,
  options: { now: Date; templates: Record<string, string> },
) {
  const erasure: Erasure = {
    tx,
    member,
    now: options.now,
    templates: options.templates,
    counts: {},
    files: [],
    revokedSessions: [],
  };
  for (const rule of ERASURE_RULES) await rule.apply(erasure);
  return { counts: erasure.counts, files: erasure.files };
}
