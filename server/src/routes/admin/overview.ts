import { now } from '../../clock';
import type { Db } from '../../db';
import type { RoleName } from '../../plugins/auth';
import { OFFICER_ROLES } from '../../policy';
import { overviewRepository, type WaitingKey } from './overview-repository';

interface Waiting {
  key: WaitingKey;
  label: string;
  roles: RoleName[];
  path: string;
}

// What waits for an officer, and who sees it. A feature that is not installed (its table missing)
// is left out rather than breaking the 工作台.
const WAITING: Waiting[] = [
  {
    key: 'helpNew',
    label: '新的求助',
    roles: [...OFFICER_ROLES],
    path: '/packages/help/pages/queue/index',
  },
  {
    key: 'bookingApprovals',
    label: '待审批的预约',
    roles: [...OFFICER_ROLES],
    path: '/packages/booking/pages/approvals/index',
  },
  {
    key: 'receptionToday',
    label: '今日主席接待',
    roles: [...OFFICER_ROLES],
    path: '/packages/reception/pages/desk/index',
  },
  {
    key: 'congressReplies',
    label: '待录入答复的提案',
    roles: [...OFFICER_ROLES],
    path: '/packages/congress/pages/index/index?status=accepted',
  },
  {
    key: 'disclosureObjections',
    label: '待答复的校务公开异议',
    roles: [...OFFICER_ROLES],
    path: '/packages/congress/pages/index/index?tab=disclosures',
  },
  {
    // A request from someone in distress must not sit unseen: first on a counsellor's 工作台.
    key: 'counsellingRequests',
    label: '待确认的咨询申请',
    roles: ['counsellor'],
    path: '/packages/counselling/pages/desk/index',
  },
  {
    key: 'counsellingToday',
    label: '今日咨询',
    roles: ['counsellor'],
    path: '/packages/counselling/pages/desk/index',
  },
];

export async function waitingCounts(db: Db, unionId: number, memberId: number, roles: RoleName[]) {
  const repository = overviewRepository(db);
  const out: { key: string; label: string; count: number; path: string }[] = [];
  const at = now();
  for (const item of WAITING.filter((w) => w.roles.some((role) => roles.includes(role)))) {
    try {
      const count = await repository.waitingCount(item.key, { unionId, memberId, now: at });
      out.push({ key: item.key, label: item.label, count, path: item.path });
    } catch {
      // The feature's table is not there (yet): nothing waits from it.
    }
  }
  return out;
}
