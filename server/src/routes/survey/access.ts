import { forbidden, notFound } from '../../errors';
import type { Caller } from '../../plugins/auth';
import { officerOf } from '../../policy';
import type { SurveyRepository, SurveyRow } from './repository';

/** Staff and the chair run their union's evaluations. */
export const canManage = (caller: Caller, survey: Pick<SurveyRow, 'unionId'>) => officerOf(caller, survey.unionId);

/** The refusal of a route that runs one survey, for anyone but the officers of its union. */
export const MANAGERS_ONLY = '只有本工会的工会干事或工会主席可以管理评议';

export const surveyNotFound = () => notFound('评议不存在或已被删除');

/** A survey the caller manages; another union's survey is simply not there. */
export function requireManaged(caller: Caller, survey: SurveyRow | null): SurveyRow {
  if (!survey || (survey.unionId !== caller.unionId && !canManage(caller, survey))) throw surveyNotFound();
  if (!canManage(caller, survey)) throw forbidden(MANAGERS_ONLY);
  return survey;
}

export async function loadManaged(repo: SurveyRepository, caller: Caller, id: number): Promise<SurveyRow> {
  return requireManaged(caller, await repo.find(id));
}
