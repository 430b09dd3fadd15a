import { randomUUID } from 'node:crypto';
import { setClock as setDisclosureClock } from '../../server/src/clock';
import { createMember, createUnionTree, signIn } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
type Headers = Record<string, string>;

let t: TestApp;
let staff: Headers;
let member: { id: number; headers: Headers };
let other: Headers;
let foreignStaff: Headers;

const standAt = (date: string, clock = '10:00') => setDisclosureClock(() => new Date(`${date}T${clock}:00+08:00`));

beforeAll(async () => {
  t = await createTestApp();
  const tree = await createUnionTree(t.db);
  const person = async (unionId: number, roles: ('staff' | 'chair')[] = []) => {
    const m = await createMember(t.db, unionId, { roles });
    return { id: m.id, headers: await signIn(t.app, m) };
  };
  staff = (await person(tree.schoolId, ['staff'])).headers;
  member = await person(tree.schoolId);
  other = (await person(tree.schoolId)).headers;
  foreignStaff = (await person(tree.otherSchoolId, ['staff'])).headers;
});
afterAll(async () => {
  setDisclosureClock(null);
  await t.close();
});

const publish = (headers: Headers, body: Record<string, unknown> = {}) =>
  t.app.inject({
    method: 'POST',
    url: '/api/disclosures',
    headers,
    payload: {
      clientKey: randomUUID(),
      category: 'hardship',
      title: '2030年春节困难补助发放名单',
      body: '经审核，以下 5 位教职工获困难补助……',
      objectionEndsOn: '2030-01-20',
      ...body,
    },
  });
const object = (headers: Headers, id: number, body = '名单中有一位已调离本校') =>
  t.app.inject({
    method: 'POST',
    url: `/api/disclosures/${id}/objections`,
    headers,
    payload: { clientKey: randomUUID(), body },
  });
const itemCount = async () => (await t.db.query<{ n: number }>(`SELECT count(*) AS n FROM disclosures`))[0]!.n;

describe('publishing on the 校务公开 board', () => {
  it('lets staff publish, once per submission, and keeps it from members and other unions', async () => {
    standAt('2030-01-10');
    const clientKey = randomUUID();
    const [a, b] = await Promise.all([publish(staff, { clientKey }), publish(staff, { clientKey })]);
    expect(a!.statusCode).toBe(201);
    expect(b!.json().id).toBe(a!.json().id);
    expect(a!.json()).toMatchObject({
      category: 'hardship',
      objectionEndsOn: '2030-01-20',
      objectionOpen: true,
      objections: [],
    });
    expect((await publish(member.headers)).statusCode).toBe(403);

    const board = await t.app.inject({ method: 'GET', url: '/api/disclosures', headers: member.headers });
    expect(board.json().items.map((i: { id: number }) => i.id)).toContain(a!.json().id);
    expect(board.json().items[0].objectionCount).toBeNull();
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/disclosures', headers: foreignStaff })).json().items,
    ).toEqual([]);
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/disclosures/${a!.json().id}`, headers: foreignStaff }))
        .statusCode,
    ).toBe(404);
  });

  it('requires a 公示期 for money and standing, and answers bad input in Chinese with nothing written', async () => {
    standAt('2030-01-10');
    const before = await itemCount();
    const cases: [Record<string, unknown>, string][] = [
      [{ objectionEndsOn: undefined }, '「困难补助发放」须设公示期，请填写公示期截止日期'],
      [{ category: 'title', objectionEndsOn: undefined }, '「职称评聘」须设公示期，请填写公示期截止日期'],
      [{ objectionEndsOn: '2030-01-09' }, '公示期截止日期不能早于今天'],
      [{ title: ' ' }, '标题不能为空'],
      [{ category: 'gossip' }, '公开类别的取值无效'],
      [{ objectionEndsOn: '1月20日' }, '公示期截止日期格式不正确'],
    ];
    for (const [body, message] of cases) {
      const response = await publish(staff, body);
      expect({ status: response.statusCode, message: response.json().message }).toEqual({ status: 400, message });
    }
    expect(await itemCount()).toBe(before);
    const plan = await publish(staff, { category: 'plan', title: '学校三年发展规划', objectionEndsOn: undefined });
    expect(plan.json()).toMatchObject({ objectionEndsOn: null, objectionOpen: false });
  });

  it('keeps attachments in the file store for members of the union only', async () => {
    standAt('2030-01-10');
    const id = (await publish(staff, { category: 'finance', objectionEndsOn: undefined })).json().id;
    const boundary = 'zhijiaboundary';
    const payload = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="预算表.png"\r\nContent-Type: image/png\r\n\r\n`,
      ),
      PNG,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const upload = (headers: Headers) =>
      t.app.inject({
        method: 'POST',
        url: `/api/disclosures/${id}/attachments`,
        headers: { ...headers, 'content-type': `multipart/form-data; boundary=${boundary}` },
        payload,
      });
    expect((await upload(member.headers)).statusCode).toBe(403);
    const saved = await upload(staff);
    expect(saved.statusCode).toBe(201);
    expect(saved.json().fileName).toBe('预算表.png');
    const read = await t.app.inject({ method: 'GET', url: saved.json().url, headers: member.headers });
    expect([read.statusCode, read.headers['content-type']]).toEqual([200, 'image/png']);
    expect(read.rawPayload.equals(PNG)).toBe(true);
    expect((await t.app.inject({ method: 'GET', url: saved.json().url, headers: foreignStaff })).statusCode).toBe(404);
  });
});

