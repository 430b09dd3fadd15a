/**
 * Turns the API's OpenAPI document into the TypeScript types the mini-program uses
 * (src/services/api-schema.ts), so the client's request and response types cannot drift from the
 * TypeBox schemas the server enforces. Used by `npm run api:types` and by the test that fails when
 * the committed file is stale.
 */
import path from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { buildApp } from '../src/app';
import { testConfig } from '../src/config';
import { migrate } from '../src/db/migrate';
import { openPglite } from '../src/db/pglite';
import { createLoggingWechatClient } from '../src/services/wechat';

export const API_TYPES_FILE = path.resolve(__dirname, '../../src/services/api-schema.ts');

const HEADER = `/**
 * Generated from the server's OpenAPI document by \`npm run api:types\` (openapi-typescript).
 * Do not edit by hand: change the route's TypeBox schema, then run \`npm run api:types\`.
 */
/* eslint-disable */
`;

/**
 * The document exactly as /api/openapi.json serves it. The app is built but never listens; it needs
 * a migrated database because some plugins load keys from it when they get ready, so a throwaway
 * in-memory one is used.
 */
export async function openApiDocument(): Promise<object> {
  const db = await openPglite({});
  try {
    await migrate(db);
    const app = await buildApp({ db, config: testConfig(), wechat: createLoggingWechatClient(() => undefined) });
    await app.ready();
    const document = app.swagger();
    await app.close();
    return document;
  } finally {
    await db.close();
  }
}

/** The text of src/services/api-schema.ts for a document (the server's, from `app.swagger()`). */
export async function renderApiTypes(document: object): Promise<string> {
  const ast = await openapiTS(document as Parameters<typeof openapiTS>[0], { alphabetize: true });
  return HEADER + astToString(ast);
}
