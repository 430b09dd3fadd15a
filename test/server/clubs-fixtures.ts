import type { FastifyInstance } from 'fastify';
import type { Queryable } from '../../server/src/db';
import type { RoleName } from '../../server/src/plugins/auth';
import { createMember, createUnionTree, signIn } from '../support/factories';
import { fileSuite } from '../support/file-suite';
import { createTestApp } from '../support/test-app';

export type Headers = Record<string, string>;
export interface Person {
  id: number;
  name: string;
  staffNo: string;
  headers: Headers;
}

export async function person(
  app: FastifyInstance,
  db: Queryable,
  unionId: number,
  roles: RoleName[] = [],
): Promise<Person> {
  const member = await createMember(db, unionId, { roles });
  return { id: member.id, name: member.name, staffNo: member.staffNo, headers: await signIn(app, member) };
}

export function api(app: FastifyInstance) {
  const call = (method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, headers: Headers, payload?: object) =>
    app.inject({ method, url, headers, ...(payload ? { payload } : {}) });
  return {
    call,
    createClub: async (staff: Headers, leaderIds: number[], extra: object = {}) => {
      const response = await call('POST', '/api/clubs', staff, {
        name: `社团${Math.random().toString(36).slice(2, 8)}`,
        category: 'sports',
        intro: '每周活动。',
        joinPolicy: 'approval',
        leaderIds,
        ...extra,
      });
      if (response.statusCode !== 201) throw new Error(`createClub failed: ${response.body}`);
      return response.json<{ id: number; name: string }>();
    },
    join: (who: Headers, clubId: number, reason?: string) =>
      call('POST', `/api/clubs/${clubId}/join`, who, reason ? { reason } : {}),
    createEvent: async (leader: Headers, clubId: number, extra: object = {}) => {
      const hour = 3_600_000;
      const response = await call('POST', `/api/clubs/${clubId}/events`, leader, {
        title: '周末活动',
        place: '职工活动中心',
        startsAt: new Date(Date.now() + 48 * hour).toISOString(),
        endsAt: new Date(Date.now() + 50 * hour).toISOString(),
        signupDeadline: new Date(Date.now() + 24 * hour).toISOString(),
        capacity: 10,
        audience: 'union',
        ...extra,
      });
      if (response.statusCode !== 201) throw new Error(`createEvent failed: ${response.body}`);
      return response.json<{ id: number }>();
    },
    signUp: (who: Headers, eventId: number) => call('POST', `/api/clubs/events/${eventId}/sign-ups`, who),
    cancel: (who: Headers, eventId: number) => call('DELETE', `/api/clubs/events/${eventId}/sign-ups/me`, who),
  };
}

/** The real app on a database of its own, with a school, a staff member and a member to lead clubs. */
export async function clubsApp() {
  const t = await createTestApp();
  const tree = await createUnionTree(t.db);
  return {
    t,
    tree,
    c: api(t.app),
    staff: await person(t.app, t.db, tree.schoolId, ['staff']),
    leader: await person(t.app, t.db, tree.schoolId),
  };
}

/** The frame of a clubs test file: clubsApp's world, and a second member to lead another club. */
export function clubsSuite() {
  return fileSuite(
    async () => {
      const world = await clubsApp();
      return { ...world, otherLeader: await person(world.t.app, world.t.db, world.tree.schoolId) };
    },
    ({ t }) => t.close(),
  );
}
