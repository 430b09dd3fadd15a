import { EVENT_LINK } from '../../routes/clubs';
import { audit } from '../audit';
import { notify } from '../notify';
import { CLEARED, ERASED_NAME, type ErasureRule, RULES_VERSION, SWEEP_EXCLUDED } from './kit';
import { memberErasureRepository as queries } from './member-rules-repository';

/** The rules from 兴趣社团 to the audit entry, in the order of docs/personal-data.md (the safety net and the member row come last). */
export const LATER_RULES: ErasureRule[] = [
  {
    area: '兴趣社团',
    tables: ['club_members', 'club_applications', 'club_event_signups', 'club_announcements', 'club_images'],
    async apply(e) {
      const { tx, member, now } = e;
      const q = queries(tx);
      e.counts.clubsLeft = await q.leaveClubs(member.id);
      await q.deleteClubApplications(member.id);
      await q.unlinkAnnouncements(member.id);
      if (await q.hasTable('club_images')) await q.unlinkClubImages(member.id);
      // Events not yet begun, locked in id order as the clubs feature does when a sign-up is cancelled.
      const events = await q.lockUpcomingSignedUpEvents(member.id, now);
      for (const event of events) {
        const was = await q.cancelSignUp(event.id, member.id, now);
        if (was !== 'confirmed' || event.cancelled) continue;
        const promoted = await q.promoteFirstWaitlisted(event.id, now);
        if (promoted !== undefined) {
          await notify(tx, e.templates, {
            memberId: promoted,
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
      await queries(tx).deleteSurveyExportTickets(member.id);
    },
  },
  {
    area: '送温暖',
    tables: ['care_records', 'hardship_members'],
    async apply(e) {
      const { tx, member } = e;
      const q = queries(tx);
      // The visit stays (kind, date, amount): the year's totals do not change. What staff wrote about the member goes.
      await q.clearCareNotes(member.id);
      e.counts.hardshipRemoved = await q.removeHardship(member.id);
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
      const q = queries(tx);
      await q.deleteDelegate(member.id);
      await q.clearSuggestions(member.id, CLEARED);
      // A submitted motion belongs to the congress's 提案档案 and keeps its text under 已注销会员; a draft was never
      // anyone's but the member's.
      e.counts.draftsCleared = await q.clearDraftMotions(member.id, CLEARED);
      await q.clearReplyRatingComments(member.id);
      await q.clearObjections(member.id, CLEARED);
    },
  },
  {
    area: '重复提交记录',
    tables: ['idempotency_keys'],
    async apply({ tx, member }) {
      // The remembered answers to retried taps can hold anything the member sent or was shown.
      await queries(tx).deleteIdempotencyKeys(member.id);
    },
  },
  {
    area: '其他表（兜底）',
    tables: ['*'],
    async apply(e) {
      const { tx, member } = e;
      const needles = [member.phone, member.openid].filter((n): n is string => !!n && n.length >= 6);
      if (!needles.length) return;
      const q = queries(tx);
      const columns = await q.textColumns(SWEEP_EXCLUDED);
      let replaced = 0;
      for (const column of columns) for (const needle of needles) replaced += await q.maskInColumn(column, needle);
      e.counts.safetyNetReplaced = replaced;
    },
  },
  {
    area: '个人档案',
    tables: ['members', 'account_erasures'],
    async apply({ tx, member, now, revokedSessions }) {
      const q = queries(tx);
      await q.tombstoneMember(member.id, ERASED_NAME, now);
      await q.recordErasure({
        memberId: member.id,
        unionId: member.unionId,
        now,
        rulesVersion: RULES_VERSION,
        sessions: revokedSessions,
      });
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
