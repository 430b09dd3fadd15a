import { EVENT_LINK } from '../../routes/clubs';
import { audit } from '../audit';
import { notify } from '../notify';
import { CLEARED, ERASED_NAME, type ErasureRule, hasTable, quote, RULES_VERSION, SWEEP_EXCLUDED } from './kit';

/** The rules from 兴趣社团 to the audit entry, in the order of docs/personal-data.md (the safety net and the member row come last). */
export const LATER_RULES: ErasureRule[] = [
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
