import closeWithGrace from 'close-with-grace';
import { buildApp } from './app.js';
import { loadConfig } from './config.js';
import { applyHeapGrowthPolicy } from './heap-growth.js';
import { sharedReadPressure, whenQuiet, whenReading } from './ingest/read-pressure.js';
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
let cancelWarming = () => {};
app.addHook('onResponse', async () => {
  if (closing) setImmediate(() => app.server.closeIdleConnections());
});

// A batch of 1,000 long articles can take longer than close-with-grace's default 10 s.
closeWithGrace({ delay: config.SHUTDOWN_TIMEOUT_MS }, async ({ signal, err }) => {
  closing = true;
  cancelWarming();
  if (err) app.log.error({ err }, 'closing after an uncaught error');
  else app.log.info({ signal }, 'closing');
  await app.close();
});

try {
  const address = await app.listen({ port: config.PORT, host: config.HOST });
  app.log.info(`Chronicle listening on ${address} (API docs at ${address}/docs)`);
  // The ingest threads start once the server is quiet rather than with the first article: their
  // modules, the gazetteer and the JIT's first compiles (warm) would otherwise hold up the first
  // batch. Off the request path and niced, after the server already answers; not while reads are
  // being served (the threads take ~140 MB) nor while probes flood in faster than a poller sends
  // them (QUIET_PROBES_PER_SECOND), and they stop again after IDLE_STOP_MS unused.
  cancelWarming = whenQuiet(sharedReadPressure(), () => {
    const warming = app.extractor.warm();
    // Threads warming or warm that no article has used yet give way to reads: a server read from
    // before any batch keeps the memory target of its reads (250 MB); the next article starts them cold.
    cancelWarming = whenReading(sharedReadPressure(), () => {
      if (app.extractor.releaseUnused()) app.log.info('ingest threads stopped: reads came before any article');
    });
    warming.then(
      () => app.extractor.readiness() === 'warm' && app.log.info('ingest threads ready'),
      (error: unknown) => app.log.warn({ err: error }, 'could not warm the ingest threads; they start with the first article'),
    );
  });
} catch (error) {
  app.log.error({ err: error }, 'could not start');
  process.exit(1);
}
