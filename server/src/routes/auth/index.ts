import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import { AppError, badRequest, conflict, forbidden, notFound, tooManyRequests, unauthorized } from '../../errors';
import { bearerToken, createSession } from '../../plugins/auth';
import { errors, NoContent, Timestamp } from '../../schemas/common';
import { Me, Session } from '../../schemas/member';
import type { WechatClient } from '../../services/wechat';
import { findMe } from '../me-repository';
import { BIND_FAILURE_LIMIT, authRepository } from './repository';
import { AuthConfig, BindBody, DevAccounts, DevLoginBody, Unbound, WechatLoginBody } from './schemas';

const tags = ['登录'];
const BoundSession = Type.Object({
  status: Type.Literal('bound'),
  token: Type.String(),
  expiresAt: Timestamp,
  member: Type.Ref(Me),
});

const authRoutes: FastifyPluginAsyncTypebox<{ wechat: WechatClient }> = async (app, { wechat }) => {
  const { config, db } = app;
  const repo = authRepository(db);

  async function sessionFor(memberId: number) {
    const session = await createSession(db, memberId, config.sessionTtlDays);
    const member = await findMe(db, memberId);
    if (!member) throw forbidden('您的会籍已停用，如有疑问请联系工会');
    return { ...session, member };
  }

  /** Who WeChat says this is: from code2Session, or on Cloud Run from the header the platform sets. */
  async function openidOf(request: FastifyRequest, code: string | undefined): Promise<string> {
    if (config.authMode === 'cloudrun') {
      const openid = request.headers['x-wx-openid'];
      if (typeof openid !== 'string' || !openid) throw unauthorized('请在微信小程序中打开');
      return openid;
    }
    if (config.authMode !== 'wechat') throw notFound('当前环境未开启微信登录');
    if (!code) throw badRequest('缺少必填项：登录凭证 code');
    try {
      return (await wechat.code2Session(code)).openid;
    } catch (error) {
      request.log.warn({ err: error }, 'code2Session failed');
      throw new AppError(401, 'WECHAT_LOGIN_FAILED', '微信登录失败，请重新进入小程序再试');
    }
  }

  // Before sign-in the page knows no member: it names the one top-level union this deployment
  // serves, and nothing when it serves several (a city's districts, say).
  app.get(
    '/config',
    { schema: { operationId: 'getAuthConfig', tags, security: [], response: { 200: AuthConfig } } },
    async () => {
      const roots = await repo.rootUnionNames();
      return { mode: config.authMode, ...(roots.length === 1 ? { unionName: roots[0]! } : {}) };
    },
  );

  if (config.authMode === 'dev') {
    app.get(
      '/dev-accounts',
      {
        schema: {
          operationId: 'listDevAccounts',
          tags,
          security: [],
          summary: '演示账号（仅开发模式）',
          response: { 200: DevAccounts },
        },
      },
      async () => ({ accounts: (await repo.demoAccounts()) as never }),
    );

    app.post(
      '/dev-login',
      {
        schema: {
          operationId: 'devLogin',
          tags,
          security: [],
          summary: '以工号直接登录（仅开发模式）',
          body: DevLoginBody,
          response: { 200: Type.Ref(Session), ...errors(400, 404) },
        },
      },
      async (request) => {
        const memberId = await repo.findMemberIdByStaffNo(request.body.staffNo);
        if (!memberId) throw notFound('没有这个工号的在册会员');
        return sessionFor(memberId);
      },
    );
  }

  app.post(
    '/wechat',
    {
      schema: {
        operationId: 'wechatLogin',
        tags,
        security: [],
        summary: '微信登录：已绑定返回会话，未绑定返回绑定凭证',
        body: WechatLoginBody,
        response: { 200: Type.Union([BoundSession, Unbound]), ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const openid = await openidOf(request, request.body.code);
      const memberId = await repo.findMemberIdByOpenid(openid);
      if (memberId) return { status: 'bound' as const, ...(await sessionFor(memberId)) };
      return { status: 'unbound' as const, ...(await repo.createBindTicket(openid)) };
    },
  );

  app.post(
    '/bind',
    {
      schema: {
        operationId: 'bindMember',
        tags,
        security: [],
        summary: '用姓名、工号和手机号后四位绑定花名册',
        body: BindBody,
        response: { 200: Type.Ref(Session), ...errors(400, 401, 409, 429) },
      },
    },
    async (request) => {
      const { ticket, name, staffNo, phoneLast4 } = request.body;
      const openid = await repo.openidForTicket(ticket);
      if (!openid) throw unauthorized('绑定已超时，请返回重新登录', 'TICKET_EXPIRED');

      // The outcome is decided inside the transaction but thrown after it, so a failure stays recorded.
      type Outcome =
        { memberId: number } | { error: 'locked' } | { error: 'taken' } | { error: 'mismatch'; left: number };
      const outcome = await db.transaction(async (tx): Promise<Outcome> => {
        const txRepo = authRepository(tx);
        await txRepo.lockOpenid(openid);
        const failures = await txRepo.recentFailures(openid);
        if (failures >= BIND_FAILURE_LIMIT) return { error: 'locked' as const };
        const matches = await txRepo.matchRoster(name.trim(), staffNo.trim(), phoneLast4);
        if (matches.length !== 1) {
          await txRepo.recordFailure(openid);
          return { error: 'mismatch' as const, left: BIND_FAILURE_LIMIT - failures - 1 };
        }
        const match = matches[0]!;
        if (match.openid === openid) return { memberId: match.id };
        if (match.openid) return { error: 'taken' as const };
        if (!(await txRepo.bind(match.id, openid))) return { error: 'taken' as const };
        await txRepo.deleteTicketsOf(openid);
        return { memberId: match.id };
      });

      if ('memberId' in outcome) return sessionFor(outcome.memberId);
      if (outcome.error === 'locked') throw tooManyRequests('绑定失败次数过多，请一小时后再试');
      if (outcome.error === 'taken') throw conflict('该工号已绑定其他微信号，如需更换请联系工会干事', 'ALREADY_BOUND');
      throw badRequest(
        outcome.left > 0
          ? `姓名、工号或手机号后四位与花名册不符，还可尝试 ${outcome.left} 次`
          : '姓名、工号或手机号后四位与花名册不符，请一小时后再试或联系工会干事',
        'BIND_MISMATCH',
      );
    },
  );

  app.post(
    '/logout',
    { schema: { operationId: 'logout', tags, summary: '退出登录', response: { 204: NoContent } } },
    async (request, reply) => {
      const token = bearerToken(request);
      if (token) await repo.deleteSession(token);
      return reply.status(204).send(null);
    },
  );
};

export default authRoutes;
