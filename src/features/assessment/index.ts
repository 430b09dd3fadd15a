// The 建家评家 feature's public surface for its pages.
export * as assessmentApi from './api';
export { figureText, LEADERSHIP_ITEMS, leadershipLabel, PHASE_LABELS, shortDay, STATUS_LABELS } from './labels';
export { isSchoolOfficer, isUpperOfficer } from './permissions';
export type { Figure, Rollup, RollupRow, Round, SelfAssessment, SelfItem } from './types';
