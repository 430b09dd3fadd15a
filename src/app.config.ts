import { COLORS } from './lib/colors';
export default defineAppConfig({
  // Main package: the three tab pages and sign-in only. Each feature ships as
  // its own subpackage under packages/<feature>/ (see subPackages below).
  pages: ['pages/home/index', 'pages/messages/index', 'pages/mine/index', 'pages/login/index', 'pages/bind/index'],
  subPackages: [
    { root: 'packages/notices', pages: ['pages/index/index', 'pages/detail/index', 'pages/publish/index'] },
    {
      root: 'packages/booking',
      pages: [
        'pages/index/index',
        'pages/room/index',
        'pages/mine/index',
        'pages/appeal/index',
        'pages/check-in/index',
        'pages/day/index',
        'pages/approvals/index',
        'pages/closures/index',
        'pages/rooms/index',
        'pages/room-edit/index',
        'pages/poster/index',
        'pages/usage/index',
        'pages/suspensions/index',
        'pages/series/index',
        'pages/series-new/index',
      ],
    },
    {
      root: 'packages/reception',
      pages: [
        'pages/index/index',
        'pages/book/index',
        'pages/appointment/index',
        'pages/desk/index',
        'pages/summary/index',
        'pages/publish/index',
      ],
    },
    {
      root: 'packages/help',
      pages: [
        'pages/index/index',
        'pages/new/index',
        'pages/detail/index',
        'pages/queue/index',
        'pages/case/index',
        'pages/visits/index',
        'pages/settings/index',
      ],
    },
    {
      root: 'packages/survey',
      pages: [
        'pages/index/index',
        'pages/answer/index',
        'pages/results/index',
        'pages/manage/index',
        'pages/edit/index',
        'pages/rollup/index',
      ],
    },
    {
      root: 'packages/counselling',
      pages: [
        'pages/index/index',
        'pages/consent/index',
        'pages/counsellor/index',
        'pages/book/index',
        'pages/appointment/index',
        'pages/history/index',
        'pages/desk/index',
        'pages/desk-appointment/index',
        'pages/schedule/index',
        'pages/stats/index',
        'pages/manage/index',
        'pages/counsellor-edit/index',
      ],
    },
    {
      root: 'packages/admin',
      pages: [
        'pages/index/index',
        'pages/roster/index',
        'pages/member/index',
        'pages/branches/index',
        'pages/annual/index',
        'pages/audit/index',
      ],
    },
    { root: 'packages/privacy', pages: ['pages/index/index', 'pages/erase/index'] },
    {
      root: 'packages/clubs',
      pages: [
        'pages/index/index',
        'pages/club/index',
        'pages/event/index',
        'pages/club-edit/index',
        'pages/members/index',
        'pages/announce/index',
        'pages/event-new/index',
        'pages/event-code/index',
        'pages/check-in/index',
      ],
    },
    {
      root: 'packages/congress',
      pages: [
        'pages/index/index',
        'pages/motion/index',
        'pages/motion-new/index',
        'pages/disclosure/index',
        'pages/disclosure-new/index',
        'pages/manage/index',
      ],
    },
    {
      root: 'packages/assessment',
      pages: [
        'pages/index/index',
        'pages/self/index',
        'pages/rollup/index',
        'pages/standard/index',
        'pages/peers/index',
        'pages/unions/index',
      ],
    },
    {
      root: 'packages/care',
      pages: ['pages/index/index', 'pages/record/index', 'pages/hardship/index', 'pages/kinds/index'],
    },
    // A new feature: one subpackage entry here, plus a `path` on its entry in features/home/entries.ts.
  ],
  window: {
    backgroundTextStyle: 'dark',
    backgroundColor: COLORS.page,
    navigationBarBackgroundColor: COLORS.page,
    navigationBarTitleText: '教职工之家',
    navigationBarTextStyle: 'black',
    // WeChat draws this bar itself; Taro's H5 router shows its own bar (title, back, home) only when asked.
    navigationStyle: 'default',
  },
  tabBar: {
    color: COLORS.textTertiary,
    selectedColor: COLORS.brandStrong,
    backgroundColor: COLORS.surface,
    borderStyle: 'black',
    list: [
      {
        pagePath: 'pages/home/index',
        text: '首页',
        iconPath: 'assets/tab-home.png',
        selectedIconPath: 'assets/tab-home-on.png',
      },
      {
        pagePath: 'pages/messages/index',
        text: '消息',
        iconPath: 'assets/tab-messages.png',
        selectedIconPath: 'assets/tab-messages-on.png',
      },
      {
        pagePath: 'pages/mine/index',
        text: '我的',
        iconPath: 'assets/tab-mine.png',
        selectedIconPath: 'assets/tab-mine-on.png',
      },
    ],
  },
  // Only the components a page renders are injected: WeChat's code-quality check asks for it.
  lazyCodeLoading: 'requiredComponents',
  // Download the notices and booking subpackages while the member looks at 首页.
  preloadRule: {
    'pages/home/index': { network: 'all', packages: ['packages/notices', 'packages/booking'] },
  },
});
