// The 送温暖 feature's public surface for its pages.
export * as careApi from './api';
export { beijingToday, GROUP_LABELS, money, newRequestId, shortDay } from './labels';
export type {
  CareGroup,
  CareKind,
  CareRecord,
  CareSummary,
  HardshipMember,
  MemberOption,
  NewCareRecord,
} from './types';
