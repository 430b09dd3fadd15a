import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { conflict, notFound } from '../../errors';
import { errors, IdParams } from '../../schemas/common';
import { bookingRepository } from './bookings-repository';
import { cancelOpenBookings } from './cancellations';
import { now } from '../../clock';
import { CreateSeriesBody, SeriesCancelled, SeriesCreated, SeriesList, SeriesListQuery } from './manage-schemas';
import { tags } from './schemas';
import { createSeries } from './series';
import { seriesRepository } from './series-repository';
import { allow } from '../../policy';

/** Staff: recurring bookings (周期预约), such as a club's weekly training for a term. */
const manageSeriesRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const templates = app.config.wechat.templates;

  app.get(
    '/manage/series',
    {
      schema: {
        operationId: 'listBookingSeries',
        tags,
        summary: '固定安排（如社团每周训练），可只看一个场地',
        querystring: SeriesListQuery,
        response: { 200: SeriesList, ...errors(400, 401, 403) },
      },
      preHandler: allow('officer'),
    },
    async (request) => {
      const { caller } = request;
      return { items: await seriesRepository(app.db).list(caller.unionId, request.query.roomId ?? null, now()) };
    },
  );

  app.post(
    '/manage/series',
    {
      schema: {
        operationId: 'createBookingSeries',
        tags,
        summary: '新增每周固定安排：逐次报告已预约的、因闭馆或已过而跳过的、与已有预约冲突的（写明被谁占用）',
        body: CreateSeriesBody,
        response: { 201: SeriesCreated, ...errors(400, 401, 403, 404) },
      },
      preHandler: allow('officer'),
    },
    async (request, reply) => {
      const { caller } = request;
      const at = now();
      const result = await app.db.transaction(async (tx) => {
        const { seriesId, ...outcome } = await createSeries(tx, {
          unionId: caller.unionId,
          staffId: caller.memberId,
          body: request.body,
          now: at,
        });
        return { series: (await seriesRepository(tx).find(caller.unionId, seriesId, at))!, ...outcome };
      });
      return reply.status(201).send(result);
    },
  );

  app.delete(
    '/manage/series/:id',
    {
      schema: {
        operationId: 'cancelBookingSeries',
        tags,
        summary: '取消固定安排：释放尚未开始的各次预约，已进行的记录保留',
        params: IdParams,
        response: { 200: SeriesCancelled, ...errors(401, 403, 404, 409) },
      },
      preHandler: allow('officer'),
    },
    async (request) => {
      const { caller } = request;
      const at = now();
      return app.db.transaction(async (tx) => {
        const repo = seriesRepository(tx);
        const series = await repo.find(caller.unionId, request.params.id, at);
        if (!series) throw notFound('固定安排不存在');
        // Room first, then the series row and its bookings: the lock order of every booking change.
        await bookingRepository(tx).lockRoomsExclusive([series.roomId]);
        const marked = await repo.markCancelled(caller.unionId, series.id, caller.memberId, at);
        if (marked === false) throw conflict('该固定安排已取消', 'SERIES_CANCELLED');
        const cancelledBookings = await cancelOpenBookings(tx, {
          roomIds: [series.roomId],
          seriesId: series.id,
          now: at,
          reason: `${series.title}已取消`,
          by: caller.memberId,
          templates,
          quiet: true,
        });
        return { series: (await repo.find(caller.unionId, series.id, at))!, cancelledBookings };
      });
    },
  );
};

export default manageSeriesRoutes;
