import { spawn, type ChildProcess } from 'node:child_process';
import type { Test } from 'tap';
import { childEnv } from './child-env.js';
import { projectRoot } from '../../src/db/paths.js';

export const SERVER_TOKEN = 'reliability-token';

export interface RunningServer {
  base: string;
  child: ChildProcess;
  /** Everything the server printed so far. */
  output(): string;
  /** Resolves with "code signal" when the process ends. */
  exited: Promise<string>;
}

/**
 * The real server (src/server.ts under tsx, as `npm run dev` runs it) on a random port over the
 * given database file, with no seeds and no rate limits; killed at the end of the test if still up.
 */
export async function startServer(t: Test, databaseUrl: string, env: Record<string, string> = {}): Promise<RunningServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: projectRoot(),
    env: childEnv({
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl,
      API_TOKEN: SERVER_TOKEN,
      SEED: 'false',
      LOG_LEVEL: 'info',
      RATE_LIMIT_MAX: '0',
      RATE_LIMIT_WRITES: '0',
      RATE_LIMIT_READS: '0',
      ...env,
    }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<string>((resolve) => child.on('exit', (code, signal) => resolve(`${code} ${signal}`)));
  t.teardown(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  const base = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 60_000);
    const look = () => {
      const match = /Chronicle listening on (http:\/\/[^\s"]+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout!.on('data', look);
    child.on('exit', () => reject(new Error(`server exited:\n${output}`)));
  });
  return { base, child, output: () => output, exited };
}

/** A distinct article per index, with a sentence the extractor turns into an event. */
export function articleNumber(i: number, size = 1) {
  const day = 1 + (i % 28);
  const sentence = `Delegations from Example and Sample met in Geneva on Tuesday for talks round ${i}.`;
  return {
    title: `Talks round ${i}`,
    body: Array.from({ length: size }, () => sentence).join(' '),
    publishedAt: `2031-02-${String(day).padStart(2, '0')}T10:00:00Z`,
    url: `https://reliability.example/${i}`,
  };
}

export async function postArticle(base: string, article: unknown): Promise<Response> {
  return fetch(`${base}/v1/articles`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${SERVER_TOKEN}` },
    body: JSON.stringify(article),
  });
}
