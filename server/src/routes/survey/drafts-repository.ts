import type { Static } from '@sinclair/typebox';
import { now } from '../../clock';
import type { Queryable } from '../../db';
import type { SurveyInput } from './schemas';
import type { QuestionDraft } from './template';

type Input = Omit<Static<typeof SurveyInput>, 'questions'>;

/** A draft's settings as statement parameters, in the order both create and replaceDraft write them. */
const settingsParams = (input: Input) => [
  input.opensOn,
  input.title.trim(),
  input.intro?.trim() ?? '',
  input.closesOn,
  input.passLine ?? 85,
  input.resultsVisible ?? false,
  input.byBranch ?? true,
];

/** Writing a survey while it is a draft: its settings, audience branches and questions (part of the survey repository). */
export function draftQueries(db: Queryable) {
  async function writeParts(id: number, branchIds: number[], questions: QuestionDraft[]) {
    await db.query(`INSERT INTO survey_branches (survey_id, branch_id) SELECT $1, unnest($2::int[])`, [id, branchIds]);
    await db.query(
      `INSERT INTO survey_questions (survey_id, position, kind, section, title, required, options, satisfaction)
       SELECT $1, q.position, q.kind, q.section, q.title, q.required, q.options, q.satisfaction
         FROM jsonb_to_recordset($2::jsonb) AS q(position int, kind text, section text, title text, required boolean, options jsonb, satisfaction boolean)`,
      [id, JSON.stringify(questions.map((q, index) => ({ ...q, position: index + 1 })))],
    );
  }

  return {
    async create(unionId: number, createdBy: number | null, input: Input, questions: QuestionDraft[]): Promise<number> {
      const [row] = await db.query<{ id: number }>(
        `INSERT INTO surveys (union_id, created_by, year, title, intro, opens_at, closes_at, pass_line, results_visible, by_branch)
         VALUES ($1, $2, extract(year FROM $3::date)::int, $4, $5,
                 $3::date::timestamp AT TIME ZONE 'Asia/Shanghai', ($6::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai', $7, $8, $9)
         RETURNING id`,
        [unionId, createdBy, ...settingsParams(input)],
      );
      await writeParts(row!.id, input.branchIds, questions);
      return row!.id;
    },

    /** Replaces a draft's settings and questions; false when it is not a draft any more. */
    async replaceDraft(id: number, input: Input, questions: QuestionDraft[]): Promise<boolean> {
      const rows = await db.query(
        `UPDATE surveys SET year = extract(year FROM $2::date)::int, title = $3, intro = $4,
                opens_at = $2::date::timestamp AT TIME ZONE 'Asia/Shanghai', closes_at = ($5::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai',
                pass_line = $6, results_visible = $7, by_branch = $8, updated_at = $9
          WHERE id = $1 AND status = 'draft' RETURNING id`,
        [id, ...settingsParams(input), now()],
      );
      if (rows.length === 0) return false;
      await db.query(`DELETE FROM survey_branches WHERE survey_id = $1`, [id]);
      await db.query(`DELETE FROM survey_questions WHERE survey_id = $1`, [id]);
      await writeParts(id, input.branchIds, questions);
      return true;
    },

    async removeDraft(id: number): Promise<boolean> {
      return (await db.query(`DELETE FROM surveys WHERE id = $1 AND status = 'draft' RETURNING id`, [id])).length === 1;
    },
  };
}
