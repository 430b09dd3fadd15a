import type { FastifySchemaValidationError } from 'fastify/types/schema';

/** Ajv runs with `verbose`, so each error carries the schema it broke; its `title` is the field's Chinese name. */
type VerboseError = FastifySchemaValidationError & {
  parentSchema?: { title?: string; properties?: Record<string, { title?: string }> };
};

const TYPE_NAMES: Record<string, string> = {
  string: '文字',
  integer: '整数',
  number: '数字',
  boolean: '是或否',
  array: '列表',
  object: '对象',
};

const PLACES: Record<string, string> = {
  body: '请求内容',
  querystring: '查询参数',
  params: '路径参数',
  headers: '请求头',
};

function fieldName(error: VerboseError, all: VerboseError[]): string {
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'required') {
    const key = String(params.missingProperty);
    return error.parentSchema?.properties?.[key]?.title ?? key;
  }
  // A union reports its branches first; the title sits on the union, reported at the same path.
  const titled = [error, ...all].find((e) => e.instancePath === error.instancePath && e.parentSchema?.title);
  if (titled) return titled.parentSchema!.title!;
  const path = error.instancePath.split('/').filter(Boolean);
  return path.length ? path.join('.') : '';
}

/** Turns the first Ajv error into one Chinese sentence that names the field. */
export function describeValidationError(errors: FastifySchemaValidationError[], context: string): string {
  const all = errors as VerboseError[];
  const error = all[0];
  if (!error) return '请求内容不正确';
  const params = error.params as Record<string, unknown>;
  const field = fieldName(error, all) || PLACES[context] || '请求内容';
  switch (error.keyword) {
    case 'required':
      return `缺少必填项：${field}`;
    case 'additionalProperties':
      return `不支持的字段：${String(params.additionalProperty)}`;
    case 'type':
      return `${field}的类型不正确，应为${TYPE_NAMES[String(params.type)] ?? String(params.type)}`;
    case 'minLength':
      return Number(params.limit) <= 1 ? `${field}不能为空` : `${field}不能少于 ${String(params.limit)} 个字`;
    case 'maxLength':
      return `${field}不能超过 ${String(params.limit)} 个字`;
    case 'minimum':
    case 'exclusiveMinimum':
      return `${field}不能小于 ${String(params.limit)}`;
    case 'maximum':
    case 'exclusiveMaximum':
      return `${field}不能大于 ${String(params.limit)}`;
    case 'minItems':
      return `${field}至少需要 ${String(params.limit)} 项`;
    case 'maxItems':
      return `${field}最多 ${String(params.limit)} 项`;
    case 'enum':
    case 'const':
    case 'anyOf':
      return `${field}的取值无效`;
    case 'plainText':
      return `${field}含有不可见的控制字符，请删去后重试`;
    case 'pattern':
    case 'format':
      return `${field}格式不正确`;
    default:
      return `${field}不正确`;
  }
}
