import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { badRequest, conflict, notFound } from '../../errors';
import { errors, IdParams, NoContent } from '../../schemas/common';
import { audit, auditActor } from '../../services/audit';
import { managed, ROSTER_MANAGERS_ONLY, tags } from './access';
import { adminRepository } from './repository';
import { Branch, BranchBody, BranchList } from './schemas';
import { allow } from '../../policy';

/** What a table that still points at a 分工会 means to the people who run it. */
const USED_BY: Record<string, string> = {
  members: '会员',
  survey_branches: '会员评议',
  survey_answers: '会员评议',
  survey_pending_answers: '会员评议',
};

/** 分工会管理: the 分工会 (职工小家) under a school union. */
const branchRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const repo = adminRepository(app.db);
  const branchName = (name: string) => {
    const trimmed = name.trim();
    if (!trimmed) throw badRequest('请填写分工会名称');
    return trimmed;
  };

  app.get(
    '/branches',
    {
      schema: {
        operationId: 'listBranches',
        tags,
        summary: '本工会的分工会和各自的在册会员数',
        response: { 200: BranchList, ...errors(401, 403) },
      },
      preHandler: allow('rosterManager', ROSTER_MANAGERS_ONLY),
    },
    async (request) => {
      const { unionId } = await managed(app.db, request);
      return { unionName: await repo.unionName(unionId), items: await repo.branches(unionId) };
    },
  );

  app.post(
    '/branches',
    {
      schema: {
        operationId: 'createBranch',
        tags,
        summary: '新建分工会',
        body: BranchBody,
        response: { 201: Branch, ...errors(400, 401, 403, 409) },
      },
      preHandler: allow('rosterManager', ROSTER_MANAGERS_ONLY),
    },
    async (request, reply) => {
      const { caller, unionId, kind } = await managed(app.db, request);
      if (kind !== 'school') throw badRequest('分工会只能建在学校工会之下');
      const name = branchName(request.body.name);
      const id = await app.db.transaction(async (tx) => {
        const txRepo = adminRepository(tx);
        await txRepo.lockUnion(unionId);
        if (await txRepo.branchNameTaken(unionId, name)) throw conflict(`已有名为「${name}」的分工会`);
        const branchId = await txRepo.createBranch(unionId, name);
        await audit(tx, {
          ...auditActor(caller),
          action: 'union.branch.create',
          targetType: 'union',
          targetId: branchId,
          detail: { name },
        });
        return branchId;
      });
      return reply.status(201).send({ id, name, memberCount: 0 });
    },
  );

  app.patch(
    '/branches/:id',
    {
      schema: {
        operationId: 'renameBranch',
        tags,
        summary: '分工会改名',
        params: IdParams,
        body: BranchBody,
        response: { 200: Branch, ...errors(400, 401, 403, 404, 409) },
      },
      preHandler: allow('rosterManager', ROSTER_MANAGERS_ONLY),
    },
    async (request) => {
      const { caller, unionId } = await managed(app.db, request);
      const name = branchName(request.body.name);
      await app.db.transaction(async (tx) => {
        const txRepo = adminRepository(tx);
        await txRepo.lockUnion(unionId);
        if (await txRepo.branchNameTaken(unionId, name, request.params.id))
          throw conflict(`已有名为「${name}」的分工会`);
        const old = await txRepo.renameBranch(unionId, request.params.id, name);
        if (old === null) throw notFound('本工会没有这个分工会');
        await audit(tx, {
          ...auditActor(caller),
          action: 'union.branch.rename',
          targetType: 'union',
          targetId: request.params.id,
          detail: { from: old, to: name },
        });
      });
      return (await repo.branches(unionId)).find((b) => b.id === request.params.id)!;
    },
  );

  app.delete(
    '/branches/:id',
    {
      schema: {
        operationId: 'deleteBranch',
        tags,
        summary: '删除分工会：只有没有在册会员、也没有用于评议统计的分工会可以删除',
        params: IdParams,
        response: { 204: NoContent, ...errors(401, 403, 404, 409) },
      },
      preHandler: allow('rosterManager', ROSTER_MANAGERS_ONLY),
    },
    async (request, reply) => {
      const { caller, unionId } = await managed(app.db, request);
      const id = request.params.id;
      await app.db.transaction(async (tx) => {
        const txRepo = adminRepository(tx);
        await txRepo.lockUnion(unionId);
        const branch = (await txRepo.branches(unionId)).find((b) => b.id === id);
        if (!branch) throw notFound('本工会没有这个分工会');
        if (branch.memberCount > 0)
          throw conflict(`「${branch.name}」还有 ${branch.memberCount} 名在册会员，请先把他们调到其他分工会，再删除`);
        await txRepo.detachLeftMembers(id);
        const used = [...new Set((await txRepo.unionReferences(id)).map((table) => USED_BY[table] ?? '其他业务'))];
        if (used.length)
          throw conflict(`「${branch.name}」已用于${used.join('、')}的记录，不能删除；不再使用的话，可以改名`);
        await txRepo.deleteBranch(unionId, id);
        await audit(tx, {
          ...auditActor(caller),
          action: 'union.branch.delete',
          targetType: 'union',
          targetId: id,
          detail: { name: branch.name },
        });
      });
      return reply.status(204).send(null);
    },
  );
};

export default branchRoutes;
