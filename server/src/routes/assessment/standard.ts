/**
 * The built-in 建家评家 standard, drawn from the 职工之家 建设规范 in the policy texts (组织建设,
 * 民主管理, 维权, 阵地, 文体, 会员评议; 满意率 ≥ 85%, 入会率 ≥ 98%, 五必访 and 困难职工档案). An
 * upper union starts from it and adapts it; a round keeps a copy of the items it opened with.
 */
export const FIGURE_KEYS = ['survey', 'booking', 'reception', 'help', 'clubs', 'care', 'motions'] as const;
export type FigureKey = (typeof FIGURE_KEYS)[number];

export interface StandardItem {
  key: string;
  area: string;
  title: string;
  points: number;
  evidence: string;
  /** Which of the app's own figures are filled in for this item, if any. */
  figure: FigureKey | null;
}

export const DEFAULT_RESULTS = ['合格', '先进', '示范'];

const item = (
  key: string,
  area: string,
  points: number,
  title: string,
  evidence: string,
  figure: FigureKey | null = null,
): StandardItem => ({
  key,
  area,
  title,
  points,
  evidence,
  figure,
});

export const DEFAULT_STANDARD: StandardItem[] = [
  item(
    'org-1',
    '组织建设',
    8,
    '工会委员会班子健全、分工明确；经费审查委员会、女职工委员会等配套组织健全、活动正常',
    '工会委员会、经审会、女工委员会名单和分工，本年活动记录',
  ),
  item(
    'org-2',
    '组织建设',
    5,
    '每年至少召开一次会员（代表）大会，工会按时换届',
    '会员（代表）大会通知、议程和决议，换届批复',
  ),
  item('org-3', '组织建设', 5, '做好会员发展工作，入会率达到 98% 以上，会员实名制', '会员花名册，新入会会员名单'),
  item(
    'org-4',
    '组织建设',
    5,
    '“一册两档”与工会工作制度齐全；依法计提、上解工会经费，独立建账',
    '工会工作活动手册、文件档案和资料档案目录；经费账目',
  ),
  item(
    'dem-1',
    '民主管理',
    8,
    '落实教代会制度：每学年至少召开一次，征集教职工代表提案，提案及时答复',
    '教代会通知、决议，提案及答复情况',
    'motions',
  ),
  item(
    'dem-2',
    '民主管理',
    6,
    '校务公开制度完善，公开及时真实；涉及教职工切身利益的事项经教代会审议并公示',
    '校务公开栏照片、公开事项清单、公示记录',
  ),
  item('dem-3', '民主管理', 4, '坚持民主评议领导干部，领导班子向教代会述职', '述职和民主评议记录'),
  item(
    'rig-1',
    '维权服务',
    6,
    '建立劳动人事争议调解组织，矛盾及时调解，依法维护教职工合法权益',
    '调解委员会名单、调解记录',
  ),
  item(
    'rig-2',
    '维权服务',
    8,
    '送温暖制度化：“五必访”、节日慰问困难职工、爱心助学，建立动态困难职工档案',
    '慰问记录、困难职工档案',
    'care',
  ),
  item('rig-3', '维权服务', 6, '困难帮扶及时办结，定期回访，会员对办理结果满意', '求助办理和回访记录', 'help'),
  item(
    'rig-4',
    '维权服务',
    5,
    '坚持工会主席接待日，教职工反映的问题一周内答复',
    '接待日安排、登记和答复记录',
    'reception',
  ),
  item(
    'hom-1',
    '职工之家阵地',
    8,
    '有必要的活动场地和文体器材，职工书屋、心理减压室等经常向教职工开放',
    '活动场地照片、开放安排和使用记录',
    'booking',
  ),
  item(
    'hom-2',
    '职工之家阵地',
    4,
    '工会办公场所和活动阵地齐备，“亮牌子、亮身份、亮制度、亮项目、亮程序”上墙公开',
    '公开栏和上墙内容照片',
  ),
  item(
    'act-1',
    '文体活动',
    7,
    '每年至少举办一次较大规模的文体活动，兴趣社团活动经常开展',
    '活动方案、照片和参加人数',
    'clubs',
  ),
  item(
    'eva-1',
    '会员评议',
    15,
    '开展会员评议职工之家，参评率高，会员满意率达到 85% 以上',
    '评议结果（参评率、满意率）',
    'survey',
  ),
];

/** 党政评价: the school leadership's rating of its union, as staff enter it. */
export const LEADERSHIP_RATINGS = ['excellent', 'good', 'fair', 'poor'] as const;
export const LEADERSHIP_LABELS: Record<(typeof LEADERSHIP_RATINGS)[number], string> = {
  excellent: '好',
  good: '较好',
  fair: '一般',
  poor: '差',
};

export const totalPoints = (items: readonly StandardItem[]) => items.reduce((sum, i) => sum + i.points, 0);
