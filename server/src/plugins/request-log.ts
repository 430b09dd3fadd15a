import { type FastifyReply, type FastifyRequest, LogController } from 'fastify';

/**
 * One log line for each answered request, instead of Fastify's two ("incoming request" with the
 * request serialised, "request completed" with the reply): method, path, status and time. The query
 * string is left out, as a roster search carries a member's name. Failed replies keep Fastify's own
 * error line, and the error handler logs every 5xx with its cause.
 */
export class OneLinePerRequest extends LogController {
  override incomingRequest(): void {}

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    if (error) {
      super.requestCompleted(error, request, reply);
      return;
    }
    const query = request.url.indexOf('?');
    reply.log.info(
      `${request.method} ${query < 0 ? request.url : request.url.slice(0, query)} ${reply.statusCode} ${reply.elapsedTime.toFixed(1)} ms`,
    );
  }
}
