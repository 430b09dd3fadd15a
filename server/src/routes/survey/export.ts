import ExcelJS from 'exceljs';
import type { Results } from './results';

const QUESTION_KIND_NAMES = { single: '单选', multiple: '多选', rating: '评分（1–5 分）', text: '文字' } as const;
const pct = (value: number | null) => (value === null ? '样本不足' : `${value.toFixed(1)}%`);
const shanghaiDate = (value: Date | string) =>
  new Date(value).toLocaleDateString('zh-CN', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
  });

function header(sheet: ExcelJS.Worksheet, ...cells: string[]) {
  const row = sheet.addRow(cells);
  row.font = { bold: true };
  row.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFEFEF' } };
}

function summarySheet(book: ExcelJS.Workbook, r: Results) {
  const sheet = book.addWorksheet('汇总');
  sheet.columns = [{ width: 26 }, { width: 14 }, { width: 14 }, { width: 14 }, { width: 14 }];
  sheet.addRow([r.survey.title]).font = { bold: true, size: 14 };
  const s = r.satisfaction;
  const rows: [string, string | number][] = [
    ['工会', r.survey.unionName],
    [
      '评议时间',
      `${shanghaiDate(r.survey.opensAt)} 至 ${shanghaiDate(new Date(new Date(r.survey.closesAt).getTime() - 1))}`,
    ],
    ['应参评人数', r.turnout.audience],
    ['已参评人数', r.turnout.answered],
    ['参评率', pct(r.turnout.rate)],
    ['满意率', s ? pct(s.rate) : r.insufficient ? '样本不足' : '未设置总体满意度题'],
    ['其中：满意 / 基本满意 / 不满意', s ? `${s.satisfied} / ${s.basic} / ${s.unsatisfied}` : '—'],
    ['合格线', s ? `${s.passLine}%` : '—'],
    ['是否达标', s ? (s.passed ? '达标' : '未达标') : '—'],
    ['导出时间', new Date(r.generatedAt).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' })],
  ];
  for (const row of rows) sheet.addRow(row);
  if (r.branches) {
    sheet.addRow([]);
    header(sheet, '分工会', '应参评', '已参评', '参评率', '满意率');
    for (const b of r.branches) {
      sheet.addRow([
        b.name,
        b.audience ?? '—',
        b.answered ?? '样本不足',
        b.insufficient ? '样本不足' : pct(b.turnoutRate),
        b.insufficient ? '样本不足' : pct(b.satisfactionRate),
      ]);
    }
  }
  sheet.addRow([]);
  sheet.addRow([`说明：评议不记名，答卷与参评名单分开保存；少于 ${r.minGroup} 份的分组只显示“样本不足”。`]);
}

/** The export: 汇总, one sheet per choice or rating question, and the text answers under 意见建议. */
export async function buildWorkbook(r: Results): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = '教职工之家';
  summarySheet(book, r);
  for (const q of r.questions.filter((question) => question.kind !== 'text')) {
    const sheet = book.addWorksheet(`第${q.position}题`);
    sheet.columns = [{ width: 30 }, { width: 12 }, { width: 12 }];
    sheet.addRow([`${q.position}. ${q.title}`]).font = { bold: true };
    sheet.addRow([`${q.section ? `${q.section} · ` : ''}${QUESTION_KIND_NAMES[q.kind]} · 作答 ${q.answered} 人`]);
    header(sheet, q.kind === 'rating' ? '分值' : '选项', '人数', '占比');
    for (const option of q.options) sheet.addRow([option.label, option.count, `${option.percent.toFixed(1)}%`]);
    if (q.average !== null) sheet.addRow(['平均分', q.average]);
  }
  const comments = book.addWorksheet('意见建议');
  comments.columns = [{ width: 30 }, { width: 80 }];
  header(comments, '题目', '内容');
  for (const q of r.questions.filter((question) => question.kind === 'text')) {
    for (const text of q.texts) comments.addRow([q.title, text]).alignment = { wrapText: true, vertical: 'top' };
  }
  if (r.insufficient) comments.addRow(['样本不足', `参评不足 ${r.minGroup} 人，不导出答卷内容。`]);
  return Buffer.from(await book.xlsx.writeBuffer());
}
