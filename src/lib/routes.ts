// Page paths in one place. Tab pages must be opened with switchTab, all
// others with navigateTo/redirectTo, so callers go through openPage.

export const ROUTES = {
  home: '/pages/home/index',
  messages: '/pages/messages/index',
  mine: '/pages/mine/index',
  login: '/pages/login/index',
  bind: '/pages/bind/index',
  notices: '/packages/notices/pages/index/index',
  noticeDetail: '/packages/notices/pages/detail/index',
  noticePublish: '/packages/notices/pages/publish/index',
  booking: '/packages/booking/pages/index/index',
  bookingRoom: '/packages/booking/pages/room/index',
  bookingMine: '/packages/booking/pages/mine/index',
  bookingAppeal: '/packages/booking/pages/appeal/index',
  bookingCheckIn: '/packages/booking/pages/check-in/index',
  bookingDay: '/packages/booking/pages/day/index',
  bookingApprovals: '/packages/booking/pages/approvals/index',
  bookingClosures: '/packages/booking/pages/closures/index',
  bookingRooms: '/packages/booking/pages/rooms/index',
  bookingRoomEdit: '/packages/booking/pages/room-edit/index',
  bookingPoster: '/packages/booking/pages/poster/index',
  bookingUsage: '/packages/booking/pages/usage/index',
  bookingSuspensions: '/packages/booking/pages/suspensions/index',
  bookingSeries: '/packages/booking/pages/series/index',
  bookingSeriesNew: '/packages/booking/pages/series-new/index',
  reception: '/packages/reception/pages/index/index',
  receptionBook: '/packages/reception/pages/book/index',
  receptionAppointment: '/packages/reception/pages/appointment/index',
  receptionDesk: '/packages/reception/pages/desk/index',
  receptionSummary: '/packages/reception/pages/summary/index',
  receptionPublish: '/packages/reception/pages/publish/index',
  survey: '/packages/survey/pages/index/index',
  surveyAnswer: '/packages/survey/pages/answer/index',
  surveyResults: '/packages/survey/pages/results/index',
  surveyManage: '/packages/survey/pages/manage/index',
  surveyEdit: '/packages/survey/pages/edit/index',
  surveyRollup: '/packages/survey/pages/rollup/index',
  help: '/packages/help/pages/index/index',
  helpNew: '/packages/help/pages/new/index',
  helpDetail: '/packages/help/pages/detail/index',
  helpQueue: '/packages/help/pages/queue/index',
  helpCase: '/packages/help/pages/case/index',
  helpVisits: '/packages/help/pages/visits/index',
  helpSettings: '/packages/help/pages/settings/index',
  counselling: '/packages/counselling/pages/index/index',
  counsellingConsent: '/packages/counselling/pages/consent/index',
  counsellingCounsellor: '/packages/counselling/pages/counsellor/index',
  counsellingBook: '/packages/counselling/pages/book/index',
  counsellingAppointment: '/packages/counselling/pages/appointment/index',
  counsellingHistory: '/packages/counselling/pages/history/index',
  counsellingDesk: '/packages/counselling/pages/desk/index',
  counsellingDeskAppointment: '/packages/counselling/pages/desk-appointment/index',
  counsellingSchedule: '/packages/counselling/pages/schedule/index',
  counsellingStats: '/packages/counselling/pages/stats/index',
  counsellingManage: '/packages/counselling/pages/manage/index',
  counsellingCounsellorEdit: '/packages/counselling/pages/counsellor-edit/index',
  adminWorkbench: '/packages/admin/pages/index/index',
  adminRoster: '/packages/admin/pages/roster/index',
  adminMember: '/packages/admin/pages/member/index',
  adminBranches: '/packages/admin/pages/branches/index',
  adminAnnual: '/packages/admin/pages/annual/index',
  adminAudit: '/packages/admin/pages/audit/index',
  privacy: '/packages/privacy/pages/index/index',
  privacyErase: '/packages/privacy/pages/erase/index',
  clubs: '/packages/clubs/pages/index/index',
  clubsClub: '/packages/clubs/pages/club/index',
  clubsEvent: '/packages/clubs/pages/event/index',
  clubsClubEdit: '/packages/clubs/pages/club-edit/index',
  clubsMembers: '/packages/clubs/pages/members/index',
  clubsAnnounce: '/packages/clubs/pages/announce/index',
  clubsEventNew: '/packages/clubs/pages/event-new/index',
  clubsEventCode: '/packages/clubs/pages/event-code/index',
  clubsCheckIn: '/packages/clubs/pages/check-in/index',
  congress: '/packages/congress/pages/index/index',
  congressMotion: '/packages/congress/pages/motion/index',
  congressMotionNew: '/packages/congress/pages/motion-new/index',
  congressDisclosure: '/packages/congress/pages/disclosure/index',
  congressDisclosureNew: '/packages/congress/pages/disclosure-new/index',
  assessment: '/packages/assessment/pages/index/index',
  assessmentSelf: '/packages/assessment/pages/self/index',
  assessmentRollup: '/packages/assessment/pages/rollup/index',
  assessmentStandard: '/packages/assessment/pages/standard/index',
  assessmentPeers: '/packages/assessment/pages/peers/index',
  assessmentUnions: '/packages/assessment/pages/unions/index',
  care: '/packages/care/pages/index/index',
  careRecord: '/packages/care/pages/record/index',
  careHardship: '/packages/care/pages/hardship/index',
  careKinds: '/packages/care/pages/kinds/index',
  congressManage: '/packages/congress/pages/manage/index',
} as const;

export const TAB_PAGES: readonly string[] = [ROUTES.home, ROUTES.messages, ROUTES.mine];

export function withQuery(path: string, query: Record<string, string | number>): string {
  const qs = Object.entries(query)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
    .join('&');
  return qs ? `${path}?${qs}` : path;
}

/** True when a link (as sent in a message) points at a tab page. */
export function isTabPage(link: string): boolean {
  const path = '/' + link.replace(/^\/+/, '').split('?')[0];
  return TAB_PAGES.includes(path);
}

/**
 * A route param as sent. WeChat hands query values over still encoded while
 * H5 decodes them, so decode once and keep the raw value if that fails.
 */
export function readParam(value: string | undefined): string {
  if (!value) return '';
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** A positive integer id from a route param, or null when it is not one. */
export function readIdParam(value: string | undefined): number | null {
  const raw = readParam(value);
  return /^[1-9]\d{0,15}$/.test(raw) ? Number(raw) : null;
}
