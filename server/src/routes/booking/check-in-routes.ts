import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { conflict, notFound } from '../../errors';
import { errors, IdParams } from '../../schemas/common';
import { checkIn } from './check-in';
import { now } from '../../clock';
import { translateBookingError } from './place';
import { AppealBody, CheckInBody, CheckInResult, Standing, Suspension, tags } from './schemas';
import { standingRepository } from './standing-repository';
import { allow } from '../../policy';

/** Scanning the door code, and the member's own standing: no-shows, suspension, appeal. */
const checkInRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const standing = standingRepository(app.db);

  app.post(
    '/check-in',
    {
      schema: {
        operationId: 'checkIn',
        tags,
        summary: '扫码签到：签到本人在签到时间内的预约；否则说明原因、可“立即使用”的当前时段和下一个空闲时段',
        description: '签到时间默认为开始前 15 分钟至开始后 15 分钟。walkIn=true 时预约当前时段并立即签到。',
        body: CheckInBody,
        response: { 200: CheckInResult, ...errors(400, 401, 404, 409) },
      },
      preHandler: allow('member'),
    },
    async (request) => {
      const { caller } = request;
      try {
        return await checkIn(app.db, {
          caller,
          scene: request.body.scene.trim(),
          walkIn: request.body.walkIn ?? false,
          now: now(),
          templates: app.config.wechat.templates,
        });
      } catch (error) {
        throw translateBookingError(error);
      }
    },
  );

  app.get(
    '/standing',
    {
      schema: {
        operationId: 'getBookingStanding',
        tags,
        summary: '我的预约资格：统计期内的未到场次数，以及正在暂停时的原因、截止时间和申诉',
        response: { 200: Standing, ...errors(401) },
      },
      preHandler: allow('member'),
    },
    async (request) => {
      const { caller } = request;
      const at = now();
      const settings = await standing.settings(caller.unionId);
      return {
        ...settings,
        suspension: await standing.current(caller.memberId, at),
        recentNoShows: await standing.countedNoShows(caller.memberId, at, settings.noShowWindowDays),
      };
    },
  );

  app.post(
    '/suspensions/:id/appeal',
    {
      schema: {
        operationId: 'appealSuspension',
        tags,
        summary: '对预约暂停提出申诉（每次暂停一次）',
        params: IdParams,
        body: AppealBody,
        response: { 200: Suspension, ...errors(400, 401, 404, 409) },
      },
      preHandler: allow('member'),
    },
    async (request) => {
      const { caller } = request;
      const at = now();
      const mine = await standing.byId(request.params.id, at, caller.memberId);
      if (!mine) throw notFound('暂停记录不存在');
      if (mine.appeal) throw conflict('您已对这次暂停提出过申诉', 'ALREADY_APPEALED');
      if (!(await standing.appeal(mine.id, caller.memberId, request.body.reason.trim(), at))) {
        throw conflict('这次暂停已结束，无需申诉', 'SUSPENSION_OVER');
      }
      return (await standing.byId(mine.id, at))!;
    },
  );
};

export default checkInRoutes;
