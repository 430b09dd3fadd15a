import type { Queryable } from '../../db';
import { LOCK_MEMBER, LOCK_ROOM } from '../../routes/booking';
import { idsOf } from './kit-repository';

/**
 * The statements of the erasure rules for messages, sign-in, roles and the first features' records
 * (feature-rules.ts), by name. Each takes the member's id (and the moment, the replacement text)
 * and runs in the erasure's transaction.
 */
export function featureErasureRepository(tx: Queryable) {
  const ids = idsOf(tx);
  return {
    // 消息
    deleteMessages: async (memberId: number) =>
      (await tx.query(`DELETE FROM notifications WHERE member_id = $1 RETURNING id`, [memberId])).length,
    async deleteQueuedWechat(memberId: number, openid: string, pages: string[]) {
      await tx.query(
        `DELETE FROM subscribe_outbox WHERE member_id = $1 OR openid = $2 OR '/' || page = ANY($3::text[])`,
        [memberId, openid, pages],
      );
    },
    replaceMessagesLinkingTo: async (links: string[], body: string) =>
      (
        await tx.query(`UPDATE notifications SET body = $2 WHERE link = ANY($1::text[]) AND body <> $2 RETURNING id`, [
          links,
          body,
        ])
      ).length,

    // 登录与微信绑定
    deleteSessions: async (memberId: number) =>
      (
        await tx.query<{ token_hash: string }>(`DELETE FROM sessions WHERE member_id = $1 RETURNING token_hash`, [
          memberId,
        ])
      ).map((s) => s.token_hash),
    async deleteBindRecords(openid: string) {
      await tx.query(`DELETE FROM bind_tickets WHERE openid = $1`, [openid]);
      await tx.query(`DELETE FROM bind_failures WHERE openid = $1`, [openid]);
    },
    async deleteSubscribeGrants(memberId: number) {
      await tx.query(`DELETE FROM subscribe_grants WHERE member_id = $1`, [memberId]);
    },

    // 角色
    async deleteRoles(memberId: number) {
      await tx.query(`DELETE FROM member_roles WHERE member_id = $1`, [memberId]);
    },

    // 活动中心预约
    roomsWithUpcomingBookings: (memberId: number, now: Date) =>
      ids(
        `SELECT DISTINCT room_id AS id FROM bookings WHERE member_id = $1 AND status IN ('pending', 'confirmed') AND starts_at > $2 ORDER BY 1`,
        [memberId, now],
      ),
    async lockRoomShared(roomId: number) {
      await tx.query(`SELECT pg_advisory_xact_lock_shared(${LOCK_ROOM}, $1)`, [roomId]);
    },
    async lockBookingMember(memberId: number) {
      await tx.query(`SELECT pg_advisory_xact_lock(${LOCK_MEMBER}, $1)`, [memberId]);
    },
    async clearBookingNotes(memberId: number) {
      await tx.query(
        `UPDATE bookings SET note = '', status_reason = NULL WHERE member_id = $1 AND (note <> '' OR status_reason IS NOT NULL)`,
        [memberId],
      );
    },
    cancelUpcomingBookings: (memberId: number, now: Date, reason: string) =>
      tx.query<{ roomId: number; startsAt: Date; seats: number }>(
        `UPDATE bookings SET status = 'cancelled', status_reason = $3, cancelled_by = NULL, cancelled_at = $2, updated_at = $2
          WHERE member_id = $1 AND status IN ('pending', 'confirmed') AND starts_at > $2
          RETURNING room_id AS "roomId", starts_at AS "startsAt", seats`,
        [memberId, now, reason],
      ),
    async releaseSlot(slot: { roomId: number; startsAt: Date; seats: number }) {
      await tx.query(`UPDATE booking_slots SET booked = booked - $3 WHERE room_id = $1 AND starts_at = $2`, [
        slot.roomId,
        slot.startsAt,
        slot.seats,
      ]);
    },
    async clearSuspensionAppeals(memberId: number, cleared: string) {
      await tx.query(
        `UPDATE booking_suspensions SET appeal_reason = CASE WHEN appeal_reason IS NULL THEN NULL ELSE $2 END, appeal_reply = NULL
          WHERE member_id = $1 AND (appeal_reason IS NOT NULL OR appeal_reply IS NOT NULL)`,
        [memberId, cleared],
      );
    },

    // 心理咨询（来访者）与咨询师资料
    async withdrawConsents(memberId: number, now: Date) {
      await tx.query(
        `UPDATE counselling_consents SET ended_at = $2, end_reason = 'withdrawn' WHERE member_id = $1 AND ended_at IS NULL`,
        [memberId, now],
      );
    },
    cancelUpcomingCounselling: (memberId: number, now: Date) =>
      tx.query<{ id: number; counsellorMemberId: number }>(
        `UPDATE counselling_appointments a
            SET status = 'cancelled', cancelled_by = 'consent_withdrawn', upcoming_slot = NULL, updated_at = $2
           FROM counsellors c
          WHERE c.id = a.counsellor_id AND a.member_id = $1 AND a.status IN ('requested', 'proposed', 'confirmed') AND a.starts_at > $2
          RETURNING a.id, c.member_id AS "counsellorMemberId"`,
        [memberId, now],
      ),
    async deleteCounsellingNotes(memberId: number) {
      await tx.query(
        `DELETE FROM counselling_notes n USING counselling_appointments a WHERE n.appointment_id = a.id AND a.member_id = $1`,
        [memberId],
      );
    },
    anonymiseCounselling: async (memberId: number, now: Date) =>
      (
        await tx.query(
          `UPDATE counselling_appointments
              SET member_id = NULL, alias = NULL, note = NULL, alias_sealed = NULL, note_sealed = NULL, arrangement = NULL, decline_reason = NULL,
                  upcoming_slot = NULL, anonymised_at = $2, updated_at = $2
            WHERE member_id = $1 RETURNING id`,
          [memberId, now],
        )
      ).length,
    async clearCounsellorProfile(memberId: number, now: Date) {
      await tx.query(
        `UPDATE counsellors SET display_name = '已注销', qualifications = '', introduction = '', active = false, updated_at = $2 WHERE member_id = $1`,
        [memberId, now],
      );
    },

    // 困难帮扶
    lockCases: (memberId: number) =>
      ids(`SELECT id FROM help_requests WHERE member_id = $1 ORDER BY id FOR UPDATE`, [memberId]),
    withdrawOpenCases: (memberId: number, now: Date) =>
      ids(
        `UPDATE help_requests SET status = 'withdrawn', paused_at = NULL, updated_at = $2
          WHERE member_id = $1 AND status IN ('submitted', 'accepted', 'in_progress', 'waiting_member') RETURNING id`,
        [memberId, now],
      ),
    async clearCaseText(memberId: number, cleared: string, now: Date) {
      await tx.query(
        `UPDATE help_requests
            SET title = $2, description = $2, outcome = CASE WHEN outcome IS NULL THEN NULL ELSE $2 END,
                reject_reason = CASE WHEN reject_reason IS NULL THEN NULL ELSE $2 END, rating_comment = '', source_ref = NULL, updated_at = $3
          WHERE member_id = $1`,
        [memberId, cleared, now],
      );
    },
    async clearCaseEvents(caseIds: number[]) {
      await tx.query(`UPDATE help_events SET body = '' WHERE request_id = ANY($1::int[]) AND body <> ''`, [caseIds]);
    },
    async addWithdrawnEvents(caseIds: number[], now: Date) {
      await tx.query(
        `INSERT INTO help_events (request_id, kind, actor_role, body, status_after, created_at)
         SELECT id, 'withdrawn', 'system', '', 'withdrawn', $2 FROM unnest($1::int[]) AS id`,
        [caseIds, now],
      );
    },
    /** Deletes the cases' attachments; returns their storage keys, for the file store. */
    deleteAttachments: async (caseIds: number[]) =>
      (
        await tx.query<{ key: string }>(
          `DELETE FROM help_attachments WHERE request_id = ANY($1::int[]) RETURNING storage_key AS key`,
          [caseIds],
        )
      ).map((f) => f.key),
    async cancelPlannedVisits(caseIds: number[]) {
      await tx.query(
        `UPDATE help_visits SET status = 'cancelled' WHERE request_id = ANY($1::int[]) AND status = 'planned'`,
        [caseIds],
      );
    },
    async clearVisitOutcomes(caseIds: number[], cleared: string) {
      await tx.query(`UPDATE help_visits SET outcome = $2 WHERE request_id = ANY($1::int[]) AND outcome IS NOT NULL`, [
        caseIds,
        cleared,
      ]);
    },

    // 主席接待日
    async clearVisitText(memberId: number, cleared: string, now: Date) {
      await tx.query(
        `UPDATE reception_appointments
            SET description = $2, raised = CASE WHEN raised IS NULL THEN NULL ELSE $2 END, reply = CASE WHEN reply IS NULL THEN NULL ELSE $2 END,
                help_case_note = NULL, rating_comment = NULL, cancel_reason = NULL, updated_at = $3
          WHERE member_id = $1`,
        [memberId, cleared, now],
      );
    },
    cancelUpcomingVisits: async (memberId: number, now: Date, reason: string) =>
      (
        await tx.query(
          `UPDATE reception_appointments SET status = 'cancelled', cancelled_at = $2, cancelled_by = NULL, cancel_reason = $3, updated_at = $2
            WHERE member_id = $1 AND status = 'booked' AND slot_start > $2 RETURNING id`,
          [memberId, now, reason],
        )
      ).length,
  };
}
