import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import { AppError, badRequest, conflict, forbidden, notFound } from '../../errors';
import { type Caller, hasRole, requireCaller, type RoleName } from '../../plugins/auth';
import { errors, IdParams } from '../../schemas/common';
import { audit, auditActor } from '../../services/audit';
import { annualFigures, annualWorkbook } from './annual-report';
import { waitingCounts } from './overview';
import { adminRepository, type MemberFields } from './repository';
import { parseRoster, readSheet } from './roster';
import {
  AnnualReportQuery,
  AuditList,
  AuditQuery,
  Branch,
  BranchBody,
  BranchList,
  CreateMemberBody,
  ImportQuery,
  ImportReport,
  Member,
  MemberList,
  MemberListQuery,
  Overview,
  RoleBody,
  RoleParams,
  UpdateMemberBody,
} from './schemas';

const tags = ['工作台（工会干事、主席）'];
const MAX_ROSTER_BYTES = 10 * 1024 * 1024;

/** Who runs a union's roster and roles: staff and the chair of a school, the supervisor of a district. */
const managersOf = (kind: string): RoleName[] => (kind === 'district' ? ['supervisor'] : ['staff', 'chair']);
/** Which roles are held on a union of this kind. */
const rolesOn = (kind: string): RoleName[] => (kind === 'district' ? ['supervisor'] : ['staff', 'chair', 'counsellor']);
const OFFICER_ROLES: RoleName[] = ['staff', 'chair', 'counsellor', 'supervisor'];

const ACTION_LABELS: Record<string, string> = {
  'roster.import.apply': '导入名册',
  'member.record.create': '添加会员',
  'member.record.update': '修改会员资料',
  'member.record.deactivate': '会员离会',
  'member.role.grant': '授予角色',
  'member.role.revoke': '撤销角色',
  'union.branch.create': '新建分工会',
  'union.branch.rename': '分工会改名',
  'export.download': '下载报表',
};
const actionLabel = (action: string) =>
  ACTION_LABELS[action] ?? (action.endsWith('.read') ? '查阅保密记录' : action.includes('export') ? '导出数据' : action);

async function readUpload(request: FastifyRequest): Promise<{ buffer: Buffer; fileName: string }> {
  if (!request.isMultipart()) throw badRequest('请以表单（multipart/form-data）上传名册文件');
  try {
    const part = await request.file();
    if (!part) throw badRequest('请选择要导入的名册文件');
    const buffer = await part.toBuffer();
    const named = part.fields.fileName;
    const fileName = named && 'value' in named && typeof named.value === 'string' ? named.value : part.filename;
    return { buffer, fileName: (fileName || '名册').slice(0, 80) };
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw new AppError(413, 'FILE_TOO_LARGE', '名册文件不能超过 10 MB');
    throw error;
  }
}

