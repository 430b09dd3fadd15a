import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { badRequest, conflict, notFound } from '../../errors';
import type { Caller } from '../../plugins/auth';
import { allow, officerOf } from '../../policy';
import { errors, IdParams } from '../../schemas/common';
import { localDate } from '../../time/beijing';
import { requiredText, SESSION_NOT_FOUND } from './access';
import { now } from '../../clock';
import { tags } from './motion-action';
import {
  CongressSession,
  CreateDepartmentBody,
  CreateSessionBody,
  DelegateList,
  DelegateQuery,
  Department,
  DepartmentList,
  SessionList,
  SetDelegateBody,
  UpdateDepartmentBody,
} from './schemas';
import { sessionsRepository } from './sessions-repository';
import { congressSettings } from './settings-repository';
import { toSessionView } from './views';

/** Sessions everyone reads; sessions, 代表 and 承办部门 that staff and the chair keep. */
const sessionRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const repo = sessionsRepository(app.db);

  const view = async (caller: Caller, id: number) => {
    const session = (await repo.find(id))!;
    const standing = await repo.standing(caller.memberId, session.unionId, session.term);
    return toSessionView(session, { ...standing, manage: officerOf(caller, caller.unionId) }, localDate(now()));
  };

  app.get(
    '/sessions',
    {
      schema: {
        operationId: 'listCongressSessions',
        tags,
        summary: '本工会的教代会会议',
        response: { 200: SessionList, ...errors(401) },
      },
      preHandler: allow('member'),
    },
    async (request) => {
      const { caller } = request;
      return {
        items: await Promise.all((await repo.list(caller.unionId)).map((s) => view(caller, s.id))),
        manage: officerOf(caller, caller.unionId),
      };
    },
  );

  app.post(
    '/sessions',
    {
      schema: {
        operationId: 'createCongressSession',
        tags,
        summary: '开设会议与提案征集期（工会干事、主席）；附议人数采用本工会当时的设置',
        body: CreateSessionBody,
        response: { 201: CongressSession, 200: CongressSession, ...errors(400, 401, 403, 409) },
      },
      preHandler: allow('officer'),
    },
    async (request, reply) => {
      const { caller } = request;
      const b = request.body;
      const fields = {
        term: requiredText(b.term, '届次'),
        title: requiredText(b.title, '会议名称'),
        opensOn: b.opensOn,
        closesOn: b.closesOn,
        // The union's rule in force; a later change reaches this session while it is still collecting.
        secondersRequired: (await congressSettings(app.db, caller.unionId)).secondersRequired,
        replyDays: b.replyDays ?? 30,
      };
      if (fields.closesOn < fields.opensOn) throw badRequest('征集截止日期不能早于开始日期');
      const id = await repo.insert({ ...fields, unionId: caller.unionId, createdBy: caller.memberId });
      if (id) return reply.status(201).send(await view(caller, id));
      // The same session sent twice is the one already made; a different one under the same name is a clash.
      const existing = (await repo.findByTitle(caller.unionId, fields.title))!;
      const same =
        existing.term === fields.term && existing.opensOn === fields.opensOn && existing.closesOn === fields.closesOn;
      if (!same) throw conflict(`已有名为「${fields.title}」的会议`);
      return reply.status(200).send(await view(caller, existing.id));
    },
  );

  app.post(
    '/sessions/:id/publish',
    {
      schema: {
        operationId: 'publishCongressSession',
        tags,
        summary: '向全体会员公开本次会议的提案',
        params: IdParams,
        response: { 200: CongressSession, ...errors(401, 403, 404) },
      },
      preHandler: allow('officer'),
    },
    async (request) => {
      const { caller } = request;
      const session = await repo.find(request.params.id);
      if (!session || session.unionId !== caller.unionId) throw notFound(SESSION_NOT_FOUND);
      await repo.publish(session.id, now());
      return view(caller, session.id);
    },
  );

  app.get(
    '/delegates',
    {
      schema: {
        operationId: 'listCongressDelegates',
        tags,
        querystring: DelegateQuery,
        response: { 200: DelegateList, ...errors(400, 401, 403) },
      },
      preHandler: allow('officer'),
    },
    async (request) => {
      const { caller } = request;
      return { term: request.query.term, items: await repo.delegates(caller.unionId, request.query.term) };
    },
  );

  app.put(
    '/delegates',
    {
      schema: {
        operationId: 'setCongressDelegate',
        tags,
        summary: '标记本届代表、提案工作委员会委员，或取消',
        body: SetDelegateBody,
        response: { 200: DelegateList, ...errors(400, 401, 403) },
      },
      preHandler: allow('officer'),
    },
    async (request) => {
      const { caller } = request;
      const term = requiredText(request.body.term, '届次');
      const memberId = await repo.activeMemberIdByStaffNo(caller.unionId, request.body.staffNo.trim());
      if (memberId === null) throw badRequest(`本工会名册中没有工号为 ${request.body.staffNo} 的在册会员`);
      const { role } = request.body;
      if (role === 'none') await repo.removeDelegate(caller.unionId, term, memberId);
      else await repo.setDelegate(caller.unionId, term, memberId, role === 'committee');
      return { term, items: await repo.delegates(caller.unionId, term) };
    },
  );

  app.get(
    '/departments',
    {
      schema: {
        operationId: 'listCongressDepartments',
        tags,
        summary: '承办部门',
        response: { 200: DepartmentList, ...errors(401) },
      },
      preHandler: allow('member'),
    },
    async (request) => {
      const { caller } = request;
      return { items: await repo.departments(caller.unionId, officerOf(caller, caller.unionId)) };
    },
  );

  app.post(
    '/departments',
    {
      schema: {
        operationId: 'createCongressDepartment',
        tags,
        body: CreateDepartmentBody,
        response: { 200: Department, ...errors(400, 401, 403) },
      },
      preHandler: allow('officer'),
    },
    async (request) => {
      const { caller } = request;
      return repo.upsertDepartment(caller.unionId, requiredText(request.body.name, '部门名称'));
    },
  );

  app.patch(
    '/departments/:id',
    {
      schema: {
        operationId: 'updateCongressDepartment',
        tags,
        params: IdParams,
        body: UpdateDepartmentBody,
        response: { 200: Department, ...errors(400, 401, 403, 404) },
      },
      preHandler: allow('officer'),
    },
    async (request) => {
      const { caller } = request;
      const row = await repo.setDepartmentActive(caller.unionId, request.params.id, request.body.active);
      if (!row) throw notFound('部门不存在');
      return row;
    },
  );
};

export default sessionRoutes;
