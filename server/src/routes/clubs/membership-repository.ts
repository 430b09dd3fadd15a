import type { Queryable } from '../../db';

/** Who leads and who belongs to a club, and the applications to join (part of the club repository). */
export function membershipQueries(db: Queryable) {
  return {
    async setLeaders(clubId: number, leaderIds: number[]): Promise<void> {
      await db.query(
        `UPDATE club_members SET role = 'member' WHERE club_id = $1 AND role = 'leader' AND NOT (member_id = ANY($2::int[]))`,
        [clubId, leaderIds],
      );
      await db.query(
        `INSERT INTO club_members (club_id, member_id, role) SELECT $1, unnest($2::int[]), 'leader'
         ON CONFLICT (club_id, member_id) DO UPDATE SET role = 'leader'`,
        [clubId, leaderIds],
      );
      await db.query(
        `UPDATE club_applications SET status = 'approved', decided_at = now() WHERE club_id = $1 AND status = 'pending' AND member_id = ANY($2::int[])`,
        [clubId, leaderIds],
      );
    },

    /** How many of these ids are active members of the union. */
    async countUnionMembers(unionId: number, ids: number[]): Promise<number> {
      const [row] = await db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM members WHERE union_id = $1 AND status = 'active' AND id = ANY($2::int[])`,
        [unionId, ids],
      );
      return row!.n;
    },

    /** Active members of the union by name or staff number, for choosing leaders. */
    async searchPeople(unionId: number, q: string) {
      return db.query<{ id: number; name: string; staffNo: string }>(
        `SELECT id, name, staff_no AS "staffNo" FROM members
          WHERE union_id = $1 AND status = 'active' AND (name ILIKE $2 OR staff_no ILIKE $3)
          ORDER BY name <> $4, staff_no LIMIT 20`,
        [unionId, `%${q}%`, `${q}%`, q],
      );
    },

    async addMember(clubId: number, memberId: number): Promise<void> {
      await db.query(`INSERT INTO club_members (club_id, member_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [
        clubId,
        memberId,
      ]);
    },

    async removeMember(clubId: number, memberId: number): Promise<boolean> {
      return (
        (
          await db.query(
            `DELETE FROM club_members WHERE club_id = $1 AND member_id = $2 AND role = 'member' RETURNING 1`,
            [clubId, memberId],
          )
        ).length === 1
      );
    },

    async latestApplication(clubId: number, memberId: number) {
      const [row] = await db.query<{ id: number; status: string; reply: string }>(
        `SELECT id, status, reply FROM club_applications WHERE club_id = $1 AND member_id = $2 ORDER BY id DESC LIMIT 1`,
        [clubId, memberId],
      );
      return row ?? null;
    },

    async apply(clubId: number, memberId: number, reason: string): Promise<number> {
      const [row] = await db.query<{ id: number }>(
        `INSERT INTO club_applications (club_id, member_id, reason) VALUES ($1, $2, $3)
         ON CONFLICT (club_id, member_id) WHERE status = 'pending' DO UPDATE SET reason = excluded.reason RETURNING id`,
        [clubId, memberId, reason],
      );
      return row!.id;
    },

    async applications(clubId: number) {
      return db.query<{ id: number; memberId: number; name: string; reason: string; createdAt: Date }>(
        `SELECT a.id, a.member_id AS "memberId", m.name, a.reason, a.created_at AS "createdAt"
           FROM club_applications a JOIN members m ON m.id = a.member_id
          WHERE a.club_id = $1 AND a.status = 'pending' ORDER BY a.id`,
        [clubId],
      );
    },

    /** Locks a pending application; null when it is not there or already decided. */
    async lockPendingApplication(id: number) {
      const [row] = await db.query<{ id: number; clubId: number; memberId: number }>(
        `SELECT id, club_id AS "clubId", member_id AS "memberId" FROM club_applications WHERE id = $1 AND status = 'pending' FOR UPDATE`,
        [id],
      );
      return row ?? null;
    },

    async applicationClub(id: number): Promise<number | null> {
      const [row] = await db.query<{ clubId: number }>(
        `SELECT club_id AS "clubId" FROM club_applications WHERE id = $1`,
        [id],
      );
      return row?.clubId ?? null;
    },

    async decide(id: number, approve: boolean, reply: string, decidedBy: number): Promise<void> {
      await db.query(
        `UPDATE club_applications SET status = $2, reply = $3, decided_by = $4, decided_at = now() WHERE id = $1`,
        [id, approve ? 'approved' : 'rejected', reply, decidedBy],
      );
    },
  };
}
