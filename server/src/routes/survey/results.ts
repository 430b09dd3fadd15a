import { now } from '../../clock';
import type { Static } from '@sinclair/typebox';
import type { Queryable } from '../../db';
import { ballotRepository } from './ballot-repository';
import { type SurveyRow, surveyRepository } from './repository';
import type { SurveyResults } from './schemas';
import { tallyResults } from './tally';
import { MIN_GROUP } from './template';

export type Results = Static<typeof SurveyResults>;

/**
 * The results of one survey as a viewer may see them: staff get the text answers and the 分工会
 * breakdown, members reading published results get neither. Figures follow the rule of 5.
 */
export async function buildResults(db: Queryable, survey: SurveyRow, viewer: 'staff' | 'member'): Promise<Results> {
  const repo = surveyRepository(db);
  const [questions, turnout, { ballots, comments, waiting }] = await Promise.all([
    repo.questions(survey.id),
    repo.turnout(survey.id),
    ballotRepository(db).readBallots(survey.id),
  ]);
  const branches = viewer === 'staff' && survey.byBranch ? await repo.branchAudience(survey.id) : null;
  const tally = tallyResults({
    questions,
    ballots,
    comments,
    audience: turnout.audience,
    answered: turnout.answered,
    passLine: survey.passLine,
    branches,
    includeTexts: viewer === 'staff',
  });
  const { id, title, phase, opensAt, closesAt, unionName, byBranch } = survey;
  return {
    survey: { id, title, phase, opensAt, closesAt, unionName, byBranch },
    minGroup: MIN_GROUP,
    ...tally,
    waiting,
    generatedAt: now(),
  };
}
