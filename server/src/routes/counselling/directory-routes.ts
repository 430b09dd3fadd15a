import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { notFound } from '../../errors';
import { errors, IdParams } from '../../schemas/common';
import { freeSlotsOf, mergeSlots, nextFreeSession } from './availability';
import * as clock from '../../clock';
import { counsellorRepository } from './counsellors-repository';
import { loadSettings } from './rules';
import { Counsellor, CounsellorList, SlotDays, SlotQuery, tags } from './schemas';
import { byDay, type Slot } from './slots';
import { toCounsellorView } from './views';
import { allow } from '../../policy';

const slotDays = (counsellorId: number | null, slots: Slot[]) => ({
  counsellorId,
  days: byDay(slots).map(({ date, slots: list }) => ({
    date,
    slots: list.map(({ startsAt, endsAt }) => ({ startsAt, endsAt })),
  })),
});

/** Counsellors and their free sessions. Browsing stores nothing, so it needs no consent. */
const directoryRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const counsellors = counsellorRepository(app.db);

  app.get(
    '/counsellors',
    {
      schema: {
        operationId: 'listCounsellors',
        tags,
        summary: '本工会在岗的咨询师，含最早可约时间',
        querystring: SlotQuery,
        response: { 200: CounsellorList, ...errors(400, 401) },
      },
      preHandler: allow('member'),
    },
    async (request) => {
      const { caller } = request;
      const list = await counsellors.list(caller.unionId, {
        activeOnly: true,
        mode: request.query.mode,
        bookableBy: caller.memberId,
      });
      const next = await nextFreeSession(app.db, list, caller.unionId, clock.now());
      return { items: list.map((c) => toCounsellorView(c, next.get(c.id)!)) };
    },
  );

  app.get(
    '/counsellors/:id',
    {
      schema: {
        operationId: 'getCounsellor',
        tags,
        params: IdParams,
        response: { 200: Counsellor, ...errors(401, 404) },
      },
      preHandler: allow('member'),
    },
    async (request) => {
      const { caller } = request;
      const counsellor = await counsellors.find(caller.unionId, request.params.id);
      if (!counsellor?.active) throw notFound('咨询师不存在或已暂停接待');
      const next = await nextFreeSession(app.db, [counsellor], caller.unionId, clock.now());
      return toCounsellorView(counsellor, next.get(counsellor.id)!);
    },
  );

  app.get(
    '/counsellors/:id/availability',
    {
      schema: {
        operationId: 'getCounsellorAvailability',
        tags,
        summary: '一位咨询师在预约窗口内的空闲时段，按天分组（已扣除请假、已约时段和间隔）',
        params: IdParams,
        response: { 200: SlotDays, ...errors(401, 404) },
      },
      preHandler: allow('member'),
    },
    async (request) => {
      const { caller } = request;
      const counsellor = await counsellors.find(caller.unionId, request.params.id);
      if (!counsellor?.active) throw notFound('咨询师不存在或已暂停接待');
      const free = await freeSlotsOf(app.db, [counsellor], await loadSettings(app.db, caller.unionId), clock.now());
      return slotDays(counsellor.id, free.get(counsellor.id)!);
    },
  );

  app.get(
    '/slots',
    {
      schema: {
        operationId: 'listAnyCounsellorSlots',
        tags,
        summary: '任一咨询师：至少一位咨询师空闲的时段，最早的在前；预约时由系统安排咨询师',
        querystring: SlotQuery,
        response: { 200: SlotDays, ...errors(400, 401) },
      },
      preHandler: allow('member'),
    },
    async (request) => {
      const { caller } = request;
      const list = await counsellors.list(caller.unionId, {
        activeOnly: true,
        mode: request.query.mode,
        bookableBy: caller.memberId,
      });
      const free = await freeSlotsOf(app.db, list, await loadSettings(app.db, caller.unionId), clock.now());
      return slotDays(null, mergeSlots(free));
    },
  );
};

export default directoryRoutes;
