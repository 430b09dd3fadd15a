import { createHash, randomBytes } from 'node:crypto';
import type { Static } from '@sinclair/typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Queryable } from '../db';
import { unauthorized } from '../errors';
import type { RoleNameSchema } from '../schemas/member';
import { sessionRepository } from './session-repository';

export type RoleName = Static<typeof RoleNameSchema>;
export interface RoleGrant {
  role: RoleName;
  unionId: number;
}

/** Who is asking: resolved once per request from the bearer token. */
export interface Caller {
  memberId: number;
  name: string;
  unionId: number;
  branchId: number | null;
  roles: RoleGrant[];
}

declare module 'fastify' {
  interface FastifyRequest {
    /**
     * Who is asking. A scope that adds `app.authenticate` as its onRequest hook guarantees it: the hook
     * answers 401 before any handler runs when there is no valid session, so handlers read it directly.
     * It is null only outside those scopes (sign-in, health), which never read it, and on booking's
     * `callerInFirstQuery` routes until `acceptCaller` sets it.
     */
    caller: Caller;
    /** The bearer token's hash, for a route that looks up the caller in its own first statement. */
    tokenHash: string | null;
  }
  interface FastifyContextConfig {
    /**
     * The route finds who is asking in its first statement (callerSql joined in, then acceptCaller),
     * one round trip fewer than the lookup before it: the hook only checks that a token was sent.
     */
    callerInFirstQuery?: boolean;
  }
  interface FastifyInstance {
    /** onRequest hook for routes that need a signed-in member. */
    authenticate: (request: FastifyRequest) => Promise<void>;
  }
}

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
export const newToken = () => randomBytes(32).toString('base64url');

export async function createSession(db: Queryable, memberId: number, ttlDays: number) {
  const token = newToken();
  const expiresAt = await sessionRepository(db).insert(hashToken(token), memberId, ttlDays);
  return { token, expiresAt };
}

const SESSION_EXPIRED = '登录已过期，请重新登录';

export function bearerToken(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (!header?.startsWith('Bearer ')) return null;
  const token = header.slice('Bearer '.length).trim();
  return token.length > 0 && token.length <= 200 ? token : null;
}

/** The caller a route's first statement found for request.tokenHash (null: none), or 401 as the hook would answer. */
export function acceptCaller(request: FastifyRequest, caller: Caller | null): Caller {
  if (!caller) throw unauthorized(SESSION_EXPIRED, 'SESSION_EXPIRED');
  request.caller = caller;
  return caller;
}

/** The caller where no authenticating scope vouches for it (a policy check, a route that finds the caller itself). */
export function requireCaller(request: FastifyRequest): Caller {
  // The type says Caller because authenticated scopes guarantee it; this is the check for everywhere else.
  const caller = request.caller as Caller | null;
  if (!caller) throw unauthorized();
  return caller;
}

export const hasRole = (caller: Pick<Caller, 'roles'>, unionId: number, ...roles: RoleName[]) =>
  caller.roles.some((grant) => grant.unionId === unionId && roles.includes(grant.role));

export default fp(async function auth(app: FastifyInstance) {
  // Null until authenticate sets it (the null-with-dependencies overload: the declared type is the guarantee).
  app.decorateRequest('caller', null, []);
  app.decorateRequest('tokenHash', null);
  app.decorate('authenticate', async (request: FastifyRequest) => {
    const token = bearerToken(request);
    if (!token) throw unauthorized('请先登录');
    request.tokenHash = hashToken(token);
    // The idempotency check runs before the handler and needs to know the member: look them up first.
    if (request.routeOptions.config.callerInFirstQuery && request.headers['idempotency-key'] === undefined) return;
    const caller = await sessionRepository(app.db).findCaller(request.tokenHash);
    if (!caller) throw unauthorized(SESSION_EXPIRED, 'SESSION_EXPIRED');
    request.caller = caller;
  });
});
