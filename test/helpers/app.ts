import type { FastifyInstance } from 'fastify';
import type { Test } from 'tap';
import { buildApp, type BuildOptions } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';

/** The real app over its own in-memory database, closed when the test ends. */
export async function testApp(t: Test, env: Record<string, string> = {}, options: BuildOptions = {}): Promise<FastifyInstance> {
  const app = await buildApp(loadConfig({ DATABASE_URL: ':memory:', LOG_LEVEL: 'silent', SEED: 'false', ...env }), options);
  t.teardown(() => app.close());
  return app;
}

export const PROBLEM_TYPE = /^application\/problem\+json/;
