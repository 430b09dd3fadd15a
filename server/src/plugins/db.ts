import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Db } from '../db';
import type { Config } from '../config';

declare module 'fastify' {
  interface FastifyInstance {
    db: Db;
    config: Config;
  }
}

/** Makes the database and configuration reachable from every route; whoever opened the database closes it. */
export default fp(async function dbPlugin(app: FastifyInstance, options: { db: Db; config: Config }) {
  app.decorate('db', options.db);
  app.decorate('config', options.config);
});
