import type { FastifyError, FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../errors';
import { fromDatabaseError } from './database-errors';
import { INT4_MAX, INT4_MIN } from './request-schema';
import { describeValidationError } from './validation-messages';

/** Fastify's own client errors, by code, in Chinese. */
const FRAMEWORK_MESSAGES: Record<string, string> = {
  FST_ERR_CTP_INVALID_JSON_BODY: '请求内容不是有效的 JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: '请求内容不能为空',
  FST_ERR_CTP_BODY_TOO_LARGE: '请求内容过大',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: '不支持的请求内容类型',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: '请求内容长度不正确',
};

function clientMessage(error: FastifyError): string {
  if (error.code && FRAMEWORK_MESSAGES[error.code]) return FRAMEWORK_MESSAGES[error.code]!;
  if (error instanceof SyntaxError) return FRAMEWORK_MESSAGES.FST_ERR_CTP_INVALID_JSON_BODY!;
  if (error.statusCode === 413) return FRAMEWORK_MESSAGES.FST_ERR_CTP_BODY_TOO_LARGE!;
  if (error.statusCode === 415) return FRAMEWORK_MESSAGES.FST_ERR_CTP_INVALID_MEDIA_TYPE!;
  return '请求不正确';
}

/** A path id beyond PostgreSQL's `integer` names nothing that can exist: not found, like any other unknown id. */
function isIdOutOfRange(error: FastifyError): boolean {
  if (error.validationContext !== 'params') return false;
  const first = error.validation?.[0];
  const limit = Number((first?.params as { limit?: unknown } | undefined)?.limit);
  return (first?.keyword === 'maximum' && limit === INT4_MAX) || (first?.keyword === 'minimum' && limit === INT4_MIN);
}

/** Seconds a client should wait before trying again after a 503. */
export const RETRY_AFTER_SECONDS = 2;

export default fp(async function errorHandler(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const known = error instanceof AppError ? error : fromDatabaseError(error);
    if (known) {
      if (known.statusCode === 503) {
        request.log.warn({ err: error }, 'database busy or away');
        reply.header('retry-after', String(RETRY_AFTER_SECONDS));
      }
      return reply.status(known.statusCode).send({ code: known.code, message: known.message });
    }
    if (error.validation) {
      if (isIdOutOfRange(error)) return reply.status(404).send({ code: 'NOT_FOUND', message: '内容不存在或已被删除' });
      const message = describeValidationError(error.validation, error.validationContext ?? 'body');
      return reply.status(400).send({ code: 'VALIDATION', message });
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      return reply.status(status).send({ code: error.code ?? 'BAD_REQUEST', message: clientMessage(error) });
    }
    // Never show a stack trace or SQL to the caller; the log keeps them.
    request.log.error({ err: error }, 'unhandled error');
    return reply.status(500).send({ code: 'INTERNAL', message: '服务器开小差了，请稍后再试' });
  });

  app.setNotFoundHandler((request, reply) => {
    reply
      .status(404)
      .send({ code: 'NOT_FOUND', message: `没有这个接口：${request.method} ${request.url.split('?')[0]}` });
  });
});
