import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Static } from '@sinclair/typebox';
import { badRequest, conflict } from '../../errors';
import type { Caller } from '../../plugins/auth';
import { allow } from '../../policy';
import { errors, NoContent } from '../../schemas/common';
import { loadManaged, MANAGERS_ONLY, requireManaged } from './access';
import { surveyDetailById } from './detail';
import { closeLapsedSurveys } from './lifecycle';
import { type SurveyRepository, surveyRepository } from './repository';
import { checkWindow, normalizeQuestions } from './rules';
import { BranchOptions, StaffSurveyList, SurveyDetail, SurveyIdParams, SurveyInput, SurveyTemplate } from './schemas';
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

/** Staff and the chair write their union's evaluations: drafts, their audience, their questions. */
const draftRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const repo = surveyRepository(app.db);
  const detailOf = (caller: Caller, id: number) => surveyDetailById(app.db, caller, id);

  app.get(
    '/',
    {
      schema: {
        operationId: 'listSurveys',
        tags,
        summary: '本工会的全部评议（含草稿）及参评人数',
        response: { 200: StaffSurveyList, ...errors(401, 403) },
      },
      preHandler: allow('officer'),
    },
    async (request) => {
      const { caller } = request;
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
      preHandler: allow('member'),
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
      preHandler: allow('officer'),
    },
    async (request) => {
      const { caller } = request;
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
      preHandler: allow('officer'),
    },
    async (request, reply) => {
      const { caller } = request;
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
      preHandler: allow('officer', MANAGERS_ONLY),
    },
    async (request) => {
      const { caller } = request;
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
      preHandler: allow('officer', MANAGERS_ONLY),
    },
    async (request, reply) => {
      const { caller } = request;
      await loadManaged(repo, caller, request.params.id);
      if (!(await repo.removeDraft(request.params.id))) throw conflict('已发布的评议不能删除');
      return reply.status(204).send(null);
    },
  );
};

export default draftRoutes;
