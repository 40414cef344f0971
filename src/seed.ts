import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { FastifyBaseLogger } from 'fastify';
import { SEEDS_DIR, seedArticleFiles } from './db/paths.js';
import type { IngestService } from './ingest/ingest.js';
import type { Repositories } from './repositories/index.js';
import { ArticleInputSchema } from './schemas/articles.js';

export interface SeedSummary {
  /** Why nothing was loaded, when nothing was. */
  skipped?: 'database not empty';
  created: number;
  invalid: string[];
}

/**
 * Loads every seeds/*.json article into an empty database through the normal ingest path, so a
 * fresh start shows a real timeline. A database that already has articles is left alone. Articles go
 * through ingestArticleAsync, so a server extracts them on its extraction thread and its main thread
 * never builds a copy of the gazetteer.
 */
export async function seedIfEmpty(
  repos: Repositories,
  ingest: IngestService,
  log: FastifyBaseLogger,
  dir: string = SEEDS_DIR,
): Promise<SeedSummary> {
  if (repos.articles.count() > 0) return { skipped: 'database not empty', created: 0, invalid: [] };
  const summary: SeedSummary = { created: 0, invalid: [] };
  for (const path of seedArticleFiles(dir)) {
    const file = basename(path);
    let article;
    try {
      const { title, body, publishedAt, url, source } = JSON.parse(readFileSync(path, 'utf8'));
      article = ArticleInputSchema.parse({ title, body, publishedAt, url, source });
    } catch (error) {
      log.warn({ file, err: error }, 'seed file is not a valid article; skipped');
      summary.invalid.push(file);
      continue;
    }
    if ((await ingest.ingestArticleAsync(article)).created) summary.created += 1;
  }
  return summary;
}
