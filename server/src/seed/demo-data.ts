/** The city union above the demo district (a roll-up at every level). */
export const CITY = {
  name: '江城市教育工会',
  staff: [{ staffNo: 'C0001', name: '钱文华', roles: ['supervisor'] as const }],
};

/** The demo union: a district over two schools. Staff numbers' digits are also the last four of the phone. */
export const DISTRICT = {
  name: '新城区教育工会',
  staff: [{ staffNo: 'Q0001', name: '周明', roles: ['supervisor'] as const }],
};

export const SCHOOLS = [
  {
    name: '新城区实验小学工会',
    prefix: 'S1',
    branches: ['语文教研组分工会', '数学教研组分工会', '综合学科分工会', '行政后勤分工会'],
    officers: [
      { name: '王建国', roles: ['chair'] as const },
      { name: '李秀梅', roles: ['staff'] as const },
      { name: '陈静', roles: ['counsellor'] as const },
      { name: '赵心怡', roles: ['counsellor'] as const },
    ],
    members: [
      '张丽华',
      '刘芳',
      '杨文静',
      '黄志刚',
      '吴晓燕',
      '徐海涛',
      '孙玉兰',
      '马俊',
      '朱红梅',
      '胡建平',
      '郭秀英',
      '何磊',
      '高雪',
      '林国华',
      '罗美玲',
      '梁晨',
    ],
  },
  {
    name: '新城区第二中学工会',
    prefix: 'S2',
    branches: ['初中部分工会', '高中部分工会', '后勤服务分工会'],
    officers: [
      { name: '刘志强', roles: ['chair'] as const },
      { name: '孙丽', roles: ['staff'] as const },
    ],
    members: [
      '宋佳',
      '郑浩',
      '谢婷',
      '韩冬梅',
      '唐伟',
      '冯秀兰',
      '董明辉',
      '萧雨',
      '程立新',
      '曹敏',
      '袁晓东',
      '邓丽君',
      '许文博',
      '傅春燕',
      '沈国强',
      '曾小红',
      '彭涛',
      '吕艳',
    ],
  },
];

type Category = 'news' | 'rules' | 'services' | 'procedures' | 'officers';
export const NOTICES: { school: number | null; category: Category; title: string; pinned?: boolean; body: string }[] = [
  {
    school: null,
    category: 'news',
    pinned: true,
    title: '关于开展2026年度会员评议职工之家活动的通知',
    body: '各基层工会：\n按照建家工作要求，11月至12月开展年度会员评议职工之家活动。评议采用不记名方式，请各校工会组织全体会员在小程序中参评，参评率力争达到90%以上。\n新城区教育工会',
  },
  {
    school: 0,
    category: 'news',
    pinned: true,
    title: '职工活动中心冬季开放时间调整',
    body: '自12月1日起，职工活动中心开放时间调整为：工作日 12:00–13:30、16:30–20:00，周六 9:00–17:00。羽毛球场、乒乓球室请在小程序中提前预约。',
  },
  {
    school: 0,
    category: 'rules',
    title: '工会主席接待日制度',
    body: '一、每周三下午 14:00–17:00 为工会主席接待日。\n二、接待时做好登记，对会员反映的问题及时交办。\n三、一般问题在一周内答复，复杂问题说明进展。\n四、答复后征询会员对处理结果是否满意。',
  },
  {
    school: 0,
    category: 'rules',
    title: '会员评议职工之家制度',
    body: '每年11月至12月组织会员对职工之家建设情况进行评议，评议结果向全体会员公开，职工满意率不低于85%。',
  },
  {
    school: 0,
    category: 'services',
    title: '职工之家服务项目',
    body: '职工活动中心（乒乓球室、羽毛球场、健身房、职工书屋）、心理减压咨询、困难帮扶与法律咨询、兴趣社团、工会主席接待日。',
  },
  {
    school: 0,
    category: 'procedures',
    title: '困难帮扶申请流程',
    body: '1. 会员在小程序中提交求助，写明困难情况；\n2. 工会在5个工作日内受理并联系本人；\n3. 核实后提出帮扶方案，报工会委员会研究；\n4. 落实帮扶并定期回访。',
  },
  {
    school: 0,
    category: 'officers',
    title: '本届工会委员会组成',
    body: '工会主席：王建国\n工会干事：李秀梅\n心理咨询师：陈静、赵心怡\n女职工委员会主任：张丽华',
  },
  {
    school: 1,
    category: 'news',
    pinned: true,
    title: '第二中学教职工羽毛球比赛报名开始',
    body: '比赛定于12月中旬举行，设男单、女单、混双三个项目，请于12月5日前报名。',
  },
];
