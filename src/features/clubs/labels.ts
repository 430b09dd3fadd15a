import { can, type WithCapabilities } from '@/services/capabilities';
import type { ClubCategory, ClubSummary, JoinPolicy } from './types';

export const CATEGORY_TABS: { key: 'all' | ClubCategory; label: string }[] = [
  { key: 'all', label: '全部' },
  { key: 'sports', label: '体育健身' },
  { key: 'arts', label: '文艺' },
  { key: 'culture', label: '读书文化' },
  { key: 'other', label: '其他' },
];

export const CATEGORIES = CATEGORY_TABS.filter((t): t is { key: ClubCategory; label: string } => t.key !== 'all');

export const POLICY_LABELS: Record<JoinPolicy, string> = {
  open: '直接加入',
  approval: '需负责人审核',
  closed: '暂停招新',
};

export const POLICIES = (Object.keys(POLICY_LABELS) as JoinPolicy[]).map((key) => ({ key, label: POLICY_LABELS[key] }));

export function roleLabel(club: Pick<ClubSummary, 'myRole' | 'archived'>): string | undefined {
  if (club.archived) return '已停用';
  if (club.myRole === 'leader') return '我是负责人';
  if (club.myRole === 'member') return '已加入';
  if (club.myRole === 'pending') return '审核中';
  return undefined;
}

/** 工会干事 and 工会主席 of the member's own union run its clubs (the server's `officer`). */
export function isClubStaff(member: WithCapabilities | null | undefined): boolean {
  return can(member, 'officer');
}
