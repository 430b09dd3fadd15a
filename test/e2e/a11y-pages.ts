// What the axe-core run reads: every page, as the role it is for. A page with no id in its address
// is opened directly; a detail page is opened the way a member reaches it, by tapping the first
// matching item on its list (the demo data fills every list), so no id is guessed.

/**
 * Rules excused, in this one place, because Taro's H5 DOM cannot satisfy them; each says why.
 * Everything else serious or critical fails the run.
 */
export const EXCUSED: Record<string, string> = {
  region:
    'Taro draws every page as nested custom elements (taro-view-core) under its router; there is no <main> or <nav> to hold the content, and the mini-program has no landmarks at all.',
  'landmark-one-main': 'Same: no landmark elements exist in the mini-program, and the H5 build reuses its DOM.',
  'page-has-heading-one': 'The page title is drawn by WeChat (and by Taro’s H5 title bar), outside the page’s own DOM.',
};

/**
 * A detail page: open `from`, tap `first` there if set (a tab), tap the first item matching
 * `pick` (then `then`, if set), audit what opens.
 */
export interface Detail {
  name: string;
  from: string;
  first?: string;
  pick: string;
  then?: string;
}

export interface RolePages {
  who: 'member' | 'staff' | 'chair' | 'counsellor' | 'district';
  staffNo: string;
  pages: string[];
  details: Detail[];
}

const P = (path: string) => `/packages/${path}`;

/** Pages every member of a school union can open. */
const COMMON = [
  '/pages/home/index',
  '/pages/messages/index',
  '/pages/mine/index',
  P('notices/pages/index/index'),
  P('booking/pages/index/index'),
  P('booking/pages/mine/index'),
  P('reception/pages/index/index'),
  P('reception/pages/index/index?tab=mine'),
  P('survey/pages/index/index'),
  P('help/pages/index/index'),
  P('help/pages/new/index'),
  P('counselling/pages/index/index'),
  P('counselling/pages/history/index'),
  P('clubs/pages/index/index'),
  P('clubs/pages/index/index?mine=1'),
  P('congress/pages/index/index'),
  P('congress/pages/index/index?tab=disclosures'),
  P('privacy/pages/index/index'),
];

const MEMBER_DETAILS: Detail[] = [
  { name: 'a notice', from: P('notices/pages/index/index'), pick: '[data-testid="notice-item"]' },
  { name: 'a room to book', from: P('booking/pages/index/index'), pick: '[data-testid^="room-"]' },
  { name: 'a help case', from: P('help/pages/index/index'), pick: '[data-testid="help-my-case"]' },
  {
    name: 'a motion',
    from: P('congress/pages/index/index'),
    pick: '[data-testid^="motion-"]:not([data-testid="motion-new"])',
  },
  {
    name: 'a disclosure',
    // Tapping the tab: after the motion above, the router may show the congress page it still holds.
    from: P('congress/pages/index/index?tab=disclosures'),
    first: '[data-testid="congress-tab-disclosures"]',
    pick: '[data-testid="disclosure-list"] [data-testid^="disclosure-"]',
  },
  { name: 'a club', from: P('clubs/pages/index/index'), pick: '[data-testid="club-list"] [data-testid^="club-"]' },
  {
    name: 'a club event',
    from: P('clubs/pages/index/index'),
    pick: '[data-testid="club-list"] [data-testid^="club-"]',
    then: '[data-testid^="club-event-"]',
  },
  { name: 'a reception day to book', from: P('reception/pages/index/index'), pick: '[data-testid^="session-"]' },
  { name: 'a survey', from: P('survey/pages/index/index'), pick: '[data-testid="open-survey"]' },
];

const STAFF_PAGES = [
  P('admin/pages/index/index'),
  P('admin/pages/roster/index'),
  P('admin/pages/branches/index'),
  P('admin/pages/annual/index'),
  P('admin/pages/audit/index'),
  P('booking/pages/day/index'),
  P('booking/pages/approvals/index'),
  P('booking/pages/closures/index'),
  P('booking/pages/rooms/index'),
  P('booking/pages/usage/index'),
  P('booking/pages/suspensions/index'),
  P('booking/pages/series/index'),
  P('booking/pages/series-new/index'),
  P('help/pages/queue/index'),
  P('help/pages/visits/index'),
  P('help/pages/settings/index'),
  P('survey/pages/manage/index'),
  P('survey/pages/edit/index'),
  P('notices/pages/publish/index'),
  P('counselling/pages/stats/index'),
  P('counselling/pages/manage/index'),
  P('assessment/pages/index/index'),
  P('care/pages/index/index'),
  P('care/pages/record/index'),
  P('care/pages/hardship/index'),
];

const STAFF_DETAILS: Detail[] = [
  { name: 'a help case (handled)', from: P('help/pages/queue/index'), pick: '[data-testid="help-queue-item"]' },
  {
    name: 'a member on the roster',
    from: P('admin/pages/roster/index'),
    pick: '[data-testid="roster-list"] [data-testid^="roster-"]',
  },
  { name: 'a room’s settings', from: P('booking/pages/rooms/index'), pick: '[data-testid="room-edit"]' },
  { name: 'a survey’s results', from: P('survey/pages/manage/index'), pick: '[data-testid="staff-survey"]' },
  { name: 'an assessment', from: P('assessment/pages/index/index'), pick: '[data-testid^="round-"]' },
];

export const ROLES: RolePages[] = [
  { who: 'member', staffNo: 'S1005', pages: COMMON, details: MEMBER_DETAILS },
  { who: 'staff', staffNo: 'S1002', pages: [...COMMON, ...STAFF_PAGES], details: STAFF_DETAILS },
  {
    who: 'chair',
    staffNo: 'S1001',
    pages: [
      '/pages/home/index',
      P('reception/pages/desk/index'),
      P('reception/pages/summary/index'),
      P('reception/pages/publish/index'),
      P('congress/pages/manage/index'),
      P('congress/pages/motion-new/index'),
      P('congress/pages/disclosure-new/index'),
      P('assessment/pages/index/index'),
    ],
    details: [
      {
        name: 'a motion under review',
        from: P('congress/pages/index/index'),
        pick: '[data-testid^="motion-"]:not([data-testid="motion-new"])',
      },
      { name: 'an assessment', from: P('assessment/pages/index/index'), pick: '[data-testid^="round-"]' },
    ],
  },
  {
    who: 'counsellor',
    staffNo: 'S1003',
    pages: ['/pages/home/index', P('counselling/pages/desk/index'), P('counselling/pages/schedule/index')],
    details: [
      {
        name: 'a counselling appointment',
        from: P('counselling/pages/desk/index'),
        first: '[data-testid="desk-tab-past"]',
        pick: '[data-testid^="desk-appointment-"]',
      },
    ],
  },
  {
    who: 'district',
    staffNo: 'Q0001',
    pages: [
      '/pages/home/index',
      '/pages/mine/index',
      P('admin/pages/index/index'),
      P('survey/pages/rollup/index'),
      P('assessment/pages/index/index'),
    ],
    details: [
      { name: 'an assessment round', from: P('assessment/pages/index/index'), pick: '[data-testid^="round-"]' },
    ],
  },
];
