/**
 * The SQL the survey repositories share. A survey's phase depends on the time, which is the app's one
 * clock (server/src/clock.ts) passed in as a statement parameter: `at` names that parameter ('$2').
 */

export type SurveyPhase = 'draft' | 'scheduled' | 'open' | 'closed';

// `status` is what staff set; the window decides the rest.
export const phaseAt = (at: string) => `CASE WHEN s.status = 'draft' THEN 'draft'
                    WHEN s.status = 'closed' OR s.closes_at <= ${at} THEN 'closed'
                    WHEN s.opens_at > ${at} THEN 'scheduled' ELSE 'open' END`;

// The window is kept as instants; staff chose Beijing calendar days, the end day included.
export const cardAt = (at: string) => `s.id, s.title, ${phaseAt(at)} AS phase, s.year,
  s.opens_at AS "opensAt", s.closes_at AS "closesAt",
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
export const AUDIENCE_COUNT = `((SELECT count(*)::int FROM members m WHERE ${IN_AUDIENCE})
  + (SELECT count(*)::int FROM survey_participants p JOIN members m ON m.id = p.member_id
      WHERE p.survey_id = s.id AND NOT coalesce(${IN_AUDIENCE}, false)))`;

export const SATISFACTION_COUNTS = `SELECT count(*) FILTER (WHERE a.choices -> q.id::text = '0')::int AS satisfied,
       count(*) FILTER (WHERE a.choices -> q.id::text = '1')::int AS basic,
       count(*) FILTER (WHERE a.choices -> q.id::text = '2')::int AS unsatisfied
  FROM survey_questions q LEFT JOIN survey_answers a ON a.survey_id = q.survey_id`;

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

/** One survey with everything staff and members read of it; `at` is the parameter holding the time. */
export const selectSurveyAt = (at: string) => `SELECT ${cardAt(at)}, s.union_id AS "unionId", s.intro, s.status,
       s.pass_line AS "passLine", s.results_visible AS "resultsVisible", s.by_branch AS "byBranch",
       coalesce(s.reminded_at > ${at}::timestamptz - interval '12 hours', false) AS "remindedRecently"
  FROM surveys s JOIN unions u ON u.id = s.union_id`;
