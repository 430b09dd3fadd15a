import fs from 'node:fs';
import path from 'node:path';
import { act, caseIn, expectOk, type Headers, type HelpWorld, helpWorld, newCase, standAt } from './help-fixtures';

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const JPEG_START = Buffer.from([0xff, 0xd8, 0xff, 0xe0]);
const WEBP = Buffer.concat([
  Buffer.from('RIFF'),
  Buffer.from([0x1a, 0, 0, 0]),
  Buffer.from('WEBPVP8 '),
  Buffer.alloc(14),
]);

/** A multipart/form-data body as Taro.uploadFile sends it: one file under the field `file`. */
function formData(fileName: string, contentType: string, data: Buffer) {
  const boundary = `----zhijia${Math.random().toString(16).slice(2)}`;
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: ${contentType}\r\n\r\n`;
  return {
    payload: Buffer.concat([Buffer.from(head), data, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

let w: HelpWorld;
beforeAll(async () => {
  w = await helpWorld();
});
afterAll(() => w.close());

const upload = (headers: Headers, id: number, fileName: string, contentType: string, data: Buffer) => {
  const form = formData(fileName, contentType, data);
  return w.app.inject({
    method: 'POST',
    url: `/api/help/requests/${id}/attachments`,
    headers: { ...headers, ...form.headers },
    payload: form.payload,
  });
};

function storedFiles(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else found.push(full);
    }
  };
  walk(w.filesDir);
  return found;
}

const rowsOf = async (id: number) =>
  (await w.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM help_attachments WHERE request_id = $1`, [id]))[0]!
    .n;

