import fs from 'node:fs';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/** Serves the H5 build from the API's own origin, so the browser app needs no CORS or proxy. */
export default fp(async function h5Static(app: FastifyInstance, options: { root?: string }) {
  if (!options.root || !fs.existsSync(options.root)) return;
  await app.register(fastifyStatic, { root: options.root, prefix: '/', wildcard: true, index: ['index.html'] });
});
