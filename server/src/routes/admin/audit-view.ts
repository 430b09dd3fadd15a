import { ROLE_LABELS } from '../../services/personal-data-report';

/**
 * Filters of the 审计日志 page: each a kind of action, as SQL over `audit_log a`. Each `where` is also
 * the predicate of a partial index (migration 089), which the planner matches by text: change both together.
 */
export const AUDIT_KINDS = [
  { key: 'roles', label: '角色变更', where: `a.action LIKE 'member.role.%'` },
  { key: 'members', label: '名册与会员资料', where: `(a.action LIKE 'member.record.%' OR a.action LIKE 'roster.%')` },
  { key: 'branches', label: '分工会', where: `a.action LIKE 'union.branch.%'` },
  { key: 'exports', label: '导出与下载', where: `(a.action LIKE 'export.%' OR a.action LIKE '%.export%')` },
  { key: 'confidential', label: '查阅保密记录', where: `(a.action LIKE '%.read' OR a.action LIKE '%.list')` },
  { key: 'privacy', label: '个人信息（导出、注销）', where: `a.action LIKE 'privacy.%'` },
] as const;
export const AUDIT_KIND_KEYS = AUDIT_KINDS.map((k) => k.key);

const ACTION_LABELS: Record<string, string> = {
  'roster.import.apply': '导入名册',
  'member.record.create': '添加会员',
  'member.record.update': '修改会员资料',
  'member.record.deactivate': '会员离会',
  'member.role.grant': '授予角色',
  'member.role.revoke': '撤销角色',
  'union.branch.create': '新建分工会',
  'union.branch.rename': '分工会改名',
  'union.branch.delete': '删除分工会',
  'export.download': '下载报表',
  'privacy.data.export': '会员下载本人信息',
  'privacy.account.erase': '会员注销账号',
  'counselling.appointment.list': '查看咨询预约列表',
  'counselling.appointment.read': '查阅咨询预约',
  'counselling.note.read': '查阅咨询笔记',
  'counselling.note.write': '填写咨询笔记',
  'counselling.counsellor.create': '新增咨询师',
  'counselling.counsellor.update': '修改咨询师资料',
  'counselling.schedule.update': '修改咨询排班',
  'counselling.settings.update': '修改咨询设置',
};

export const actionLabel = (action: string) =>
  ACTION_LABELS[action] ??
  (action.endsWith('.read')
    ? '查阅保密记录'
    : action.includes('export')
      ? '导出数据'
      : action.startsWith('counselling.appointment.')
        ? '处理咨询预约'
        : action);

const TARGET_LABELS: Record<string, string> = {
  counselling_appointment: '咨询预约',
  counsellor: '咨询师',
  counselling_settings: '咨询设置',
  roster_import: '名册文件',
  annual_report: '年度建家材料',
};

const FIELD_LABELS: Record<string, string> = {
  name: '姓名',
  staffNo: '工号',
  phone: '手机号',
  branchId: '分工会',
  status: '会籍状态',
};

type Detail = Record<string, unknown>;
const num = (value: unknown) => (typeof value === 'number' ? value : 0);

/** A line a chair can read, from the entry's small facts (never names or notes, by the audit rule). */
export function auditSummary(action: string, detail: Detail): string {
  switch (action) {
    case 'roster.import.apply':
      return `文件「${String(detail.file ?? '')}」共 ${num(detail.rows)} 行：新增 ${num(detail.created)}，更新 ${num(detail.updated)}，离会 ${num(detail.deactivated)}`;
    case 'member.role.grant':
    case 'member.role.revoke':
      return `角色：${ROLE_LABELS[String(detail.role)] ?? String(detail.role)}`;
    case 'member.record.update':
      return Array.isArray(detail.fields)
        ? `修改了${detail.fields.map((f) => FIELD_LABELS[String(f)] ?? String(f)).join('、')}`
        : '';
    case 'union.branch.create':
    case 'union.branch.delete':
      return detail.name ? `「${String(detail.name)}」` : '';
    case 'union.branch.rename':
      return detail.from ? `「${String(detail.from)}」改为「${String(detail.to)}」` : '';
    case 'export.download':
      return detail.year ? `${num(detail.year)} 年度建家材料` : '';
    case 'privacy.data.export':
      return `格式：${String(detail.format ?? '').toUpperCase()}`;
    case 'privacy.account.erase':
      return `按注销规则 ${String(detail.rulesVersion ?? '')} 处理：取消预约 ${num(detail.bookingsCancelled)} 个，删除附件 ${num(detail.attachmentsDeleted)} 个`;
    default:
      return '';
  }
}

/**
 * The target's id as an integer key, or NULL when target_id is not one: compared as `t.id = …` the
 * lookup is one primary-key probe, where `t.id::text = a.target_id` read every member of the union
 * for each entry of the page. The CASE keeps the cast from ever seeing a non-number.
 */
const TARGET_KEY = `(CASE WHEN a.target_id ~ '^[0-9]{1,9}$' THEN a.target_id::int END)`;

/** The target in words: a member's or 分工会's current name, or the kind of record and its number. */
export const TARGET_LABEL_SQL = `CASE
    WHEN a.target_type = 'member' THEN (SELECT t.name FROM members t WHERE t.id = ${TARGET_KEY} AND t.union_id = a.union_id)
    WHEN a.target_type = 'union' THEN (SELECT t.name FROM unions t WHERE t.id = ${TARGET_KEY} AND (t.id = a.union_id OR t.parent_id = a.union_id))
  END`;

export const targetLabel = (targetType: string, targetId: string | null, found: string | null) =>
  found ??
  (targetId ? `${TARGET_LABELS[targetType] ?? targetType} ${targetId}` : (TARGET_LABELS[targetType] ?? targetType));
