import type { AssessmentStatus, FigureKey, LeadershipRating, NewUnion, RoundPhase, Standard, UnionKind } from './types';

export const STATUS_LABELS: Record<AssessmentStatus | 'not_started', string> = {
  not_started: '未开始',
  draft: '填写中',
  submitted: '已提交，待评审',
  returned: '已退回修改',
  accepted: '已评定',
};
export const PHASE_LABELS: Record<RoundPhase, string> = { upcoming: '未开始', open: '自评中', closed: '已截止' };
export const LEADERSHIP_ITEMS: { key: LeadershipRating; label: string }[] = [
  { key: 'excellent', label: '好' },
  { key: 'good', label: '较好' },
  { key: 'fair', label: '一般' },
  { key: 'poor', label: '差' },
];
export const leadershipLabel = (rating: LeadershipRating | null) =>
  LEADERSHIP_ITEMS.find((i) => i.key === rating)?.label ?? '未填写';

/** '12月7日' from '2026-12-07'. */
export const shortDay = (day: string) => `${Number(day.slice(5, 7))}月${Number(day.slice(8, 10))}日`;
export const figureText = (f: { value: number | null; unit: string }) =>
  f.value === null ? '暂无（不足 5 份或未开展）' : `${f.value}${f.unit === '%' ? '%' : ` ${f.unit}`}`;

/** What each automatically filled figure is, as the standard editor offers it. */
export const FIGURE_LABELS: Record<FigureKey, string> = {
  survey: '会员评议的参评率和满意率',
  booking: '职工之家活动中心的使用',
  reception: '主席接待日按期答复',
  help: '困难帮扶的办结和满意度',
  clubs: '兴趣社团的活动',
  care: '送温暖慰问记录',
  motions: '教代会提案的立案和答复',
};
export const SOURCE_LABELS: Record<Standard['source'], string> = {
  own: '本工会修订的标准',
  inherited: '沿用上级工会的标准',
  builtin: '内置标准（依据建家考核评议细则）',
};

export const UNION_KIND_LABELS: Record<UnionKind, string> = {
  city: '市级工会',
  district: '区县工会',
  school: '学校工会',
  branch: '分工会',
};
/** What the server lets each upper union create below it (unions/index.ts CHILD_KINDS). */
export const CHILD_KINDS: Partial<Record<UnionKind, NewUnion['kind'][]>> = {
  city: ['district', 'school', 'city'],
  district: ['school', 'district'],
};
