import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { conflict, forbidden } from '../../errors';
import { errors } from '../../schemas/common';
import { canManage, surveyNotFound } from './access';
import { castBallot } from './ballot-box';
import { surveyDetail } from './detail';
import { closeLapsedSurveys } from './lifecycle';
import { surveyRepository } from './repository';
import { buildResults } from './results';
import { normalizeAnswers } from './rules';
import { paddedLength } from './sealed-answer';
import { Receipt, SubmitBody, SurveyCardList, SurveyDetail, SurveyIdParams, SurveyResults } from './schemas';
import { allow } from '../../policy';

const tags = ['会员评议'];

/** What every member does: see the open evaluations, answer once, read published results. */
const memberRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const repo = surveyRepository(app.db);

  app.get(
    '/open',
    {
      schema: {
        operationId: 'listOpenSurveys',
        tags,
        summary: '我可以参加的、正在进行的评议',
        response: { 200: SurveyCardList, ...errors(401) },
      },
      preHandler: allow('member'),
    },
    async (request) => {
      await closeLapsedSurveys(app.db, app.keyRing);
      return { items: await repo.listOpenFor(request.caller.memberId) };
    },
  );

  app.get(
    '/published',
    {
      schema: {
        operationId: 'listPublishedSurveys',
        tags,
        summary: '已结束并向会员公布结果的评议',
        response: { 200: SurveyCardList, ...errors(401) },
      },
      preHandler: allow('member'),
    },
    async (request) => {
      const { caller } = request;
      await closeLapsedSurveys(app.db, app.keyRing);
      return { items: await repo.listPublished(caller.unionId, caller.memberId) };
    },
  );

  app.get(
    '/:id',
    {
      schema: {
        operationId: 'getSurvey',
        tags,
        summary: '评议的题目，以及我是否已参评',
        params: SurveyIdParams,
        response: { 200: SurveyDetail, ...errors(401, 404) },
      },
      preHandler: allow('member'),
    },
    async (request) => {
      const { caller } = request;
      const survey = await repo.find(request.params.id);
      if (!survey) throw surveyNotFound();
      const inAudience = await repo.isInAudience(survey.id, caller.memberId);
      if (!canManage(caller, survey)) {
        const published = survey.phase === 'closed' && survey.resultsVisible && survey.unionId === caller.unionId;
        const answerable = (survey.phase === 'open' || survey.phase === 'closed') && inAudience;
        if (!answerable && !published) throw surveyNotFound();
      }
      return surveyDetail(app.db, caller, survey, inAudience);
    },
  );

  app.post(
    '/:id/responses',
    {
      schema: {
        operationId: 'submitSurveyResponse',
        tags,
        summary: '提交答卷（每人一次，不记名）；返回只证明参评、不含答案的回执码',
        params: SurveyIdParams,
        body: SubmitBody,
        response: { 201: Receipt, ...errors(400, 401, 403, 404, 409) },
      },
      preHandler: allow('member'),
    },
    async (request, reply) => {
      const { caller } = request;
      const receipt = await app.db.transaction(async (tx) => {
        const box = surveyRepository(tx);
        // The lock queues submissions to one survey, so that releases of sealed answers never interleave.
        const survey = await box.lock(request.params.id);
        if (!survey || (survey.unionId !== caller.unionId && !canManage(caller, survey))) throw surveyNotFound();
        if (survey.phase === 'draft' || survey.phase === 'scheduled') throw conflict('评议尚未开始');
        if (survey.phase === 'closed') throw conflict('评议已结束，不能再提交', 'SURVEY_CLOSED');
        if (!(await box.isInAudience(survey.id, caller.memberId))) throw forbidden('您不在本次评议的参评范围内');
        const alreadyAnswered = () => conflict('您已参加过本次评议，每人只能提交一次', 'ALREADY_ANSWERED');
        if (await box.receiptOf(survey.id, caller.memberId)) throw alreadyAnswered();
        const questions = await box.questions(survey.id);
        const { choices, comments } = normalizeAnswers(questions, request.body.answers);
        const branchId = survey.byBranch ? caller.branchId : null;
        const submission = {
          surveyId: survey.id,
          memberId: caller.memberId,
          branchId,
          choices,
          comments,
          paddedLength: paddedLength(questions),
        };
        const code = await castBallot(tx, app.keyRing, submission);
        if (!code) throw alreadyAnswered();
        return { receiptCode: code, surveyTitle: survey.title };
      });
      return reply.status(201).send(receipt);
    },
  );

  app.get(
    '/:id/results',
    {
      schema: {
        operationId: 'getSurveyResults',
        tags,
        summary: '评议结果：参评率、满意率、各题分布、意见建议、分工会对比（不足 5 份显示样本不足）',
        params: SurveyIdParams,
        response: { 200: SurveyResults, ...errors(401, 403, 404) },
      },
      preHandler: allow('member'),
    },
    async (request) => {
      const { caller } = request;
      await closeLapsedSurveys(app.db, app.keyRing);
      const survey = await repo.find(request.params.id);
      if (!survey || (survey.unionId !== caller.unionId && !canManage(caller, survey))) throw surveyNotFound();
      if (canManage(caller, survey)) return buildResults(app.db, survey, 'staff');
      if (survey.phase !== 'closed' || !survey.resultsVisible) throw forbidden('评议结束并由工会公布后才能查看结果');
      return buildResults(app.db, survey, 'member');
    },
  );
};

export default memberRoutes;
