import { ROUTES } from '@/lib/routes';
import type { AdminRole } from './types';

export interface WorkbenchTool {
  key: string;
  title: string;
  label: string;
  path: string;
  /** Who of the caller's own union sees it; the page itself and the server check again. */
  roles: readonly AdminRole[];
  /** Also one tap from 首页: the desk a role works at every day. */
  home?: true;
}

export interface WorkbenchGroup {
  title: string;
  tools: WorkbenchTool[];
}

const OFFICERS = ['staff', 'chair'] as const;

// Every officer tool of every feature, grouped as the work is. A new feature adds one line to a
// group (or one group); the 工作台 shows each group only to those who can use something in it.
export const WORKBENCH_GROUPS: WorkbenchGroup[] = [
  {
    title: '心理咨询',
    tools: [
      {
        key: 'counselling-desk',
        title: '咨询工作台',
        label: '待确认的申请、我的预约与笔记',
        path: ROUTES.counsellingDesk,
        roles: ['counsellor'],
        home: true,
      },
      {
        key: 'counselling-schedule',
        title: '排班与请假',
        label: '每周可约时间、请假',
        path: ROUTES.counsellingSchedule,
        roles: ['counsellor'],
      },
      {
        key: 'counselling-manage',
        title: '咨询师与热线',
        label: '咨询师档案、热线和预约规则',
        path: ROUTES.counsellingManage,
        roles: OFFICERS,
      },
      {
        key: 'counselling-stats',
        title: '每月咨询次数',
        label: '只有次数，没有姓名和内容',
        path: ROUTES.counsellingStats,
        roles: OFFICERS,
      },
    ],
  },
  {
    title: '求助与接待',
    tools: [
      {
        key: 'help-queue',
        title: '求助办理',
        label: '受理、办理、办结会员的求助',
        path: ROUTES.helpQueue,
        roles: OFFICERS,
        home: true,
      },
      { key: 'help-visits', title: '回访安排', label: '到期和将到期的回访', path: ROUTES.helpVisits, roles: OFFICERS },
      {
        key: 'reception-desk',
        title: '主席接待台',
        label: '当天的接待名单、登记、交办与答复',
        path: ROUTES.receptionDesk,
        roles: OFFICERS,
        home: true,
      },
      {
        key: 'reception-publish',
        title: '发布接待日',
        label: '接待时间、地点和接待人',
        path: ROUTES.receptionPublish,
        roles: OFFICERS,
      },
    ],
  },
  {
    title: '活动中心',
    tools: [
      {
        key: 'booking-day',
        title: '场地日程',
        label: '每个场地当天的预约与签到',
        path: ROUTES.bookingDay,
        roles: OFFICERS,
      },
      {
        key: 'booking-approvals',
        title: '预约审核',
        label: '需要审核的场地预约',
        path: ROUTES.bookingApprovals,
        roles: OFFICERS,
      },
      {
        key: 'booking-rooms',
        title: '场地与签到码',
        label: '开放时间、预约规则、门口签到码',
        path: ROUTES.bookingRooms,
        roles: OFFICERS,
      },
      {
        key: 'booking-closures',
        title: '闭馆安排',
        label: '寒暑假、考试、维修',
        path: ROUTES.bookingClosures,
        roles: OFFICERS,
      },
      {
        key: 'booking-series',
        title: '固定安排',
        label: '社团训练等每周固定占用',
        path: ROUTES.bookingSeries,
        roles: OFFICERS,
      },
      {
        key: 'booking-usage',
        title: '使用统计',
        label: '每月预约、签到率、热门时段',
        path: ROUTES.bookingUsage,
        roles: OFFICERS,
      },
      {
        key: 'booking-suspensions',
        title: '暂停与申诉',
        label: '多次未签到的暂停和会员申诉',
        path: ROUTES.bookingSuspensions,
        roles: OFFICERS,
      },
    ],
  },
  {
    title: '社团、评议与公开',
    tools: [
      { key: 'clubs-manage', title: '社团管理', label: '成立社团、审核、负责人', path: ROUTES.clubs, roles: OFFICERS },
      {
        key: 'survey-manage',
        title: '评议管理',
        label: '新建、发布评议，查看结果、导出',
        path: ROUTES.surveyManage,
        roles: OFFICERS,
      },
      {
        key: 'survey-rollup',
        title: '各校评议汇总',
        label: '各校参评率、满意率',
        path: ROUTES.surveyRollup,
        roles: ['supervisor'],
        home: true,
      },
      {
        key: 'notice-publish',
        title: '发布公告',
        label: '工会动态和亮制度、亮项目、亮程序、亮身份',
        path: ROUTES.noticePublish,
        roles: OFFICERS,
      },
    ],
  },
];

/** The groups with only the tools these roles can use, empty groups left out. */
export function toolsFor(roles: readonly AdminRole[]): WorkbenchGroup[] {
  return WORKBENCH_GROUPS.map((g) => ({
    ...g,
    tools: g.tools.filter((t) => t.roles.some((r) => roles.includes(r))),
  })).filter((g) => g.tools.length > 0);
}
