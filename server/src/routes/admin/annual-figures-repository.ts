import type { Queryable } from '../../db';

/** An interval of instants, [from, to). */
export type Span = [from: string, to: string];

// A figure of the year is counted in `span` ($1 union, `span.lo` and `span.hi` the bounds of the
// year or of one of its months); a snapshot reads the roster as it stands ($1 union only).
const IN_YEAR = (column: string) => `${column} >= span.lo AND ${column} < span.hi`;
// An evaluation belongs to its own 年度 (2026年度会员评议, even when it closes in January 2027), as
// the district roll-up files it; the year is read from the span's start in Beijing time.
const OF_YEAR = (alias: string) => `${alias}.year = extract(year FROM span.lo AT TIME ZONE 'Asia/Shanghai')::int`;
const SATISFIED = `a.choices -> q.id::text IN ('0', '1')`;
/** 送温暖 figures count by the date of the visit, a Beijing calendar day. */
const careSql = (value: string, group?: string) =>
  `SELECT ${value} FROM care_records WHERE union_id = $1 ${group ? `AND kind_group = '${group}'` : ''}
      AND care_date >= (span.lo AT TIME ZONE 'Asia/Shanghai')::date AND care_date < (span.hi AT TIME ZONE 'Asia/Shanghai')::date`;

// 年度建家材料: each figure read straight from a feature's tables.
const YEAR_SQL = {
  newMembers: `SELECT count(*) FROM members WHERE union_id = $1 AND ${IN_YEAR('created_at')}`,
  bookings: `SELECT count(*) FROM bookings b JOIN rooms r ON r.id = b.room_id WHERE r.union_id = $1 AND b.status IN ('confirmed', 'checked_in', 'no_show') AND ${IN_YEAR('b.starts_at')}`,
  bookingAttendance: `SELECT coalesce(sum(b.seats), 0) FROM bookings b JOIN rooms r ON r.id = b.room_id WHERE r.union_id = $1 AND b.status = 'checked_in' AND ${IN_YEAR('b.starts_at')}`,
  counsellingCompleted: `SELECT count(*) FROM counselling_appointments WHERE union_id = $1 AND status = 'completed' AND ${IN_YEAR('starts_at')}`,
  helpReceived: `SELECT count(*) FROM help_requests WHERE union_id = $1 AND ${IN_YEAR('created_at')}`,
  helpResolved: `SELECT count(*) FROM help_requests WHERE union_id = $1 AND status IN ('resolved', 'closed') AND ${IN_YEAR('created_at')}`,
  helpSatisfied: `SELECT count(*) FROM help_requests WHERE union_id = $1 AND rating IN ('satisfied', 'basically_satisfied') AND ${IN_YEAR('created_at')}`,
  helpRated: `SELECT count(*) FROM help_requests WHERE union_id = $1 AND rating IS NOT NULL AND ${IN_YEAR('created_at')}`,
  clubEvents: `SELECT count(*) FROM club_events e JOIN clubs c ON c.id = e.club_id WHERE c.union_id = $1 AND e.cancelled_at IS NULL AND ${IN_YEAR('e.starts_at')}`,
  clubSignups: `SELECT count(*) FROM club_event_signups s JOIN club_events e ON e.id = s.event_id JOIN clubs c ON c.id = e.club_id
           WHERE c.union_id = $1 AND e.cancelled_at IS NULL AND s.status = 'confirmed' AND ${IN_YEAR('e.starts_at')}`,
  clubAttendance: `SELECT count(*) FROM club_event_signups s JOIN club_events e ON e.id = s.event_id JOIN clubs c ON c.id = e.club_id
           WHERE c.union_id = $1 AND e.cancelled_at IS NULL AND s.attended AND ${IN_YEAR('e.starts_at')}`,
  receptionSessions: `SELECT count(*) FROM reception_sessions WHERE union_id = $1 AND status = 'open' AND ${IN_YEAR('starts_at')}`,
  receptionVisits: `SELECT count(*) FROM reception_appointments WHERE union_id = $1 AND status = 'arrived' AND ${IN_YEAR('slot_start')}`,
  receptionSatisfied: `SELECT count(*) FROM reception_appointments WHERE union_id = $1 AND rating IN ('satisfied', 'basically_satisfied') AND ${IN_YEAR('slot_start')}`,
  surveys: `SELECT count(*) FROM surveys s WHERE s.union_id = $1 AND s.status <> 'draft' AND ${OF_YEAR('s')}`,
  surveyParticipants: `SELECT count(*) FROM survey_participants p JOIN surveys s ON s.id = p.survey_id WHERE s.union_id = $1 AND ${OF_YEAR('s')}`,
  surveySatisfaction: `SELECT round(100.0 * count(*) FILTER (WHERE ${SATISFIED}) / nullif(count(*) FILTER (WHERE a.choices ? q.id::text), 0), 1)
            FROM surveys s JOIN survey_questions q ON q.survey_id = s.id AND q.satisfaction JOIN survey_answers a ON a.survey_id = s.id
           WHERE s.union_id = $1 AND s.status <> 'draft' AND ${OF_YEAR('s')}`,
  motions: `SELECT count(*) FROM congress_motions WHERE union_id = $1 AND ${IN_YEAR('submitted_at')}`,
  motionsAccepted: `SELECT count(*) FROM congress_motions WHERE union_id = $1 AND status IN ('accepted', 'replied', 'rated') AND ${IN_YEAR('submitted_at')}`,
  motionsOnTime: `SELECT count(*) FROM congress_motions m JOIN congress_replies r ON r.motion_id = m.id AND r.round = 1 WHERE m.union_id = $1 AND r.on_time AND ${IN_YEAR('m.submitted_at')}`,
  motionSatisfaction: `SELECT round(100.0 * count(*) FILTER (WHERE r.rating IN ('satisfied', 'basically_satisfied')) / nullif(count(*), 0), 1)
            FROM congress_motions m JOIN congress_replies r ON r.motion_id = m.id AND r.rating IS NOT NULL
           WHERE m.union_id = $1 AND m.status = 'rated' AND r.round = m.round AND ${IN_YEAR('m.submitted_at')}`,
  careFiveVisits: careSql('count(*)', 'five_visits'),
  careFestival: careSql('count(*)', 'festival'),
  careHardship: careSql('count(*)', 'hardship'),
  careEducation: careSql('count(*)', 'education'),
  careTotal: careSql('count(*)'),
  careAmount: careSql('coalesce(sum(amount), 0)'),
};

