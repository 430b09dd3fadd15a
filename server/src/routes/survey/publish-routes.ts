import { now } from '../../clock';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { conflict, notFound, tooManyRequests } from '../../errors';
import { allow } from '../../policy';
import { errors } from '../../schemas/common';
import { MANAGERS_ONLY, requireManaged } from './access';
import { surveyDetailById } from './detail';
import { closeSurvey, openSurvey, remindNonRespondents } from './lifecycle';
import { surveyRepository } from './repository';
import { ReminderResult, SurveyDetail, SurveyIdParams, VerifiedReceipt, VerifyReceiptBody } from './schemas';

const tags = ['会员评议（工会干事、主席）'];

/** Staff and the chair open and close their union's evaluations, remind the audience and check receipts. */
const publishRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const repo = surveyRepository(app.db);
  const templates = app.config.wechat.templates;

  app.post(
    '/:id/open',
    {
      schema: {
        operationId: 'openSurvey',
        tags,
        summary: '发布评议：题目冻结，参评范围内的会员收到通知',
        params: SurveyIdParams,
        response: { 200: SurveyDetail, ...errors(401, 403, 404, 409) },
      },
      preHandler: allow('officer', MANAGERS_ONLY),
    },
    async (request) => {
      const { caller } = request;
      await app.db.transaction(async (tx) => {
        const surveys = surveyRepository(tx);
        const survey = requireManaged(caller, await surveys.lock(request.params.id));
        if (survey.status !== 'draft') throw conflict('评议已经发布过了');
        if (survey.closesAt <= now()) throw conflict('结束日期已过，请先修改评议时间');
        if ((await surveys.audienceMemberIds(survey.id, false)).length === 0)
          throw conflict('参评范围内没有会员，请检查所选分工会');
        await openSurvey(tx, templates, survey);
      });
      return surveyDetailById(app.db, caller, request.params.id);
    },
  );

  app.post(
    '/:id/close',
    {
      schema: {
        operationId: 'closeSurvey',
        tags,
        summary: '结束评议：不再接受答卷',
        params: SurveyIdParams,
        response: { 200: SurveyDetail, ...errors(401, 403, 404, 409) },
      },
      preHandler: allow('officer', MANAGERS_ONLY),
    },
    async (request) => {
      const { caller } = request;
      await app.db.transaction(async (tx) => {
        const survey = requireManaged(caller, await surveyRepository(tx).lock(request.params.id));
        if (survey.status === 'draft') throw conflict('评议还没有发布');
        if (survey.status === 'closed') throw conflict('评议已经结束');
        await closeSurvey(tx, app.keyRing, survey.id);
      });
      return surveyDetailById(app.db, caller, request.params.id);
    },
  );

  app.post(
    '/:id/reminders',
    {
      schema: {
        operationId: 'remindSurveyNonRespondents',
        tags,
        summary: '提醒尚未参评的会员（12 小时内一次）；只返回提醒人数',
        params: SurveyIdParams,
        response: { 200: ReminderResult, ...errors(401, 403, 404, 409, 429) },
      },
      preHandler: allow('officer', MANAGERS_ONLY),
    },
    async (request) => {
      const { caller } = request;
      return app.db.transaction(async (tx) => {
        const survey = requireManaged(caller, await surveyRepository(tx).lock(request.params.id));
        if (survey.phase !== 'open') throw conflict('只有进行中的评议可以发送提醒');
        if (survey.remindedRecently) throw tooManyRequests('12 小时内已经提醒过，请稍后再试');
        return { sent: await remindNonRespondents(tx, templates, survey) };
      });
    },
  );

  app.post(
    '/receipts/verify',
    {
      schema: {
        operationId: 'verifySurveyReceipt',
        tags,
        summary: '核验会员出示的参评回执码（只证明参评，不涉及答案）',
        body: VerifyReceiptBody,
        response: { 200: VerifiedReceipt, ...errors(400, 401, 403, 404) },
      },
      preHandler: allow('officer'),
    },
    async (request) => {
      const { caller } = request;
      const letters = request.body.code.toUpperCase().replace(/[^A-Z0-9]/g, '');
      const code =
        letters.length === 12 ? `${letters.slice(0, 4)}-${letters.slice(4, 8)}-${letters.slice(8)}` : letters;
      const row = await repo.findReceipt(caller.unionId, code);
      if (!row) throw notFound('回执码无效，或不是本工会评议的回执');
      return row;
    },
  );
};

export default publishRoutes;
