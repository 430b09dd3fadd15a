import type { FastifyInstance } from 'fastify';
import type { Queryable } from '../../server/src/db';
import type { RoleName } from '../../server/src/plugins/auth';

let sequence = 0;
const next = () => (sequence += 1);

/** A district with two schools; the first school has two 分工会. */
export async function createUnionTree(db: Queryable) {
  const insert = async (kind: string, name: string, parentId: number | null) =>
    (
      await db.query<{ id: number }>(`INSERT INTO unions (kind, name, parent_id) VALUES ($1, $2, $3) RETURNING id`, [
        kind,
        name,
        parentId,
      ])
    )[0]!.id;
  const districtId = await insert('district', `测试区教育工会${next()}`, null);
  const schoolId = await insert('school', `测试第一小学工会${next()}`, districtId);
  const otherSchoolId = await insert('school', `测试第二中学工会${next()}`, districtId);
  const branchIds = [
    await insert('branch', '语文组分工会', schoolId),
    await insert('branch', '数学组分工会', schoolId),
  ];
  return { districtId, schoolId, otherSchoolId, branchIds };
}

export interface TestMember {
  id: number;
  staffNo: string;
  name: string;
  phone: string;
}

export async function createMember(
  db: Queryable,
  unionId: number,
  options: {
    name?: string;
    branchId?: number | null;
    roles?: RoleName[];
    roleUnionId?: number;
    status?: 'active' | 'left';
  } = {},
): Promise<TestMember> {
  const n = next();
  const staffNo = `X${String(n).padStart(5, '0')}`;
  const phone = `1380000${String(n).padStart(4, '0')}`;
  const name = options.name ?? `会员${n}`;
  const [row] = await db.query<{ id: number }>(
    `INSERT INTO members (union_id, branch_id, name, staff_no, phone, status) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [unionId, options.branchId ?? null, name, staffNo, phone, options.status ?? 'active'],
  );
  for (const role of options.roles ?? []) {
    await db.query(`INSERT INTO member_roles (member_id, union_id, role) VALUES ($1, $2, $3)`, [
      row!.id,
      options.roleUnionId ?? unionId,
      role,
    ]);
  }
  return { id: row!.id, staffNo, name, phone };
}

/** Signs in through the dev-login route, as the H5 demo does, and returns the bearer header. */
export async function signIn(app: FastifyInstance, member: { staffNo: string }) {
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/dev-login',
    payload: { staffNo: member.staffNo },
  });
  if (response.statusCode !== 200) throw new Error(`dev-login failed: ${response.body}`);
  return { authorization: `Bearer ${response.json<{ token: string }>().token}` };
}
