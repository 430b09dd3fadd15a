import type { Queryable } from '../../db';
import type { Profile as ProfileRow } from '../personal-data-report';
import type { Row } from './section';

/** Each section's rows of one member, newest first ($1: member id); the keys are the sections' keys. */
const SECTION_QUERIES: Record<string, string> = {
  bookings: `SELECT r.name AS room, b.starts_at AS "startsAt", b.ends_at AS "endsAt", b.seats, b.status, b.note, b.created_at AS "createdAt"
            FROM bookings b JOIN rooms r ON r.id = b.room_id WHERE b.member_id = $1 ORDER BY b.starts_at DESC, b.id DESC`,
  bookingSuspensions: `SELECT starts_at AS "startsAt", ends_at AS "endsAt", reason, status, appeal_status AS "appealStatus", appeal_reason AS "appealReason",
                 appeal_reply AS "appealReply"
            FROM booking_suspensions WHERE member_id = $1 ORDER BY starts_at DESC, id DESC`,
  helpCases: `SELECT c.name AS category, h.title, h.description, h.anonymous, h.status, h.outcome, h.rating, h.created_at AS "createdAt"
            FROM help_requests h JOIN help_categories c ON c.id = h.category_id WHERE h.member_id = $1 ORDER BY h.created_at DESC, h.id DESC`,
  receptionAppointments: `SELECT a.slot_start AS "slotStart", s.place, a.topic, a.description, a.status, a.reply, a.rating, a.created_at AS "createdAt"
            FROM reception_appointments a JOIN reception_sessions s ON s.id = a.session_id WHERE a.member_id = $1 ORDER BY a.slot_start DESC, a.id DESC`,
  counsellingAppointments: `SELECT a.id, c.display_name AS counsellor, a.starts_at AS "startsAt", a.mode, a.status, a.alias_sealed AS alias, a.note_sealed AS note,
                 a.rating, a.created_at AS "createdAt"
            FROM counselling_appointments a JOIN counsellors c ON c.id = a.counsellor_id WHERE a.member_id = $1 ORDER BY a.starts_at DESC, a.id DESC`,
  counsellingConsents: `SELECT version, agreed_at AS "agreedAt", ended_at AS "endedAt", end_reason AS "endReason"
            FROM counselling_consents WHERE member_id = $1 ORDER BY agreed_at DESC, id DESC`,
  clubMemberships: `SELECT c.name AS club, cm.role, cm.joined_at AS "joinedAt" FROM club_members cm JOIN clubs c ON c.id = cm.club_id
           WHERE cm.member_id = $1 ORDER BY cm.joined_at DESC`,
  clubApplications: `SELECT c.name AS club, a.reason, a.status, a.reply, a.created_at AS "createdAt" FROM club_applications a JOIN clubs c ON c.id = a.club_id
           WHERE a.member_id = $1 ORDER BY a.created_at DESC, a.id DESC`,
  clubSignUps: `SELECT e.title AS event, e.starts_at AS "startsAt", s.status, s.attended, s.created_at AS "createdAt"
            FROM club_event_signups s JOIN club_events e ON e.id = s.event_id WHERE s.member_id = $1 ORDER BY e.starts_at DESC, s.id DESC`,
  careReceived: `SELECT kind_label AS kind, care_date AS "careDate", visitors, amount, gifts
            FROM care_records WHERE member_id = $1 ORDER BY care_date DESC, id DESC`,
  messages: `SELECT title, body, read_at IS NOT NULL AS read, created_at AS "createdAt" FROM notifications WHERE member_id = $1 ORDER BY id DESC`,
};

/** The queries of the member's own data report and of the erasure preview, by name. */
export function reportRepository(db: Queryable) {
  return {
    /** The member's profile (roles as stored codes); null when there is no such member or it was erased. */
    async profile(memberId: number): Promise<ProfileRow | null> {
      const [row] = await db.query<ProfileRow>(
        `SELECT m.name, m.staff_no AS "staffNo", m.phone, u.name AS "unionName", b.name AS "branchName",
                coalesce((SELECT array_agg(DISTINCT r.role) FROM member_roles r WHERE r.member_id = m.id), '{}') AS roles,
                m.openid IS NOT NULL AS "wechatBound", m.bound_at AS "boundAt", m.created_at AS "memberSince",
                (SELECT count(*)::int FROM sessions s WHERE s.member_id = m.id AND s.expires_at > now()) AS "openSessions",
                (SELECT count(*)::int FROM survey_participants p WHERE p.member_id = m.id) AS "surveysTaken"
           FROM members m JOIN unions u ON u.id = m.union_id LEFT JOIN unions b ON b.id = m.branch_id
          WHERE m.id = $1 AND m.erased_at IS NULL`,
        [memberId],
      );
      return row ?? null;
    },

    /** The member's rows of the section with this key. */
    sectionRows(key: string, memberId: number): Promise<Row[]> {
      const sql = SECTION_QUERIES[key];
      if (!sql) throw new Error(`personal data report: no query for section "${key}"`);
      return db.query<Row>(sql, [memberId]);
    },

    /** How many of the member's records erasing the account would cancel, withdraw or delete at `now`. */
    async pendingCounts(memberId: number, now: Date): Promise<Record<string, number>> {
      const [row] = await db.query<Record<string, number>>(
        `SELECT (SELECT count(*)::int FROM bookings WHERE member_id = $1 AND status IN ('pending', 'confirmed') AND starts_at > $2) AS bookings,
                (SELECT count(*)::int FROM counselling_appointments WHERE member_id = $1 AND status IN ('requested', 'proposed', 'confirmed') AND starts_at > $2) AS counselling,
                (SELECT count(*)::int FROM reception_appointments WHERE member_id = $1 AND status = 'booked' AND slot_start > $2) AS reception,
                (SELECT count(*)::int FROM club_event_signups s JOIN club_events e ON e.id = s.event_id
                  WHERE s.member_id = $1 AND s.status <> 'cancelled' AND e.starts_at > $2) AS "signUps",
                (SELECT count(*)::int FROM club_members WHERE member_id = $1) AS clubs,
                (SELECT count(*)::int FROM help_requests WHERE member_id = $1 AND status IN ('submitted', 'accepted', 'in_progress', 'waiting_member')) AS "openCases",
                (SELECT count(*)::int FROM help_attachments a JOIN help_requests h ON h.id = a.request_id WHERE h.member_id = $1) AS attachments,
                (SELECT count(*)::int FROM notifications WHERE member_id = $1) AS messages`,
        [memberId, now],
      );
      return row!;
    },
  };
}
