import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { conflict, notFound } from '../../errors';
import type { RoleName } from '../../plugins/auth';
import { errors, IdParams } from '../../schemas/common';
import { decodeKeyset } from '../../schemas/keyset';
import { audit, auditActor } from '../../services/audit';
import { checkBranch, checkRoleChange, managed, ROSTER_MANAGERS_ONLY, tags } from './access';
import { adminRepository, type MemberFields } from './repository';
import {
  CreateMemberBody,
  Member,
  MemberList,
  MemberListQuery,
  RoleBody,
  RoleParams,
  UpdateMemberBody,
} from './schemas';
import { allow } from '../../policy';

/** The roster by hand: members one by one, and their roles (a whole file comes through ./import-routes). */
const memberRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const repo = adminRepository(app.db);

  app.get(
    '/members',
    {
      schema: {
        operationId: 'listMembers',
        tags,
        querystring: MemberListQuery,
        response: { 200: MemberList, ...errors(400, 401, 403) },
      },
      preHandler: allow('rosterManager', ROSTER_MANAGERS_ONLY),
    },
    async (request) => {
      const { unionId } = await managed(app.db, request);
      const { limit = 20, after, ...filter } = request.query;
      const key = decodeKeyset(after, ['string', 'string'] as const);
      return repo.listMembers(unionId, { ...filter, q: filter.q?.trim(), limit, after: key });
    },
  );

  app.get(
    '/members/:id',
    {
      schema: { operationId: 'getMember', tags, params: IdParams, response: { 200: Member, ...errors(401, 403, 404) } },
      preHandler: allow('rosterManager', ROSTER_MANAGERS_ONLY),
    },
    async (request) => {
      const { unionId } = await managed(app.db, request);
      const member = await repo.findMember(unionId, request.params.id);
      if (!member) throw notFound('本工会没有这位会员');
      return member;
    },
  );

  app.post(
    '/members',
    {
      schema: {
        operationId: 'createMember',
        tags,
        summary: '手工添加会员',
        body: CreateMemberBody,
        response: { 201: Member, ...errors(400, 401, 403, 409) },
      },
      preHandler: allow('rosterManager', ROSTER_MANAGERS_ONLY),
    },
    async (request, reply) => {
      const { caller, unionId } = await managed(app.db, request);
      const input: MemberFields = {
        ...request.body,
        branchId: request.body.branchId ?? null,
        status: request.body.status ?? 'active',
      };
      await checkBranch(app.db, unionId, input.branchId);
      const id = await app.db.transaction(async (tx) => {
        const txRepo = adminRepository(tx);
        if (await txRepo.staffNoTaken(unionId, input.staffNo)) throw conflict(`工号 ${input.staffNo} 已在名册中`);
        const memberId = await txRepo.createMember(unionId, input);
        await audit(tx, {
          ...auditActor(caller),
          action: 'member.record.create',
          targetType: 'member',
          targetId: memberId,
        });
        return memberId;
      });
      return reply.status(201).send((await repo.findMember(unionId, id))!);
    },
  );

  app.patch(
    '/members/:id',
    {
      schema: {
        operationId: 'updateMember',
        tags,
        summary: '修改会员资料（姓名、工号、手机号、分工会、会籍状态）和角色，一次保存',
        params: IdParams,
        body: UpdateMemberBody,
        response: { 200: Member, ...errors(400, 401, 403, 404, 409) },
      },
      preHandler: allow('rosterManager', ROSTER_MANAGERS_ONLY),
    },
    async (request) => {
      const m = await managed(app.db, request);
      const { caller, unionId } = m;
      const id = request.params.id;
      const { roles, ...fields } = request.body;
      await checkBranch(app.db, unionId, fields.branchId);
      await app.db.transaction(async (tx) => {
        const txRepo = adminRepository(tx);
        const current = await txRepo.findMember(unionId, id, true);
        if (!current) throw notFound('本工会没有这位会员');
        if (current.erased) throw conflict('这位会员已注销账号，资料不能再修改；如需恢复，请重新导入名册');
        const next: MemberFields = { ...current, ...fields } as MemberFields;
        if (next.staffNo !== current.staffNo && (await txRepo.staffNoTaken(unionId, next.staffNo, id)))
          throw conflict(`工号 ${next.staffNo} 已在名册中`);
        if (id === caller.memberId && next.status === 'left') throw conflict('不能把自己设为离会');
        const changed = (Object.keys(fields) as (keyof typeof fields)[]).filter((key) => fields[key] !== current[key]);
        if (changed.length) {
          await txRepo.updateMember(unionId, id, next);
          await audit(tx, {
            ...auditActor(caller),
            action: 'member.record.update',
            targetType: 'member',
            targetId: id,
            detail: { fields: changed },
          });
        }
        if (current.status === 'active' && next.status === 'left') {
          await txRepo.revokeAccess([id]);
          await audit(tx, {
            ...auditActor(caller),
            action: 'member.record.deactivate',
            targetType: 'member',
            targetId: id,
          });
        }
        if (!roles) return;
        const wanted = new Set<RoleName>(roles);
        for (const role of current.roles.filter((r) => !wanted.has(r))) {
          checkRoleChange(m, id, role, false, next.status === 'active');
          if (await txRepo.revokeRole(id, unionId, role)) {
            await audit(tx, {
              ...auditActor(caller),
              action: 'member.role.revoke',
              targetType: 'member',
              targetId: id,
              detail: { role },
            });
          }
        }
        for (const role of [...wanted].filter((r) => !current.roles.includes(r))) {
          checkRoleChange(m, id, role, true, next.status === 'active');
          if (await txRepo.grantRole(id, unionId, role)) {
            await audit(tx, {
              ...auditActor(caller),
              action: 'member.role.grant',
              targetType: 'member',
              targetId: id,
              detail: { role },
            });
          }
        }
      });
      return (await repo.findMember(unionId, id))!;
    },
  );

  app.post(
    '/members/:id/roles',
    {
      schema: {
        operationId: 'assignRole',
        tags,
        params: IdParams,
        body: RoleBody,
        response: { 200: Member, ...errors(400, 401, 403, 404, 409) },
      },
      preHandler: allow('rosterManager', ROSTER_MANAGERS_ONLY),
    },
    async (request) => {
      const m = await managed(app.db, request);
      const { role } = request.body;
      await app.db.transaction(async (tx) => {
        const txRepo = adminRepository(tx);
        const member = await txRepo.findMember(m.unionId, request.params.id, true);
        if (!member) throw notFound('本工会没有这位会员');
        checkRoleChange(m, member.id, role, true, member.status === 'active');
        if (await txRepo.grantRole(member.id, m.unionId, role)) {
          await audit(tx, {
            ...auditActor(m.caller),
            action: 'member.role.grant',
            targetType: 'member',
            targetId: member.id,
            detail: { role },
          });
        }
      });
      return (await repo.findMember(m.unionId, request.params.id))!;
    },
  );

  app.delete(
    '/members/:id/roles/:role',
    {
      schema: {
        operationId: 'revokeRole',
        tags,
        params: RoleParams,
        response: { 200: Member, ...errors(400, 401, 403, 404, 409) },
      },
      preHandler: allow('rosterManager', ROSTER_MANAGERS_ONLY),
    },
    async (request) => {
      const m = await managed(app.db, request);
      const { id, role } = request.params;
      await app.db.transaction(async (tx) => {
        const txRepo = adminRepository(tx);
        const member = await txRepo.findMember(m.unionId, id, true);
        if (!member) throw notFound('本工会没有这位会员');
        checkRoleChange(m, id, role, false, member.status === 'active');
        if (await txRepo.revokeRole(id, m.unionId, role)) {
          await audit(tx, {
            ...auditActor(m.caller),
            action: 'member.role.revoke',
            targetType: 'member',
            targetId: id,
            detail: { role },
          });
        }
      });
      return (await repo.findMember(m.unionId, id))!;
    },
  );
};

export default memberRoutes;
