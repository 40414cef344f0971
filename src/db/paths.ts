import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The project root (the directory holding package.json), found from this module's location so
 * that both `tsx src/...` and the built `node dist/src/...` find `migrations/` and `seeds/`.
 */
export function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('package.json not found above ' + fileURLToPath(import.meta.url));
    dir = parent;
  }
  return dir;
}

export const MIGRATIONS_DIR = join(projectRoot(), 'migrations');
export const SEEDS_DIR = join(projectRoot(), 'seeds');

/** seeds/gold.json holds reference events for evaluation, not an article. */
const NOT_ARTICLES = new Set(['gold.json']);

/** The sample articles of `dir` (seeds/ by default), as file paths in name order. */
export function seedArticleFiles(dir: string = SEEDS_DIR): string[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json') && !NOT_ARTICLES.has(file))
    .sort()
    .map((file) => join(dir, file));
}
