/** JSON schema as the OpenAPI document has it (plain objects). */
export type JsonSchema = {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  nullable?: boolean;
};

const FORMAT_SAMPLES: Record<string, string> = {
  'date-time': '2030-01-07T02:00:00.000Z',
  date: '2030-01-07',
  time: '09:00:00',
  email: 'a@example.com',
  uri: 'https://example.com/a',
  uuid: '00000000-0000-4000-8000-000000000000',
};
/** Texts tried, in order, against a `pattern` the sample must match. */
const PATTERN_CANDIDATES = [
  '2030-01-07',
  '2030-01',
  '09:00',
  '18:00',
  'ABC123',
  'A1B2C3D4',
  '1',
  'a',
  '13800000000',
  'X00001',
  'abc',
];

function sampleText(schema: JsonSchema): string {
  if (schema.format && FORMAT_SAMPLES[schema.format]) return FORMAT_SAMPLES[schema.format]!;
  if (schema.pattern) {
    const pattern = new RegExp(schema.pattern);
    const match = PATTERN_CANDIDATES.find((candidate) => pattern.test(candidate));
    if (match) return match;
  }
  return '测'.repeat(Math.max(schema.minLength ?? 1, 1));
}

/**
 * A plausible value for a schema: what a well-behaved client might send. The fuzzer starts from it
 * and breaks one thing at a time, so each malformed request is wrong in exactly one known way.
 */
export function sampleOf(schema: JsonSchema | undefined): unknown {
  if (!schema) return null;
  if (schema.const !== undefined) return schema.const;
  if (schema.enum?.length) return schema.enum[0];
  const branches = schema.anyOf ?? schema.oneOf;
  if (branches?.length) return sampleOf(branches.find((b) => b.type !== 'null') ?? branches[0]);
  if (schema.allOf?.length) return sampleOf(schema.allOf[0]);
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type) {
    case 'string':
      return sampleText(schema);
    case 'integer':
    case 'number':
      return Math.min(Math.max(schema.minimum ?? 1, 1), schema.maximum ?? Number.MAX_SAFE_INTEGER);
    case 'boolean':
      return true;
    case 'array':
      return Array.from({ length: Math.max(schema.minItems ?? 1, 1) }, () => sampleOf(schema.items));
    case 'object':
    case undefined: {
      if (!schema.properties) return type === 'object' ? {} : null;
      return Object.fromEntries(Object.entries(schema.properties).map(([name, sub]) => [name, sampleOf(sub)]));
    }
    default:
      return null;
  }
}

/** Every place inside a value where one leaf can be replaced: [] is the value itself. */
export function leafPaths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.length ? value.flatMap((item, i) => leafPaths(item, [...at, i])) : [at];
  if (value && typeof value === 'object') {
    const entries = Object.entries(value);
    return entries.length
      ? entries.flatMap(([key, item]) => [[...at, key], ...leafPaths(item, [...at, key])].slice(1))
      : [at];
  }
  return [at];
}

export function replaceAt(value: unknown, path: (string | number)[], replacement: unknown): unknown {
  if (!path.length) return replacement;
  const [head, ...rest] = path;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
  copy[head!] = replaceAt(copy[head!], rest, replacement);
  return copy;
}

export function removeAt(value: unknown, key: string): unknown {
  const copy = { ...(value as Record<string, unknown>) };
  delete copy[key];
  return copy;
}
