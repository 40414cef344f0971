import { loadConfig } from '../config.js';
import { migrate } from '../db/migrate.js';
import { openDatabase, type SqliteDatabase } from '../db/sqlite.js';
import { createRepositories, type Repositories } from '../repositories/index.js';

/** `--database` when given, else DATABASE_URL through the server's own config loader. */
export function databasePath(option: string | undefined): string {
  return loadConfig(option ? { ...process.env, DATABASE_URL: option } : process.env).DATABASE_URL;
}

/** Opens the database a command works on, schema brought up to date as the server would. */
export function openStore(option: string | undefined): { db: SqliteDatabase; repos: Repositories; applied: number[] } {
  const db = openDatabase(databasePath(option));
  const applied = migrate(db);
  return { db, repos: createRepositories(db), applied };
}
