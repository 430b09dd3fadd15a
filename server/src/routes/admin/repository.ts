import type { Queryable } from '../../db';
import type { RoleName } from '../../plugins/auth';
import { keysetPage } from '../../schemas/keyset';
import { branchQueries } from './branch-repository';
import type { RosterRow } from './roster';

/** Where the roster goes on: after (status, staff number), unique within a union. */
export type RosterKey = readonly [string, string];

export interface MemberView {
  id: number;
  name: string;
  staffNo: string;
  phone: string;
  branchId: number | null;
  branchName: string | null;
  status: 'active' | 'left';
  bound: boolean;
  erased: boolean;
  roles: RoleName[];
}

export interface MemberFields {
  name: string;
  staffNo: string;
  phone: string;
  branchId: number | null;
  status: 'active' | 'left';
}

interface Existing {
  id: number;
  staffNo: string;
  name: string;
  phone: string;
  branchId: number | null;
  status: 'active' | 'left';
}

export interface ImportPlan {
  create: (RosterRow & { branchId: number | null })[];
  update: (RosterRow & { id: number; branchId: number | null })[];
  deactivate: number[];
  unchanged: number;
}

const SELECT_MEMBER = `m.id, m.name, m.staff_no AS "staffNo", m.phone, m.branch_id AS "branchId", b.name AS "branchName",
  m.status, m.openid IS NOT NULL AS bound, m.erased_at IS NOT NULL AS erased,
  coalesce((SELECT array_agg(r.role ORDER BY r.role) FROM member_roles r WHERE r.member_id = m.id), '{}') AS roles`;

