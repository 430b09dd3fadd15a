/**
 * npm run api:types — rewrites src/services/api-schema.ts from the server's OpenAPI document.
 * With --stdin it only renders: reads a document (JSON) from stdin and prints the file's text, which
 * is how the jest test checks the committed file (openapi-typescript is ES modules, which jest's
 * CommonJS runtime cannot load, so it runs here under tsx).
 */
import fs from 'node:fs';
import path from 'node:path';
import { API_TYPES_FILE, openApiDocument, renderApiTypes } from './openapi-types';

async function main() {
  if (process.argv.includes('--stdin')) {
    process.stdout.write(await renderApiTypes(JSON.parse(fs.readFileSync(0, 'utf8')) as object));
    return;
  }
  const text = await renderApiTypes(await openApiDocument());
  fs.writeFileSync(API_TYPES_FILE, text);
  console.log(`wrote ${path.relative(process.cwd(), API_TYPES_FILE)} (${text.split('\n').length} lines)`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
