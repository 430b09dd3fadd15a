import { now } from '../../clock';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Static } from '@sinclair/typebox';
import { badRequest, conflict, notFound, tooManyRequests } from '../../errors';
import { type Caller, requireCaller } from '../../plugins/auth';
import { errors, NoContent } from '../../schemas/common';
import { loadManaged, requireManaged, requireManager } from './access';
import { surveyDetail } from './detail';
import { closeLapsedSurveys, closeSurvey, openSurvey, remindNonRespondents } from './lifecycle';
import { type SurveyRepository, surveyRepository } from './repository';
import { checkWindow, normalizeQuestions } from './rules';
import {
  BranchOptions,
  ReminderResult,
  StaffSurveyList,
  SurveyDetail,
  SurveyIdParams,
  SurveyInput,
  SurveyTemplate,
  VerifiedReceipt,
  VerifyReceiptBody,
} from './schemas';
import { DEFAULT_PASS_LINE, STANDARD_TEMPLATE } from './template';

const tags = ['会员评议（工会干事、主席）'];

/** Checks a survey's settings against the caller's union and returns its questions ready to store. */
async function prepare(repo: SurveyRepository, caller: Caller, input: Static<typeof SurveyInput>) {
  checkWindow(input);
  if ((await repo.countOwnBranches(caller.unionId, input.branchIds)) !== input.branchIds.length) {
    throw badRequest('所选分工会不属于本工会');
  }
  return normalizeQuestions(input.questions);
}

/** Staff and the chair create, open and close their union's evaluations and send reminders. */
const staffRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const repo = surveyRepository(app.db);
  const templates = app.config.wechat.templates;
  const detailOf = (caller: Caller, id: number) =>
    repo
      .find(id)
      .then(async (survey) => surveyDetail(app.db, caller, survey!, await repo.isInAudience(id, caller.memberId)));

  app.get(
    '/',
    {
      schema: {
        operationId: 'listSurveys',
        tags,
        summary: '本工会的全部评议（含草稿）及参评人数',
        response: { 200: StaffSurveyList, ...errors(401, 403) },
      },
    },
    async (request) => {
      const caller = requireCaller(request);
      requireManager(caller);
      await closeLapsedSurveys(app.db, app.keyRing);
      return { items: await repo.listForUnion(caller.unionId) };
    },
  );

  app.get(
    '/template',
    {
      schema: {
        operationId: 'getSurveyTemplate',
        tags,
        summary: '标准评议模板（可复制后修改）',
        response: { 200: SurveyTemplate, ...errors(401) },
      },
    },
    async () => ({ ...STANDARD_TEMPLATE, passLine: DEFAULT_PASS_LINE }),
  );

  app.get(
    '/branches',
    {
      schema: {
        operationId: 'listSurveyBranches',
        tags,
        summary: '本工会的分工会（选择参评范围用）',
        response: { 200: BranchOptions, ...errors(401, 403) },
      },
    },
    async (request) => {
      const caller = requireCaller(request);
      requireManager(caller);
      return repo.branchOptions(caller.unionId);
    },
  );

  app.post(
    '/',
    {
      schema: {
        operationId: 'createSurvey',
        tags,
        summary: '新建评议草稿',
        body: SurveyInput,
        response: { 201: SurveyDetail, ...errors(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const caller = requireCaller(request);
      requireManager(caller);
      const questions = await prepare(repo, caller, request.body);
      const id = await app.db.transaction((tx) =>
        surveyRepository(tx).create(caller.unionId, caller.memberId, request.body, questions),
      );
      return reply.status(201).send(await detailOf(caller, id));
    },
  );

  app.put(
    '/:id',
    {
      schema: {
        operationId: 'updateSurvey',
        tags,
        summary: '修改评议草稿（发布后题目冻结，不能再改）',
        params: SurveyIdParams,
        body: SurveyInput,
        response: { 200: SurveyDetail, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const caller = requireCaller(request);
      const questions = await prepare(repo, caller, request.body);
      await app.db.transaction(async (tx) => {
        const drafts = surveyRepository(tx);
        requireManaged(caller, await drafts.lock(request.params.id));
        if (!(await drafts.replaceDraft(request.params.id, request.body, questions)))
          throw conflict('评议已发布，题目和设置不能再修改');
      });
      return detailOf(caller, request.params.id);
    },
  );

  app.delete(
    '/:id',
    {
      schema: {
        operationId: 'deleteSurvey',
        tags,
        summary: '删除评议草稿',
        params: SurveyIdParams,
        response: { 204: NoContent, ...errors(401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const caller = requireCaller(request);
      await loadManaged(repo, caller, request.params.id);
      if (!(await repo.removeDraft(request.params.id))) throw conflict('已发布的评议不能删除');
      return reply.status(204).send(null);
    },
  );

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
    },
    async (request) => {
      const caller = requireCaller(request);
      await app.db.transaction(async (tx) => {
        const surveys = surveyRepository(tx);
        const survey = requireManaged(caller, await surveys.lock(request.params.id));
        if (survey.status !== 'draft') throw conflict('评议已经发布过了');
        if (survey.closesAt <= now()) throw conflict('结束日期已过，请先修改评议时间');
        if ((await surveys.audienceMemberIds(survey.id, false)).length === 0)
          throw conflict('参评范围内没有会员，请检查所选分工会');
        await openSurvey(tx, templates, survey);
      });
      return detailOf(caller, request.params.id);
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
    },
    async (request) => {
      const caller = requireCaller(request);
      await app.db.transaction(async (tx) => {
        const survey = requireManaged(caller, await surveyRepository(tx).lock(request.params.id));
        if (survey.status === 'draft') throw conflict('评议还没有发布');
        if (survey.status === 'closed') throw conflict('评议已经结束');
        await closeSurvey(tx, app.keyRing, survey.id);
      });
      return detailOf(caller, request.params.id);
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
    },
    async (request) => {
      const caller = requireCaller(request);
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
    },
    async (request) => {
      const caller = requireCaller(request);
      requireManager(caller);
      const letters = request.body.code.toUpperCase().replace(/[^A-Z0-9]/g, '');
      const code =
        letters.length === 12 ? `${letters.slice(0, 4)}-${letters.slice(4, 8)}-${letters.slice(8)}` : letters;
      const row = await repo.findReceipt(caller.unionId, code);
      if (!row) throw notFound('回执码无效，或不是本工会评议的回执');
      return row;
    },
  );
};

export default staffRoutes;
