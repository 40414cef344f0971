import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import cors from '@fastify/cors';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from './config.js';
import { projectRoot } from './db/paths.js';
import { countReads, sharedReadPressure } from './ingest/read-pressure.js';
import { parseQuerystring } from './querystring.js';
import auth from './plugins/auth.js';
import db from './plugins/db.js';
import errors, { frameworkErrors } from './plugins/errors.js';
import rateLimit from './plugins/rate-limit.js';
import services from './plugins/services.js';
import swagger from './plugins/swagger.js';
import web from './plugins/web.js';
import articleRoutes from './routes/articles.js';
import changeRoutes from './routes/changes.js';
import curationRoutes from './routes/curation.js';
import eventRoutes from './routes/events.js';
import extractRoutes from './routes/extract.js';
import healthRoutes from './routes/health.js';
import referenceRoutes from './routes/reference.js';

/** Single-article requests; an article body is at most 200,000 characters (≤ 800 KB as UTF-8). */
export const BODY_LIMIT = 1024 * 1024;

export interface BuildOptions {
  /** The clock for resolving relative dates; tests pin it. */
  clock?: () => Date;
  /** Where log lines go (default stdout); tests read them. */
  logStream?: { write(line: string): void };
}

const packageVersion = (JSON.parse(readFileSync(join(projectRoot(), 'package.json'), 'utf8')) as { version: string }).version;

/** Builds the Chronicle app from a config object: every plugin and route registered explicitly. */
export async function buildApp(config: Config, options: BuildOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: config.LOG_LEVEL, ...(options.logStream ? { stream: options.logStream } : {}) },
    bodyLimit: BODY_LIMIT,
    frameworkErrors,
    // The errors plugin answers requests that arrive during shutdown with a 503 problem.
    return503OnClosing: false,
    trustProxy: config.TRUST_PROXY,
    // fast-querystring's results, found in native code for the usual query (see querystring.ts).
    routerOptions: { querystringParser: parseQuerystring },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // JSON only: any other body media type is answered with 415 rather than parsed as a string.
  app.removeContentTypeParser('text/plain');
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  // A batch's ingest threads yield to the reads in flight (see read-pressure.ts).
  countReads(app.server, sharedReadPressure());

  await app.register(errors);
  await app.register(db, { databaseUrl: config.DATABASE_URL });
  await app.register(services, { clock: options.clock ?? (() => new Date()), extractionThreads: config.EXTRACTION_THREADS });
  // Before auth, so that guessing tokens is rate limited too.
  await app.register(rateLimit, { max: config.RATE_LIMIT_MAX, writes: config.RATE_LIMIT_WRITES, reads: config.RATE_LIMIT_READS });
  await app.register(auth, { apiToken: config.API_TOKEN });
  if (config.CORS_ORIGINS.length > 0) {
    await app.register(cors, { origin: config.CORS_ORIGINS, exposedHeaders: ['link', 'x-request-id'] });
  }
  await app.register(swagger, { version: packageVersion });

  await app.register(healthRoutes);
  await app.register(articleRoutes);
  await app.register(eventRoutes, { pageCacheBytes: config.PAGE_CACHE_MB * 1024 * 1024 });
  await app.register(changeRoutes);
  await app.register(curationRoutes);
  await app.register(referenceRoutes);
  await app.register(extractRoutes);
  await app.register(web);
  return app;
}