/** Every query of the 工作台's roster, branches and roles; null for not found, never an HTTP error. */
export function adminRepository(db: Queryable) {
  return {
    ...branchQueries(db),

    /**
     * A page of the roster in its order (在册 before 已离会, then by 工号), by keyset: the page after
     * `after` is a range of migration 074's index, however far down the list it is. `total` counts
     * the union's matching members, at most one school's staff.
     */
    async listMembers(
      unionId: number,
      filter: { q?: string; branchId?: number; status?: string; limit: number; after: RosterKey | null },
    ) {
      const where = ['m.union_id = $1'];
      const params: unknown[] = [unionId];
      if (filter.q) {
        const like = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
        where.push(
          `(m.name LIKE $${params.push(like)} OR m.staff_no ILIKE $${params.length} OR m.phone LIKE $${params.length})`,
        );
      }
      if (filter.branchId) where.push(`m.branch_id = $${params.push(filter.branchId)}`);
      if (filter.status) where.push(`m.status = $${params.push(filter.status)}`);
      const clause = where.join(' AND ');
      const page = filter.after ? `AND (m.status, m.staff_no) > ($${params.length + 1}, $${params.length + 2})` : '';
      const pageParams = filter.after ? [...params, ...filter.after] : params;
      const rows = await db.query<MemberView>(
        `SELECT ${SELECT_MEMBER} FROM members m LEFT JOIN unions b ON b.id = m.branch_id WHERE ${clause} ${page}
          ORDER BY m.status, m.staff_no LIMIT $${pageParams.length + 1}`,
        [...pageParams, filter.limit + 1],
      );
      const [count] = await db.query<{ total: number }>(
        `SELECT count(*)::int AS total FROM members m WHERE ${clause}`,
        params,
      );
      return { ...keysetPage(rows, filter.limit, (m) => [m.status, m.staffNo]), total: count!.total };
    },

    async findMember(unionId: number, id: number, lock = false): Promise<MemberView | null> {
      const [row] = await db.query<MemberView>(
        `SELECT ${SELECT_MEMBER} FROM members m LEFT JOIN unions b ON b.id = m.branch_id WHERE m.union_id = $1 AND m.id = $2${lock ? ' FOR UPDATE OF m' : ''}`,
        [unionId, id],
      );
      return row ?? null;
    },

    async staffNoTaken(unionId: number, staffNo: string, exceptId = 0): Promise<boolean> {
      return (
        (
          await db.query(`SELECT 1 FROM members WHERE union_id = $1 AND staff_no = $2 AND id <> $3`, [
            unionId,
            staffNo,
            exceptId,
          ])
        ).length > 0
      );
    },

    async createMember(unionId: number, input: MemberFields): Promise<number> {
      const [row] = await db.query<{ id: number }>(
        `INSERT INTO members (union_id, branch_id, name, staff_no, phone, status) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [unionId, input.branchId, input.name, input.staffNo, input.phone, input.status],
      );
      return row!.id;
    },

    async updateMember(unionId: number, id: number, input: MemberFields): Promise<void> {
      await db.query(
        `UPDATE members SET name = $3, staff_no = $4, phone = $5, branch_id = $6, status = $7, updated_at = now()
          WHERE union_id = $1 AND id = $2`,
        [unionId, id, input.name, input.staffNo, input.phone, input.branchId, input.status],
      );
    },

    /** A member who left can no longer sign in: the WeChat binding and every session go. */
    async revokeAccess(ids: number[]): Promise<void> {
      if (!ids.length) return;
      await db.query(`UPDATE members SET openid = NULL, bound_at = NULL WHERE id = ANY($1::int[])`, [ids]);
      await db.query(`DELETE FROM sessions WHERE member_id = ANY($1::int[])`, [ids]);
    },

    /** Compares the file with the roster in one read: what to create, change, deactivate, leave alone. */
    async planImport(unionId: number, rows: RosterRow[]): Promise<ImportPlan> {
      const existing = await db.query<Existing>(
        `SELECT id, staff_no AS "staffNo", name, phone, branch_id AS "branchId", status FROM members WHERE union_id = $1`,
        [unionId],
      );
      const branchIds = new Map((await this.branches(unionId)).map((b) => [b.name, b.id]));
      const byStaffNo = new Map(existing.map((m) => [m.staffNo, m]));
      const plan: ImportPlan = { create: [], update: [], deactivate: [], unchanged: 0 };
      for (const row of rows) {
        const branchId = row.branchName ? branchIds.get(row.branchName)! : null;
        const current = byStaffNo.get(row.staffNo);
        if (!current) plan.create.push({ ...row, branchId });
        else if (
          current.name === row.name &&
          current.phone === row.phone &&
          current.branchId === branchId &&
          current.status === row.status
        )
          plan.unchanged += 1;
        else {
          plan.update.push({ ...row, id: current.id, branchId });
          if (current.status === 'active' && row.status === 'left') plan.deactivate.push(current.id);
        }
      }
      return plan;
    },

    /** Applies a plan with one statement per kind of change, whatever the number of rows. */
    async applyImport(unionId: number, plan: ImportPlan): Promise<void> {
      const columns = (rows: ImportPlan['create']) => [
        rows.map((r) => r.branchId),
        rows.map((r) => r.name),
        rows.map((r) => r.staffNo),
        rows.map((r) => r.phone),
        rows.map((r) => r.status),
      ];
      if (plan.create.length) {
        await db.query(
          `INSERT INTO members (union_id, branch_id, name, staff_no, phone, status)
           SELECT $1, * FROM unnest($2::int[], $3::text[], $4::text[], $5::text[], $6::text[])`,
          [unionId, ...columns(plan.create)],
        );
      }
      if (plan.update.length) {
        await db.query(
          `UPDATE members m SET branch_id = u.branch_id, name = u.name, phone = u.phone, status = u.status, updated_at = now()
             FROM unnest($2::int[], $3::int[], $4::text[], $5::text[], $6::text[], $7::text[]) AS u(id, branch_id, name, staff_no, phone, status)
            WHERE m.id = u.id AND m.union_id = $1`,
          [unionId, plan.update.map((r) => r.id), ...columns(plan.update)],
        );
      }
      await this.revokeAccess(plan.deactivate);
    },

    async lockUnion(unionId: number): Promise<void> {
      await db.query(`SELECT id FROM unions WHERE id = $1 FOR UPDATE`, [unionId]);
    },

    async grantRole(memberId: number, unionId: number, role: RoleName): Promise<boolean> {
      const rows = await db.query(
        `INSERT INTO member_roles (member_id, union_id, role) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING role`,
        [memberId, unionId, role],
      );
      return rows.length === 1;
    },

    async revokeRole(memberId: number, unionId: number, role: RoleName): Promise<boolean> {
      const rows = await db.query(
        `DELETE FROM member_roles WHERE member_id = $1 AND union_id = $2 AND role = $3 RETURNING role`,
        [memberId, unionId, role],
      );
      return rows.length === 1;
    },
  };
}
