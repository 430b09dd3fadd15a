import type { Static } from '@sinclair/typebox';
import type { Queryable } from '../../db';
import { draftQueries } from './drafts-repository';
import type { Question, SurveyCard } from './schemas';
import type { BranchAudience, SatisfactionCount } from './tally';

export type SurveyPhase = 'draft' | 'scheduled' | 'open' | 'closed';

// `status` is what staff set; the window decides the rest.
const PHASE = `CASE WHEN s.status = 'draft' THEN 'draft'
                    WHEN s.status = 'closed' OR s.closes_at <= now() THEN 'closed'
                    WHEN s.opens_at > now() THEN 'scheduled' ELSE 'open' END`;

// The window is kept as instants; staff chose Beijing calendar days, the end day included.
const CARD = `s.id, s.title, ${PHASE} AS phase, s.year, s.opens_at AS "opensAt", s.closes_at AS "closesAt",
  to_char(s.opens_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD') AS "opensOn",
  to_char((s.closes_at - interval '1 microsecond') AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD') AS "closesOn",
  u.name AS "unionName"`;

/** Member `m` is in the audience of survey `s`: an active member of its union, in a chosen 分工会 if any. */
export const IN_AUDIENCE = `(m.union_id = s.union_id AND m.status = 'active'
  AND (NOT EXISTS (SELECT 1 FROM survey_branches sb WHERE sb.survey_id = s.id)
       OR m.branch_id IN (SELECT sb.branch_id FROM survey_branches sb WHERE sb.survey_id = s.id)))`;

/**
 * How many members survey `s` reaches: its audience, plus those who answered and have since left it.
 * Two counts rather than one OR, so that each is an index lookup (the union's members, the survey's
 * participants) instead of a scan of every member of every union.
 */
const AUDIENCE_COUNT = `((SELECT count(*)::int FROM members m WHERE ${IN_AUDIENCE})
  + (SELECT count(*)::int FROM survey_participants p JOIN members m ON m.id = p.member_id
      WHERE p.survey_id = s.id AND NOT coalesce(${IN_AUDIENCE}, false)))`;

const SATISFACTION_COUNTS = `SELECT count(*) FILTER (WHERE a.choices -> q.id::text = '0')::int AS satisfied,
       count(*) FILTER (WHERE a.choices -> q.id::text = '1')::int AS basic,
       count(*) FILTER (WHERE a.choices -> q.id::text = '2')::int AS unsatisfied
  FROM survey_questions q LEFT JOIN survey_answers a ON a.survey_id = q.survey_id`;

/** One school in an upper union's roll-up; the survey's fields are null when it has none that year. */
export interface RollupRow {
  unionId: number;
  unionName: string;
  parentName: string;
  schoolMembers: number;
  surveyId: number | null;
  title: string | null;
  phase: SurveyRow['phase'] | null;
  passLine: number | null;
  audience: number | null;
  answered: number;
  satisfied: number | null;
  basic: number | null;
  unsatisfied: number | null;
}

export interface SurveyRow {
  id: number;
  unionId: number;
  unionName: string;
  title: string;
  intro: string;
  status: 'draft' | 'open' | 'closed';
  phase: SurveyPhase;
  year: number;
  opensAt: Date;
  closesAt: Date;
  opensOn: string;
  closesOn: string;
  passLine: number;
  resultsVisible: boolean;
  byBranch: boolean;
  remindedRecently: boolean;
}

type QuestionRow = Static<typeof Question>;
type Card = Static<typeof SurveyCard>;

const SELECT_SURVEY = `SELECT ${CARD}, s.union_id AS "unionId", s.intro, s.status, s.pass_line AS "passLine",
       s.results_visible AS "resultsVisible", s.by_branch AS "byBranch",
       coalesce(s.reminded_at > now() - interval '12 hours', false) AS "remindedRecently"
  FROM surveys s JOIN unions u ON u.id = s.union_id`;

