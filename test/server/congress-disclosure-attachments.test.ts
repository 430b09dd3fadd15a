import { randomUUID } from 'node:crypto';
import { setClock } from '../../server/src/clock';
import { createMember, createUnionTree, signIn } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
type Headers = Record<string, string>;

let t: TestApp;
let staff: Headers;
let chair: Headers;
let member: Headers;
let foreignStaff: Headers;

beforeAll(async () => {
  t = await createTestApp();
  setClock(() => new Date('2030-01-10T10:00:00+08:00'));
  const tree = await createUnionTree(t.db);
  const person = async (unionId: number, roles: ('staff' | 'chair')[] = []) =>
    signIn(t.app, await createMember(t.db, unionId, { roles }));
  staff = await person(tree.schoolId, ['staff']);
  chair = await person(tree.schoolId, ['chair']);
  member = await person(tree.schoolId);
  foreignStaff = await person(tree.otherSchoolId, ['staff']);
});
afterAll(async () => {
  setClock(null);
  await t.close();
});

async function publishWithAttachment() {
  const item = await t.app.inject({
    method: 'POST',
    url: '/api/disclosures',
    headers: staff,
    payload: { clientKey: randomUUID(), category: 'finance', title: '2030年度预算', body: '预算草案见附件。' },
  });
  const boundary = 'zhijiaboundary';
  const upload = await t.app.inject({
    method: 'POST',
    url: `/api/disclosures/${item.json().id}/attachments`,
    headers: { ...staff, 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="预算表.png"\r\nContent-Type: image/png\r\n\r\n`,
      ),
      PNG,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]),
  });
  expect(upload.statusCode).toBe(201);
  return { itemId: item.json().id as number, attachment: upload.json() as { id: number; url: string } };
}

const remove = (headers: Headers, id: number) =>
  t.app.inject({ method: 'DELETE', url: `/api/disclosures/attachments/${id}`, headers });
const attachmentsOf = async (itemId: number) =>
  (await t.app.inject({ method: 'GET', url: `/api/disclosures/${itemId}`, headers: member })).json().attachments;

describe('removing a 校务公开 attachment', () => {
  it('is refused to members and to another union’s staff, and the file stays readable', async () => {
    const { itemId, attachment } = await publishWithAttachment();
    const byMember = await remove(member, attachment.id);
    expect([byMember.statusCode, byMember.json().message]).toEqual([403, '只有工会干事和主席可以删除附件']);
    const byStranger = await remove(foreignStaff, attachment.id);
    expect([byStranger.statusCode, byStranger.json().message]).toEqual([404, '附件不存在']);
    expect(await attachmentsOf(itemId)).toHaveLength(1);
    expect((await t.app.inject({ method: 'GET', url: attachment.url, headers: member })).statusCode).toBe(200);
  });

  it('takes the file off the item and out of the store; a repeated delete also succeeds', async () => {
    const { itemId, attachment } = await publishWithAttachment();
    const [{ key }] = (await t.db.query<{ key: string }>(
      `SELECT storage_key AS key FROM disclosure_attachments WHERE id = $1`,
      [attachment.id],
    )) as [{ key: string }];
    expect(await t.app.fileStore.get(key)).not.toBeNull();
    expect((await remove(chair, attachment.id)).statusCode).toBe(204);
    expect(await t.app.fileStore.get(key)).toBeNull();
    expect(await attachmentsOf(itemId)).toEqual([]);
    const read = await t.app.inject({ method: 'GET', url: attachment.url, headers: member });
    expect([read.statusCode, read.json().message]).toEqual([404, '附件不存在']);
    const summary = (await t.app.inject({ method: 'GET', url: '/api/disclosures', headers: member }))
      .json()
      .items.find((i: { id: number }) => i.id === itemId);
    expect(summary.attachmentCount).toBe(0);
    // A double tap: the second request finds nothing left and answers the same.
    expect((await remove(staff, attachment.id)).statusCode).toBe(204);
  });
});
