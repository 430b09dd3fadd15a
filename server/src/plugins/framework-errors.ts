import type { Socket } from 'node:net';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';

/**
 * Errors Fastify and Node's HTTP server answer before any route or error handler runs. Left
 * alone they answer in English (414, 400) or with no body at all (431, 408); here every one of
 * them carries the same `{ code, message }` in Chinese as the rest of the API.
 */
function frameworkErrors(error: FastifyError, _request: FastifyRequest, reply: FastifyReply) {
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') {
    return reply.status(414).send({ code: 'URI_TOO_LONG', message: '网址中的参数过长' });
  }
  if (error.code === 'FST_ERR_BAD_URL') return reply.status(400).send({ code: 'BAD_URL', message: '网址的格式不正确' });
  return reply.status(400).send({ code: 'BAD_REQUEST', message: '请求不正确' });
}

const SOCKET_ANSWERS: Record<string, [number, string, string, string]> = {
  HPE_HEADER_OVERFLOW: [431, 'Request Header Fields Too Large', 'HEADERS_TOO_LARGE', '请求头或网址过长'],
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'Request Timeout', 'REQUEST_TIMEOUT', '请求超时：内容没有在限定时间内传完'],
};

/** Raw socket answer for what Node's parser refuses (the request never became a request). */
function clientErrorHandler(error: Error & { code?: string }, socket: Socket) {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, reason, code, message] = SOCKET_ANSWERS[error.code ?? ''] ?? [
    400,
    'Bad Request',
    'BAD_REQUEST',
    '请求的格式不正确',
  ];
  const body = JSON.stringify({ code, message });
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${reason}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nContent-Type: application/json; charset=utf-8\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}

/** Fastify options that bound what a client may send and keep every refusal in Chinese. */
export function requestLimits(requestTimeoutMs: number) {
  return {
    bodyLimit: 1024 * 1024,
    routerOptions: { maxParamLength: 200 },
    // A request whose headers or body stop arriving is dropped (408) after this wait instead of
    // holding its connection, and a PGlite admission slot, open.
    requestTimeout: requestTimeoutMs,
    http: {
      headersTimeout: Math.min(60_000, requestTimeoutMs),
      // Node checks the timeouts only this often (30 s by default, which would double the wait).
      connectionsCheckingInterval: Math.max(50, Math.min(1_000, Math.floor(requestTimeoutMs / 4))),
    },
    frameworkErrors,
    clientErrorHandler,
  };
}
