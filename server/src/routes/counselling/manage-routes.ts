import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { badRequest, conflict, notFound } from '../../errors';
import { errors, IdParams } from '../../schemas/common';
import { audit, auditActor } from '../../services/audit';
import { nextFreeSession } from './availability';
import * as clock from '../../clock';
import { type CounsellorRow, counsellorRepository } from './counsellors-repository';
import { loadSettings, type Mode, MODES } from './rules';
import {
  CreateCounsellorBody,
  ManagedCounsellor,
  ManagedCounsellorList,
  SettingsBody,
  Stats,
  StatsQuery,
  tags,
  UpdateCounsellorBody,
} from './schemas';
import { localDay } from './slots';
import { counsellingManageRepository } from './manage-repository';
import { toCounsellorView } from './views';
import { allow } from '../../policy';
import { MANAGERS_ONLY } from './access';

const managed = (row: CounsellorRow, nextSlotAt: Date | null) => ({
  ...toCounsellorView(row, nextSlotAt),
  memberName: row.memberName,
  staffNo: row.staffNo,
  bufferMinutes: row.bufferMinutes,
  active: row.active,
});

const requireRoomForFaceToFace = (modes: readonly Mode[] | undefined, room: string | undefined) => {
  if (modes?.includes('in_person') && !room?.trim()) throw badRequest('提供面谈的咨询师需要填写咨询室');
};

/** 'YYYY-MM' of this month and the `count - 1` before it, oldest first. */
function lastMonths(now: Date, count: number): string[] {
  const [year, month] = localDay(now).split('-').map(Number) as [number, number];
  return Array.from({ length: count }, (_, i) => {
    const index = year * 12 + (month - 1) - (count - 1 - i);
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  });
}

/** Staff and the chair: counsellor profiles, the union's settings, and counts — never who or why. */
const manageRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const counsellors = counsellorRepository(app.db);

  app.get(
    '/manage/counsellors',
    {
      schema: {
        operationId: 'listManagedCounsellors',
        tags,
        summary: '本工会的咨询师档案（含暂停接待的）',
        response: { 200: ManagedCounsellorList, ...errors(401, 403) },
      },
      preHandler: allow('officer', MANAGERS_ONLY),
    },
    async (request) => {
      const { caller } = request;
      const list = await counsellors.list(caller.unionId, { activeOnly: false });
      const next = await nextFreeSession(app.db, list, caller.unionId, clock.now());
      return { items: list.map((row) => managed(row, row.active ? next.get(row.id)! : null)) };
    },
  );

  app.post(
    '/manage/counsellors',
    {
      schema: {
        operationId: 'createCounsellor',
        tags,
        summary: '为已有“心理咨询师”角色的会员建立咨询师档案',
        body: CreateCounsellorBody,
        response: { 201: ManagedCounsellor, ...errors(400, 401, 403, 409) },
      },
      preHandler: allow('officer', MANAGERS_ONLY),
    },
    async (request, reply) => {
      const { caller } = request;
      const { staffNo, ...profile } = request.body;
      requireRoomForFaceToFace(profile.modes, profile.room);
      const id = await app.db.transaction(async (tx) => {
        const member = await counsellingManageRepository(tx).memberForCounsellor(caller.unionId, staffNo);
        if (!member) throw badRequest(`本工会没有工号为 ${staffNo} 的会员`);
        if (!member.isCounsellor) throw badRequest('该会员还没有“心理咨询师”角色，请先授予角色');
        if (await counsellorRepository(tx).findByMember(member.id))
          throw conflict('该会员已有咨询师档案', 'ALREADY_COUNSELLOR');
        const created = await counsellorRepository(tx).create(caller.unionId, member.id, {
          ...profile,
          displayName: profile.displayName.trim(),
        });
        await audit(tx, {
          ...auditActor(caller),
          action: 'counselling.counsellor.create',
          targetType: 'counsellor',
          targetId: created,
        });
        return created;
      });
      return reply.status(201).send(managed((await counsellors.find(caller.unionId, id))!, null));
    },
  );

  app.patch(
    '/manage/counsellors/:id',
    {
      schema: {
        operationId: 'updateCounsellor',
        tags,
        summary: '修改咨询师档案，或暂停/恢复接待（已约的预约不受影响）',
        params: IdParams,
        body: UpdateCounsellorBody,
        response: { 200: ManagedCounsellor, ...errors(400, 401, 403, 404) },
      },
      preHandler: allow('officer', MANAGERS_ONLY),
    },
    async (request) => {
      const { caller } = request;
      const current = await counsellors.find(caller.unionId, request.params.id);
      if (!current) throw notFound('咨询师不存在');
      requireRoomForFaceToFace(request.body.modes ?? current.modes, request.body.room ?? current.room);
      await app.db.transaction(async (tx) => {
        await counsellorRepository(tx).update(caller.unionId, current.id, request.body);
        await audit(tx, {
          ...auditActor(caller),
          action: 'counselling.counsellor.update',
          targetType: 'counsellor',
          targetId: current.id,
          detail: { fields: Object.keys(request.body) },
        });
      });
      return managed((await counsellors.find(caller.unionId, current.id))!, null);
    },
  );

  app.put(
    '/manage/settings',
    {
      schema: {
        operationId: 'updateCounsellingSettings',
        tags,
        summary: '热线、可预约天数、最少提前时间、取消截止时间',
        body: SettingsBody,
        response: { 200: SettingsBody, ...errors(400, 401, 403) },
      },
      preHandler: allow('officer', MANAGERS_ONLY),
    },
    async (request) => {
      const { caller } = request;
      const s = request.body;
      const hotlines = s.hotlines.map((h) => ({ number: h.number.trim(), label: h.label.trim() }));
      await app.db.transaction(async (tx) => {
        await counsellingManageRepository(tx).saveSettings(caller.unionId, { ...s, hotlines }, caller.memberId);
        await audit(tx, {
          ...auditActor(caller),
          action: 'counselling.settings.update',
          targetType: 'counselling_settings',
          targetId: caller.unionId,
        });
      });
      return loadSettings(app.db, caller.unionId);
    },
  );

  app.get(
    '/stats',
    {
      schema: {
        operationId: 'getCounsellingStats',
        tags,
        summary: '每月次数（工会干事、主席）：申请数、完成数、各方式的申请数；不含任何姓名、留言或原因',
        querystring: StatsQuery,
        response: { 200: Stats, ...errors(400, 401, 403) },
      },
      preHandler: allow('officer', MANAGERS_ONLY),
    },
    async (request) => {
      const { caller } = request;
      const months = lastMonths(clock.now(), request.query.months ?? 6);
      const from = `${months[0]}-01`;
      const stats = counsellingManageRepository(app.db);
      const requests = await stats.monthlyRequestsByMode(caller.unionId, from);
      const completed = await stats.monthlyCompleted(caller.unionId, from);
      return {
        months: months.map((m) => {
          const byMode = Object.fromEntries(
            MODES.map((mode) => [mode, requests.find((r) => r.month === m && r.mode === mode)?.n ?? 0]),
          ) as Record<Mode, number>;
          return {
            month: m,
            requests: MODES.reduce((sum, mode) => sum + byMode[mode], 0),
            completed: completed.find((c) => c.month === m)?.n ?? 0,
            byMode,
          };
        }),
      };
    },
  );
};

export default manageRoutes;
