import swagger from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { ErrorResponse } from '../schemas/common';
import { Capabilities, Me, Session } from '../schemas/member';
import { Notice } from '../routes/notices/schemas';
import { declaredPolicy } from '../policy';

/** The OpenAPI 3 document is generated from the route schemas, so it cannot drift from what is enforced. */
export default fp(async function openapi(app: FastifyInstance) {
  for (const schema of [ErrorResponse, Capabilities, Me, Session, Notice]) app.addSchema(schema);
  await app.register(swagger, {
    // Shared schemas keep their $id as their name (not def-0, def-1…), so the client's generated types read as words.
    refResolver: {
      buildLocalReference: (json, _baseUri, _fragment, i) => (typeof json.$id === 'string' ? json.$id : `def-${i}`),
    },
    // Each operation names the policy its route declares (`x-policy`), so the document says who may call it.
    transform: ({ schema, url, route }) => {
      const policy = declaredPolicy(route.preHandler);
      return { schema: policy ? { ...schema, 'x-policy': policy } : schema, url };
    },
    openapi: {
      openapi: '3.0.3',
      info: {
        title: '教职工之家 API',
        version: '0.1.0',
        description: '教育工会职工之家小程序的后端接口。所有时间为 ISO 8601。',
      },
      components: { securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer' } } },
      security: [{ bearerAuth: [] }],
    },
  });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
});
