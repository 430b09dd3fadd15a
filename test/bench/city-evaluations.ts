import type { Db } from '../../server/src/db';
import { DEFAULT_RESULTS, DEFAULT_STANDARD } from '../../server/src/routes/assessment';
import { surveyRepository } from '../../server/src/routes/survey/repository';
import { STANDARD_TEMPLATE } from '../../server/src/routes/survey/template';

/** One timed statement of the city build (city-data.ts). */
export type Step = (label: string, sql: string, params?: unknown[]) => Promise<void>;

/**
 * Every school's evaluation of the year, created as the app creates one (its questions frozen),
 * open, and answered by three members in five, each answer counted against its participant as
 * castBallot does. Reads the build's scratch table city_schools.
 */
export async function buildEvaluations(db: Db, schools: number, step: Step, log: (line: string) => void) {
  const surveyStarted = Date.now();
  const surveys = surveyRepository(db);
  const year = Number(new Date().toLocaleDateString('en-CA', { timeZone: 'Asia/Shanghai' }).slice(0, 4));
  const opensOn = `${year}-01-02`;
  const closesOn = `${year}-12-30`;
  const schoolIds = (await db.query<{ id: number }>(`SELECT id FROM city_schools ORDER BY n`)).map((r) => r.id);
  for (const id of schoolIds) {
    await surveys.create(
      id,
      null,
      {
        opensOn,
        closesOn,
        title: `${year}年度会员评议职工之家`,
        intro: '',
        branchIds: [],
        passLine: 85,
        resultsVisible: true,
        byBranch: true,
      },
      STANDARD_TEMPLATE.questions,
    );
  }
  await db.query(
    `UPDATE surveys SET status = 'open', opened_at = now() WHERE union_id IN (SELECT id FROM city_schools)`,
  );
  log(`  ${`${schools} evaluations`.padEnd(34)} ${((Date.now() - surveyStarted) / 1000).toFixed(1)} s`);
  // Three in five members answer; each answer is counted against its participant, as castBallot does.
  await step(
    'their answers',
    `
      WITH p AS (
        INSERT INTO survey_participants (survey_id, member_id, receipt_code)
        SELECT v.id, m.id, translate(upper(substr(h, 1, 4) || '-' || substr(h, 5, 4) || '-' || substr(h, 9, 4)), '01', 'GH')
          FROM surveys v JOIN members m ON m.union_id = v.union_id, LATERAL (SELECT md5(v.id || ':' || m.id) AS h) hh
         WHERE v.union_id IN (SELECT id FROM city_schools) AND m.id % 5 < 3 RETURNING survey_id, member_id)
      INSERT INTO survey_answers (survey_id, branch_id, choices)
      SELECT p.survey_id, m.branch_id,
             (SELECT jsonb_object_agg(q.id::text, CASE
                       WHEN q.satisfaction THEN to_jsonb(CASE WHEN m.id % 10 < 8 THEN 0 WHEN m.id % 10 = 8 THEN 1 ELSE 2 END)
                       WHEN q.kind = 'rating' THEN to_jsonb(1 + (m.id + q.position) % 5)
                       WHEN q.kind = 'single' THEN to_jsonb((m.id + q.position) % jsonb_array_length(q.options))
                       ELSE jsonb_build_array((m.id + q.position) % jsonb_array_length(q.options)) END)
                FROM survey_questions q WHERE q.survey_id = p.survey_id AND q.kind <> 'text')
        FROM p JOIN members m ON m.id = p.member_id`,
  );
  // The build writes with triggers off (city-data.ts), so the 满意率 tallies they keep are counted here once.
  await step(
    'their 满意率 tallies',
    `
      INSERT INTO survey_satisfaction_tallies (survey_id, satisfied, basic, unsatisfied)
      SELECT a.survey_id, count(*) FILTER (WHERE a.choices -> q.id::text = '0'),
             count(*) FILTER (WHERE a.choices -> q.id::text = '1'), count(*) FILTER (WHERE a.choices -> q.id::text = '2')
        FROM survey_answers a JOIN survey_questions q ON q.survey_id = a.survey_id AND q.satisfaction
       WHERE a.survey_id IN (SELECT v.id FROM surveys v JOIN city_schools s ON s.id = v.union_id)
       GROUP BY a.survey_id`,
  );
}

/**
 * The city's 建家评家 round of the year with every school at a stage of it: one in five not started,
 * one a draft of three items, two submitted with the figures they saw, one reviewed and rated.
 * Returns the round's id.
 */
export async function buildAssessmentRound(db: Db, cityId: number, step: Step): Promise<number> {
  const year = Number(new Date().toLocaleDateString('en-CA', { timeZone: 'Asia/Shanghai' }).slice(0, 4));
  const [round] = await db.query<{ id: number }>(
    `INSERT INTO assessment_rounds (union_id, year, title, opens_on, closes_on, items, results)
     VALUES ($1, $2, $3, make_date($2, 1, 2), make_date($2, 12, 30), $4::jsonb, $5) RETURNING id`,
    [cityId, year, `${year}年度全市“职工之家”建家评家`, JSON.stringify(DEFAULT_STANDARD), DEFAULT_RESULTS],
  );
  const figures = JSON.stringify({
    survey: [
      { label: '参评人数', value: 120, unit: '人' },
      { label: '参评率', value: 60, unit: '%' },
      { label: '满意率', value: 90, unit: '%' },
    ],
  });
  await step(
    'a 建家评家 round, every school at a stage',
    `
      WITH a AS (
        INSERT INTO self_assessments (round_id, union_id, status, leadership_rating, figures, submitted_at, result, reviewed_at)
        SELECT $1, s.id, st, CASE WHEN st <> 'draft' THEN 'good' END, CASE WHEN st <> 'draft' THEN $2::jsonb END,
               CASE WHEN st <> 'draft' THEN now() - interval '3 days' END,
               CASE WHEN st = 'accepted' THEN ($3::text[])[1 + s.n % cardinality($3::text[])] END,
               CASE WHEN st = 'accepted' THEN now() - interval '1 day' END
          FROM city_schools s, LATERAL (SELECT (ARRAY[NULL, 'draft', 'submitted', 'submitted', 'accepted'])[1 + s.n % 5] AS st) x
         WHERE st IS NOT NULL RETURNING id, status)
      INSERT INTO self_assessment_items (assessment_id, item_key, self_score, evidence, review_score)
      SELECT a.id, i.key, greatest(i.points - a.id % 3, 0), '材料已归档。', CASE WHEN a.status = 'accepted' THEN greatest(i.points - 1, 0) END
        FROM a, jsonb_to_recordset($4::jsonb) AS i(key text, points int, n int)
       WHERE a.status <> 'draft' OR i.n <= 3`,
    [
      round!.id,
      figures,
      DEFAULT_RESULTS,
      JSON.stringify(DEFAULT_STANDARD.map((item, n) => ({ key: item.key, points: item.points, n: n + 1 }))),
    ],
  );
  return round!.id;
}
