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

// Read straight from each feature's tables. Each query gets $1 = the caller's union and, when it
// asks for it, $2 = the caller (a counsellor sees only their own); PostgreSQL refuses a parameter
// the statement does not use.
const WAITING_SQL: Record<WaitingKey, string> = {
  helpNew: `SELECT count(*)::int AS n FROM help_requests WHERE union_id = $1 AND status = 'submitted'`,
  bookingApprovals: `SELECT count(*)::int AS n FROM bookings b JOIN rooms r ON r.id = b.room_id WHERE r.union_id = $1 AND b.status = 'pending'`,
  receptionToday: `SELECT count(*)::int AS n FROM reception_appointments a JOIN reception_sessions s ON s.id = a.session_id
           WHERE a.union_id = $1 AND a.status <> 'cancelled' AND s.session_date = (now() AT TIME ZONE 'Asia/Shanghai')::date`,
  congressReplies: `SELECT count(*)::int AS n FROM congress_motions WHERE union_id = $1 AND status = 'accepted'`,
  disclosureObjections: `SELECT count(*)::int AS n FROM disclosure_objections o JOIN disclosures d ON d.id = o.disclosure_id WHERE d.union_id = $1 AND o.answer IS NULL`,
  counsellingRequests: `SELECT count(*)::int AS n FROM counselling_appointments a JOIN counsellors c ON c.id = a.counsellor_id
           WHERE a.union_id = $1 AND c.member_id = $2 AND a.status = 'requested' AND a.starts_at > now()`,
  counsellingToday: `SELECT count(*)::int AS n FROM counselling_appointments a JOIN counsellors c ON c.id = a.counsellor_id
           WHERE a.union_id = $1 AND c.member_id = $2 AND a.status = 'confirmed'
             AND (a.starts_at AT TIME ZONE 'Asia/Shanghai')::date = (now() AT TIME ZONE 'Asia/Shanghai')::date`,
};

/** The counts behind the 工作台's 待办. */
export function overviewRepository(db: Queryable) {
  return {
    /**
     * How many of one kind wait in the union (for a counsellor: for that member). Throws when the
     * feature's table is missing; the caller decides what that means.
     */
    async waitingCount(key: WaitingKey, unionId: number, memberId: number): Promise<number> {
      const sql = WAITING_SQL[key];
      const [row] = await db.query<{ n: number }>(sql, sql.includes('$2') ? [unionId, memberId] : [unionId]);
      return row?.n ?? 0;
    },
  };
}