const SNAPSHOT_SQL = {
  activeMembers: `SELECT count(*) FROM members WHERE union_id = $1 AND status = 'active'`,
  boundMembers: `SELECT count(*) FROM members WHERE union_id = $1 AND status = 'active' AND openid IS NOT NULL`,
  clubs: `SELECT count(*) FROM clubs WHERE union_id = $1`,
  clubMembers: `SELECT count(*) FROM club_members cm JOIN clubs c ON c.id = cm.club_id WHERE c.union_id = $1`,
};

export type YearFigureKey = keyof typeof YEAR_SQL;
export type SnapshotFigureKey = keyof typeof SNAPSHOT_SQL;

/** The one value of each row, as a number (null stays null). */
const values = (rows: Record<string, number | null>[]) =>
  rows.map((row) => {
    const value = Object.values(row)[0];
    return value == null ? null : Number(value);
  });

/** The queries of the 年度建家材料. A feature that is not installed (its table missing) makes them throw. */
export function annualFiguresRepository(db: Queryable) {
  return {
    /** A figure of the year, one value per span in order, in a single query. */
    async yearValues(key: YearFigureKey, unionId: number, spans: Span[]): Promise<(number | null)[]> {
      return values(
        await db.query<Record<string, number | null>>(
          `SELECT (${YEAR_SQL[key]}) AS value FROM unnest($2::timestamptz[], $3::timestamptz[]) WITH ORDINALITY span(lo, hi, i) ORDER BY span.i`,
          [unionId, spans.map(([from]) => from), spans.map(([, to]) => to)],
        ),
      );
    },

    /** A snapshot: one value, whatever the spans. */
    async snapshotValues(key: SnapshotFigureKey, unionId: number): Promise<(number | null)[]> {
      return values(await db.query<Record<string, number | null>>(SNAPSHOT_SQL[key], [unionId]));
    },
  };
}