describe('attachments', () => {
  it('keeps a photo by its content and serves it to the member and the union’s handlers only', async () => {
    const id = await newCase(w.app, w.member.headers);
    const response = await upload(w.member.headers, id, 'C:\\Users\\张\\病历照片.png', 'application/octet-stream', PNG);
    await expectOk(response, 201);
    const attachment = response.json();
    expect(attachment).toMatchObject({ fileName: '病历照片.png', contentType: 'image/png', sizeBytes: PNG.length });
    expect(storedFiles()).toHaveLength(1);

    for (const headers of [w.member.headers, w.staff.headers, w.chair.headers]) {
      const file = await w.app.inject({
        method: 'GET',
        url: `/api/help/attachments/${attachment.id}/content`,
        headers,
      });
      expect(file.statusCode).toBe(200);
      expect(file.headers['content-type']).toBe('image/png');
      expect(file.rawPayload.equals(PNG)).toBe(true);
    }
    for (const headers of [w.otherMember.headers, w.otherSchoolStaff.headers]) {
      const refused = await w.app.inject({
        method: 'GET',
        url: `/api/help/attachments/${attachment.id}/content`,
        headers,
      });
      expect(refused.statusCode).toBe(404);
    }
    const anonymous = await w.app.inject({ method: 'GET', url: `/api/help/attachments/${attachment.id}/content` });
    expect(anonymous.statusCode).toBe(401);
  });

  it('opens with the temporary link of the case page, without a header, until it expires', async () => {
    standAt('2030-03-08', '10:00');
    const id = await newCase(w.app, w.member.headers);
    await expectOk(await upload(w.member.headers, id, 'scan.pdf', 'application/pdf', PDF), 201);
    const page = await w.app.inject({ method: 'GET', url: `/api/help/requests/${id}`, headers: w.member.headers });
    const [file] = page.json().attachments;
    expect(file.url).toMatch(/^\/api\/help\/attachments\/\d+\/content\?exp=\d+&sig=/);

    const opened = await w.app.inject({ method: 'GET', url: file.url });
    expect(opened.statusCode).toBe(200);
    expect(opened.headers['content-type']).toBe('application/pdf');

    const forged = await w.app.inject({ method: 'GET', url: file.url.replace(/sig=.{4}/, 'sig=AAAA') });
    expect(forged.statusCode).toBe(403);
    expect(forged.json().message).toBe('链接无效');
    const otherFile = await w.app.inject({
      method: 'GET',
      url: file.url.replace(/attachments\/\d+/, `attachments/${file.id + 1000}`),
    });
    expect(otherFile.statusCode).toBe(403);

    standAt('2030-03-08', '11:00');
    const expired = await w.app.inject({ method: 'GET', url: file.url });
    expect(expired.statusCode).toBe(403);
    expect(expired.json().message).toBe('链接已过期，请返回求助页面重新打开');
  });

  it('names the file in the timeline as the member named it, and a picker’s made-up name as 照片', async () => {
    const id = await newCase(w.app, w.member.headers);
    await expectOk(await upload(w.member.headers, id, 'receipt.png', 'image/png', PNG), 201);
    await expectOk(await upload(w.member.headers, id, 'file-1796612546143.png', 'image/png', PNG), 201);
    const view = await w.app.inject({ method: 'GET', url: `/api/help/requests/${id}`, headers: w.member.headers });
    const bodies = view
      .json()
      .events.filter((e: { kind: string }) => e.kind === 'attachment')
      .map((e: { body: string }) => e.body);
    expect(bodies.sort()).toEqual(['上传了附件：receipt.png', '上传了附件：照片.png']);
    expect(
      view
        .json()
        .attachments.map((a: { fileName: string }) => a.fileName)
        .sort(),
    ).toEqual(['receipt.png', '照片.png']);
  });

  it('accepts JPEG, WebP and files over 1 MB', async () => {
    const id = await newCase(w.app, w.member.headers);
    await expectOk(
      await upload(
        w.member.headers,
        id,
        'a.jpg',
        'image/jpeg',
        Buffer.concat([JPEG_START, Buffer.alloc(2 * 1024 * 1024)]),
      ),
      201,
    );
    await expectOk(await upload(w.member.headers, id, 'b.webp', 'image/webp', WEBP), 201);
    expect(await rowsOf(id)).toBe(2);
  });

  it('refuses a file whose content is not an image or PDF, whatever its name, and stores nothing', async () => {
    const id = await newCase(w.app, w.member.headers);
    const before = storedFiles().length;
    const response = await upload(
      w.member.headers,
      id,
      'photo.jpg',
      'image/jpeg',
      Buffer.from('MZ\x90\x00 this is a program, not a photo'),
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toBe('只能上传 JPG、PNG、WebP 图片或 PDF 文件');
    expect(await rowsOf(id)).toBe(0);
    expect(storedFiles()).toHaveLength(before);
  });

  it('refuses a file over 10 MB and stores nothing', async () => {
    const id = await newCase(w.app, w.member.headers);
    const before = storedFiles().length;
    const response = await upload(
      w.member.headers,
      id,
      'big.jpg',
      'image/jpeg',
      Buffer.concat([JPEG_START, Buffer.alloc(10 * 1024 * 1024)]),
    );
    expect(response.statusCode).toBe(413);
    expect(response.json().message).toBe('单个附件不能超过 10 MB');
    expect(await rowsOf(id)).toBe(0);
    expect(storedFiles()).toHaveLength(before);
  });

  it('refuses a sixth file and stores nothing of it', async () => {
    const id = await newCase(w.app, w.member.headers);
    for (let n = 1; n <= 5; n += 1)
      await expectOk(await upload(w.member.headers, id, `${n}.png`, 'image/png', PNG), 201);
    const before = storedFiles().length;
    const response = await upload(w.member.headers, id, '6.png', 'image/png', PNG);
    expect(response.statusCode).toBe(409);
    expect(response.json().message).toBe('每件求助最多上传 5 个附件');
    expect(await rowsOf(id)).toBe(5);
    expect(storedFiles()).toHaveLength(before);
    const page = await w.app.inject({ method: 'GET', url: `/api/help/requests/${id}`, headers: w.member.headers });
    expect(page.json()).toMatchObject({ canUpload: false });
  });

  it('takes files only from the member who asked, and only while the case is open', async () => {
    const id = await newCase(w.app, w.member.headers);
    const byStaff = await upload(w.staff.headers, id, 'x.png', 'image/png', PNG);
    expect(byStaff.statusCode).toBe(403);
    expect(byStaff.json().message).toBe('只有提交人本人可以上传附件');
    const byOther = await upload(w.otherMember.headers, id, 'x.png', 'image/png', PNG);
    expect(byOther.statusCode).toBe(404);

    const closed = await caseIn(w, 'closed');
    const late = await upload(w.member.headers, closed, 'x.png', 'image/png', PNG);
    expect(late.statusCode).toBe(409);
    expect(late.json().message).toBe('求助当前为「已关闭」，不能再上传附件');
    expect(await rowsOf(id)).toBe(0);
    expect(await rowsOf(closed)).toBe(0);
  });

  it('lets the member add what was asked for while the case waits for them', async () => {
    const id = await caseIn(w, 'waiting_member');
    await expectOk(await upload(w.member.headers, id, '发票.pdf', 'application/pdf', PDF), 201);
    await expectOk(await act(w.app, w.member.headers, id, 'supplement', { message: '住院发票已上传' }));
    const view = await w.app.inject({ method: 'GET', url: `/api/help/cases/${id}`, headers: w.staff.headers });
    expect(view.json().attachments.map((a: { fileName: string }) => a.fileName)).toEqual(['发票.pdf']);
    expect(view.json().events.map((e: { kind: string }) => e.kind)).toEqual(
      expect.arrayContaining(['info_requested', 'attachment', 'supplemented']),
    );
  });

  it('asks for a multipart upload', async () => {
    const id = await newCase(w.app, w.member.headers);
    const response = await w.app.inject({
      method: 'POST',
      url: `/api/help/requests/${id}/attachments`,
      headers: w.member.headers,
      payload: { file: 'x' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toBe('请以表单（multipart/form-data）上传文件');
  });
});
