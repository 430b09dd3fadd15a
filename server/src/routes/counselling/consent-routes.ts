import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { conflict } from '../../errors';
import { errors, NoContent } from '../../schemas/common';
import { notify } from '../../services/notify';
import { canManage } from './access';
import * as clock from '../../clock';
import { anonymiseMember, consentRepository } from './consent-repository';
import { counsellorRepository } from './counsellors-repository';
import { CONSENT_VERSION, LINKS, loadSettings, MAX_UPCOMING, MESSAGES, NOTIFY_KIND, RETENTION_YEARS } from './rules';
import { ConsentBody, Overview, tags, WithdrawResult } from './schemas';
import { allow } from '../../policy';

/** The way in: hotlines and rules for every page, and the member's separate consent or its withdrawal. */
const consentRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const templates = app.config.wechat.templates;
  const counsellors = counsellorRepository(app.db);

  app.get(
    '/',
    {
      schema: {
        operationId: 'getCounsellingOverview',
        tags,
        summary: '热线、知情同意状态、预约规则，以及当前会员在心理咨询中的身份',
        response: { 200: Overview, ...errors(401) },
      },
      preHandler: allow('member'),
    },
    async (request) => {
      const { caller } = request;
      const settings = await loadSettings(app.db, caller.unionId);
      const consent = await consentRepository(app.db).current(caller.memberId);
      const own = await counsellors.findByMember(caller.memberId);
      const { hotlines, ...policy } = settings;
      return {
        hotlines,
        consent: {
          version: CONSENT_VERSION,
          agreed: consent && { version: consent.version, agreedAt: consent.agreedAt },
          needsRenewal: consent !== null && consent.version !== CONSENT_VERSION,
        },
        policy: { ...policy, maxUpcoming: MAX_UPCOMING, retentionYears: RETENTION_YEARS },
        access: {
          counsellorId: own && own.unionId === caller.unionId ? own.id : null,
          canManage: canManage(caller),
          canSeeStats: canManage(caller),
        },
      };
    },
  );

  app.post(
    '/consent',
    {
      schema: {
        operationId: 'giveCounsellingConsent',
        tags,
        summary: '同意《心理咨询知情同意书》（记录版本与时间；重复提交无副作用）',
        body: ConsentBody,
        response: { 204: NoContent, ...errors(400, 401, 409) },
      },
      preHandler: allow('member'),
    },
    async (request, reply) => {
      const { memberId } = request.caller;
      if (request.body.version !== CONSENT_VERSION)
        throw conflict('知情同意书已更新，请重新阅读后再同意', 'CONSENT_OUTDATED');
      await app.db.transaction((tx) => consentRepository(tx).agree(memberId, clock.now()));
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/consent/withdraw',
    {
      schema: {
        operationId: 'withdrawCounsellingConsent',
        tags,
        summary: '撤回同意：不能再提交预约；未开始的预约取消；所有记录去除身份信息，只保留次数',
        response: { 200: WithdrawResult, ...errors(401, 409) },
      },
      preHandler: allow('member'),
    },
    async (request) => {
      const { memberId } = request.caller;
      const now = clock.now();
      return app.db.transaction(async (tx) => {
        const consents = consentRepository(tx);
        if (!(await consents.withdraw(memberId, now))) throw conflict('您还没有同意过，无需撤回', 'NO_CONSENT');
        const cancelled = await consents.cancelUpcoming(memberId, now);
        const anonymised = await anonymiseMember(tx, memberId, now);
        for (const a of cancelled) {
          await notify(tx, templates, {
            memberId: a.counsellorMemberId,
            kind: NOTIFY_KIND,
            ...MESSAGES.deskUpdate,
            link: LINKS.desk(a.id),
          });
        }
        return { cancelled: cancelled.length, anonymised };
      });
    },
  );
};

export default consentRoutes;
