/**
 * Who holds the session of the token hash in parameter `hash`, with their roles: a statement of its own,
 * or a common table expression of a route's first statement (booking joins it in to save a round trip).
 * Exported so the benchmark gives pgbench the same SQL. Only repositories and other `-sql.ts` modules import it.
 */
export const callerSql = (
  hash: string,
) => `SELECT m.id AS "memberId", m.name, m.union_id AS "unionId", m.branch_id AS "branchId",
            coalesce(json_agg(json_build_object('role', r.role, 'unionId', r.union_id))
                     FILTER (WHERE r.role IS NOT NULL), '[]') AS roles
       FROM sessions s
       JOIN members m ON m.id = s.member_id
       LEFT JOIN member_roles r ON r.member_id = m.id
      WHERE s.token_hash = ${hash} AND s.expires_at > now() AND m.status = 'active'
      GROUP BY m.id`;
