import type { Static } from '@sinclair/typebox';
import type { Queryable } from '../../db';
import type { Caller } from '../../plugins/auth';
import { canManage } from './access';
import { type SurveyRow, surveyRepository } from './repository';
import type { SurveyDetail } from './schemas';

/** A survey with its questions, as the caller sees it: their own receipt, never anyone else's. */
export async function surveyDetail(
  db: Queryable,
  caller: Caller,
  survey: SurveyRow,
  inAudience: boolean,
): Promise<Static<typeof SurveyDetail>> {
  const repo = surveyRepository(db);
  const questions = await repo.questions(survey.id);
  const branches = await repo.audienceBranches(survey.id);
  const receiptCode = await repo.receiptOf(survey.id, caller.memberId);
  const {
    id,
    title,
    phase,
    year,
    opensAt,
    closesAt,
    opensOn,
    closesOn,
    unionName,
    intro,
    passLine,
    resultsVisible,
    byBranch,
  } = survey;
  return {
    ...{
      id,
      title,
      phase,
      year,
      opensAt,
      closesAt,
      opensOn,
      closesOn,
      unionName,
      intro,
      passLine,
      resultsVisible,
      byBranch,
    },
    branches,
    questions,
    answered: receiptCode !== null,
    receiptCode,
    inAudience,
    canManage: canManage(caller, survey),
  };
}

/** The survey `id` (known to exist) as the caller sees it. */
export async function surveyDetailById(
  db: Queryable,
  caller: Caller,
  id: number,
): Promise<Static<typeof SurveyDetail>> {
  const repo = surveyRepository(db);
  return surveyDetail(db, caller, (await repo.find(id))!, await repo.isInAudience(id, caller.memberId));
}
