import fp from 'fastify-plugin';
import { migrate } from '../db/migrate.js';
import { openDatabase, type SqliteDatabase } from '../db/sqlite.js';
import { createRepositories, type Repositories } from '../repositories/index.js';

declare module 'fastify' {
  interface FastifyInstance {
    db: SqliteDatabase;
    repos: Repositories;
  }
}

/** Opens the database, brings its schema up to date, exposes the repositories, closes on shutdown. */
export default fp<{ databaseUrl: string }>(
  async (app, options) => {
    const db = openDatabase(options.databaseUrl);
    const applied = migrate(db);
    if (applied.length > 0) app.log.info({ applied }, 'database migrated');
    app.decorate('db', db);
    app.decorate('repos', createRepositories(db));
    app.addHook('onClose', async () => {
      db.close();
    });
  },
  { name: 'db' },
);
