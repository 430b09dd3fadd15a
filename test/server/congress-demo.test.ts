import { markAsDemo, seedDemo } from '../../server/src/seed/demo';
import { signIn } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await markAsDemo(t.db);
  await seedDemo(t.db);
});
afterAll(() => t.close());

const get = async (url: string, staffNo: string) =>
  t.app.inject({ method: 'GET', url, headers: await signIn(t.app, { staffNo }) });

describe('the 教代会 and 校务公开 demo data', () => {
  it('opens a collecting session with a motion in every state, for 代表 and members alike', async () => {
    const sessions = (await get('/api/congress/sessions', 'S1005')).json().items;
    expect(sessions).toEqual([
      expect.objectContaining({
        title: '第五届教代会第三次会议',
        collecting: true,
        delegate: true,
        committee: false,
        published: true,
      }),
    ]);
    const asDelegate = (await get(`/api/congress/motions?sessionId=${sessions[0].id}`, 'S1005')).json().items as {
      status: string;
      overdue: boolean;
    }[];
    expect(new Set(asDelegate.map((m) => m.status))).toEqual(
      new Set(['draft', 'submitted', 'accepted', 'replied', 'rated', 'rejected', 'merged']),
    );
    expect(asDelegate.filter((m) => m.overdue)).toHaveLength(1);
    const asMember = (await get(`/api/congress/motions?sessionId=${sessions[0].id}`, 'S1006')).json();
    expect(asMember.session).toMatchObject({ delegate: false });
    expect(asMember.items.some((m: { status: string }) => m.status === 'draft')).toBe(false);
    expect((await get(`/api/congress/sessions/${sessions[0].id}/suggestions`, 'S1005')).json().items).toHaveLength(1);
  });

  it('puts four items on the board, one still in its 公示期 and one with an answered objection for staff', async () => {
    const board = (await get('/api/disclosures', 'S1006')).json().items as {
      id: number;
      objectionOpen: boolean;
      objectionCount: number | null;
    }[];
    expect(board).toHaveLength(4);
    expect(board.filter((d) => d.objectionOpen)).toHaveLength(1);
    const staffBoard = (await get('/api/disclosures', 'S1002')).json().items as { objectionCount: number }[];
    expect(staffBoard.map((d) => d.objectionCount).reduce((a, b) => a + b, 0)).toBe(1);
  });
});
