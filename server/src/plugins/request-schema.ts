/**
 * Request schemas are hardened once, where they are compiled, instead of route by route:
 * - every integer without its own bounds gets PostgreSQL `integer`'s, so `2147483648` or `1e20`
 *   is a 400 (a 404 in a path) instead of an out-of-range error from the database;
 * - every string refuses control characters (tab and line breaks aside): a NUL byte cannot be
 *   stored in PostgreSQL text, and the others only ever arrive by mistake or malice.
 * The route's own schema object stays untouched (it is shared with the API document).
 */
export const INT4_MIN = -2147483648;
export const INT4_MAX = 2147483647;
export const PLAIN_TEXT_KEYWORD = 'plainText';

type Schema = Record<string, unknown>;

const isSchema = (value: unknown): value is Schema =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const hasType = (schema: Schema, type: string) =>
  schema.type === type || (Array.isArray(schema.type) && schema.type.includes(type));

const NESTED_MAPS = ['properties', 'patternProperties', 'definitions', '$defs'];
const NESTED_LISTS = ['anyOf', 'oneOf', 'allOf', 'prefixItems'];
const NESTED_ONE = ['items', 'additionalProperties', 'not', 'if', 'then', 'else', 'contains'];

// One hardened copy per source schema, so a schema shared by many routes (IdParams) compiles once.
const hardened = new WeakMap<object, unknown>();

export function hardenSchema(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(hardenSchema);
  if (!isSchema(schema)) return schema;
  const known = hardened.get(schema);
  if (known) return known;
  const out: Schema = {};
  hardened.set(schema, out);
  for (const key of Object.keys(schema)) {
    // Each route gets its own copy; one `$id` compiled twice would clash in Ajv.
    if (key === '$id') continue;
    const value = schema[key];
    if (NESTED_MAPS.includes(key) && isSchema(value)) {
      out[key] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, hardenSchema(sub)]));
    } else if (NESTED_LISTS.includes(key) || NESTED_ONE.includes(key)) {
      out[key] = hardenSchema(value);
    } else {
      out[key] = value;
    }
  }
  if (hasType(out, 'integer')) {
    if (out.maximum === undefined && out.exclusiveMaximum === undefined) out.maximum = INT4_MAX;
    if (out.minimum === undefined && out.exclusiveMinimum === undefined) out.minimum = INT4_MIN;
  }
  if (hasType(out, 'string') && out.format !== 'binary') out[PLAIN_TEXT_KEYWORD] = true;
  return out;
}

// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
export const isPlainText = (text: string) => !CONTROL_CHARACTERS.test(text);

const DECIMAL = /^-?[0-9]+$/;

/**
 * Path and query values are text that Ajv coerces with JavaScript's `Number`, which reads `0x10`
 * as 16 and ` 1` as 1. An integer in a path or query must be written in decimal digits only;
 * this lists, per top-level property, the fields to check before coercion.
 */
export function integerFields(schema: unknown): Map<string, Schema> {
  const fields = new Map<string, Schema>();
  if (!isSchema(schema) || !isSchema(schema.properties)) return fields;
  for (const [name, sub] of Object.entries(schema.properties)) {
    if (!isSchema(sub)) continue;
    if (hasType(sub, 'integer')) fields.set(name, sub);
    else if (hasType(sub, 'array') && isSchema(sub.items) && hasType(sub.items, 'integer')) fields.set(name, sub.items);
    else if (Array.isArray(sub.anyOf) && sub.anyOf.some((branch) => isSchema(branch) && hasType(branch, 'integer')))
      fields.set(name, sub);
  }
  return fields;
}

/** The first value written other than in decimal digits, as an Ajv-shaped error, or null. */
export function findLooseInteger(data: unknown, fields: Map<string, Schema>) {
  if (!isSchema(data)) return null;
  for (const [name, schema] of fields) {
    const value = data[name];
    const values = Array.isArray(value) ? value : [value];
    if (values.some((v) => typeof v === 'string' && !DECIMAL.test(v))) {
      return {
        keyword: 'type',
        instancePath: `/${name}`,
        schemaPath: '',
        params: { type: 'integer' },
        message: 'must be integer',
        parentSchema: schema,
      };
    }
  }
  return null;
}
