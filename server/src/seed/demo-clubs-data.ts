// The demo clubs as data: their members, announcements and events. Written by ./demo-clubs.

export interface DemoEvent {
  title: string;
  place: string;
  /** Starts this many days from today at `hour` (a fraction for minutes); `days: 0, hour: -1` means in 15 minutes. */
  days: number;
  hour: number;
  hours: number;
  /** An activity-centre room, reserved through the booking rules on the first open weekday from `days` on. */
  room?: string;
  capacity: number;
  audience: 'members' | 'union';
  description: string;
  signUps?: string[];
}
export interface DemoClub {
  name: string;
  category: 'sports' | 'arts' | 'culture' | 'other';
  joinPolicy: 'open' | 'approval' | 'closed';
  memberCap?: number;
  membersVisible?: boolean;
  intro: string;
  leaders: string[];
  members: string[];
  applicants?: [string, string][];
  announcement: string;
  events: DemoEvent[];
}

export const CLUBS: DemoClub[] = [
  {
    name: '乒乓球',
    category: 'sports',
    joinPolicy: 'open',
    intro: '每周三、周五下午在职工活动中心乒乓球室活动，水平不限，新手有老队员带。球拍可借用，穿运动鞋即可。',
    leaders: ['S1008'],
    members: ['S1005', 'S1010', 'S1012', 'S1016'],
    announcement: '本学期校际友谊赛定在12月中旬，想参赛的老师请周三活动时找黄老师报名。',
    events: [
      {
        title: '周三乒乓球友谊赛',
        place: '职工活动中心乒乓球室',
        days: 2,
        hour: 16,
        hours: 2,
        capacity: 8,
        audience: 'union',
        description: '单打循环赛，欢迎全校老师来打球、来观赛。',
        signUps: ['S1005', 'S1012'],
      },
    ],
  },
  {
    name: '羽毛球',
    category: 'sports',
    joinPolicy: 'approval',
    memberCap: 30,
    intro: '周二、周四傍晚在体育馆活动，以双打为主。场地有限，入社需负责人确认。',
    leaders: ['S1010'],
    members: ['S1006', 'S1014', 'S1018', 'S1019'],
    announcement: '冬季活动时间改为 17:00 开始，请大家提前热身，注意保暖。',
    events: [
      {
        title: '羽毛球双打练习',
        place: '羽毛球场 · 体育馆一楼',
        room: '羽毛球场',
        days: 3,
        hour: 16.5,
        hours: 2,
        capacity: 4,
        audience: 'members',
        description: '整场双打轮换。名额已满可先候补。',
        signUps: ['S1006', 'S1014', 'S1018', 'S1010', 'S1019'],
      },
    ],
  },
  {
    name: '合唱',
    category: 'arts',
    joinPolicy: 'approval',
    intro: '教工合唱团，每周一午间在音乐教室排练，正在准备元旦联欢会的曲目。欢迎喜欢唱歌的老师加入。',
    leaders: ['S1004'],
    members: ['S1007', 'S1009', 'S1011', 'S1013', 'S1015'],
    applicants: [['S1017', '上学期参加过年级合唱，想继续唱。']],
    announcement: '元旦联欢会曲目定为《我和我的祖国》《茉莉花》，谱子已发到群里，请提前熟悉。',
    events: [
      {
        title: '元旦合唱排练',
        place: '音乐教室（三楼）',
        days: 5,
        hour: 12,
        hours: 1,
        capacity: 30,
        audience: 'members',
        description: '分声部排练《茉莉花》，请带上谱子。',
        signUps: ['S1009', 'S1011'],
      },
    ],
  },
  {
    name: '书画',
    category: 'arts',
    joinPolicy: 'open',
    intro: '书法与国画爱好者的小天地。笔墨纸砚社团备有，零基础也可以来体验。',
    leaders: ['S1013'],
    members: ['S1011', 'S1019'],
    announcement: '新买的宣纸和毛笔已放在美术教室柜子里，活动时自取。',
    events: [
      {
        title: '书法体验课：写一副春联',
        place: '美术教室',
        days: 7,
        hour: 15,
        hours: 2,
        capacity: 20,
        audience: 'union',
        description: '朱老师带大家写春联，写好的可以带回家。',
      },
    ],
  },
  {
    name: '摄影',
    category: 'arts',
    joinPolicy: 'closed',
    membersVisible: false,
    intro: '记录校园四季和学校活动。本学期人员已满，暂停招新，下学期开放。',
    leaders: ['S1014'],
    members: ['S1008', 'S1016'],
    announcement: '校运会照片已整理好，需要原图的老师请联系胡老师。',
    events: [],
  },
  {
    name: '读书会',
    category: 'culture',
    joinPolicy: 'approval',
    intro: '每月共读一本书，月底在图书馆分享交流。本月共读《额尔古纳河右岸》。',
    leaders: ['S1006'],
    members: ['S1005', 'S1009', 'S1020'],
    announcement: '本月分享会改在图书馆二楼阅览室，茶水社团准备。',
    events: [
      {
        title: '十二月读书分享会',
        place: '图书馆二楼阅览室',
        days: 9,
        hour: 16,
        hours: 2,
        capacity: 15,
        audience: 'union',
        description: '分享《额尔古纳河右岸》的读后感，没读完也欢迎来听。',
        signUps: ['S1005', 'S1020'],
      },
      {
        title: '共读一小时',
        place: '图书馆二楼阅览室',
        days: 0,
        hour: -1,
        hours: 1,
        capacity: 12,
        audience: 'members',
        description: '一起读《额尔古纳河右岸》第一章。到场后扫刘老师手机上的签到码签到。',
        signUps: ['S1005', 'S1009'],
      },
    ],
  },
];

/** The six clubs of 新城区实验小学工会 with leaders, members, an open application and upcoming events. */
