// The 送温暖 feature's public surface for its pages.
export * as careApi from './api';
export { beijingToday, money, newRequestId, shortDay } from './labels';
export type { CareKind, CareRecord, CareSummary, HardshipMember, MemberOption, NewCareRecord } from './types';
