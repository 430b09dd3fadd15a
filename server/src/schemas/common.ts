import { type TSchema, Type } from '@sinclair/typebox';
import { XLSX_TYPE } from '../http/download';

export const ErrorResponse = Type.Object(
  { code: Type.String(), message: Type.String({ description: '中文说明' }) },
  { $id: 'ErrorResponse', title: '错误' },
);

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: '请求不正确',
  500: '服务器错误',
  401: '未登录或登录已过期',
  403: '没有权限',
  404: '不存在',
  409: '与当前状态冲突',
  413: '内容过大',
  429: '尝试过于频繁',
};

/** The error responses a route can send, each with the shared `{ code, message }` shape. */
export function errors(...statuses: number[]): Record<number, TSchema> {
  const out: Record<number, TSchema> = {};
  for (const status of statuses) {
    out[status] = Type.Ref(ErrorResponse, { description: ERROR_DESCRIPTIONS[status] });
  }
  return out;
}

export const NoContent = Type.Null({ description: '成功，无内容' });

export const IdParams = Type.Object(
  { id: Type.Integer({ minimum: 1, title: '编号' }) },
  { additionalProperties: false },
);

/** An instant: routes may return a Date, which the serializer writes as ISO 8601. */
export const Timestamp = Type.Unsafe<Date | string>(Type.String({ format: 'date-time' }));

/** One of a fixed list of strings, as a plain JSON-schema `enum` (one clear error, one line in the API document). */
export function StringEnum<const T extends readonly string[]>(
  values: T,
  options: { title?: string; description?: string } = {},
) {
  return Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...options });
}

/** A value or null: JSON's way of saying "none" where the field is always present. */
export const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([schema, Type.Null()]);

/** An object that refuses unknown fields: a typo in a field name is a 400, never silently dropped. */
export function StrictObject<T extends Parameters<typeof Type.Object>[0]>(properties: T, title?: string) {
  return Type.Object(properties, { additionalProperties: false, ...(title ? { title } : {}) });
}

/** A 200 response carrying an XLSX workbook. */
export const XlsxFile = {
  description: 'XLSX 文件',
  content: { [XLSX_TYPE]: { schema: Type.Unsafe<Buffer>({ type: 'string', format: 'binary' }) } },
};
