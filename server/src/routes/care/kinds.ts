import type { Queryable } from '../../db';
import { careRecordRepository } from './record-repository';

/** The fixed groups every union's kinds fall into; upper unions add schools up by group. */
export const CARE_GROUPS = ['five_visits', 'festival', 'hardship', 'education', 'other'] as const;
export type CareGroup = (typeof CARE_GROUPS)[number];
export const GROUP_LABELS: Record<CareGroup, string> = {
  five_visits: '五必访',
  festival: '节日慰问',
  hardship: '困难帮扶',
  education: '助学',
  other: '其他',
};

export interface CareKind {
  code: string;
  label: string;
  group: CareGroup;
  active: boolean;
}

const kind = (code: string, label: string, group: CareGroup): CareKind => ({ code, label, group, active: true });

/** 五必访 (住院、结婚、生育、退休、丧亲), festival care, hardship support and 助学, as the texts list them. */
export const DEFAULT_KINDS: CareKind[] = [
  kind('hospital', '住院慰问', 'five_visits'),
  kind('wedding', '结婚祝贺', 'five_visits'),
  kind('birth', '生育慰问', 'five_visits'),
  kind('retirement', '退休慰问', 'five_visits'),
  kind('bereavement', '丧亲慰问', 'five_visits'),
  kind('festival', '节日慰问', 'festival'),
  kind('hardship', '困难帮扶', 'hardship'),
  kind('education', '金秋助学', 'education'),
  kind('other', '其他慰问', 'other'),
];

/** A union's kinds: its own list once adapted, the built-in one before. */
export async function kindsOf(db: Queryable, unionId: number): Promise<CareKind[]> {
  return (await careRecordRepository(db).savedCareKinds(unionId)) ?? DEFAULT_KINDS;
}

/** 教师节 is 9月10日; 春节 moves with the lunar calendar, so its dates are listed. */
export const SPRING_FESTIVAL: Record<number, string> = {
  2026: '2026-02-17',
  2027: '2027-02-06',
  2028: '2028-01-26',
  2029: '2029-02-13',
  2030: '2030-02-03',
  2031: '2031-01-23',
  2032: '2032-02-11',
};
