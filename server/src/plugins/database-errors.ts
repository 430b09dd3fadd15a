import { AppError } from '../errors';

/**
 * A safety net, not the first line: the schemas and the routes refuse bad input before it reaches
 * the database. Whatever still trips a constraint or a type is the caller's mistake (400/409) or a
 * database that is briefly away (503), never a 500.
 */
const BY_SQLSTATE: Record<string, [number, string, string]> = {
  '23505': [409, 'DUPLICATE', '已有相同的内容，请勿重复提交'],
  '23P01': [409, 'CONFLICT', '与已有的安排冲突，请刷新后再试'],
  '23503': [409, 'REFERENCE', '相关的内容不存在或已被删除，请刷新后再试'],
  '23502': [400, 'VALIDATION', '缺少必填的内容'],
  '23514': [400, 'VALIDATION', '填写的内容不符合要求，请检查后再试'],
  '22001': [400, 'VALIDATION', '填写的内容过长'],
  '22003': [400, 'VALIDATION', '数值超出允许的范围'],
  '22021': [400, 'VALIDATION', '内容含有无效的字符'],
  '22P05': [400, 'VALIDATION', '内容含有无效的字符'],
  '22P02': [400, 'VALIDATION', '内容的格式不正确'],
  '22007': [400, 'VALIDATION', '日期或时间的格式不正确'],
  '22008': [400, 'VALIDATION', '日期或时间超出范围'],
  '22023': [400, 'VALIDATION', '参数的取值不正确'],
  '40001': [503, 'BUSY', '系统繁忙，请稍后再试'],
  '40P01': [503, 'BUSY', '系统繁忙，请稍后再试'],
  '55P03': [503, 'BUSY', '系统繁忙，请稍后再试'],
  '53300': [503, 'BUSY', '系统繁忙，请稍后再试'],
};

export const DATABASE_AWAY_MESSAGE = '数据库暂时无法连接，请稍后再试';

/** Socket errors and the SQLSTATEs PostgreSQL sends while it shuts down or starts up. */
const AWAY_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08001',
  '08003',
  '08006',
]);
const AWAY_MESSAGES =
  /Connection terminated|connection timeout|Client has encountered a connection error|Connection ended|terminating connection/i;

// Duck-typed, not `instanceof Error`: socket errors may come from another realm (a test's VM context).
export function isDatabaseAway(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, errors, message } = error as { code?: unknown; errors?: unknown; message?: unknown };
  if (typeof code === 'string' && AWAY_CODES.has(code)) return true;
  if (Array.isArray(errors) && errors.some(isDatabaseAway)) return true;
  return typeof message === 'string' && AWAY_MESSAGES.test(message);
}

/** The answer for a database error that escaped a route, or null for anything else. */
export function fromDatabaseError(error: unknown): AppError | null {
  if (isDatabaseAway(error)) return new AppError(503, 'DATABASE_UNAVAILABLE', DATABASE_AWAY_MESSAGE);
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !/^[0-9A-Z]{5}$/.test(code)) return null;
  const known = BY_SQLSTATE[code];
  if (known) return new AppError(known[0], known[1], known[2]);
  // Any other data exception (class 22) is a value the caller sent.
  if (code.startsWith('22')) return new AppError(400, 'VALIDATION', '填写的内容不正确，请检查后再试');
  if (code.startsWith('23')) return new AppError(409, 'CONFLICT', '与当前的内容冲突，请刷新后再试');
  return null;
}
