import { clubsSuite, person } from './clubs-fixtures';

const { t, tree, c, staff, leader, otherLeader } = clubsSuite();

const notifications = (memberId: number) =>
  t.db.query<{ kind: string; title: string; body: string; link: string }>(
    `SELECT kind, title, body, link FROM notifications WHERE member_id = $1 AND kind = 'clubs' ORDER BY id`,
    [memberId],
  );

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
