/**
 * Writes the OpenAPI document to openapi/openapi.json (`npm run openapi`). The document is built
 * from the routes' zod schemas exactly as GET /openapi.json serves it; a test fails when the
 * committed file drifts from it.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { projectRoot } from '../src/db/paths.js';

export const OPENAPI_PATH = join(projectRoot(), 'openapi', 'openapi.json');

const sortedKeys = (record: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));

/** The document as committed: paths and component schemas in name order, 2-space JSON, final newline. */
export async function renderOpenApi(): Promise<string> {
  const app = await buildApp(loadConfig({ DATABASE_URL: ':memory:', LOG_LEVEL: 'silent', SEED: 'false' }));
  try {
    await app.ready();
    const document = app.swagger() as unknown as Record<string, unknown> & {
      paths: Record<string, unknown>;
      components: { schemas?: Record<string, unknown> };
    };
    document.paths = sortedKeys(document.paths);
    if (document.components.schemas) document.components.schemas = sortedKeys(document.components.schemas);
    return `${JSON.stringify(document, null, 2)}\n`;
  } finally {
    await app.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(OPENAPI_PATH, await renderOpenApi());
  console.log(`wrote ${OPENAPI_PATH}`);
}
