// The survey feature's public surface for its pages.
export * as surveyApi from './api';
export { firstMissing, isAnswered, progressOf, restoreAnswers, toggleChoice, toSubmission } from './answers';
export { formatDay, formatPercent, formatWindow, PHASE_LABELS, PHASE_TONES } from './format';
export { canManageSurveys, isSupervisor } from './permissions';
export { progressStore } from './progress';
export type {
  AnswerMap,
  AnswerValue,
  BranchOptions,
  Question,
  QuestionDraft,
  QuestionKind,
  Receipt,
  StaffSurveyItem,
  SurveyCard,
  SurveyDetail,
  SurveyInput,
  SurveyPhase,
  SurveyResults,
  SurveyRollup,
} from './types';
