import type { Db } from '../../server/src/db';
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
}
