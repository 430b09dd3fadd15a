import ExcelJS from 'exceljs';
import { createMember, createUnionTree, signIn } from '../support/factories';
import { fileSuite } from '../support/file-suite';
import { createTestApp, type TestApp } from '../support/test-app';

/** A multipart/form-data body as Taro.uploadFile sends it: one file under the field `file`. */
export function upload(data: Buffer, fileName: string) {
  const boundary = `----zhijia${Math.random().toString(16).slice(2)}`;
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`;
  return {
    payload: Buffer.concat([Buffer.from(head), data, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

export const HEADER = ['姓名', '工号', '分工会', '手机号', '会籍状态'];
export const csv = (rows: string[][]) =>
  Buffer.from(`\uFEFF${[HEADER, ...rows].map((r) => r.join(',')).join('\r\n')}\r\n`);

export async function xlsx(rows: string[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('名册');
  sheet.addRow(HEADER);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

export function importRoster(
  t: TestApp,
  headers: Record<string, string>,
  file: Buffer,
  options: { dryRun: boolean; fileName?: string },
) {
  const body = upload(file, options.fileName ?? 'roster.csv');
  return t.app.inject({
    method: 'POST',
    url: `/api/admin/members/import?dryRun=${options.dryRun}`,
    payload: body.payload,
    headers: { ...headers, ...body.headers },
  });
}

export async function auditActions(t: TestApp, unionId: number): Promise<string[]> {
  const rows = await t.db.query<{ action: string }>(`SELECT action FROM audit_log WHERE union_id = $1 ORDER BY id`, [
    unionId,
  ]);
  return rows.map((r) => r.action);
}

/**
 * The roster as Excel on Chinese Windows saves a CSV: GBK bytes, no BOM. Node can decode GB18030
 * but not encode it, so the encoder is built from Node's own decoder: every two-byte code, decoded
 * once, gives the character it stands for.
 */
export function gbkCsv(rows: string[][]): Buffer {
  const pairs: number[] = [];
  for (let lead = 0x81; lead <= 0xfe; lead += 1) {
    for (let trail = 0x40; trail <= 0xfe; trail += 1) if (trail !== 0x7f) pairs.push(lead, trail);
  }
  const chars = [...new TextDecoder('gb18030').decode(Buffer.from(pairs))];
  const codeOf = new Map<string, [number, number]>();
  chars.forEach((char, i) => codeOf.has(char) || codeOf.set(char, [pairs[2 * i]!, pairs[2 * i + 1]!]));
  const text = `${[HEADER, ...rows].map((r) => r.join(',')).join('\r\n')}\r\n`;
  return Buffer.from(
    [...text].flatMap((char) => {
      if (char.charCodeAt(0) < 0x80) return [char.charCodeAt(0)];
      const code = codeOf.get(char);
      if (!code) throw new Error(`no GBK code for ${char}`);
      return code;
    }),
  );
}

/**
 * The frame of an admin test file: a school with its staff (李干事), chair (王主席) and a plain member
 * (周老师, in the first 分工会), and another school's staff, all signed in.
 */
export function adminSuite() {
  return fileSuite(
    async () => {
      const t = await createTestApp();
      const tree = await createUnionTree(t.db);
      const staffMember = await createMember(t.db, tree.schoolId, { roles: ['staff'], name: '李干事' });
      const staff = { ...staffMember, headers: await signIn(t.app, staffMember) };
      const chair = await signIn(t.app, await createMember(t.db, tree.schoolId, { roles: ['chair'], name: '王主席' }));
      const plain = await createMember(t.db, tree.schoolId, { name: '周老师', branchId: tree.branchIds[0] });
      const plainHeaders = await signIn(t.app, plain);
      const otherStaff = await signIn(t.app, await createMember(t.db, tree.otherSchoolId, { roles: ['staff'] }));
      return { t, tree, staff, chair, plain, plainHeaders, otherStaff };
    },
    ({ t }) => t.close(),
  );
}

/** The admin API of a test file's app. */
export const adminApi =
  (t: TestApp) =>
  (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, headers: Record<string, string>, payload?: object) =>
    t.app.inject({ method, url: `/api/admin${url}`, headers, payload });
