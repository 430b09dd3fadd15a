import { createMember, createUnionTree, signIn } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function capabilitiesOf(member: { staffNo: string }) {
  const me = await t.app.inject({ method: 'GET', url: '/api/me', headers: await signIn(t.app, member) });
  expect(me.statusCode).toBe(200);
  return me.json<{ capabilities: Record<string, boolean> }>().capabilities;
}

describe('/api/me capabilities (server/src/policy)', () => {
  it('gives a plain member nothing beyond being a member', async () => {
    const tree = await createUnionTree(t.db);
    const caps = await capabilitiesOf(await createMember(t.db, tree.schoolId));
    expect(caps).toEqual({
      member: true,
      officer: false,
      schoolOfficer: false,
      upperUnion: false,
      careSummaryReader: false,
      rosterManager: false,
      counsellor: false,
      workbench: false,
      auditReader: false,
      noticePublisher: false,
      supervisor: false,
    });
  });

  it("lets a school's chair run the school but not act as an upper union", async () => {
    const tree = await createUnionTree(t.db);
    const caps = await capabilitiesOf(await createMember(t.db, tree.schoolId, { roles: ['chair'] }));
    expect(caps).toMatchObject({ officer: true, schoolOfficer: true, rosterManager: true, workbench: true });
    expect(caps).toMatchObject({ auditReader: true, noticePublisher: true, upperUnion: false, supervisor: false });
  });

  it('reads roles on the member’s own union only: staff of another union is no officer here', async () => {
    const tree = await createUnionTree(t.db);
    const member = await createMember(t.db, tree.schoolId, { roles: ['staff'], roleUnionId: tree.otherSchoolId });
    const caps = await capabilitiesOf(member);
    expect(caps).toMatchObject({ officer: false, workbench: false, noticePublisher: false });
  });

  it('opens the 工作台 to a counsellor without making them an officer', async () => {
    const tree = await createUnionTree(t.db);
    const caps = await capabilitiesOf(await createMember(t.db, tree.schoolId, { roles: ['counsellor'] }));
    expect(caps).toMatchObject({ counsellor: true, workbench: true });
    expect(caps).toMatchObject({ officer: false, noticePublisher: false, schoolOfficer: false, supervisor: false });
  });

  it("makes a district's supervisor the upper union and its roster manager, not a school officer", async () => {
    const tree = await createUnionTree(t.db);
    const caps = await capabilitiesOf(await createMember(t.db, tree.districtId, { roles: ['supervisor'] }));
    expect(caps).toMatchObject({ upperUnion: true, supervisor: true, rosterManager: true, auditReader: true });
    expect(caps).toMatchObject({ officer: false, schoolOfficer: false });
  });

  it('agrees with what the routes accept: an officer may publish a notice, a member may not', async () => {
    const tree = await createUnionTree(t.db);
    const payload = { title: '能力测试公告', body: '正文', category: 'news' };
    for (const roles of [[], ['staff']] as const) {
      const member = await createMember(t.db, tree.schoolId, { roles: [...roles] });
      const caps = await capabilitiesOf(member);
      const headers = await signIn(t.app, member);
      const created = await t.app.inject({ method: 'POST', url: '/api/notices', headers, payload });
      expect(created.statusCode).toBe(caps.noticePublisher ? 201 : 403);
    }
  });
});
