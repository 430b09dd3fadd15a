import type { Queryable } from '../../db';

/** What can wait for an officer on the 工作台, each counted by a query of its own below. */
export type WaitingKey =
  | 'helpNew'
  | 'bookingApprovals'
  | 'receptionToday'
  | 'congressReplies'
  | 'disclosureObjections'
  | 'counsellingRequests'
  | 'counsellingToday';

interface Asker {
  unionId: number;
  memberId: number;
  /** The app's clock (server/src/clock.ts), not the database's. */
  now: Date;
}

/** The Beijing date of the instant in parameter `param`. */
const dayOf = (param: string) => `(${param}::timestamptz AT TIME ZONE 'Asia/Shanghai')::date`;
const unionOnly = ({ unionId }: Asker) => [unionId];

// Read straight from each feature's tables, each with the parameters it uses (PostgreSQL refuses one a
// statement does not use): always the caller's union, and for a counsellor's counts the caller.
const WAITING_SQL: Record<WaitingKey, { sql: string; args: (asker: Asker) => unknown[] }> = {
  helpNew: {
    sql: `SELECT count(*)::int AS n FROM help_requests WHERE union_id = $1 AND status = 'submitted'`,
    args: unionOnly,
  },
  bookingApprovals: {
    sql: `SELECT count(*)::int AS n FROM bookings b JOIN rooms r ON r.id = b.room_id WHERE r.union_id = $1 AND b.status = 'pending'`,
    args: unionOnly,
  },
  receptionToday: {
    sql: `SELECT count(*)::int AS n FROM reception_appointments a JOIN reception_sessions s ON s.id = a.session_id
           WHERE a.union_id = $1 AND a.status <> 'cancelled' AND s.session_date = ${dayOf('$2')}`,
    args: ({ unionId, now }) => [unionId, now],
  },
  congressReplies: {
    sql: `SELECT count(*)::int AS n FROM congress_motions WHERE union_id = $1 AND status = 'accepted'`,
    args: unionOnly,
  },
  disclosureObjections: {
    sql: `SELECT count(*)::int AS n FROM disclosure_objections o JOIN disclosures d ON d.id = o.disclosure_id WHERE d.union_id = $1 AND o.answer IS NULL`,
    args: unionOnly,
  },
  counsellingRequests: {
    sql: `SELECT count(*)::int AS n FROM counselling_appointments a JOIN counsellors c ON c.id = a.counsellor_id
           WHERE a.union_id = $1 AND c.member_id = $2 AND a.status = 'requested' AND a.starts_at > $3`,
    args: ({ unionId, memberId, now }) => [unionId, memberId, now],
  },
  counsellingToday: {
    sql: `SELECT count(*)::int AS n FROM counselling_appointments a JOIN counsellors c ON c.id = a.counsellor_id
           WHERE a.union_id = $1 AND c.member_id = $2 AND a.status = 'confirmed'
             AND (a.starts_at AT TIME ZONE 'Asia/Shanghai')::date = ${dayOf('$3')}`,
    args: ({ unionId, memberId, now }) => [unionId, memberId, now],
  },
};

/** The counts behind the 工作台's 待办. */
export function overviewRepository(db: Queryable) {
  return {
    /**
     * How many of one kind wait for the asker (in their union; for a counsellor, their own) at their
     * `now`. Throws when the feature's table is missing; the caller decides what that means.
     */
    async waitingCount(key: WaitingKey, asker: Asker): Promise<number> {
      const { sql, args } = WAITING_SQL[key];
      const [row] = await db.query<{ n: number }>(sql, args(asker));
      return row?.n ?? 0;
    },
  };
}
