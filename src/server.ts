import closeWithGrace from 'close-with-grace';
import { buildApp } from './app.js';
import { loadConfig } from './config.js';
import { applyHeapGrowthPolicy } from './heap-growth.js';
import { seedIfEmpty } from './seed.js';

/** Starts Chronicle: configuration from the environment, seeds an empty database, listens, closes gracefully. */
const config = loadConfig();
const app = await buildApp(config);
// A tight heap while only reads are served (see heap-growth.ts).
applyHeapGrowthPolicy(app.server);

if (config.SEED) {
  const summary = await seedIfEmpty(app.repos, app.ingest, app.log);
  app.log.info(summary, summary.skipped ? 'seeding skipped' : 'seeded the database');
}

// Closing stops new connections and drops idle ones; a keep-alive connection that was busy when
// shutdown began would otherwise stay open until its keep-alive timeout and hold the exit back.
let closing = false;
app.addHook('onResponse', async () => {
  if (closing) setImmediate(() => app.server.closeIdleConnections());
});

// A batch of 1,000 long articles can take longer than close-with-grace's default 10 s.
closeWithGrace({ delay: config.SHUTDOWN_TIMEOUT_MS }, async ({ signal, err }) => {
  closing = true;
  if (err) app.log.error({ err }, 'closing after an uncaught error');
  else app.log.info({ signal }, 'closing');
  await app.close();
});

try {
  const address = await app.listen({ port: config.PORT, host: config.HOST });
  app.log.info(`Chronicle listening on ${address} (API docs at ${address}/docs)`);
} catch (error) {
  app.log.error({ err: error }, 'could not start');
  process.exit(1);
}
