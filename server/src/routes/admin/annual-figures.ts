/**
 * A figure of the year counts what happened in the Beijing calendar year ($1 union, `span.lo` and
 * `span.hi` the bounds of the year or of one of its months): it never changes afterwards, not even
 * when a member erases their account. A snapshot describes the roster as it stands when the
 * workbook is made ($1 union only).
 */
export interface Figure {
  section: string;
  label: string;
  kind: 'year' | 'snapshot';
  /** 口径: how it is counted, in the words of the 说明 sheet. */
  note: string;
  sql: string;
}

const IN_YEAR = (column: string) => `${column} >= span.lo AND ${column} < span.hi`;
// An evaluation belongs to its own 年度 (2026年度会员评议, even when it closes in January 2027), as
// the district roll-up files it; the year is read from the span's start in Beijing time.
const OF_YEAR = (alias: string) => `${alias}.year = extract(year FROM span.lo AT TIME ZONE 'Asia/Shanghai')::int`;
const SATISFIED = `a.choices -> q.id::text IN ('0', '1')`;
/** 送温暖 figures count by the date of the visit, a Beijing calendar day. */
const careSql = (value: string, group?: string) =>
  `SELECT ${value} FROM care_records WHERE union_id = $1 ${group ? `AND kind_group = '${group}'` : ''}
      AND care_date >= (span.lo AT TIME ZONE 'Asia/Shanghai')::date AND care_date < (span.hi AT TIME ZONE 'Asia/Shanghai')::date`;