/** Surveys as members and staff read them, and their lifecycle; drafts are written by ./drafts-repository. */
export function surveyRepository(db: Queryable) {
  return {
    ...draftQueries(db),
    async find(id: number): Promise<SurveyRow | null> {
      const [row] = await db.query<SurveyRow>(`${SELECT_SURVEY} WHERE s.id = $1`, [id]);
      return row ?? null;
    },

    /** The same, locked for the rest of the caller's transaction: submissions and state changes queue here. */
    async lock(id: number): Promise<SurveyRow | null> {
      const [row] = await db.query<SurveyRow>(`${SELECT_SURVEY} WHERE s.id = $1 FOR UPDATE OF s`, [id]);
      return row ?? null;
    },

    async questions(surveyId: number): Promise<QuestionRow[]> {
      return db.query<QuestionRow>(
        `SELECT id, position, kind, section, title, required, options, satisfaction FROM survey_questions WHERE survey_id = $1 ORDER BY position`,
        [surveyId],
      );
    },

    async audienceBranches(surveyId: number): Promise<{ id: number; name: string }[]> {
      return db.query(
        `SELECT u.id, u.name FROM survey_branches sb JOIN unions u ON u.id = sb.branch_id WHERE sb.survey_id = $1 ORDER BY u.id`,
        [surveyId],
      );
    },

    /** Open surveys whose audience includes the member, with whether they have answered. */
    async listOpenFor(memberId: number): Promise<Card[]> {
      return db.query<Card>(
        `SELECT ${CARD}, (SELECT count(*)::int FROM survey_questions q WHERE q.survey_id = s.id) AS "questionCount",
                EXISTS (SELECT 1 FROM survey_participants p WHERE p.survey_id = s.id AND p.member_id = m.id) AS answered
           FROM surveys s JOIN unions u ON u.id = s.union_id JOIN members m ON m.id = $1
          WHERE s.status = 'open' AND s.opens_at <= now() AND s.closes_at > now() AND ${IN_AUDIENCE}
          ORDER BY s.closes_at, s.id`,
        [memberId],
      );
    },

    /** Closed surveys of the union whose results staff made public. */
    async listPublished(unionId: number, memberId: number): Promise<Card[]> {
      return db.query<Card>(
        `SELECT ${CARD}, (SELECT count(*)::int FROM survey_questions q WHERE q.survey_id = s.id) AS "questionCount",
                EXISTS (SELECT 1 FROM survey_participants p WHERE p.survey_id = s.id AND p.member_id = $2) AS answered
           FROM surveys s JOIN unions u ON u.id = s.union_id
          WHERE s.union_id = $1 AND s.results_visible AND s.status <> 'draft' AND (s.status = 'closed' OR s.closes_at <= now())
          ORDER BY s.closes_at DESC, s.id DESC LIMIT 20`,
        [unionId, memberId],
      );
    },

    /** Every survey of the union for staff, drafts included, with turnout counts. */
    async listForUnion(unionId: number) {
      return db.query<Card & { audience: number; answered: number }>(
        `SELECT ${CARD},
                ${AUDIENCE_COUNT} AS audience,
                (SELECT count(*)::int FROM survey_participants p WHERE p.survey_id = s.id) AS answered
           FROM surveys s JOIN unions u ON u.id = s.union_id
          WHERE s.union_id = $1
          ORDER BY s.status = 'draft' DESC, s.opens_at DESC, s.id DESC`,
        [unionId],
      );
    },

    async isInAudience(surveyId: number, memberId: number): Promise<boolean> {
      const rows = await db.query(
        `SELECT 1 FROM surveys s JOIN members m ON m.id = $2 WHERE s.id = $1 AND ${IN_AUDIENCE}`,
        [surveyId, memberId],
      );
      return rows.length === 1;
    },

    async receiptOf(surveyId: number, memberId: number): Promise<string | null> {
      const [row] = await db.query<{ receipt_code: string }>(
        `SELECT receipt_code FROM survey_participants WHERE survey_id = $1 AND member_id = $2`,
        [surveyId, memberId],
      );
      return row?.receipt_code ?? null;
    },

    /** Whose receipt this is, within one union; the receipt says nothing of the answers. */
    async findReceipt(unionId: number, code: string) {
      const [row] = await db.query<{ surveyId: number; surveyTitle: string; memberName: string }>(
        `SELECT s.id AS "surveyId", s.title AS "surveyTitle", m.name AS "memberName"
           FROM survey_participants p JOIN surveys s ON s.id = p.survey_id JOIN members m ON m.id = p.member_id
          WHERE p.receipt_code = $1 AND s.union_id = $2`,
        [code, unionId],
      );
      return row ?? null;
    },

    /** Audience and participation counts; members who left after answering still count as audience. */
    async turnout(surveyId: number): Promise<{ audience: number; answered: number }> {
      const [row] = await db.query<{ audience: number; answered: number }>(
        `SELECT ${AUDIENCE_COUNT} AS audience,
                (SELECT count(*)::int FROM survey_participants p WHERE p.survey_id = s.id) AS answered
           FROM surveys s WHERE s.id = $1`,
        [surveyId],
      );
      return row ?? { audience: 0, answered: 0 };
    },

    /** Audience size of each 分工会 in the audience (for the breakdown's 参评率). */
    async branchAudience(surveyId: number): Promise<BranchAudience[]> {
      return db.query<BranchAudience>(
        `SELECT b.id AS "branchId", b.name,
                (SELECT count(*)::int FROM members m WHERE m.branch_id = b.id AND ${IN_AUDIENCE}) AS audience
           FROM surveys s JOIN unions b ON b.parent_id = s.union_id AND b.kind = 'branch'
          WHERE s.id = $1 AND (NOT EXISTS (SELECT 1 FROM survey_branches sb WHERE sb.survey_id = s.id)
                               OR b.id IN (SELECT sb.branch_id FROM survey_branches sb WHERE sb.survey_id = s.id))
          ORDER BY b.id`,
        [surveyId],
      );
    },

    async branchOptions(unionId: number) {
      const items = await db.query<{ id: number; name: string; memberCount: number }>(
        `SELECT b.id, b.name, (SELECT count(*)::int FROM members m WHERE m.branch_id = b.id AND m.status = 'active') AS "memberCount"
           FROM unions b WHERE b.parent_id = $1 AND b.kind = 'branch' ORDER BY b.id`,
        [unionId],
      );
      const [all] = await db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM members WHERE union_id = $1 AND status = 'active'`,
        [unionId],
      );
      return { items, memberCount: all!.n };
    },

    /** How many of the given ids are 分工会 of this union. */
    async countOwnBranches(unionId: number, branchIds: number[]): Promise<number> {
      const [row] = await db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM unions WHERE parent_id = $1 AND kind = 'branch' AND id = ANY($2::int[])`,
        [unionId, branchIds],
      );
      return row!.n;
    },

    async markOpen(id: number): Promise<void> {
      await db.query(`UPDATE surveys SET status = 'open', opened_at = now(), updated_at = now() WHERE id = $1`, [id]);
    },

    /** Closes now, or at the end of its window when that has already passed. */
    async markClosed(id: number): Promise<void> {
      await db.query(
        `UPDATE surveys SET status = 'closed', closed_at = least(now(), closes_at), updated_at = now() WHERE id = $1`,
        [id],
      );
    },

    /** Open surveys whose window has passed, locked for closing; another instance skips them. */
    async lockLapsed(): Promise<number[]> {
      const rows = await db.query<{ id: number }>(
        `SELECT id FROM surveys WHERE status = 'open' AND closes_at <= now() FOR UPDATE SKIP LOCKED`,
      );
      return rows.map((r) => r.id);
    },

    async audienceMemberIds(surveyId: number, onlyNotAnswered: boolean): Promise<number[]> {
      const rows = await db.query<{ id: number }>(
        `SELECT m.id FROM surveys s JOIN members m ON ${IN_AUDIENCE}
          WHERE s.id = $1 ${onlyNotAnswered ? 'AND NOT EXISTS (SELECT 1 FROM survey_participants p WHERE p.survey_id = s.id AND p.member_id = m.id)' : ''}
          ORDER BY m.id`,
        [surveyId],
      );
      return rows.map((r) => r.id);
    },

    /** A one-time export ticket (its hash) for five minutes; expired ones are cleared on the way. */
    async createExportTicket(ticketHash: string, surveyId: number, memberId: number): Promise<Date> {
      await db.query(`DELETE FROM survey_export_tickets WHERE expires_at < now()`);
      const [row] = await db.query<{ expires_at: Date }>(
        `INSERT INTO survey_export_tickets (ticket_hash, survey_id, member_id, expires_at)
         VALUES ($1, $2, $3, now() + interval '5 minutes') RETURNING expires_at`,
        [ticketHash, surveyId, memberId],
      );
      return row!.expires_at;
    },

    /** Uses up a ticket: it answers once, and only before it expires. */
    async spendExportTicket(ticketHash: string): Promise<{ surveyId: number; memberId: number } | null> {
      const [row] = await db.query<{ surveyId: number; memberId: number }>(
        `DELETE FROM survey_export_tickets WHERE ticket_hash = $1 AND expires_at > now() RETURNING survey_id AS "surveyId", member_id AS "memberId"`,
        [ticketHash],
      );
      return row ?? null;
    },

    /** Whether an active member still holds one of these roles on the union. */
    async isManager(memberId: number, unionId: number, roles: readonly string[]): Promise<boolean> {
      const rows = await db.query(
        `SELECT 1 FROM member_roles r JOIN members m ON m.id = r.member_id
          WHERE r.member_id = $1 AND r.union_id = $2 AND r.role = ANY($3::text[]) AND m.status = 'active'`,
        [memberId, unionId, roles],
      );
      return rows.length > 0;
    },

    async unionName(unionId: number): Promise<string> {
      const [row] = await db.query<{ name: string }>(`SELECT name FROM unions WHERE id = $1`, [unionId]);
      return row?.name ?? '';
    },

    /**
     * Every school at any depth under an upper union with its year's survey, turnout and 满意率 counts, in one statement:
     * a city has hundreds of schools, and three statements a school took seconds. Per school it reads only indexes and
     * one row of counts: the head count from the members' index, which participants are still in the audience by a
     * merge of two indexes, and 满意率 from the tally kept as answers are written (migration 081), not the answers.
     * The audience is as AUDIENCE_COUNT counts it: those in it now, plus those who answered and have since left it.
     */
    async rollupOf(upperId: number, year: number) {
      return db.query<RollupRow>(
        `SELECT u.id AS "unionId", u.name AS "unionName", p.name AS "parentName", roster.n AS "schoolMembers",
                s.id AS "surveyId", s.title, ${PHASE} AS phase, s.pass_line AS "passLine",
                CASE WHEN s.id IS NOT NULL
                     THEN CASE WHEN s.branches THEN (SELECT count(*)::int FROM members m WHERE ${IN_AUDIENCE}) ELSE roster.n END
                          + part.answered - part.present END AS audience,
                coalesce(part.answered, 0) AS answered,
                CASE WHEN q.id IS NOT NULL THEN coalesce(t.satisfied, 0) END AS satisfied,
                CASE WHEN q.id IS NOT NULL THEN coalesce(t.basic, 0) END AS basic,
                CASE WHEN q.id IS NOT NULL THEN coalesce(t.unsatisfied, 0) END AS unsatisfied
           FROM unions_under($1) tree JOIN unions u ON u.id = tree.id JOIN unions p ON p.id = u.parent_id
           CROSS JOIN LATERAL (SELECT count(*)::int AS n FROM members m WHERE m.union_id = u.id AND m.status = 'active') roster
           LEFT JOIN LATERAL (SELECT s.*, EXISTS (SELECT 1 FROM survey_branches sb WHERE sb.survey_id = s.id) AS branches
                                FROM surveys s WHERE s.union_id = u.id AND s.year = $2 AND s.status <> 'draft'
                               ORDER BY s.opens_at DESC, s.id DESC LIMIT 1) s ON true
           LEFT JOIN LATERAL (SELECT (SELECT count(*)::int FROM survey_participants sp WHERE sp.survey_id = s.id) AS answered,
                                     (SELECT count(*)::int FROM survey_participants sp JOIN members m ON m.id = sp.member_id
                                       WHERE sp.survey_id = s.id AND ${IN_AUDIENCE}) AS present) part ON true
           LEFT JOIN survey_questions q ON q.survey_id = s.id AND q.satisfaction
           LEFT JOIN survey_satisfaction_tallies t ON t.survey_id = s.id
          WHERE u.kind = 'school'
          ORDER BY tree.depth, p.id, u.id`,
        [upperId, year],
      );
    },

    /** The counts behind 满意率, tallied in the database so that no answer leaves it. */
    async satisfactionCounts(surveyId: number): Promise<SatisfactionCount | null> {
      const [row] = await db.query<Omit<SatisfactionCount, 'valid'>>(
        `${SATISFACTION_COUNTS} WHERE q.survey_id = $1 AND q.satisfaction GROUP BY q.id`,
        [surveyId],
      );
      return row ? { ...row, valid: row.satisfied + row.basic + row.unsatisfied } : null;
    },

    async markReminded(id: number): Promise<void> {
      await db.query(`UPDATE surveys SET reminded_at = now() WHERE id = $1`, [id]);
    },
  };
}

export type SurveyRepository = ReturnType<typeof surveyRepository>;
