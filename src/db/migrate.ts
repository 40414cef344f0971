import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SqliteDatabase } from './sqlite.js';
import { MIGRATIONS_DIR } from './paths.js';
import { liftSearchIndexes } from './search-levels.js';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** `NNN_name.sql` files in version order; the number is the schema version it leads to. */
export function loadMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  const migrations = readdirSync(dir)
    .filter((file) => /^\d+_.+\.sql$/.test(file))
    .map((file) => ({
      version: Number(file.slice(0, file.indexOf('_'))),
      name: file,
      sql: readFileSync(join(dir, file), 'utf8'),
    }))
    .sort((a, b) => a.version - b.version);
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(`migration ${migration.name} breaks the sequence: expected version ${index + 1}`);
    }
  });
  return migrations;
}

/**
 * Brings the schema to the newest version. Each pending migration runs in its own transaction
 * together with the `PRAGMA user_version` bump, so a failed migration leaves the previous version.
 * Returns the versions applied (empty when the schema is current).
 */
export function migrate(db: SqliteDatabase, migrations: Migration[] = loadMigrations()): number[] {
  const current = db.pragma('user_version', { simple: true }) as number;
  const latest = migrations.length;
  if (current > latest) {
    throw new Error(`database schema version ${current} is newer than this build knows (${latest})`);
  }
  const applied: number[] = [];
  const pending = migrations.filter((m) => m.version > current);
  // Foreign keys off while the schema changes (SQLite's procedure for rebuilding a table: with them
  // on, dropping a table others reference deletes what references it); each migration's own
  // transaction checks every reference before it commits. The setting is left as it was.
  const foreignKeys = pending.length > 0 && db.pragma('foreign_keys', { simple: true }) === 1;
  if (foreignKeys) db.pragma('foreign_keys = OFF');
  try {
    for (const migration of pending) {
      db.transaction(() => {
        db.exec(migration.sql);
        const broken = db.pragma('foreign_key_check') as Array<{ table: string; parent: string }>;
        if (broken.length > 0) {
          throw new Error(`migration ${migration.name} leaves ${broken.length} broken references (${broken[0]!.table} -> ${broken[0]!.parent})`);
        }
        db.pragma(`user_version = ${migration.version}`);
      })();
      applied.push(migration.version);
    }
  } finally {
    if (foreignKeys) db.pragma('foreign_keys = ON');
  }
  // A search index left as one huge segment on a low merge level (a rebuild, an 'optimize', a bulk
  // load) is put on the level of its size, or the first commits after would rewrite it whole
  // (search-levels.ts). Checked at every start: a no-op otherwise.
  liftSearchIndexes(db);
  return applied;
}
