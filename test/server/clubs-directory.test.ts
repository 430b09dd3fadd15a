import { clubsSuite, person } from './clubs-fixtures';

const { t, tree, c, staff, leader } = clubsSuite();

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
