import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { badRequest, conflict, notFound } from '../../errors';
import { errors, StrictObject, StringEnum } from '../../schemas/common';
import { audit, auditActor } from '../../services/audit';
import { isUpperKind, UNION_KINDS } from '../../services/union-tree';
import { allow } from '../../policy';
import { unionsRepository } from './repository';

const tags = ['工会组织（上级工会）'];
const UnionNode = Type.Object({
  id: Type.Integer(),
  parentId: Type.Union([Type.Integer(), Type.Null()]),
  kind: StringEnum(UNION_KINDS),
  name: Type.String(),
  depth: Type.Integer({ description: '相对于本工会的层级，本工会为 0' }),
  memberCount: Type.Integer({ description: '在册会员数' }),
});
const CreateUnionBody = StrictObject(
  {
    parentId: Type.Integer({ minimum: 1, title: '上级工会' }),
    kind: StringEnum(['city', 'district', 'school'], { title: '类型' }),
    name: Type.String({ maxLength: 60, title: '名称' }),
  },
  '新建工会',
);
const CHILD_KINDS: Record<string, string[]> = {
  city: ['city', 'district', 'school'],
  district: ['district', 'school'],
};
const KIND_NAMES: Record<string, string> = {
  city: '市级工会',
  district: '区县工会',
  school: '学校工会',
  branch: '分工会',
};

/** 工会组织: an upper union's tree below it, and new districts or schools in it. */
const unionRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addHook('onRequest', app.authenticate);

  app.get(
    '/',
    {
      schema: {
        operationId: 'listUnions',
        tags,
        summary: '本工会及其下各级工会（任意层级）',
        response: { 200: Type.Object({ items: Type.Array(UnionNode) }), ...errors(401, 403) },
      },
      preHandler: allow('upperUnion', '只有上级工会可以查看下属工会'),
    },
    async (request) => {
      return { items: await unionsRepository(app.db).unionsUnder(request.caller.unionId) };
    },
  );

  app.post(
    '/',
    {
      schema: {
        operationId: 'createUnion',
        tags,
        summary: '在本工会之下新建区县工会或学校工会；同名重复提交返回已有的那个',
        body: CreateUnionBody,
        response: { 200: UnionNode, 201: UnionNode, ...errors(400, 401, 403, 404, 409) },
      },
      preHandler: allow('upperUnion', '只有上级工会可以新建下属工会'),
    },
    async (request, reply) => {
      const { caller } = request;
      const name = request.body.name.trim();
      if (!name) throw badRequest('请填写工会名称');
      const { parentId, kind } = request.body;
      const result = await app.db.transaction(async (tx) => {
        const repo = unionsRepository(tx);
        // The parent row is locked so that two taps cannot both find the name free.
        const parent = await repo.lockUnder(caller.unionId, parentId);
        if (!parent) throw notFound('上级工会不存在，或不在本工会之下');
        if (!isUpperKind(parent.kind) || !CHILD_KINDS[parent.kind]!.includes(kind)) {
          throw badRequest(`${KIND_NAMES[parent.kind]}之下不能新建${KIND_NAMES[kind]}`);
        }
        const same = await repo.childNamed(parentId, name);
        if (same && same.kind !== kind) throw conflict(`「${name}」已经存在，类型是${KIND_NAMES[same.kind]}`);
        if (same) return { id: same.id, created: false, depth: parent.depth + 1 };
        const id = await repo.createUnion(kind, name, parentId);
        await audit(tx, {
          ...auditActor(caller),
          action: 'union.child.create',
          targetType: 'union',
          targetId: id,
          detail: { parentId, kind },
        });
        return { id, created: true, depth: parent.depth + 1 };
      });
      return reply
        .status(result.created ? 201 : 200)
        .send({ id: result.id, parentId, kind, name, depth: result.depth, memberCount: 0 });
    },
  );
};

export default unionRoutes;
