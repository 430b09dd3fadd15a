/**
 * The reads members and officers make most, as requests: bench:scale times them on the demo union and
 * on a city, and test/server/hot-read-plans.pg.test.ts checks the plans of the SQL they run.
 * Member reads cycle through many members, so that no single member's rows are all the cache holds.
 */
import { encodeKeyset } from '../../server/src/schemas/keyset';

export interface Subjects {
  chairId: number;
  staffId: number;
  supervisorId: number;
  memberIds: number[];
  roomId: number;
  caseId: number;
  surveyId: number;
  /** The 建家评家 round the supervisor's union takes part in. */
  roundId: number;
  /** A roster search term that matches some members of the school. */
  search: string;
}

export interface HotRead {
  name: string;
  /** A roll-up over a whole union and its year: its goal is under 1 s alone, not flat p99. */
  rollUp?: boolean;
  /** A list that grows without end, read page by page by keyset: a page never sorts the years' rows. */
  paged?: boolean;
  paths(s: Subjects, tomorrow: string): { path: string; memberId: number }[];
}

const asMembers = (s: Subjects, path: (memberId: number) => string) =>
  s.memberIds.map((memberId) => ({ path: path(memberId), memberId }));
const as = (memberId: number, ...paths: string[]) => paths.map((path) => ({ path, memberId }));
// A position deep in a list read by keyset, as a client that has pressed 加载更多 many times holds:
// past every open case, or halfway down the roster. Its page must cost what the first page costs.
const LAST_ID = 2 ** 31 - 1;
const deep = {
  mine: () => encodeKeyset([false, String(Date.now() * 1000), LAST_ID]),
  queueOpen: encodeKeyset([true, true, 3, LAST_ID]),
  queueDone: encodeKeyset([false, false, 3, LAST_ID]),
  roster: encodeKeyset(['active', 'M']),
};

/**
 * The page after this one of a list read page by page, as the client asks for it on 加载更多:
 * `next` (or 我的预约's `nextCursor`) handed back as `after`, or (messages) the last row's id as `before`. Null at the end.
 */
export function nextPagePath(path: string, body: unknown): string | null {
  const page = body as { next?: unknown; nextCursor?: unknown; hasMore?: unknown; items?: { id?: number }[] };
  if (typeof page.next === 'string') return `${path}&after=${page.next}`;
  if (typeof page.nextCursor === 'string') return `${path}&after=${encodeURIComponent(page.nextCursor)}`;
  const last = page.items?.[page.items.length - 1]?.id;
  if (page.hasMore === true && last !== undefined) return `${path}&before=${last}`;
  return null;
}

const year = () => Number(new Date().toLocaleDateString('en-CA', { timeZone: 'Asia/Shanghai' }).slice(0, 4));

export const HOT_READS: HotRead[] = [
  { name: '首页：我', paths: (s) => asMembers(s, () => '/api/me') },
  { name: '首页：公告', paths: (s) => asMembers(s, () => '/api/notices?limit=20') },
  { name: '活动室列表', paths: (s) => asMembers(s, () => '/api/booking/rooms') },
  {
    name: '活动室空闲时段',
    paths: (s, tomorrow) => asMembers(s, () => `/api/booking/rooms/${s.roomId}/availability?date=${tomorrow}`),
  },
  { name: '我的预约（未结束）', paths: (s) => asMembers(s, () => '/api/booking/bookings?scope=upcoming') },
  // A member's past bookings pile up year after year: a page and its count must not read them all.
  {
    name: '我的预约（历史）',
    paged: true,
    paths: (s) => asMembers(s, () => '/api/booking/bookings?scope=past&limit=20'),
  },
  { name: '消息', paged: true, paths: (s) => asMembers(s, () => '/api/messages?limit=20') },
  { name: '未读消息数', paths: (s) => asMembers(s, () => '/api/messages/unread-count') },
  { name: '我的求助', paged: true, paths: (s) => asMembers(s, () => '/api/help/requests/mine?limit=50') },
  {
    name: '我的求助（翻页）',
    paged: true,
    paths: (s) => asMembers(s, () => `/api/help/requests/mine?limit=20&after=${deep.mine()}`),
  },
  { name: '社团', paths: (s) => asMembers(s, () => '/api/clubs') },
  { name: '求助队列（未办结）', paged: true, paths: (s) => as(s.staffId, '/api/help/cases?limit=50&status=open') },
  { name: '求助队列（全部）', paged: true, paths: (s) => as(s.staffId, '/api/help/cases?limit=50') },
  {
    name: '求助队列（翻页）',
    paged: true,
    paths: (s) =>
      as(
        s.staffId,
        `/api/help/cases?limit=20&after=${deep.queueOpen}`,
        `/api/help/cases?limit=20&after=${deep.queueDone}`,
      ),
  },
  { name: '求助详情', paths: (s) => as(s.staffId, `/api/help/cases/${s.caseId}`) },
  { name: '帮扶概况', paths: (s) => as(s.staffId, '/api/help/summary') },
  { name: '工作台（主席）', paths: (s) => as(s.chairId, '/api/admin/overview') },
  {
    name: '名册搜索',
    paged: true,
    paths: (s) =>
      as(s.chairId, `/api/admin/members?limit=50&q=${encodeURIComponent(s.search)}`, '/api/admin/members?limit=50'),
  },
  {
    name: '名册翻页',
    paged: true,
    paths: (s) =>
      as(
        s.chairId,
        `/api/admin/members?limit=50&after=${deep.roster}`,
        `/api/admin/members?limit=50&q=${encodeURIComponent(s.search)}&after=${deep.roster}`,
      ),
  },
  { name: '审计日志', paged: true, paths: (s) => as(s.chairId, '/api/admin/audit?limit=20') },
  {
    name: '审计日志筛选',
    paged: true,
    paths: (s) => as(s.chairId, `/api/admin/audit?limit=20&kind=roles&from=${year() - 1}-01-01&to=${year()}-12-31`),
  },
  { name: '预约审批队列', paths: (s) => as(s.staffId, '/api/booking/manage/bookings?status=pending&limit=100') },
  { name: '评议结果', rollUp: true, paths: (s) => as(s.chairId, `/api/surveys/${s.surveyId}/results`) },
  { name: '区/市评议汇总', rollUp: true, paths: (s) => as(s.supervisorId, `/api/surveys/rollup?year=${year()}`) },
  {
    name: '建家评家汇总（区/市）',
    rollUp: true,
    paths: (s) => as(s.supervisorId, `/api/assessment/rounds/${s.roundId}/rollup`),
  },
  {
    name: '年度工作簿目录',
    rollUp: true,
    paths: (s) => as(s.chairId, `/api/admin/annual-report/contents?year=${year()}`),
  },
  { name: '年度工作簿（学校）', rollUp: true, paths: (s) => as(s.chairId, `/api/admin/annual-report?year=${year()}`) },
  {
    name: '年度工作簿（区/市）',
    rollUp: true,
    paths: (s) => as(s.supervisorId, `/api/admin/annual-report?year=${year()}`),
  },
];
