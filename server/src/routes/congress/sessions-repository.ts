import type { Queryable } from '../../db';

export interface SessionRow {
  id: number;
  unionId: number;
  term: string;
  title: string;
  opensOn: string;
  closesOn: string;
  secondersRequired: number;
  replyDays: number;
  publishedAt: Date | null;
  motionCount: number;
}

export interface Standing {
  delegate: boolean;
  committee: boolean;
}

const SESSION_COLUMNS = `s.id, s.union_id AS "unionId", s.term, s.title, s.opens_on AS "opensOn", s.closes_on AS "closesOn",
  s.seconders_required AS "secondersRequired", s.reply_days AS "replyDays", s.published_at AS "publishedAt",
  (SELECT count(*) FROM congress_motions m WHERE m.session_id = s.id AND m.status <> 'draft') AS "motionCount"`;

/** Sessions, 代表 and 承办部门: the frame the motions live in. Returns null for not found. */
export function sessionsRepository(db: Queryable) {
  return {
    async list(unionId: number): Promise<SessionRow[]> {
      return db.query<SessionRow>(
        `SELECT ${SESSION_COLUMNS} FROM congress_sessions s WHERE s.union_id = $1 ORDER BY s.opens_on DESC, s.id DESC`,
        [unionId],
      );
    },

    async find(id: number): Promise<SessionRow | null> {
      const [row] = await db.query<SessionRow>(`SELECT ${SESSION_COLUMNS} FROM congress_sessions s WHERE s.id = $1`, [
        id,
      ]);
      return row ?? null;
    },

    async findByTitle(unionId: number, title: string): Promise<SessionRow | null> {
      const [row] = await db.query<SessionRow>(
        `SELECT ${SESSION_COLUMNS} FROM congress_sessions s WHERE s.union_id = $1 AND s.title = $2`,
        [unionId, title],
      );
      return row ?? null;
    },

    /** Creates the session unless one of the same title exists; answers the id of the new row or null. */
    async insert(s: {
      unionId: number;
      term: string;
      title: string;
      opensOn: string;
      closesOn: string;
      secondersRequired: number;
      replyDays: number;
      createdBy: number;
    }) {
      const [row] = await db.query<{ id: number }>(
        `INSERT INTO congress_sessions (union_id, term, title, opens_on, closes_on, seconders_required, reply_days, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (union_id, title) DO NOTHING RETURNING id`,
        [s.unionId, s.term, s.title, s.opensOn, s.closesOn, s.secondersRequired, s.replyDays, s.createdBy],
      );
      return row?.id ?? null;
    },

    /** Publishing is once: a second call keeps the first instant. */
    async publish(id: number, at: Date): Promise<void> {
      await db.query(`UPDATE congress_sessions SET published_at = coalesce(published_at, $2) WHERE id = $1`, [id, at]);
    },

    async standing(memberId: number, unionId: number, term: string): Promise<Standing> {
      const [row] = await db.query<{ committee: boolean }>(
        `SELECT committee FROM congress_delegates WHERE union_id = $1 AND term = $2 AND member_id = $3`,
        [unionId, term, memberId],
      );
      return { delegate: row !== undefined, committee: row?.committee ?? false };
    },

    /** The active member of this union with this 工号 (who can be marked a 代表), or null. */
    async activeMemberIdByStaffNo(unionId: number, staffNo: string): Promise<number | null> {
      const [row] = await db.query<{ id: number }>(
        `SELECT id FROM members WHERE union_id = $1 AND staff_no = $2 AND status = 'active'`,
        [unionId, staffNo],
      );
      return row?.id ?? null;
    },

    async delegates(unionId: number, term: string) {
      return db.query<{ memberId: number; name: string; staffNo: string; committee: boolean }>(
        `SELECT d.member_id AS "memberId", m.name, m.staff_no AS "staffNo", d.committee
           FROM congress_delegates d JOIN members m ON m.id = d.member_id
          WHERE d.union_id = $1 AND d.term = $2 ORDER BY m.staff_no`,
        [unionId, term],
      );
    },

    /** Setting the same mark twice changes nothing. */
    async setDelegate(unionId: number, term: string, memberId: number, committee: boolean) {
      await db.query(
        `INSERT INTO congress_delegates (union_id, term, member_id, committee) VALUES ($1, $2, $3, $4)
         ON CONFLICT (union_id, term, member_id) DO UPDATE SET committee = EXCLUDED.committee`,
        [unionId, term, memberId, committee],
      );
    },

    async removeDelegate(unionId: number, term: string, memberId: number) {
      await db.query(`DELETE FROM congress_delegates WHERE union_id = $1 AND term = $2 AND member_id = $3`, [
        unionId,
        term,
        memberId,
      ]);
    },

    async departments(unionId: number, includeInactive: boolean) {
      return db.query<{ id: number; name: string; active: boolean }>(
        `SELECT id, name, active FROM congress_departments WHERE union_id = $1 AND (active OR $2) ORDER BY id`,
        [unionId, includeInactive],
      );
    },

    async findDepartment(unionId: number, id: number) {
      const [row] = await db.query<{ id: number; name: string; active: boolean }>(
        `SELECT id, name, active FROM congress_departments WHERE union_id = $1 AND id = $2`,
        [unionId, id],
      );
      return row ?? null;
    },

    /** Adding a department that exists (a double tap) answers the existing one, made active again. */
    async upsertDepartment(unionId: number, name: string) {
      const [row] = await db.query<{ id: number; name: string; active: boolean }>(
        `INSERT INTO congress_departments (union_id, name) VALUES ($1, $2)
         ON CONFLICT (union_id, name) DO UPDATE SET active = true RETURNING id, name, active`,
        [unionId, name],
      );
      return row!;
    },

    async setDepartmentActive(unionId: number, id: number, active: boolean) {
      const [row] = await db.query<{ id: number; name: string; active: boolean }>(
        `UPDATE congress_departments SET active = $3 WHERE union_id = $1 AND id = $2 RETURNING id, name, active`,
        [unionId, id, active],
      );
      return row ?? null;
    },
  };
}
