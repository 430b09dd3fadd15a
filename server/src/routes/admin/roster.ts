import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { badRequest } from '../../errors';

/** The columns a roster file must have, in any order, on its first row. */
export const ROSTER_COLUMNS = ['姓名', '工号', '分工会', '手机号', '会籍状态'] as const;
export const MAX_ROSTER_ROWS = 20000;

// The words officers write in 会籍状态; an empty cell means 在册.
const ACTIVE_WORDS = new Set(['', '在册', '在会', '正常', '在职', '会员', '有效']);
const LEFT_WORDS = new Set(['离会', '退会', '已退会', '调离', '离职', '已离会', '注销', '退休离会']);
const ACCEPTED_WORDS = `在册：${[...ACTIVE_WORDS].filter(Boolean).join('、')}（或留空）；离会：${[...LEFT_WORDS].join('、')}`;
export const STAFF_NO = /^[A-Za-z0-9-]{1,20}$/;
export const PHONE = /^1[0-9]{10}$/;

export interface RosterRow {
  /** The row number as the spreadsheet shows it (the header is row 1). */
  row: number;
  name: string;
  staffNo: string;
  branchName: string;
  phone: string;
  status: 'active' | 'left';
}

export interface RowProblem {
  row: number;
  staffNo: string;
  reason: string;
}

const text = (value: unknown): string => {
  if (value == null) return '';
  if (typeof value === 'object') {
    const cell = value as { text?: unknown; result?: unknown; richText?: { text: string }[] };
    if (cell.richText)
      return cell.richText
        .map((part) => part.text)
        .join('')
        .trim();
    if (cell.text != null) return String(cell.text).trim();
    if (cell.result != null) return String(cell.result).trim();
  }
  return String(value)
    .replace(/^\uFEFF/, '')
    .trim();
};

/**
 * A CSV's text, whatever Excel saved it as: UTF-8 (with or without a BOM), or GBK/GB18030 as Excel
 * on Chinese Windows does by default. Strict UTF-8 fails on GBK bytes, which tells the two apart;
 * Node's own gb18030 decoder (a superset of GBK) reads the rest. Nobody is asked which it is.
 */
export function decodeCsv(buffer: Buffer): string {
  let textOf: string;
  try {
    textOf = new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    textOf = new TextDecoder('gb18030').decode(buffer);
  }
  return textOf.replace(/^\uFEFF/, '');
}

/** Reads the first sheet of an XLSX file, or a CSV file, into rows of trimmed text. */
export async function readSheet(buffer: Buffer): Promise<string[][]> {
  const book = new ExcelJS.Workbook();
  let sheet: ExcelJS.Worksheet | undefined;
  try {
    if (buffer.subarray(0, 2).toString('latin1') === 'PK') {
      await book.xlsx.load(buffer as unknown as ArrayBuffer);
      sheet = book.worksheets[0];
    } else {
      // Keep every cell as text: 工号 and 手机号 must not turn into numbers or dates.
      sheet = await book.csv.read(Readable.from([decodeCsv(buffer)]), { map: (value: unknown) => value } as never);
    }
  } catch {
    throw badRequest('无法读取文件，请上传 CSV 或 XLSX 格式的名册');
  }
  const rows: string[][] = [];
  sheet?.eachRow({ includeEmpty: true }, (row, number) => {
    const values = row.values as unknown[];
    rows[number - 1] = values.slice(1).map(text);
  });
  return Array.from(rows, (row) => row ?? []);
}

/**
 * Turns a sheet into roster rows and the problems of each bad row, by row number. Checks what the
 * file alone can tell (missing fields, formats, 工号 repeated in the file) and whether each 分工会 exists.
 */
export function parseRoster(
  sheet: string[][],
  branchNames: Set<string>,
): { rows: RosterRow[]; problems: RowProblem[] } {
  const header = sheet[0] ?? [];
  const index = Object.fromEntries(ROSTER_COLUMNS.map((column) => [column, header.indexOf(column)])) as Record<
    (typeof ROSTER_COLUMNS)[number],
    number
  >;
  const missing = ROSTER_COLUMNS.filter((column) => index[column] < 0 && column !== '会籍状态' && column !== '分工会');
  if (missing.length) throw badRequest(`名册第 1 行缺少列：${missing.join('、')}（应有 ${ROSTER_COLUMNS.join('、')}）`);
  if (sheet.length - 1 > MAX_ROSTER_ROWS) throw badRequest(`名册一次最多导入 ${MAX_ROSTER_ROWS} 行`);

  const rows: RosterRow[] = [];
  const problems: RowProblem[] = [];
  const firstRowOf = new Map<string, number>();
  for (let i = 1; i < sheet.length; i += 1) {
    const cells = sheet[i]!;
    const cell = (column: (typeof ROSTER_COLUMNS)[number]) => (index[column] >= 0 ? (cells[index[column]] ?? '') : '');
    if (cells.every((value) => value === '')) continue;
    const row = i + 1;
    const name = cell('姓名');
    const staffNo = cell('工号');
    const branchName = cell('分工会');
    const phone = cell('手机号').replace(/[\s-]/g, '');
    const statusWord = cell('会籍状态');
    const reasons: string[] = [];
    if (!name) reasons.push('姓名为空');
    else if (name.length > 30) reasons.push('姓名超过 30 个字');
    if (!staffNo) reasons.push('工号为空');
    else if (!STAFF_NO.test(staffNo)) reasons.push('工号只能由字母、数字和短横线组成，最多 20 位');
    else if (firstRowOf.has(staffNo)) reasons.push(`工号 ${staffNo} 与第 ${firstRowOf.get(staffNo)} 行重复`);
    else firstRowOf.set(staffNo, row);
    if (!PHONE.test(phone)) reasons.push(phone ? `手机号「${phone}」不是 11 位手机号码` : '手机号为空');
    if (branchName && !branchNames.has(branchName)) reasons.push(`分工会「${branchName}」不存在`);
    const status = ACTIVE_WORDS.has(statusWord) ? 'active' : LEFT_WORDS.has(statusWord) ? 'left' : null;
    if (!status) reasons.push(`会籍状态「${statusWord}」无法识别。可以填写 ${ACCEPTED_WORDS}`);
    if (reasons.length) problems.push({ row, staffNo, reason: reasons.join('；') });
    else rows.push({ row, name, staffNo, branchName, phone, status: status! });
  }
  return { rows, problems };
}
