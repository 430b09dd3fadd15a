import type { FastifyInstance } from 'fastify';
import type { Db } from '../../server/src/db';
import { setClock } from '../../server/src/clock';
import { createMember, createUnionTree, signIn } from '../support/factories';

type Headers = Record<string, string>;
type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** One valid submission of a create operation: where it goes, what it carries, who sends it. */
export interface Submission {
  url: string;
  as: Headers;
  body?: unknown;
  /** A multipart upload, sent as these bytes with this content type instead of a JSON body. */
  raw?: Buffer;
  contentType?: string;
  /** What the submission changes that a row count cannot see (a counter going up), read before and after. */
  measure?: () => Promise<number>;
}

const beijing = (date: string, time = '10:00') => new Date(`${date}T${time}:00+08:00`);

/**
 * A school where one officer holds every role (and is a 代表), a plain member in its first 分工会,
 * and a `call` that fails loudly when a step of setting up does not succeed. Every rule's clock
 * stands at Tuesday 2030-03-05 10:00 (Beijing), inside the congress session it opens.
 */
/** Back to the world's time; a recipe may have moved the one clock on (replies are recorded in April). */
export const standInWorld = () => setClock(() => beijing('2030-03-05'));

export async function idempotencyWorld(app: FastifyInstance, db: Db) {
  standInWorld();

  const tree = await createUnionTree(db);
  const officerMember = await createMember(db, tree.schoolId, {
    name: '李干事',
    branchId: tree.branchIds[0],
    roles: ['staff', 'chair', 'counsellor', 'supervisor'],
  });
  const plainMember = await createMember(db, tree.schoolId, { name: '张老师', branchId: tree.branchIds[0] });
  const officer = await signIn(app, officerMember);
  const member = await signIn(app, plainMember);

  const call = async <T = Record<string, unknown>>(method: Method, url: string, as: Headers, payload?: unknown) => {
    const response = await app.inject({ method, url, headers: as, ...(payload ? { payload: payload as object } : {}) });
    if (response.statusCode >= 300) throw new Error(`${method} ${url} → ${response.statusCode} ${response.body}`);
    return (response.body ? response.json() : {}) as T;
  };
  const created = async (url: string, as: Headers, payload: unknown) =>
    (await call<{ id: number }>('POST', url, as, payload)).id;

  await call('PUT', '/api/congress/delegates', officer, {
    term: '第五届',
    staffNo: officerMember.staffNo,
    role: 'delegate',
  });
  const sessionId = await created('/api/congress/sessions', officer, {
    term: '第五届',
    title: '第五届教代会第三次会议',
    opensOn: '2030-03-01',
    closesOn: '2030-03-20',
  });
  const categories = await call<{ items: { id: number }[] }>('GET', '/api/help/categories', member);

  return {
    app,
    db,
    tree,
    officer,
    officerId: officerMember.id,
    member,
    memberId: plainMember.id,
    sessionId,
    helpCategoryId: categories.items[0]!.id,
    call,
    created,
  };
}

export type IdempotencyWorld = Awaited<ReturnType<typeof idempotencyWorld>>;
