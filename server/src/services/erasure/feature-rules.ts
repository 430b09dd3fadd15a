import { LINKS as COUNSELLING_LINKS, NOTIFY_KIND as COUNSELLING_KIND } from '../../routes/counselling';
import { notify } from '../notify';
import { featureErasureRepository as queries } from './feature-rules-repository';
import { CANCEL_REASON, CLEARED, type ErasureRule, OTHERS_MESSAGE, recordLinks } from './kit';

/** The rules for messages, sign-in, roles and the first features' records, in the order of docs/personal-data.md. */
export const RECORD_RULES: ErasureRule[] = [
  {
    area: '消息',
    tables: ['notifications', 'subscribe_outbox'],
    async apply(e) {
      // First: the links are found through the member's records, which later rules anonymise.
      const links = await recordLinks(e);
      const { tx, member } = e;
      const q = queries(tx);
      e.counts.messages = await q.deleteMessages(member.id);
      await q.deleteQueuedWechat(member.id, member.openid ?? '', links);
      e.counts.othersMessages = await q.replaceMessagesLinkingTo(links, OTHERS_MESSAGE);
    },
  },
  {
    area: '登录与微信绑定',
    tables: ['sessions', 'bind_tickets', 'bind_failures', 'subscribe_grants'],
    async apply(e) {
      const { tx, member } = e;
      const q = queries(tx);
      e.revokedSessions = await q.deleteSessions(member.id);
      if (member.openid) await q.deleteBindRecords(member.openid);
      await q.deleteSubscribeGrants(member.id);
    },
  },
  {
    area: '角色',
    tables: ['member_roles'],
    async apply({ tx, member }) {
      await queries(tx).deleteRoles(member.id);
    },
  },
  {
    area: '活动中心预约',
    tables: ['bookings', 'booking_slots', 'booking_suspensions'],
    async apply(e) {
      const { tx, member, now } = e;
      const q = queries(tx);
      // The booking feature's lock order: rooms (shared, by id), the member, bookings, slot counters.
      const rooms = await q.roomsWithUpcomingBookings(member.id, now);
      for (const room of rooms) await q.lockRoomShared(room);
      await q.lockBookingMember(member.id);
      await q.clearBookingNotes(member.id);
      const cancelled = await q.cancelUpcomingBookings(member.id, now, CANCEL_REASON);
      cancelled.sort((a, b) => a.roomId - b.roomId || a.startsAt.getTime() - b.startsAt.getTime());
      for (const slot of cancelled) await q.releaseSlot(slot);
      e.counts.bookingsCancelled = cancelled.length;
      await q.clearSuspensionAppeals(member.id, CLEARED);
    },
  },
  {
    area: '心理咨询（来访者）',
    tables: ['counselling_consents', 'counselling_appointments', 'counselling_notes'],
    async apply(e) {
      const { tx, member, now } = e;
      const q = queries(tx);
      await q.withdrawConsents(member.id, now);
      const cancelled = await q.cancelUpcomingCounselling(member.id, now);
      await q.deleteCounsellingNotes(member.id);
      e.counts.counsellingAnonymised = await q.anonymiseCounselling(member.id, now);
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
      await queries(tx).clearCounsellorProfile(member.id, now);
    },
  },
  {
    area: '困难帮扶',
    tables: ['help_requests', 'help_events', 'help_attachments', 'help_visits'],
    async apply(e) {
      const { tx, member, now } = e;
      const q = queries(tx);
      const cases = await q.lockCases(member.id);
      const withdrawn = await q.withdrawOpenCases(member.id, now);
      await q.clearCaseText(member.id, CLEARED, now);
      await q.clearCaseEvents(cases);
      await q.addWithdrawnEvents(withdrawn, now);
      const files = await q.deleteAttachments(cases);
      e.files.push(...files);
      await q.cancelPlannedVisits(cases);
      await q.clearVisitOutcomes(cases, CLEARED);
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
      const q = queries(tx);
      await q.clearVisitText(member.id, CLEARED, now);
      e.counts.receptionCancelled = await q.cancelUpcomingVisits(member.id, now, CANCEL_REASON);
    },
  },
];
