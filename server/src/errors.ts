/**
 * An error the API answers on purpose: a status, a stable code for programs, and a Chinese
 * message for people. Anything else that escapes a route is a 500 with no details.
 */
export class AppError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const badRequest = (message: string, code = 'BAD_REQUEST') => new AppError(400, code, message);
export const unauthorized = (message = '请先登录', code = 'UNAUTHORIZED') => new AppError(401, code, message);
export const forbidden = (message = '您没有权限进行此操作', code = 'FORBIDDEN') => new AppError(403, code, message);
export const notFound = (message = '内容不存在或已被删除', code = 'NOT_FOUND') => new AppError(404, code, message);
export const conflict = (message: string, code = 'CONFLICT') => new AppError(409, code, message);
export const tooManyRequests = (message: string, code = 'RATE_LIMITED') => new AppError(429, code, message);
