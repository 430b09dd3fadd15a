import type { Queryable } from '../../db';
import type { Topic } from './schemas';

/** A month's appointments counted by what became of them, of their replies and of their ratings. */
export interface AppointmentCounts {
  appointments: number;
  arrived: number;
  noShow: number;
  cancelled: number;
  replied: number;
  onTime: number;
  overdue: number;
  pending: number;
  satisfied: number;
  basicallySatisfied: number;
  dissatisfied: number;
  helpCases: number;
}

/**
 * The counts behind a month's summary of reception days. `from` and `to` bound the sessions' dates
 * (to excluded); `today` decides which days were already held and which replies are overdue.
 */
export function receptionSummaryRepository(db: Queryable) {
  return {
    /** Open sessions of the union dated from `from` to before `to`, held by `today`. */
    async sessionsHeld(unionId: number, from: string, to: string, today: string): Promise<number> {
      const [sessions] = await db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM reception_sessions
          WHERE union_id = $1 AND status = 'open' AND session_date >= $2::date AND session_date < $3::date AND session_date <= $4::date`,
        [unionId, from, to, today],
      );
      return sessions!.n;
    },

    async appointmentCounts(unionId: number, from: string, to: string, today: string): Promise<AppointmentCounts> {
      const [counts] = await db.query<AppointmentCounts>(
        `SELECT count(*) FILTER (WHERE a.status <> 'cancelled')::int AS appointments,
                count(*) FILTER (WHERE a.status = 'arrived')::int AS arrived,
                count(*) FILTER (WHERE a.status = 'no_show')::int AS "noShow",
                count(*) FILTER (WHERE a.status = 'cancelled')::int AS cancelled,
                count(*) FILTER (WHERE a.reply IS NOT NULL)::int AS replied,
                count(*) FILTER (WHERE a.reply IS NOT NULL AND (a.replied_at AT TIME ZONE 'Asia/Shanghai')::date <= a.due_on)::int AS "onTime",
                count(*) FILTER (WHERE a.status = 'arrived' AND a.reply IS NULL AND a.due_on < $4::date)::int AS overdue,
                count(*) FILTER (WHERE a.status = 'arrived' AND a.reply IS NULL AND NOT (a.due_on < $4::date))::int AS pending,
                count(*) FILTER (WHERE a.rating = 'satisfied')::int AS satisfied,
                count(*) FILTER (WHERE a.rating = 'basically_satisfied')::int AS "basicallySatisfied",
                count(*) FILTER (WHERE a.rating = 'dissatisfied')::int AS dissatisfied,
                count(*) FILTER (WHERE a.help_case_requested)::int AS "helpCases"
           FROM reception_appointments a JOIN reception_sessions s ON s.id = a.session_id
          WHERE a.union_id = $1 AND s.session_date >= $2::date AND s.session_date < $3::date`,
        [unionId, from, to, today],
      );
      return counts!;
    },

    /** Appointments not cancelled, per topic that has any. */
    async appointmentsByTopic(unionId: number, from: string, to: string): Promise<{ topic: Topic; count: number }[]> {
      return db.query<{ topic: Topic; count: number }>(
        `SELECT a.topic, count(*)::int AS count FROM reception_appointments a JOIN reception_sessions s ON s.id = a.session_id
          WHERE a.union_id = $1 AND s.session_date >= $2::date AND s.session_date < $3::date AND a.status <> 'cancelled'
          GROUP BY a.topic`,
        [unionId, from, to],
      );
    },
  };
}
