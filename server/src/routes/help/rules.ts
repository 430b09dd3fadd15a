/**
 * The case workflow: which action moves a case from which states to which, and who may take it.
 * submitted → accepted → in_progress ⇄ waiting_member → resolved → closed; rejected with a reason;
 * withdrawn before acceptance; reopened within 14 days of resolution.
 */
export const HELP_STATUSES = [
  'submitted',
  'accepted',
  'in_progress',
  'waiting_member',
  'resolved',
  'closed',
  'rejected',
  'withdrawn',
] as const;
export type HelpStatus = (typeof HELP_STATUSES)[number];

/** States in which the union still owes the member something; the deadline runs in the first three. */
export const OPEN_STATUSES: readonly HelpStatus[] = ['submitted', 'accepted', 'in_progress', 'waiting_member'];
export const HANDLED_STATUSES: readonly HelpStatus[] = ['accepted', 'in_progress', 'waiting_member'];

export const STATUS_LABELS: Record<HelpStatus, string> = {
  submitted: '待受理',
  accepted: '已受理',
  in_progress: '处理中',
  waiting_member: '等待补充',
  resolved: '已办结',
  closed: '已关闭',
  rejected: '未予办理',
  withdrawn: '已撤回',
};

export type Actor = 'member' | 'handler' | 'system';

interface Rule {
  label: string;
  actor: Actor;
  from: readonly HelpStatus[];
  /** null: the case stays in its state (a new handler). */
  to: HelpStatus | null;
}

export const TRANSITIONS = {
  accept: { label: '受理', actor: 'handler', from: ['submitted'], to: 'accepted' },
  assign: { label: '改派办理人', actor: 'handler', from: HANDLED_STATUSES, to: null },
  start: { label: '开始处理', actor: 'handler', from: ['accepted'], to: 'in_progress' },
  request_info: { label: '请会员补充材料', actor: 'handler', from: ['in_progress'], to: 'waiting_member' },
  supplement: { label: '补充材料', actor: 'member', from: ['waiting_member'], to: 'in_progress' },
  resume: { label: '继续处理', actor: 'handler', from: ['waiting_member'], to: 'in_progress' },
  resolve: { label: '办结', actor: 'handler', from: ['in_progress'], to: 'resolved' },
  reject: { label: '不予办理', actor: 'handler', from: OPEN_STATUSES, to: 'rejected' },
  withdraw: { label: '撤回', actor: 'member', from: ['submitted'], to: 'withdrawn' },
  reopen: { label: '重新打开', actor: 'member', from: ['resolved', 'closed'], to: 'in_progress' },
  rate: { label: '评价', actor: 'member', from: ['resolved', 'closed'], to: 'closed' },
  close: { label: '关闭', actor: 'system', from: ['resolved'], to: 'closed' },
} as const satisfies Record<string, Rule>;

export type HelpAction = keyof typeof TRANSITIONS;
/** What a person may ask for through transitionHelpRequest (closing is the system's, rating has its own route). */
export const REQUESTED_ACTIONS = [
  'accept',
  'assign',
  'start',
  'request_info',
  'supplement',
  'resume',
  'resolve',
  'reject',
  'withdraw',
  'reopen',
] as const;

export const REOPEN_DAYS = 14;
export const AUTO_CLOSE_DAYS = 7;
export const MAX_ATTACHMENTS = 5;
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

export const canTake = (action: HelpAction, status: HelpStatus): boolean =>
  (TRANSITIONS[action].from as readonly HelpStatus[]).includes(status);

export const illegalTransition = (action: HelpAction, status: HelpStatus): string =>
  `求助当前为「${STATUS_LABELS[status]}」，不能${TRANSITIONS[action].label}`;

export const RATING_LABELS = { satisfied: '满意', basically_satisfied: '基本满意', dissatisfied: '不满意' } as const;
export type Rating = keyof typeof RATING_LABELS;

export const URGENCY_LABELS = { normal: '一般', urgent: '较急', critical: '紧急' } as const;
export const CONTACT_LABELS = { phone: '电话', wechat: '微信', in_person: '当面', message: '小程序消息' } as const;

export const DEFAULT_CATEGORIES: readonly { name: string; allowsAnonymous: boolean }[] = [
  { name: '生活困难', allowsAnonymous: false },
  { name: '大病医疗', allowsAnonymous: false },
  { name: '子女教育', allowsAnonymous: false },
  { name: '法律咨询', allowsAnonymous: false },
  { name: '劳动人事争议调解', allowsAnonymous: false },
  { name: '意见建议', allowsAnonymous: true },
  { name: '其他', allowsAnonymous: false },
];
