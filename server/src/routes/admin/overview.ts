import type { Db } from '../../db';
import type { RoleName } from '../../plugins/auth';
import { OFFICER_ROLES } from '../../policy';

interface Waiting {
  key: string;
  label: string;
  roles: RoleName[];
  path: string;
  sql: string;
}

// What waits for an officer, read straight from each feature's tables. A feature that is not
// installed (its table missing) is left out rather than breaking the 工作台.
// Each query gets $1 = the caller's union and, when it asks for it, $2 = the caller (a counsellor
// sees only their own); PostgreSQL refuses a parameter the statement does not use.
const WAITING: Waiting[] = [
  {
    key: 'helpNew',
    label: '新的求助',
    roles: [...OFFICER_ROLES],
    path: '/packages/help/pages/queue/index',
    sql: `SELECT count(*)::int AS n FROM help_requests WHERE union_id = $1 AND status = 'submitted'`,
  },
  {
    key: 'bookingApprovals',
    label: '待审批的预约',
    roles: [...OFFICER_ROLES],
    path: '/packages/booking/pages/approvals/index',
    sql: `SELECT count(*)::int AS n FROM bookings b JOIN rooms r ON r.id = b.room_id WHERE r.union_id = $1 AND b.status = 'pending'`,
  },
  {
    key: 'receptionToday',
    label: '今日主席接待',
    roles: [...OFFICER_ROLES],
    path: '/packages/reception/pages/desk/index',
    sql: `SELECT count(*)::int AS n FROM reception_appointments a JOIN reception_sessions s ON s.id = a.session_id
           WHERE a.union_id = $1 AND a.status <> 'cancelled' AND s.session_date = (now() AT TIME ZONE 'Asia/Shanghai')::date`,
  },
  {
    key: 'congressReplies',
    label: '待录入答复的提案',
    roles: [...OFFICER_ROLES],
    path: '/packages/congress/pages/index/index?status=accepted',
    sql: `SELECT count(*)::int AS n FROM congress_motions WHERE union_id = $1 AND status = 'accepted'`,
  },
  {
    key: 'disclosureObjections',
    label: '待答复的校务公开异议',
    roles: [...OFFICER_ROLES],
    path: '/packages/congress/pages/index/index?tab=disclosures',
    sql: `SELECT count(*)::int AS n FROM disclosure_objections o JOIN disclosures d ON d.id = o.disclosure_id WHERE d.union_id = $1 AND o.answer IS NULL`,
  },
  {
    // A request from someone in distress must not sit unseen: first on a counsellor's 工作台.
    key: 'counsellingRequests',
    label: '待确认的咨询申请',
    roles: ['counsellor'],
    path: '/packages/counselling/pages/desk/index',
    sql: `SELECT count(*)::int AS n FROM counselling_appointments a JOIN counsellors c ON c.id = a.counsellor_id
           WHERE a.union_id = $1 AND c.member_id = $2 AND a.status = 'requested' AND a.starts_at > now()`,
  },
  {
    key: 'counsellingToday',
    label: '今日咨询',
    roles: ['counsellor'],
    path: '/packages/counselling/pages/desk/index',
    sql: `SELECT count(*)::int AS n FROM counselling_appointments a JOIN counsellors c ON c.id = a.counsellor_id
           WHERE a.union_id = $1 AND c.member_id = $2 AND a.status = 'confirmed'
             AND (a.starts_at AT TIME ZONE 'Asia/Shanghai')::date = (now() AT TIME ZONE 'Asia/Shanghai')::date`,
  },
];

export async function waitingCounts(db: Db, unionId: number, memberId: number, roles: RoleName[]) {
  const out: { key: string; label: string; count: number; path: string }[] = [];
  for (const item of WAITING.filter((w) => w.roles.some((role) => roles.includes(role)))) {
    try {
      const [row] = await db.query<{ n: number }>(item.sql, item.sql.includes('$2') ? [unionId, memberId] : [unionId]);
      out.push({ key: item.key, label: item.label, count: row?.n ?? 0, path: item.path });
    } catch {
      // The feature's table is not there (yet): nothing waits from it.
    }
  }
  return out;
}
