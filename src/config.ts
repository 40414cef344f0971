import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .min(1)
    .refine((url) => !/^[a-z][a-z0-9+.-]*:\/\//i.test(url), {
      message: 'only SQLite file paths (or :memory:) are supported; the PostgreSQL backend is planned',
    })
    .default('./data/chronicle.db'),
  API_TOKEN: z
    .string()
    .optional()
    .transform((token) => (token && token.length > 0 ? token : undefined)),
  SEED: booleanFlag.default(true),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  CORS_ORIGINS: z
    .string()
    .optional()
    .transform((list) =>
      (list ?? '')
        .split(',')
        .map((origin) => origin.trim())
        .filter((origin) => origin.length > 0),
    ),
  /**
   * Reverse proxies whose X-Forwarded-For to believe: a comma list of addresses or CIDR ranges
   * ("127.0.0.1,10.0.0.0/8"). Unset: the socket address is the client, so the
   * loopback rule and the per-client rate limits see the proxy, not the client.
   */
  TRUST_PROXY: z
    .string()
    .optional()
    .transform((value) => {
      const proxies = (value ?? '').split(',').map((entry) => entry.trim()).filter(Boolean);
      return proxies.length > 0 ? proxies : false;
    }),
  /** On SIGTERM/SIGINT, how long requests in flight may take to finish before the process exits anyway. */
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).default(30_000),
  /** Requests per minute per client IP, any route; 0 turns this limit off. */
  RATE_LIMIT_MAX: z.coerce.number().int().min(0).default(1000),
  /**
   * Writes (POST/PATCH/DELETE that store) per minute per client IP; 0 turns this limit off. Ten a
   * second leaves room for a sync job posting articles one by one; backfills use the batch route.
   */
  RATE_LIMIT_WRITES: z.coerce.number().int().min(0).default(600),
  /** Expensive reads (full-text search, timeline, extract) per minute per client IP; 0 turns this limit off. */
  RATE_LIMIT_READS: z.coerce.number().int().min(0).default(600),
  /**
   * Megabytes of /v1/events pages kept in memory (an LRU keyed by query, emptied by a write; each
   * event's JSON held once however many pages show it, src/cache/page-cache.ts); 0 turns the
   * cache off.
   */
  PAGE_CACHE_MB: z.coerce.number().int().min(0).max(4096).default(32),
  /**
   * Extraction threads a large batch is dealt out to (src/ingest/extractor-thread.ts
   * EXTRACTION_THREADS, where the default of 1 is measured): each holds its own copy of the
   * extractor and gazetteer and compiles it itself; for machines with more than two cores.
   */
  EXTRACTION_THREADS: z.coerce.number().int().min(1).max(8).default(1),
});

export type Config = z.output<typeof EnvSchema>;

/**
 * The only reader of the environment. Tests pass their own object. Throws with every bad variable
 * named, so a misconfigured deployment fails at start rather than at the first request.
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration: ${problems.join('; ')}`);
  }
  const config = parsed.data;
  if (config.DATABASE_URL !== ':memory:') mkdirSync(dirname(config.DATABASE_URL), { recursive: true });
  return config;
}