/** 工作台: roster, 分工会, roles and the audit log of the caller's own union. */
const adminRoutes: FastifyPluginAsyncTypebox = async (app) => {
  await app.register(multipart, { limits: { fileSize: MAX_ROSTER_BYTES, files: 1, fields: 3, parts: 4 } });
  app.addHook('onRequest', app.authenticate);
  const repo = adminRepository(app.db);

  /** The caller's union, refused unless they manage it. */
  async function managed(request: FastifyRequest): Promise<{ caller: Caller; unionId: number; kind: string }> {
    const caller = requireCaller(request);
    const kind = (await repo.unionKind(caller.unionId)) ?? 'school';
    if (!hasRole(caller, caller.unionId, ...managersOf(kind))) throw forbidden('只有本工会的工会干事或主席可以管理名册和角色');
    return { caller, unionId: caller.unionId, kind };
  }

  async function checkBranch(unionId: number, branchId: number | null | undefined) {
    if (branchId && !(await repo.isBranchOf(unionId, branchId))) throw badRequest('所选分工会不属于本工会');
  }

  app.get(
    '/overview',
    { schema: { operationId: 'getAdminOverview', tags, summary: '工作台首页：待办数量', response: { 200: Overview, ...errors(401, 403) } } },
    async (request) => {
      const caller = requireCaller(request);
      const roles = [...new Set(caller.roles.filter((r) => r.unionId === caller.unionId).map((r) => r.role))];
      if (!roles.some((role) => OFFICER_ROLES.includes(role))) throw forbidden('工作台只对工会干事、主席、咨询师和上级工会开放');
      const kind = (await repo.unionKind(caller.unionId)) ?? 'school';
      const [union] = await app.db.query<{ name: string; active: number }>(
        `SELECT u.name, (SELECT count(*)::int FROM members m WHERE m.union_id = u.id AND m.status = 'active') AS active FROM unions u WHERE u.id = $1`,
        [caller.unionId],
      );
      return {
        unionName: union!.name,
        roles,
        canManage: hasRole(caller, caller.unionId, ...managersOf(kind)),
        canReadAudit: hasRole(caller, caller.unionId, 'chair', 'supervisor'),
        activeMembers: union!.active,
        waiting: await waitingCounts(app.db, caller.unionId, roles),
      };
    },
  );

  app.get(
    '/members',
    { schema: { operationId: 'listMembers', tags, querystring: MemberListQuery, response: { 200: MemberList, ...errors(400, 401, 403) } } },
    async (request) => {
      const { unionId } = await managed(request);
      const { limit = 20, offset = 0, ...filter } = request.query;
      return repo.listMembers(unionId, { ...filter, q: filter.q?.trim(), limit, offset });
    },
  );

  app.get(
    '/members/:id',
    { schema: { operationId: 'getMember', tags, params: IdParams, response: { 200: Member, ...errors(401, 403, 404) } } },
    async (request) => {
      const { unionId } = await managed(request);
      const member = await repo.findMember(unionId, request.params.id);
      if (!member) throw notFound('本工会没有这位会员');
      return member;
    },
  );

  app.post(
    '/members',
    { schema: { operationId: 'createMember', tags, summary: '手工添加会员', body: CreateMemberBody, response: { 201: Member, ...errors(400, 401, 403, 409) } } },
    async (request, reply) => {
      const { caller, unionId } = await managed(request);
      const input: MemberFields = { ...request.body, branchId: request.body.branchId ?? null, status: request.body.status ?? 'active' };
      await checkBranch(unionId, input.branchId);
      const id = await app.db.transaction(async (tx) => {
        const txRepo = adminRepository(tx);
        if (await txRepo.staffNoTaken(unionId, input.staffNo)) throw conflict(`工号 ${input.staffNo} 已在名册中`);
        const memberId = await txRepo.createMember(unionId, input);
        await audit(tx, { ...auditActor(caller), action: 'member.record.create', targetType: 'member', targetId: memberId });
        return memberId;
      });
      return reply.status(201).send((await repo.findMember(unionId, id))!);
    },
  );

  app.patch(
    '/members/:id',
    { schema: { operationId: 'updateMember', tags, params: IdParams, body: UpdateMemberBody, response: { 200: Member, ...errors(400, 401, 403, 404, 409) } } },
    async (request) => {
      const { caller, unionId } = await managed(request);
      const id = request.params.id;
      await checkBranch(unionId, request.body.branchId);
      await app.db.transaction(async (tx) => {
        const txRepo = adminRepository(tx);
        const current = await txRepo.findMember(unionId, id);
        if (!current) throw notFound('本工会没有这位会员');
        const next: MemberFields = { ...current, ...request.body } as MemberFields;
        if (next.staffNo !== current.staffNo && (await txRepo.staffNoTaken(unionId, next.staffNo, id))) throw conflict(`工号 ${next.staffNo} 已在名册中`);
        if (id === caller.memberId && next.status === 'left') throw conflict('不能把自己设为离会');
        await txRepo.updateMember(unionId, id, next);
        const changed = Object.keys(request.body).filter((key) => (request.body as Record<string, unknown>)[key] !== (current as unknown as Record<string, unknown>)[key]);
        await audit(tx, { ...auditActor(caller), action: 'member.record.update', targetType: 'member', targetId: id, detail: { fields: changed } });
        if (current.status === 'active' && next.status === 'left') {
          await txRepo.revokeAccess([id]);
          await audit(tx, { ...auditActor(caller), action: 'member.record.deactivate', targetType: 'member', targetId: id });
        }
      });
      return (await repo.findMember(unionId, id))!;
    },
  );

  app.post(
    '/members/import',
    {
      schema: {
        operationId: 'importMembers',
        tags,
        summary: '导入名册（CSV 或 XLSX：姓名、工号、分工会、手机号、会籍状态）；dryRun=true 只检查，false 才写入',
        consumes: ['multipart/form-data'],
        querystring: ImportQuery,
        response: { 200: ImportReport, ...errors(400, 401, 403, 409, 413) },
      },
    },
    async (request) => {
      const { caller, unionId } = await managed(request);
      const dryRun = request.query.dryRun ?? true;
      const { buffer, fileName } = await readUpload(request);
      const sheet = await readSheet(buffer);
      return app.db.transaction(async (tx) => {
        const txRepo = adminRepository(tx);
        if (!dryRun) await txRepo.lockUnion(unionId);
        const branchNames = new Set((await txRepo.branches(unionId)).map((b) => b.name));
        const { rows, problems } = parseRoster(sheet, branchNames);
        if (rows.length + problems.length === 0) throw badRequest('名册中没有数据行');
        const plan = await txRepo.planImport(unionId, rows);
        const self = plan.deactivate.includes(caller.memberId);
        if (self) problems.push({ row: rows.find((r) => r.staffNo === (plan.update.find((u) => u.id === caller.memberId)?.staffNo))!.row, staffNo: '', reason: '不能把自己设为离会' });
        const report = {
          dryRun,
          fileName,
          total: rows.length + problems.length - (self ? 1 : 0),
          created: plan.create.length,
          updated: plan.update.length,
          deactivated: plan.deactivate.length,
          unchanged: plan.unchanged,
          problems: problems.sort((a, b) => a.row - b.row),
        };
        if (dryRun) return report;
        if (problems.length) throw badRequest(`名册中有 ${problems.length} 行有误，请改正后重新导入`);
        await txRepo.applyImport(unionId, plan);
        await audit(tx, {
          ...auditActor(caller),
          action: 'roster.import.apply',
          targetType: 'roster_import',
          detail: { file: fileName, rows: report.total, created: report.created, updated: report.updated, deactivated: report.deactivated },
        });
        return report;
      });
    },
  );

  app.post(
    '/members/:id/roles',
    { schema: { operationId: 'assignRole', tags, params: IdParams, body: RoleBody, response: { 200: Member, ...errors(400, 401, 403, 404, 409) } } },
    async (request) => {
      const { caller, unionId, kind } = await managed(request);
      const { role } = request.body;
      if (!rolesOn(kind).includes(role)) throw badRequest(kind === 'district' ? '上级工会只能设置“上级工会”角色' : '学校工会不能设置“上级工会”角色');
      await app.db.transaction(async (tx) => {
        const txRepo = adminRepository(tx);
        const member = await txRepo.findMember(unionId, request.params.id);
        if (!member) throw notFound('本工会没有这位会员');
        if (member.status !== 'active') throw conflict('已离会的会员不能设置角色');
        if (await txRepo.grantRole(member.id, unionId, role)) {
          await audit(tx, { ...auditActor(caller), action: 'member.role.grant', targetType: 'member', targetId: member.id, detail: { role } });
        }
      });
      return (await repo.findMember(unionId, request.params.id))!;
    },
  );

  app.delete(
    '/members/:id/roles/:role',
    { schema: { operationId: 'revokeRole', tags, params: RoleParams, response: { 200: Member, ...errors(400, 401, 403, 404, 409) } } },
    async (request) => {
      const { caller, unionId, kind } = await managed(request);
      const { id, role } = request.params;
      if (id === caller.memberId && managersOf(kind).includes(role)) throw conflict('不能撤销自己的管理角色，请由另一位干事或主席操作');
      await app.db.transaction(async (tx) => {
        const txRepo = adminRepository(tx);
        if (!(await txRepo.findMember(unionId, id))) throw notFound('本工会没有这位会员');
        if (await txRepo.revokeRole(id, unionId, role)) {
          await audit(tx, { ...auditActor(caller), action: 'member.role.revoke', targetType: 'member', targetId: id, detail: { role } });
        }
      });
      return (await repo.findMember(unionId, id))!;
    },
  );

  app.get(
    '/branches',
    { schema: { operationId: 'listBranches', tags, summary: '本工会的分工会', response: { 200: BranchList, ...errors(401, 403) } } },
    async (request) => {
      const { unionId } = await managed(request);
      const [union] = await app.db.query<{ name: string }>(`SELECT name FROM unions WHERE id = $1`, [unionId]);
      return { unionName: union!.name, items: await repo.branches(unionId) };
    },
  );

  app.post(
    '/branches',
    { schema: { operationId: 'createBranch', tags, body: BranchBody, response: { 201: Branch, ...errors(400, 401, 403, 409) } } },
    async (request, reply) => {
      const { caller, unionId, kind } = await managed(request);
      if (kind !== 'school') throw badRequest('分工会只能建在学校工会之下');
      const name = request.body.name.trim();
      if (!name) throw badRequest('请填写分工会名称');
      const id = await app.db.transaction(async (tx) => {
        const txRepo = adminRepository(tx);
        await txRepo.lockUnion(unionId);
        if (await txRepo.branchNameTaken(unionId, name)) throw conflict(`已有名为「${name}」的分工会`);
        const branchId = await txRepo.createBranch(unionId, name);
        await audit(tx, { ...auditActor(caller), action: 'union.branch.create', targetType: 'union', targetId: branchId });
        return branchId;
      });
      return reply.status(201).send({ id, name, memberCount: 0 });
    },
  );

  app.patch(
    '/branches/:id',
    { schema: { operationId: 'renameBranch', tags, params: IdParams, body: BranchBody, response: { 200: Branch, ...errors(400, 401, 403, 404, 409) } } },
    async (request) => {
      const { caller, unionId } = await managed(request);
      const name = request.body.name.trim();
      if (!name) throw badRequest('请填写分工会名称');
      await app.db.transaction(async (tx) => {
        const txRepo = adminRepository(tx);
        await txRepo.lockUnion(unionId);
        if (await txRepo.branchNameTaken(unionId, name, request.params.id)) throw conflict(`已有名为「${name}」的分工会`);
        if ((await txRepo.renameBranch(unionId, request.params.id, name)) === null) throw notFound('本工会没有这个分工会');
        await audit(tx, { ...auditActor(caller), action: 'union.branch.rename', targetType: 'union', targetId: request.params.id });
      });
      return (await repo.branches(unionId)).find((b) => b.id === request.params.id)!;
    },
  );

  app.get(
    '/annual-report',
    {
      schema: {
        operationId: 'exportAnnualReport',
        tags,
        summary: '年度建家材料（XLSX）：各项服务的全年数据',
        querystring: AnnualReportQuery,
        response: { 200: Type.Unsafe({ type: 'string', format: 'binary', description: 'XLSX 工作簿' }), ...errors(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const { caller, unionId } = await managed(request);
      const year = request.query.year ?? new Date(Date.now() + 8 * 3600_000).getUTCFullYear();
      const [union] = await app.db.query<{ name: string }>(`SELECT name FROM unions WHERE id = $1`, [unionId]);
      const file = await annualWorkbook(union!.name, year, await annualFigures(app.db, unionId, year));
      await audit(app.db, { ...auditActor(caller), action: 'export.download', targetType: 'annual_report', targetId: year, detail: { year } });
      const name = encodeURIComponent(`${year}年度建家材料.xlsx`);
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="annual-report-${year}.xlsx"; filename*=UTF-8''${name}`)
        .send(file);
    },
  );

  app.get(
    '/audit',
    { schema: { operationId: 'listAuditLog', tags, summary: '操作记录（主席、上级工会）', querystring: AuditQuery, response: { 200: AuditList, ...errors(400, 401, 403) } } },
    async (request) => {
      const caller = requireCaller(request);
      if (!hasRole(caller, caller.unionId, 'chair', 'supervisor')) throw forbidden('只有工会主席可以查看操作记录');
      const { limit = 20, offset = 0 } = request.query;
      const items = await app.db.query<{ id: number; at: Date; actorName: string | null; action: string; targetType: string; targetId: string | null; detail: Record<string, unknown> }>(
        `SELECT a.id::int AS id, a.at, m.name AS "actorName", a.action, a.target_type AS "targetType", a.target_id AS "targetId", a.detail
           FROM audit_log a LEFT JOIN members m ON m.id = a.actor_id
          WHERE a.union_id = $1 ORDER BY a.id DESC LIMIT $2 OFFSET $3`,
        [caller.unionId, limit, offset],
      );
      return { items: items.map((item) => ({ ...item, actionLabel: actionLabel(item.action) })) };
    },
  );
};

export default adminRoutes;
