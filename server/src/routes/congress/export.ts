import ExcelJS from 'exceljs';
import type { MotionRow, ReplyRow } from './motions-repository';
import { CATEGORY_LABELS, RATING_LABELS, REJECT_HANDLING_LABELS, STATUS_LABELS } from './rules';

function decision(m: MotionRow): string {
  if (m.status === 'rejected') return `不立案（${REJECT_HANDLING_LABELS[m.rejectHandling!]}）：${m.rejectReason}`;
  if (m.status === 'merged') return `并入第${m.mergedIntoNumber}号`;
  if (m.status === 'submitted') return '待审查';
  return '立案';
}

/** 提案汇总表: one row per submitted motion, in number order, as the 提案征集处理档案 keeps them. */
export async function motionsWorkbook(
  title: string,
  motions: { row: MotionRow; replies: ReplyRow[] }[],
): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('提案汇总表');
  sheet.columns = [
    { header: '编号', key: 'number', width: 6 },
    { header: '提案标题', key: 'title', width: 28 },
    { header: '提案人', key: 'author', width: 10 },
    { header: '附议人', key: 'seconders', width: 18 },
    { header: '类别', key: 'category', width: 10 },
    { header: '审查结果', key: 'decision', width: 24 },
    { header: '承办部门', key: 'department', width: 12 },
    { header: '答复期限', key: 'dueOn', width: 12 },
    { header: '答复', key: 'reply', width: 40 },
    { header: '按期答复', key: 'onTime', width: 9 },
    { header: '评价', key: 'rating', width: 10 },
    { header: '状态', key: 'status', width: 14 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const { row, replies } of motions) {
    const last = replies.at(-1);
    const rated = replies.filter((r) => r.rating).at(-1);
    sheet.addRow({
      number: row.number,
      title: row.title,
      author: row.authorName,
      seconders: row.seconders.map((s) => s.name).join('、'),
      category: CATEGORY_LABELS[row.category],
      decision: decision(row),
      department: row.departmentName ?? '',
      dueOn: row.dueOn ?? '',
      reply: replies.map((r) => (replies.length > 1 ? `第${r.round}次：${r.body}` : r.body)).join('\n'),
      onTime: last ? (last.onTime ? '是' : '否') : '',
      rating: rated ? RATING_LABELS[rated.rating!] : '',
      status: STATUS_LABELS[row.status],
    });
  }
  sheet.getColumn('reply').alignment = { wrapText: true, vertical: 'top' };
  sheet.headerFooter.oddHeader = title;
  return Buffer.from(await book.xlsx.writeBuffer());
}
