import type { Queryable } from '../../db';
import { hashToken, newToken } from '../../plugins/auth';

export const BIND_FAILURE_LIMIT = 5;

export function authRepository(db: Queryable) {
  return {
    async findMemberIdByOpenid(openid: string): Promise<number | null> {
      const [row] = await db.query<{ id: number }>(`SELECT id FROM members WHERE openid = $1 AND status = 'active'`, [
        openid,
      ]);
      return row?.id ?? null;
    },

    async findMemberIdByStaffNo(staffNo: string): Promise<number | null> {
      const [row] = await db.query<{ id: number }>(
        `SELECT id FROM members WHERE staff_no = $1 AND status = 'active' ORDER BY id LIMIT 1`,
        [staffNo],
      );
      return row?.id ?? null;
    },

    async createBindTicket(openid: string, ttlMinutes = 15) {
      const ticket = newToken();
      const [row] = await db.query<{ expires_at: Date }>(
        `INSERT INTO bind_tickets (ticket_hash, openid, expires_at)
         VALUES ($1, $2, now() + make_interval(mins => $3)) RETURNING expires_at`,
        [hashToken(ticket), openid, ttlMinutes],
      );
      return { ticket, expiresAt: row!.expires_at };
    },

    async openidForTicket(ticket: string): Promise<string | null> {
      const [row] = await db.query<{ openid: string }>(
        `SELECT openid FROM bind_tickets WHERE ticket_hash = $1 AND expires_at > now()`,
        [hashToken(ticket)],
      );
      return row?.openid ?? null;
    },

    async deleteTicketsOf(openid: string) {
      await db.query(`DELETE FROM bind_tickets WHERE openid = $1 OR expires_at < now()`, [openid]);
    },

    /** Serialises binding attempts of one WeChat user, so the failure limit holds under parallel tries. */
    async lockOpenid(openid: string) {
      await db.query(`SELECT pg_advisory_xact_lock(hashtext('bind:' || $1))`, [openid]);
    },

    async recentFailures(openid: string): Promise<number> {
      const [row] = await db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM bind_failures WHERE openid = $1 AND failed_at > now() - interval '1 hour'`,
        [openid],
      );
      return row!.n;
    },

    async recordFailure(openid: string) {
      await db.query(`INSERT INTO bind_failures (openid) VALUES ($1)`, [openid]);
    },

    /** Roster entries that match all three answers; the phone is compared on its last four digits only. */
    async matchRoster(name: string, staffNo: string, phoneLast4: string) {
      return db.query<{ id: number; openid: string | null }>(
        `SELECT id, openid FROM members
          WHERE name = $1 AND staff_no = $2 AND right(phone, 4) = $3 AND status = 'active'`,
        [name, staffNo, phoneLast4],
      );
    },

    async bind(memberId: number, openid: string): Promise<boolean> {
      const rows = await db.query(
        `UPDATE members SET openid = $2, bound_at = now(), updated_at = now()
          WHERE id = $1 AND openid IS NULL
            AND NOT EXISTS (SELECT 1 FROM members WHERE openid = $2)
          RETURNING id`,
        [memberId, openid],
      );
      return rows.length === 1;
    },

    async deleteSession(token: string) {
      await db.query(`DELETE FROM sessions WHERE token_hash = $1`, [hashToken(token)]);
    },

    /** The names of the top-level unions, at most two: enough to tell whether the deployment serves one. */
    async rootUnionNames(): Promise<string[]> {
      const roots = await db.query<{ name: string }>(
        `SELECT name FROM unions WHERE parent_id IS NULL ORDER BY id LIMIT 2`,
      );
      return roots.map((r) => r.name);
    },

    /** Who a new developer or reviewer can sign in as: every officer, then two plain members per school. */
    async demoAccounts() {
      return db.query<{ staffNo: string; name: string; unionName: string; roles: string[] }>(
        `SELECT staff_no AS "staffNo", name, "unionName", roles FROM (
           SELECT m.staff_no, m.name, u.name AS "unionName", m.id,
                  coalesce(array_agg(DISTINCT r.role) FILTER (WHERE r.role IS NOT NULL), '{}') AS roles,
                  row_number() OVER (PARTITION BY m.union_id, count(r.role) = 0 ORDER BY m.id) AS rank
             FROM members m
             JOIN unions u ON u.id = m.union_id
             LEFT JOIN member_roles r ON r.member_id = m.id
            WHERE m.status = 'active'
            GROUP BY m.id, u.name) listed
          WHERE cardinality(roles) > 0 OR rank <= 2
          ORDER BY cardinality(roles) = 0, id
          LIMIT 30`,
      );
    },
  };
}
