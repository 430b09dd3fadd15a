import { forbidden, notFound } from '../../errors';
import type { Caller } from '../../plugins/auth';
import { officerOf, requireOfficer } from '../../policy';
import type { SurveyRepository, SurveyRow } from './repository';

/** Staff and the chair run their union's evaluations. */
export const canManage = (caller: Caller, survey: Pick<SurveyRow, 'unionId'>) => officerOf(caller, survey.unionId);

export const requireManager = (caller: Caller) => requireOfficer(caller);

export const surveyNotFound = () => notFound('评议不存在或已被删除');

/** A survey the caller manages; another union's survey is simply not there. */
export function requireManaged(caller: Caller, survey: SurveyRow | null): SurveyRow {
  if (!survey || (survey.unionId !== caller.unionId && !canManage(caller, survey))) throw surveyNotFound();
  if (!canManage(caller, survey)) throw forbidden('只有本工会的工会干事或工会主席可以管理评议');
  return survey;
}

export async function loadManaged(repo: SurveyRepository, caller: Caller, id: number): Promise<SurveyRow> {
  return requireManaged(caller, await repo.find(id));
}
