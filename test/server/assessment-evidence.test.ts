import { createTestApp, type TestApp } from '../support/test-app';
import { assessmentApi } from './assessment-fixtures';
import { createCityTree } from './unions-fixtures';

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

let t: TestApp;
let api: ReturnType<typeof assessmentApi>;
beforeAll(async () => {
  t = await createTestApp();
  api = assessmentApi(t.app);
});
afterAll(() => t.close());

/** A multipart/form-data body as Taro.uploadFile sends it: one file under the field `file`. */
function upload(headers: Record<string, string>, url: string, fileName: string, data: Buffer) {
  const boundary = `----zhijia${Math.random().toString(16).slice(2)}`;
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`;
  return t.app.inject({
    method: 'POST',
    url: `/api/assessment${url}`,
    payload: Buffer.concat([Buffer.from(head), data, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { ...headers, 'content-type': `multipart/form-data; boundary=${boundary}` },
  });
}

describe('evidence files', () => {
  it('keeps a photo for an item, shows it to the reviewer, and refuses uploads after submission', async () => {
    const tree = await createCityTree(t);
    const roundId = await api.openRound(tree.districts[0]!);
    const url = `/rounds/${roundId}/schools/${tree.schoolIds[0]}/items/org-1/files`;
    const sent = await upload(tree.schools[0]!, url, '委员名单.png', PNG);
    expect(sent.statusCode).toBe(201);
    const [file] = sent.json().items.find((i: { key: string }) => i.key === 'org-1').files;
    expect(file).toMatchObject({ fileName: '委员名单.png', contentType: 'image/png', sizeBytes: PNG.length });

    const read = await t.app.inject({
      method: 'GET',
      url: `/api/assessment${url}/${file.id}`,
      headers: tree.districts[0]!,
    });
    expect([read.statusCode, read.rawPayload.equals(PNG)]).toEqual([200, true]);
    expect(read.headers['content-disposition']).toBe(`inline; filename*=UTF-8''${encodeURIComponent('委员名单.png')}`);
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/assessment${url}/${file.id}`, headers: tree.schools[1]! }))
        .statusCode,
    ).toBe(403);

    const text = await upload(tree.schools[0]!, url, 'notes.txt', Buffer.from('hello'));
    expect([text.statusCode, text.json().message]).toEqual([400, '只能上传 JPG、PNG、WebP 图片或 PDF 文件']);
    expect((await upload(tree.schools[1]!, url, 'x.png', PNG)).statusCode).toBe(403);

    await api.fillAndSubmit(tree.schools[0]!, roundId, tree.schoolIds[0]!);
    const late = await upload(tree.schools[0]!, url, 'late.png', PNG);
    expect([late.statusCode, late.json().message]).toEqual([409, '自评已提交或不在填写期间，不能再上传材料']);
    const rows = await t.db.query(
      `SELECT f.id FROM self_assessment_files f JOIN self_assessments a ON a.id = f.assessment_id WHERE a.round_id = $1`,
      [roundId],
    );
    expect(rows).toHaveLength(1);
  });
});

describe('removing an evidence file', () => {
  it('removes the school’s wrong upload before submission, twice without harm, and never another school’s', async () => {
    const tree = await createCityTree(t);
    const roundId = await api.openRound(tree.districts[0]!);
    const url = `/rounds/${roundId}/schools/${tree.schoolIds[0]}/items/org-1/files`;
    const [kept, wrong] = [
      (await upload(tree.schools[0]!, url, '委员名单.png', PNG)).json(),
      (await upload(tree.schools[0]!, url, '拍错了.png', PNG)).json(),
    ].map((v) => v.items.find((i: { key: string }) => i.key === 'org-1').files.at(-1));
    const remove = (headers: Record<string, string>) =>
      t.app.inject({ method: 'DELETE', url: `/api/assessment${url}/${wrong.id}`, headers });

    expect((await remove(tree.schools[1]!)).statusCode).toBe(403);
    const done = await remove(tree.schools[0]!);
    expect(done.statusCode).toBe(200);
    expect(done.json().items.find((i: { key: string }) => i.key === 'org-1').files).toEqual([kept]);
    expect((await remove(tree.schools[0]!)).statusCode).toBe(200);
    const gone = await t.app.inject({
      method: 'GET',
      url: `/api/assessment${url}/${wrong.id}`,
      headers: tree.schools[0]!,
    });
    expect(gone.statusCode).toBe(404);

    await api.fillAndSubmit(tree.schools[0]!, roundId, tree.schoolIds[0]!);
    const late = await t.app.inject({
      method: 'DELETE',
      url: `/api/assessment${url}/${kept.id}`,
      headers: tree.schools[0]!,
    });
    expect([late.statusCode, late.json().message]).toEqual([409, '自评已提交或不在填写期间，不能再删除材料']);
  });
});
