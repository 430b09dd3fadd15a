import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { testConfig } from '../../server/src/config';
import { createContentCheck } from '../../server/src/services/content-check';
import type { createUnionTree } from '../support/factories';
import type { TestApp } from '../support/test-app';
import { type api, clubsApp, type Person, person } from './clubs-fixtures';

let t: TestApp;
let tree: Awaited<ReturnType<typeof createUnionTree>>;
let staff: Person;
let leader: Person;
let otherLeader: Person;
let c: ReturnType<typeof api>;

beforeAll(async () => {
  ({ t, tree, c, staff, leader } = await clubsApp());
  otherLeader = await person(t.app, t.db, tree.schoolId);
});
afterAll(() => t.close());

const notifications = (memberId: number) =>
  t.db.query<{ kind: string; title: string; body: string; link: string }>(
    `SELECT kind, title, body, link FROM notifications WHERE member_id = $1 AND kind = 'clubs' ORDER BY id`,
    [memberId],
  );

describe('clubs: creating and the directory', () => {
  it('lets staff create a club with leaders, and refuses a plain member', async () => {
    const club = await c.createClub(staff.headers, [leader.id], { name: '乒乓球', joinPolicy: 'open', memberCap: 20 });
    expect(club).toMatchObject({
      name: '乒乓球',
      joinPolicy: 'open',
      memberCap: 20,
      memberCount: 1,
      leaders: [{ id: leader.id }],
    });
    const refused = await c.call('POST', '/api/clubs', leader.headers, {
      name: '我的社团',
      category: 'arts',
      intro: '',
      joinPolicy: 'open',
      leaderIds: [leader.id],
    });
    expect(refused.statusCode).toBe(403);
    const duplicate = await c.call('POST', '/api/clubs', staff.headers, {
      name: '乒乓球',
      category: 'sports',
      intro: '',
      joinPolicy: 'open',
      leaderIds: [leader.id],
    });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().message).toBe('已有名为“乒乓球”的社团');
  });

  it('refuses a leader from another school', async () => {
    const outsider = await person(t.app, t.db, tree.otherSchoolId);
    const response = await c.call('POST', '/api/clubs', staff.headers, {
      name: '外校社团',
      category: 'arts',
      intro: '',
      joinPolicy: 'open',
      leaderIds: [outsider.id],
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toBe('负责人须是本工会的在册会员');
  });

  it('filters the directory by category and search, hides archived clubs from members and other schools’ clubs from everyone', async () => {
    await c.createClub(staff.headers, [leader.id], { name: '合唱团', category: 'arts', intro: '每周一午间排练' });
    const archived = await c.createClub(staff.headers, [leader.id], { name: '合唱旧团', category: 'arts' });
    expect((await c.call('POST', `/api/clubs/${archived.id}/archive`, staff.headers)).statusCode).toBe(204);
    const otherStaff = await person(t.app, t.db, tree.otherSchoolId, ['staff']);
    const otherLeaderThere = await person(t.app, t.db, tree.otherSchoolId);
    const foreign = await c.createClub(otherStaff.headers, [otherLeaderThere.id], {
      name: '外校合唱',
      category: 'arts',
    });

    const member = await person(t.app, t.db, tree.schoolId);
    const names = async (query: string, who = member) =>
      (await c.call('GET', `/api/clubs${query}`, who.headers))
        .json<{ items: { name: string }[] }>()
        .items.map((i) => i.name);
    expect(await names('?category=arts')).toEqual(['合唱团']);
    expect(await names(`?q=${encodeURIComponent('午间')}`)).toEqual(['合唱团']);
    expect(await names('?category=arts', staff)).toEqual(['合唱团', '合唱旧团']);
    expect((await c.call('GET', `/api/clubs/${foreign.id}`, member.headers)).statusCode).toBe(404);
    expect((await c.call('GET', `/api/clubs/${archived.id}`, member.headers)).statusCode).toBe(404);
  });
});

describe('clubs: joining', () => {
  it('lets a member join an open club at once and leave it, and keeps to the member cap', async () => {
    const club = await c.createClub(staff.headers, [leader.id], { joinPolicy: 'open', memberCap: 2 });
    const first = await person(t.app, t.db, tree.schoolId);
    const second = await person(t.app, t.db, tree.schoolId);
    expect((await c.join(first.headers, club.id)).json()).toEqual({ status: 'member' });
    const full = await c.join(second.headers, club.id);
    expect(full.statusCode).toBe(409);
    expect(full.json().message).toBe('本社团已满员（上限 2 人）');
    expect((await c.call('POST', `/api/clubs/${club.id}/leave`, first.headers)).statusCode).toBe(204);
    expect((await c.join(second.headers, club.id)).json()).toEqual({ status: 'member' });
  });

  it('refuses to join a closed club, and keeps a leader from leaving', async () => {
    const club = await c.createClub(staff.headers, [leader.id], { joinPolicy: 'closed' });
    const member = await person(t.app, t.db, tree.schoolId);
    const response = await c.join(member.headers, club.id);
    expect(response.statusCode).toBe(409);
    expect(response.json().message).toBe('本社团暂停招新');
    const leave = await c.call('POST', `/api/clubs/${club.id}/leave`, leader.headers);
    expect(leave.json().message).toBe('负责人退出前，请联系工会干事另行指定负责人');
  });

  it('turns a join into an application that only this club’s leader may approve, and tells the member', async () => {
    const club = await c.createClub(staff.headers, [leader.id], { name: '羽毛球', joinPolicy: 'approval' });
    await c.createClub(staff.headers, [otherLeader.id]);
    const member = await person(t.app, t.db, tree.schoolId);
    expect((await c.join(member.headers, club.id, '想锻炼身体')).json()).toEqual({ status: 'pending' });
    expect((await c.call('GET', `/api/clubs/${club.id}`, member.headers)).json().myRole).toBe('pending');

    const list = await c.call('GET', `/api/clubs/${club.id}/applications`, leader.headers);
    const [application] = list.json<{ items: { id: number; reason: string }[] }>().items;
    expect(application).toMatchObject({ reason: '想锻炼身体', memberId: member.id });

    for (const who of [otherLeader, staff]) {
      const refused = await c.call('POST', `/api/clubs/applications/${application!.id}/decision`, who.headers, {
        approve: true,
      });
      expect(refused.statusCode).toBe(403);
      expect(refused.json().message).toBe('只有本社团的负责人可以进行此操作');
    }
    const approved = await c.call('POST', `/api/clubs/applications/${application!.id}/decision`, leader.headers, {
      approve: true,
      reply: '欢迎！周二见',
    });
    expect(approved.statusCode).toBe(204);
    const again = await c.call('POST', `/api/clubs/applications/${application!.id}/decision`, leader.headers, {
      approve: false,
    });
    expect(again.json().message).toBe('该申请已处理');

    expect((await c.call('GET', `/api/clubs/${club.id}`, member.headers)).json().myRole).toBe('member');
    expect(await notifications(member.id)).toEqual([
      {
        kind: 'clubs',
        title: '欢迎加入羽毛球',
        body: '欢迎！周二见',
        link: `/packages/clubs/pages/club/index?id=${club.id}`,
      },
    ]);
  });

  it('tells the club’s leaders at once when someone applies', async () => {
    const club = await c.createClub(staff.headers, [leader.id, otherLeader.id], {
      name: '合唱',
      joinPolicy: 'approval',
    });
    const member = await person(t.app, t.db, tree.schoolId);
    await c.join(member.headers, club.id, '喜欢唱歌');
    for (const who of [leader, otherLeader]) {
      const told = (await notifications(who.id)).filter((n) => n.title === '新的入社申请：合唱');
      expect(told).toEqual([
        {
          kind: 'clubs',
          title: '新的入社申请：合唱',
          body: `${member.name}申请加入，理由：喜欢唱歌。请在社团页面同意或婉拒。`,
          link: `/packages/clubs/pages/club/index?id=${club.id}`,
        },
      ]);
    }
  });

  it('tells a member when their application is turned down', async () => {
    const club = await c.createClub(staff.headers, [leader.id], { name: '书画' });
    const member = await person(t.app, t.db, tree.schoolId);
    await c.join(member.headers, club.id, '喜欢书法');
    const [application] = (await c.call('GET', `/api/clubs/${club.id}/applications`, leader.headers)).json<{
      items: { id: number }[];
    }>().items;
    await c.call('POST', `/api/clubs/applications/${application!.id}/decision`, leader.headers, {
      approve: false,
      reply: '本学期名额已满',
    });
    const club2 = (await c.call('GET', `/api/clubs/${club.id}`, member.headers)).json();
    expect(club2).toMatchObject({ myRole: null, myApplication: { status: 'rejected', reply: '本学期名额已满' } });
    expect((await notifications(member.id)).map((n) => n.title)).toEqual(['书画未通过您的入社申请']);
  });

  it('shows the member list to members only when the club allows it, and always to its leaders', async () => {
    const club = await c.createClub(staff.headers, [leader.id], { joinPolicy: 'open', membersVisible: false });
    const member = await person(t.app, t.db, tree.schoolId);
    await c.join(member.headers, club.id);
    const hidden = await c.call('GET', `/api/clubs/${club.id}/members`, member.headers);
    expect(hidden.statusCode).toBe(403);
    expect(hidden.json().message).toBe('本社团的成员名单不公开');
    expect((await c.call('GET', `/api/clubs/${club.id}/members`, leader.headers)).json().items).toHaveLength(2);
    await c.call('PATCH', `/api/clubs/${club.id}`, staff.headers, { membersVisible: true });
    expect((await c.call('GET', `/api/clubs/${club.id}/members`, member.headers)).statusCode).toBe(200);
  });

  it('finds people of the union by name or staff number for staff choosing leaders', async () => {
    const found = await c.call('GET', `/api/clubs/people?q=${encodeURIComponent(leader.staffNo)}`, staff.headers);
    expect(found.json().items).toEqual([{ id: leader.id, name: leader.name, staffNo: leader.staffNo }]);
    expect(
      (await c.call('GET', `/api/clubs/people?q=${encodeURIComponent(leader.name)}`, staff.headers)).json().items,
    ).toContainEqual(expect.objectContaining({ id: leader.id }));
    const outsider = await person(t.app, t.db, tree.otherSchoolId);
    expect((await c.call('GET', `/api/clubs/people?q=${outsider.staffNo}`, staff.headers)).json().items).toEqual([]);
    expect((await c.call('GET', `/api/clubs/people?q=${leader.staffNo}`, leader.headers)).statusCode).toBe(403);
  });

  it('calls off the upcoming events of a club staff archive, and tells those signed up', async () => {
    const club = await c.createClub(staff.headers, [leader.id], { name: '围棋', joinPolicy: 'open' });
    const event = await c.createEvent(leader.headers, club.id, { title: '围棋入门课' });
    const member = await person(t.app, t.db, tree.schoolId);
    await c.signUp(member.headers, event.id);
    expect((await c.call('POST', `/api/clubs/${club.id}/archive`, staff.headers)).statusCode).toBe(204);
    expect((await c.call('GET', `/api/clubs/events/${event.id}`, member.headers)).json().cancelled).toBe(true);
    expect((await notifications(member.id)).map((n) => [n.title, n.body])).toEqual([
      ['活动取消：围棋入门课', expect.stringContaining('原因：围棋已停止活动')],
    ]);
  });

  it('lets staff reassign leaders; the former leader stays a member', async () => {
    const club = await c.createClub(staff.headers, [leader.id]);
    const updated = await c.call('PUT', `/api/clubs/${club.id}/leaders`, staff.headers, {
      leaderIds: [otherLeader.id],
    });
    expect(updated.json().leaders).toEqual([{ id: otherLeader.id, name: expect.any(String) }]);
    const [row] = await t.db.query<{ role: string }>(
      `SELECT role FROM club_members WHERE club_id = $1 AND member_id = $2`,
      [club.id, leader.id],
    );
    expect(row!.role).toBe('member');
  });
});

describe('clubs: announcements and the content check', () => {
  it('lets only the leader post an announcement, shown on the club page', async () => {
    const club = await c.createClub(staff.headers, [leader.id], { joinPolicy: 'open' });
    const member = await person(t.app, t.db, tree.schoolId);
    await c.join(member.headers, club.id);
    expect(
      (await c.call('POST', `/api/clubs/${club.id}/announcements`, member.headers, { body: '我来发' })).statusCode,
    ).toBe(403);
    expect(
      (await c.call('POST', `/api/clubs/${club.id}/announcements`, leader.headers, { body: '周三照常活动' }))
        .statusCode,
    ).toBe(204);
    const page = (await c.call('GET', `/api/clubs/${club.id}`, member.headers)).json();
    expect(page.announcements).toEqual([expect.objectContaining({ body: '周三照常活动', images: [] })]);
  });

  it('asks WeChat’s msgSecCheck outside dev mode and refuses risky text in Chinese', async () => {
    const asked: string[] = [];
    const server = http.createServer((request, response) => {
      let raw = '';
      request.on('data', (chunk) => (raw += chunk));
      request.on('end', () => {
        const { content } = JSON.parse(raw) as { content: string };
        asked.push(`${request.url} ${content}`);
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ errcode: 0, result: { suggest: content.includes('违规') ? 'risky' : 'pass' } }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const base = testConfig();
      const check = createContentCheck({
        authMode: 'cloudrun',
        wechat: { ...base.wechat, apiBase: `http://127.0.0.1:${(server.address() as AddressInfo).port}` },
      });
      await expect(check.text('周三照常活动')).resolves.toBeUndefined();
      await expect(check.text('违规内容')).rejects.toMatchObject({
        statusCode: 400,
        message: '内容含有不适宜公开的信息，请修改后再发布',
      });
      expect(asked).toEqual(['/wxa/msg_sec_check 周三照常活动', '/wxa/msg_sec_check 违规内容']);
      await expect(createContentCheck(testConfig()).text('违规内容')).resolves.toBeUndefined();
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });
});
