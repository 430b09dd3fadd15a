// The 建家评家 feature's public surface for its pages.
export * as assessmentApi from './api';
export {
  FIGURE_LABELS,
  figureText,
  LEADERSHIP_ITEMS,
  leadershipLabel,
  PHASE_LABELS,
  shortDay,
  SOURCE_LABELS,
  STATUS_LABELS,
  CHILD_KINDS,
  UNION_KIND_LABELS,
} from './labels';
export { isSchoolOfficer, isUpperOfficer } from './permissions';
export type {
  Figure,
  PeerList,
  PeerPair,
  Rollup,
  RollupRow,
  Round,
  SelfAssessment,
  SelfItem,
  Standard,
  StandardItem,
  UnionKind,
  UnionNode,
} from './types';
