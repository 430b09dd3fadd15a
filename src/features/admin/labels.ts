import type { AdminRole, MemberStatus } from './types';

export const ROLE_LABELS: Record<AdminRole, string> = {
  staff: '工会干事',
  chair: '工会主席',
  counsellor: '心理咨询师',
  supervisor: '上级工会',
};

export const STATUS_LABELS: Record<MemberStatus, string> = { active: '在册', left: '离会' };

/** The roles a union of this kind gives, in the order the forms list them. */
export const roleChoicesFor = (unionKind: string): readonly AdminRole[] =>
  unionKind === 'district' || unionKind === 'city' ? ['supervisor'] : ['staff', 'chair', 'counsellor'];
