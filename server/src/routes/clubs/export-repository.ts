import type { Queryable } from '../../db';

export interface MemberRow {
  name: string;
  staffNo: string;
  branch: string | null;
  role: 'leader' | 'member';
  joinedAt: Date;
}
export interface EventTotalsRow {
  id: number;
  title: string;
  place: string;
  startsAt: Date;
  endsAt: Date;
  capacity: number;
  cancelled: boolean;
  confirmed: number;
  waitlisted: number;
  attended: number;
}
export interface SignUpRow {
  eventId: number;
  name: string;
  staffNo: string;
  status: 'confirmed' | 'waitlisted';
  attended: boolean | null;
  checkedInAt: Date | null;
  createdAt: Date;
}

/** Everything the workbook shows for one club: its members, every event, and every live sign-up. */
export interface ClubExportData {
  members: MemberRow[];
  events: EventTotalsRow[];
  signUps: SignUpRow[];
}

export async function clubExportData(db: Queryable, clubId: number): Promise<ClubExportData> {
  const members = await db.query<MemberRow>(
    `SELECT m.name, m.staff_no AS "staffNo", b.name AS branch, x.role, x.joined_at AS "joinedAt"
       FROM club_members x JOIN members m ON m.id = x.member_id LEFT JOIN unions b ON b.id = m.branch_id
      WHERE x.club_id = $1 ORDER BY x.role, x.joined_at, m.id`,
    [clubId],
  );
  const events = await db.query<EventTotalsRow>(
    `SELECT e.id, e.title, e.place, e.starts_at AS "startsAt", e.ends_at AS "endsAt", e.capacity, e.cancelled_at IS NOT NULL AS cancelled,
            count(*) FILTER (WHERE s.status = 'confirmed')::int AS confirmed,
            count(*) FILTER (WHERE s.status = 'waitlisted')::int AS waitlisted,
            count(*) FILTER (WHERE s.status = 'confirmed' AND s.attended)::int AS attended
       FROM club_events e LEFT JOIN club_event_signups s ON s.event_id = e.id
      WHERE e.club_id = $1 GROUP BY e.id ORDER BY e.starts_at, e.id`,
    [clubId],
  );
  const signUps = await db.query<SignUpRow>(
    `SELECT s.event_id AS "eventId", m.name, m.staff_no AS "staffNo", s.status, s.attended, s.checked_in_at AS "checkedInAt", s.created_at AS "createdAt"
       FROM club_event_signups s JOIN club_events e ON e.id = s.event_id JOIN members m ON m.id = s.member_id
      WHERE e.club_id = $1 AND s.status <> 'cancelled' ORDER BY e.starts_at, e.id, s.status, s.id`,
    [clubId],
  );
  return { members, events, signUps };
}
