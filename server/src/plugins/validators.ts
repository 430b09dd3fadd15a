import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

function createAjv(coerceTypes: false | 'array') {
  // `verbose` keeps the failing schema on each error, so messages can use the field's Chinese title.
  const ajv = new Ajv({ coerceTypes, useDefaults: true, removeAdditional: false, allErrors: false, verbose: true, strict: false });
  addFormats(ajv);
  return ajv;
}

/**
 * Query strings and path parameters arrive as text and are coerced to the declared types; JSON
 * bodies are not, so `{"pinned": "yes"}` or `{"title": 5}` is a 400 rather than a silent guess.
 */
export default fp(async function validators(app: FastifyInstance) {
  const strict = createAjv(false);
  const coercing = createAjv('array');
  app.setValidatorCompiler(({ schema, httpPart }) =>
    (httpPart === 'body' ? strict : coercing).compile(schema as object),
  );
});