describe('异议 during the 公示期', () => {
  it('takes objections until the last day, shows each member only their own and staff all, and lets staff answer', async () => {
    standAt('2030-01-10');
    const id = (await publish(staff)).json().id;
    standAt('2030-01-20', '23:50');
    const mine = await object(member.headers, id);
    expect(mine.statusCode).toBe(201);
    expect(mine.json().objections).toEqual([
      expect.objectContaining({ body: '名单中有一位已调离本校', memberName: null, answer: null }),
    ]);
    const blank = await object(other, id, '  ');
    expect([blank.statusCode, blank.json().message]).toEqual([400, '异议内容不能为空']);
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/disclosures/${id}`, headers: other })).json().objections,
    ).toEqual([]);
    expect((await object(foreignStaff, id)).statusCode).toBe(404);

    standAt('2030-01-21', '08:00');
    const late = await object(other, id);
    expect([late.statusCode, late.json().message]).toEqual([409, '公示期已于1月20日 周日结束，不能再提出异议']);

    const all = (await t.app.inject({ method: 'GET', url: `/api/disclosures/${id}`, headers: staff })).json();
    expect(all.objectionCount).toBe(1);
    const objectionId = all.objections[0].id;
    expect(all.objections[0].memberName).not.toBeNull();
    const answerAs = (headers: Headers, answer: string) =>
      t.app.inject({
        method: 'POST',
        url: `/api/disclosures/objections/${objectionId}/answer`,
        headers,
        payload: { answer },
      });
    expect((await answerAs(member.headers, '自答')).statusCode).toBe(403);
    expect((await answerAs(foreignStaff, '越权')).statusCode).toBe(404);
    expect((await answerAs(staff, '已核实，该教职工调离前符合条件')).json().answer).toBe(
      '已核实，该教职工调离前符合条件',
    );
    expect((await answerAs(staff, '已核实，该教职工调离前符合条件')).statusCode).toBe(200);
    expect((await answerAs(staff, '改口')).json().message).toBe('该异议已经答复');
    const told = await t.db.query<{ title: string }>(
      `SELECT title FROM notifications WHERE member_id = $1 AND kind = 'disclosure'`,
      [member.id],
    );
    expect(told.map((m) => m.title)).toEqual(['您提出的异议已答复']);
  });

  it('refuses objections to an item without a 公示期', async () => {
    standAt('2030-01-10');
    const id = (await publish(staff, { category: 'procurement', objectionEndsOn: undefined })).json().id;
    const response = await object(member.headers, id);
    expect([response.statusCode, response.json().message]).toEqual([409, '该事项没有公示期，不接受异议']);
  });
});

describe('the contract', () => {
  it('names the 教代会 and 校务公开 operations in the OpenAPI document', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const ids = Object.values(doc.paths as Record<string, Record<string, { operationId: string }>>).flatMap((ops) =>
      Object.values(ops).map((op) => op.operationId),
    );
    expect(ids).toEqual(
      expect.arrayContaining([
        'listMotions',
        'createMotion',
        'getMotion',
        'secondMotion',
        'reviewMotion',
        'replyToMotion',
        'rateMotionReply',
        'exportMotions',
        'listDisclosures',
        'publishDisclosure',
        'objectToDisclosure',
      ]),
    );
  });
});
