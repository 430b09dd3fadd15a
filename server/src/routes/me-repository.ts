import type { Static } from '@sinclair/typebox';
import type { Queryable } from '../db';
import { capabilitiesOf } from '../policy';
import type { Me } from '../schemas/member';

type MeRow = Omit<Static<typeof Me>, 'capabilities'>;

/**
 * The signed-in member with their union, 分工会, roles and what those let them do (the policies'
 * verdicts, so the client shows only what the server will accept); null when there is no such active member.
 */
export async function findMe(db: Queryable, memberId: number): Promise<Static<typeof Me> | null> {
  const [row] = await db.query<MeRow>(
    `SELECT m.id, m.name, m.staff_no AS "staffNo",
            json_build_object('id', u.id, 'name', u.name, 'kind', u.kind) AS union,
            CASE WHEN b.id IS NULL THEN NULL ELSE json_build_object('id', b.id, 'name', b.name) END AS branch,
            coalesce((SELECT json_agg(json_build_object('role', r.role, 'unionId', r.union_id, 'unionName', ru.name)
                                      ORDER BY r.union_id, r.role)
                        FROM member_roles r JOIN unions ru ON ru.id = r.union_id
                       WHERE r.member_id = m.id), '[]') AS roles
       FROM members m
       JOIN unions u ON u.id = m.union_id
       LEFT JOIN unions b ON b.id = m.branch_id
      WHERE m.id = $1 AND m.status = 'active'`,
    [memberId],
  );
  if (!row) return null;
  const capabilities = capabilitiesOf({
    caller: { unionId: row.union.id, roles: row.roles },
    unionKind: row.union.kind,
  });
  return { ...row, capabilities };
}
