import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../src/db/paths.js';

/** The API token the bench's servers are started with (writes need it). */
export const BENCH_TOKEN = 'bench-token';

/** The Node.js flags `npm start` runs the server with (package.json), so the bench measures that server. */
export function startFlags(): string[] {
  const start = (JSON.parse(readFileSync(join(projectRoot(), 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.start;
  const match = /^node((?: --[\w-]+(?:=\S+)?)*) dist\/src\/server\.js$/.exec(start);
  if (!match) throw new Error(`package.json "start" is not "node [flags] dist/src/server.js": ${start}`);
  return match[1].trim().split(' ').filter(Boolean);
}

/** The environment of a bench server on `database` and `port`: no seeds, no rate limits, the bench's token; `extra` last. */
export function benchServerEnv(database: string, port: number, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATABASE_URL: database,
    SEED: 'false',
    RATE_LIMIT_MAX: '0',
    RATE_LIMIT_READS: '0',
    RATE_LIMIT_WRITES: '0',
    LOG_LEVEL: 'warn',
    API_TOKEN: BENCH_TOKEN,
    ...extra,
  };
}
