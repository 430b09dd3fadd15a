import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { allow, memberPolicies } from '../../policy';
import { errors } from '../../schemas/common';
import { tags } from './access';
import annualRoutes from './annual-routes';
import auditRoutes from './audit-routes';
import branchRoutes from './branch-routes';
import importRoutes from './import-routes';
import memberRoutes from './member-routes';
import { waitingCounts } from './overview';
import { adminRepository } from './repository';
import { Overview } from './schemas';

const MAX_ROSTER_BYTES = 10 * 1024 * 1024;

/** 工作台: roster, 分工会, roles, the annual workbook and the audit log of the caller's own union. */
const adminRoutes: FastifyPluginAsyncTypebox = async (app) => {
  await app.register(multipart, { limits: { fileSize: MAX_ROSTER_BYTES, files: 1, fields: 3, parts: 4 } });
  app.addHook('onRequest', app.authenticate);
  const repo = adminRepository(app.db);

  app.get(
    '/overview',
    {
      schema: {
        operationId: 'getAdminOverview',
        tags,
        summary: '工作台首页：待办数量和可用的功能',
        response: { 200: Overview, ...errors(401, 403) },
      },
      preHandler: allow('workbench', '工作台只对工会干事、主席、咨询师和上级工会开放'),
    },
    async (request) => {
      const { caller } = request;
      const roles = [...new Set(caller.roles.filter((r) => r.unionId === caller.unionId).map((r) => r.role))];
      const union = await repo.overviewUnion(caller.unionId);
      const kind = union?.kind ?? 'school';
      return {
        unionName: union!.name,
        unionKind: kind,
        roles,
        canManage: memberPolicies.rosterManager({ caller, unionKind: kind }),
        canReadAudit: memberPolicies.auditReader({ caller, unionKind: kind }),
        activeMembers: union!.active,
        waiting: await waitingCounts(app.db, caller.unionId, caller.memberId, roles),
      };
    },
  );

  await app.register(memberRoutes);
  await app.register(importRoutes);
  await app.register(branchRoutes);
  await app.register(annualRoutes);
  await app.register(auditRoutes);
};

export default adminRoutes;

// The annual figures the 建家 self-assessment quotes.
export { annualFigures } from './annual-report';
