import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import t from 'tap';
import { projectRoot, SEEDS_DIR } from '../../src/db/paths.js';
import { childEnv } from '../helpers/child-env.js';
import { tempDir } from '../helpers/db.js';

/**
 * The real server as a user starts it (src/server.ts under tsx, so no build step is needed), on a
 * random port with a temporary database: seeds load, articles are posted over HTTP, a date range
 * is queried, SIGTERM closes it cleanly and what was acknowledged is on disk.
 */
t.test('the server seeds, serves writes and date-range reads over HTTP, and shuts down gracefully', async (t) => {
  const dir = tempDir(t);
  const databaseUrl = join(dir, 'db', 'chronicle.db');
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: projectRoot(),
    env: childEnv({ PORT: '0', HOST: '127.0.0.1', DATABASE_URL: databaseUrl, API_TOKEN: 'e2e-token', SEED: 'true', LOG_LEVEL: 'info' }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<string>((resolve) => child.on('exit', (code, signal) => resolve(`${code} ${signal}`)));
  t.teardown(() => {
    if (child.exitCode === null) child.kill('SIGKILL');
  });

  const base = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 60_000);
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk;
      const match = /Chronicle listening on (http:\/\/[^\s]+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.on('exit', () => reject(new Error(`server exited:\n${output}`)));
  });

  const seedCount = readdirSync(SEEDS_DIR).filter((file) => file.endsWith('.json') && file !== 'gold.json').length;
  const seeded = (await (await fetch(`${base}/v1/articles?limit=1000`)).json()) as { data: unknown[] };
  t.equal(seeded.data.length, seedCount, 'the seed articles were loaded on start');

  const article = {
    title: 'End-to-end article',
    body: 'Officials from two governments met in Geneva on Tuesday to discuss a prisoner exchange.',
    publishedAt: '2030-03-07T10:00:00Z',
    url: 'https://e2e.example/article',
  };
  const unauthorised = await fetch(`${base}/v1/articles`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(article),
  });
  t.equal(unauthorised.status, 401);
  t.match(unauthorised.headers.get('content-type'), /application\/problem\+json/);
  const post = () =>
    fetch(`${base}/v1/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer e2e-token' },
      body: JSON.stringify(article),
    });
  const created = await post();
  t.equal(created.status, 201);
  const { article: stored, events } = (await created.json()) as { article: { id: string }; events: Array<{ id: string }> };
  t.equal((await post()).status, 200, 'posting again changes nothing');

  const range = await fetch(`${base}/v1/events?from=2030-03-01&to=2030-03-31&limit=100`);
  t.equal(range.status, 200);
  const page = (await range.json()) as { data: Array<{ id: string; startDate: string; endDate: string }> };
  t.ok(Array.isArray(page.data));
  for (const event of page.data) {
    t.ok(event.startDate <= '2030-03-31' && event.endDate >= '2030-03-01', `${event.id} overlaps the range`);
  }
  t.same(
    page.data.map((e) => e.id).sort(),
    events.map((e) => e.id).sort(),
    'the range holds exactly the new article\'s events (the seeds are years earlier)',
  );
  t.equal((await fetch(`${base}/v1/articles/${stored.id}`)).status, 200);
  t.equal((await fetch(`${base}/ready`)).status, 200);
  // A response still streaming when the shutdown signal arrives is completed, then the server exits.
  const bundle = await fetch(`${base}/docs/static/swagger-ui-bundle.js`);
  child.kill('SIGTERM');
  t.equal(bundle.status, 200, 'Swagger UI assets');
  t.ok((await bundle.arrayBuffer()).byteLength > 100_000);
  t.equal(await exited, '0 null', `graceful exit on SIGTERM:\n${output.slice(-2000)}`);
  const db = new Database(databaseUrl, { readonly: true });
  t.teardown(() => db.close());
  const { n } = db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number };
  t.equal(n, seedCount + 1, 'acknowledged writes are on disk');
});
