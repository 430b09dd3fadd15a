import { LOCK_MEMBER, LOCK_ROOM } from '../../routes/booking';
import { LINKS as COUNSELLING_LINKS, NOTIFY_KIND as COUNSELLING_KIND } from '../../routes/counselling';
import { notify } from '../notify';
import { CANCEL_REASON, CLEARED, type ErasureRule, ids, OTHERS_MESSAGE, recordLinks } from './kit';

/** The rules for messages, sign-in, roles and the first features' records, in the order of docs/personal-data.md. */
export const RECORD_RULES: ErasureRule[] = [
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
];