// 年度建家材料: each figure read straight from a feature's tables. A feature that is not installed
// (its table missing) shows “—” instead of breaking the workbook.
export const FIGURES: Figure[] = [
  {
    section: '会员',
    label: '本年新入会（人）',
    kind: 'year',
    note: '本年加入名册的会员',
    sql: `SELECT count(*) FROM members WHERE union_id = $1 AND ${IN_YEAR('created_at')}`,
  },
  {
    section: '职工之家活动中心',
    label: '预约（次）',
    kind: 'year',
    note: '本年开始的预约中已预约、已签到和爽约的，不含取消和未通过的',
    sql: `SELECT count(*) FROM bookings b JOIN rooms r ON r.id = b.room_id WHERE r.union_id = $1 AND b.status IN ('confirmed', 'checked_in', 'no_show') AND ${IN_YEAR('b.starts_at')}`,
  },
  {
    section: '职工之家活动中心',
    label: '到场签到（人次）',
    kind: 'year',
    note: '已签到预约的人数之和',
    sql: `SELECT coalesce(sum(b.seats), 0) FROM bookings b JOIN rooms r ON r.id = b.room_id WHERE r.union_id = $1 AND b.status = 'checked_in' AND ${IN_YEAR('b.starts_at')}`,
  },
  {
    section: '心理咨询',
    label: '完成的咨询（次）',
    kind: 'year',
    note: '本年完成的咨询，只计次数，不含任何个人信息',
    sql: `SELECT count(*) FROM counselling_appointments WHERE union_id = $1 AND status = 'completed' AND ${IN_YEAR('starts_at')}`,
  },
  {
    section: '困难帮扶',
    label: '收到求助（件）',
    kind: 'year',
    note: '本年提交的求助',
    sql: `SELECT count(*) FROM help_requests WHERE union_id = $1 AND ${IN_YEAR('created_at')}`,
  },
  {
    section: '困难帮扶',
    label: '已办结（件）',
    kind: 'year',
    note: '本年提交、已办结或已关闭的求助',
    sql: `SELECT count(*) FROM help_requests WHERE union_id = $1 AND status IN ('resolved', 'closed') AND ${IN_YEAR('created_at')}`,
  },
  {
    section: '困难帮扶',
    label: '评价“满意”或“基本满意”（件）',
    kind: 'year',
    note: '本年提交的求助中，会员评价满意或基本满意的',
    sql: `SELECT count(*) FROM help_requests WHERE union_id = $1 AND rating IN ('satisfied', 'basically_satisfied') AND ${IN_YEAR('created_at')}`,
  },
  {
    section: '困难帮扶',
    label: '已评价（件）',
    kind: 'year',
    note: '本年提交的求助中，会员已评价的',
    sql: `SELECT count(*) FROM help_requests WHERE union_id = $1 AND rating IS NOT NULL AND ${IN_YEAR('created_at')}`,
  },
  {
    section: '兴趣社团',
    label: '社团活动（场）',
    kind: 'year',
    note: '本年举行、未取消的社团活动',
    sql: `SELECT count(*) FROM club_events e JOIN clubs c ON c.id = e.club_id WHERE c.union_id = $1 AND e.cancelled_at IS NULL AND ${IN_YEAR('e.starts_at')}`,
  },
  {
    section: '兴趣社团',
    label: '活动报名（人次）',
    kind: 'year',
    note: '这些活动的正式报名（不含候补和取消）',
    sql: `SELECT count(*) FROM club_event_signups s JOIN club_events e ON e.id = s.event_id JOIN clubs c ON c.id = e.club_id
           WHERE c.union_id = $1 AND e.cancelled_at IS NULL AND s.status = 'confirmed' AND ${IN_YEAR('e.starts_at')}`,
  },
  {
    section: '兴趣社团',
    label: '活动到场（人次）',
    kind: 'year',
    note: '负责人点名时记为到场的',
    sql: `SELECT count(*) FROM club_event_signups s JOIN club_events e ON e.id = s.event_id JOIN clubs c ON c.id = e.club_id
           WHERE c.union_id = $1 AND e.cancelled_at IS NULL AND s.attended AND ${IN_YEAR('e.starts_at')}`,
  },
  {
    section: '主席接待日',
    label: '接待场次',
    kind: 'year',
    note: '本年举行、未取消的接待日',
    sql: `SELECT count(*) FROM reception_sessions WHERE union_id = $1 AND status = 'open' AND ${IN_YEAR('starts_at')}`,
  },
  {
    section: '主席接待日',
    label: '来访（人次）',
    kind: 'year',
    note: '本年到访的接待预约',
    sql: `SELECT count(*) FROM reception_appointments WHERE union_id = $1 AND status = 'arrived' AND ${IN_YEAR('slot_start')}`,
  },
  {
    section: '主席接待日',
    label: '答复评价“满意”或“基本满意”（人次）',
    kind: 'year',
    note: '本年到访并对答复作出评价的会员中，满意或基本满意的',
    sql: `SELECT count(*) FROM reception_appointments WHERE union_id = $1 AND rating IN ('satisfied', 'basically_satisfied') AND ${IN_YEAR('slot_start')}`,
  },
  {
    section: '会员评议',
    label: '评议（次）',
    kind: 'year',
    note: '本年度的评议（按评议所属年度，不论何时截止），不含草稿',
    sql: `SELECT count(*) FROM surveys s WHERE s.union_id = $1 AND s.status <> 'draft' AND ${OF_YEAR('s')}`,
  },
  {
    section: '会员评议',
    label: '参与评议（人次）',
    kind: 'year',
    note: '本年度各次评议的参评人次',
    sql: `SELECT count(*) FROM survey_participants p JOIN surveys s ON s.id = p.survey_id WHERE s.union_id = $1 AND ${OF_YEAR('s')}`,
  },
  {
    section: '会员评议',
    label: '满意率（%）',
    kind: 'year',
    note: '（满意 + 基本满意）÷ 有效答卷，本年度各次评议合计；答卷不记录答卷人',
    sql: `SELECT round(100.0 * count(*) FILTER (WHERE ${SATISFIED}) / nullif(count(*) FILTER (WHERE a.choices ? q.id::text), 0), 1)
            FROM surveys s JOIN survey_questions q ON q.survey_id = s.id AND q.satisfaction JOIN survey_answers a ON a.survey_id = s.id
           WHERE s.union_id = $1 AND s.status <> 'draft' AND ${OF_YEAR('s')}`,
  },
  {
    section: '教代会提案',
    label: '提案（件）',
    kind: 'year',
    note: '本年提交的提案，不含草稿',
    sql: `SELECT count(*) FROM congress_motions WHERE union_id = $1 AND ${IN_YEAR('submitted_at')}`,
  },
  {
    section: '教代会提案',
    label: '立案（件）',
    kind: 'year',
    note: '本年提交、经提案工作委员会立案的提案',
    sql: `SELECT count(*) FROM congress_motions WHERE union_id = $1 AND status IN ('accepted', 'replied', 'rated') AND ${IN_YEAR('submitted_at')}`,
  },
  {
    section: '教代会提案',
    label: '按期答复（件）',
    kind: 'year',
    note: '本年提交的提案中，承办部门第一次答复在答复期限内的',
    sql: `SELECT count(*) FROM congress_motions m JOIN congress_replies r ON r.motion_id = m.id AND r.round = 1 WHERE m.union_id = $1 AND r.on_time AND ${IN_YEAR('m.submitted_at')}`,
  },
  {
    section: '教代会提案',
    label: '答复满意率（%）',
    kind: 'year',
    note: '（满意 + 基本满意）÷ 已评价，以提案人对最后一次答复的评价计',
    sql: `SELECT round(100.0 * count(*) FILTER (WHERE r.rating IN ('satisfied', 'basically_satisfied')) / nullif(count(*), 0), 1)
            FROM congress_motions m JOIN congress_replies r ON r.motion_id = m.id AND r.rating IS NOT NULL
           WHERE m.union_id = $1 AND m.status = 'rated' AND r.round = m.round AND ${IN_YEAR('m.submitted_at')}`,
  },
  ...[
    ['five_visits', '五必访（次）', '住院、结婚、生育、退休、丧亲慰问'],
    ['festival', '节日慰问（次）', '教师节、春节等节日慰问'],
    ['hardship', '困难帮扶（次）', '困难帮扶慰问和补助'],
    ['education', '助学（次）', '爱心助学、金秋助学'],
  ].map(([group, label, note]): Figure => ({
    section: '送温暖',
    label: label!,
    kind: 'year',
    note: `本年${note}的记录，只计次数`,
    sql: careSql('count(*)', group),
  })),
  {
    section: '送温暖',
    label: '慰问合计（次）',
    kind: 'year',
    note: '本年全部慰问和帮扶记录',
    sql: careSql('count(*)'),
  },
  {
    section: '送温暖',
    label: '慰问金额（元）',
    kind: 'year',
    note: '本年慰问和帮扶记录的金额之和，不含姓名',
    sql: careSql('coalesce(sum(amount), 0)'),
  },
  {
    section: '名册现状（导出时）',
    label: '在册会员（人）',
    kind: 'snapshot',
    note: '导出时名册中在册的会员',
    sql: `SELECT count(*) FROM members WHERE union_id = $1 AND status = 'active'`,
  },
  {
    section: '名册现状（导出时）',
    label: '已绑定微信（人）',
    kind: 'snapshot',
    note: '导出时在册且已绑定微信的会员',
    sql: `SELECT count(*) FROM members WHERE union_id = $1 AND status = 'active' AND openid IS NOT NULL`,
  },
  {
    section: '名册现状（导出时）',
    label: '社团（个）',
    kind: 'snapshot',
    note: '导出时的社团，含已归档的',
    sql: `SELECT count(*) FROM clubs WHERE union_id = $1`,
  },
  {
    section: '名册现状（导出时）',
    label: '社团成员（人次）',
    kind: 'snapshot',
    note: '导出时各社团成员人数之和',
    sql: `SELECT count(*) FROM club_members cm JOIN clubs c ON c.id = cm.club_id WHERE c.union_id = $1`,
  },
];
