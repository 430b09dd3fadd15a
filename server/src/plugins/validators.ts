import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import type { FastifyInstance } from 'fastify';
import type { FastifySchemaValidationError } from 'fastify/types/schema';
import fp from 'fastify-plugin';
import { findLooseInteger, hardenSchema, integerFields, isPlainText, PLAIN_TEXT_KEYWORD } from './request-schema';

function createAjv(coerceTypes: false | 'array') {
  // `verbose` keeps the failing schema on each error, so messages can use the field's Chinese title.
  const ajv = new Ajv({
    coerceTypes,
    useDefaults: true,
    removeAdditional: false,
    allErrors: false,
    verbose: true,
    strict: false,
  });
  addFormats(ajv);
  ajv.addKeyword({
    keyword: PLAIN_TEXT_KEYWORD,
    type: 'string',
    schemaType: 'boolean',
    errors: false,
    validate: (on: boolean, text: string) => !on || isPlainText(text),
  });
  return ajv;
}

type Validate = ((data: unknown) => boolean) & { errors?: FastifySchemaValidationError[] | null };

/**
 * Query strings and path parameters arrive as text and are coerced to the declared types; JSON
 * bodies are not, so `{"pinned": "yes"}` or `{"title": 5}` is a 400 rather than a silent guess.
 */
export default fp(async function validators(app: FastifyInstance) {
  const strict = createAjv(false);
  const coercing = createAjv('array');
  app.setValidatorCompiler(({ schema, httpPart }) => {
    const hardened = hardenSchema(schema) as object;
    if (httpPart === 'body') return strict.compile(hardened);
    const compiled = coercing.compile(hardened);
    const integers = integerFields(hardened);
    if (!integers.size) return compiled;
    const validate: Validate = (data) => {
      const loose = findLooseInteger(data, integers);
      validate.errors = loose ? [loose as FastifySchemaValidationError] : null;
      if (loose) return false;
      const valid = compiled(data);
      validate.errors = compiled.errors as FastifySchemaValidationError[] | null | undefined;
      return valid;
    };
    return validate;
  });
});
