import { readFileSync } from 'node:fs';
import t from 'tap';
import { OPENAPI_PATH, renderOpenApi } from '../../scripts/openapi.js';
import { testApp } from '../helpers/app.js';

t.test('the committed openapi/openapi.json is what the code generates', async (t) => {
  const generated = await renderOpenApi();
  const committed = readFileSync(OPENAPI_PATH, 'utf8');
  t.ok(generated === committed, 'openapi/openapi.json is out of date: run `npm run openapi` and commit the result');
});

t.test('GET /openapi.json serves an OpenAPI 3.1 document covering every route, tagged and described', async (t) => {
  const app = await testApp(t);
  const res = await app.inject({ url: '/openapi.json' });
  t.equal(res.statusCode, 200);
  const document = res.json();
  t.equal(document.openapi, '3.1.0');
  const expected = [
    'post /v1/articles', 'post /v1/articles/batch', 'get /v1/articles', 'get /v1/articles/{id}', 'delete /v1/articles/{id}',
    'post /v1/extract', 'get /v1/events', 'get /v1/events/{id}', 'patch /v1/events/{id}', 'delete /v1/events/{id}', 'get /v1/events/changes', 'get /v1/timeline', 'get /v1/event-types',
    'get /v1/actors', 'get /v1/places', 'get /health', 'get /ready',
  ];
  const operations = Object.entries(document.paths as Record<string, Record<string, Record<string, unknown>>>).flatMap(
    ([path, methods]) => Object.entries(methods).map(([method, operation]) => ({ key: `${method} ${path}`, operation })),
  );
  t.same(operations.map((o) => o.key).sort(), [...expected].sort());
  for (const { key, operation } of operations) {
    t.ok((operation.tags as string[])?.length, `${key} is tagged`);
    t.ok(operation.summary && operation.description, `${key} is described`);
    const responses = operation.responses as Record<string, { content?: Record<string, unknown>; description: string }>;
    for (const [status, response] of Object.entries(responses)) {
      t.not(response.description, 'Default Response', `${key} ${status} has a description`);
      if (Number(status) >= 400) t.ok(response.content?.['application/problem+json'], `${key} ${status} is problem+json`);
    }
  }
  t.ok(document.components.schemas.Event.examples, 'the Event schema has an example');
});

t.test('Swagger UI at /docs is served with every asset its page refers to', async (t) => {
  const app = await testApp(t);
  for (const page of ['/docs', '/docs/']) {
    const res = await app.inject({ url: page });
    t.equal(res.statusCode, 200, page);
    t.match(res.headers['content-type'], /text\/html/);
    const assets = [...res.body.matchAll(/(?:href|src)="([^"]+)"/g)].map((m) => new URL(m[1], `http://localhost${page}`).pathname);
    t.ok(assets.includes('/docs/static/swagger-ui-bundle.js'), 'the page loads the Swagger UI bundle');
    for (const asset of assets) {
      const asset_ = await app.inject({ url: asset });
      t.equal(asset_.statusCode, 200, `${page} -> ${asset}`);
      t.ok(asset_.body.length > 100, `${asset} has content`);
    }
  }
  t.equal((await app.inject({ url: '/docs/json' })).statusCode, 200);
});
