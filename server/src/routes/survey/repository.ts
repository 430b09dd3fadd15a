import type { Static } from '@sinclair/typebox';
import { now } from '../../clock';
import type { Queryable } from '../../db';
import { audienceQueries } from './audience-repository';
import { draftQueries } from './drafts-repository';
import { lifecycleQueries } from './lifecycle-repository';
import { rollupQueries } from './rollup-repository';
import type { Question, SurveyCard } from './schemas';
import { AUDIENCE_COUNT, cardAt, IN_AUDIENCE, selectSurveyAt, type SurveyRow } from './survey-sql';

export type { RollupRow } from './rollup-repository';
export type { SurveyPhase, SurveyRow } from './survey-sql';

type QuestionRow = Static<typeof Question>;
type Card = Static<typeof SurveyCard>;

/**
 * Surveys as members and staff read them, with the parts written elsewhere: drafts, audience and
 * turnout, state changes and export tickets, roll-ups. Phases are read at the app's clock (`now()`).
 */
export function surveyRepository(db: Queryable) {
  return {
    ...draftQueries(db),
    ...audienceQueries(db),
    ...lifecycleQueries(db),
    ...rollupQueries(db),
    async find(id: number): Promise<SurveyRow | null> {
      const [row] = await db.query<SurveyRow>(`${selectSurveyAt('$2')} WHERE s.id = $1`, [id, now()]);
      return row ?? null;
    },

    /** The same, locked for the rest of the caller's transaction: submissions and state changes queue here. */
    async lock(id: number): Promise<SurveyRow | null> {
      const [row] = await db.query<SurveyRow>(`${selectSurveyAt('$2')} WHERE s.id = $1 FOR UPDATE OF s`, [id, now()]);
      return row ?? null;
    },

    async questions(surveyId: number): Promise<QuestionRow[]> {
      return db.query<QuestionRow>(
        `SELECT id, position, kind, section, title, required, options, satisfaction FROM survey_questions WHERE survey_id = $1 ORDER BY position`,
        [surveyId],
      );
    },

    /** Open surveys whose audience includes the member, with whether they have answered. */
    async listOpenFor(memberId: number): Promise<Card[]> {
      return db.query<Card>(
        `SELECT ${cardAt('$2')}, (SELECT count(*)::int FROM survey_questions q WHERE q.survey_id = s.id) AS "questionCount",
                EXISTS (SELECT 1 FROM survey_participants p WHERE p.survey_id = s.id AND p.member_id = m.id) AS answered
           FROM surveys s JOIN unions u ON u.id = s.union_id JOIN members m ON m.id = $1
          WHERE s.status = 'open' AND s.opens_at <= $2 AND s.closes_at > $2 AND ${IN_AUDIENCE}
          ORDER BY s.closes_at, s.id`,
        [memberId, now()],
      );
    },

    /** Closed surveys of the union whose results staff made public. */
    async listPublished(unionId: number, memberId: number): Promise<Card[]> {
      return db.query<Card>(
        `SELECT ${cardAt('$3')}, (SELECT count(*)::int FROM survey_questions q WHERE q.survey_id = s.id) AS "questionCount",
                EXISTS (SELECT 1 FROM survey_participants p WHERE p.survey_id = s.id AND p.member_id = $2) AS answered
           FROM surveys s JOIN unions u ON u.id = s.union_id
          WHERE s.union_id = $1 AND s.results_visible AND s.status <> 'draft' AND (s.status = 'closed' OR s.closes_at <= $3)
          ORDER BY s.closes_at DESC, s.id DESC LIMIT 20`,
        [unionId, memberId, now()],
      );
    },

    /** Every survey of the union for staff, drafts included, with turnout counts. */
    async listForUnion(unionId: number) {
      return db.query<Card & { audience: number; answered: number }>(
        `SELECT ${cardAt('$2')},
                ${AUDIENCE_COUNT} AS audience,
                (SELECT count(*)::int FROM survey_participants p WHERE p.survey_id = s.id) AS answered
           FROM surveys s JOIN unions u ON u.id = s.union_id
          WHERE s.union_id = $1
          ORDER BY s.status = 'draft' DESC, s.opens_at DESC, s.id DESC`,
        [unionId, now()],
      );
    },

    /** The union's latest evaluation of the year that is not a draft (by opening), for the 建家 figures. */
    async latestOfYear(unionId: number, year: number): Promise<number | null> {
      const [latest] = await db.query<{ id: number }>(
        `SELECT id FROM surveys WHERE union_id = $1 AND year = $2 AND status <> 'draft' ORDER BY opens_at DESC, id DESC LIMIT 1`,
        [unionId, year],
      );
      return latest?.id ?? null;
    },

    async unionName(unionId: number): Promise<string> {
      const [row] = await db.query<{ name: string }>(`SELECT name FROM unions WHERE id = $1`, [unionId]);
      return row?.name ?? '';
    },
  };
}

export type SurveyRepository = ReturnType<typeof surveyRepository>;
