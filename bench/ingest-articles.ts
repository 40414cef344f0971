import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../src/db/paths.js';

export interface BenchArticle {
  title: string;
  body: string;
  publishedAt?: string;
  url: string;
  source?: string;
}

/**
 * The ingest benchmark's articles (bench/run.ts, bench/writer.ts): real article texts
 * (project-written corpus dev and dev-b, and the seeds) repeated to `count`, each made unique by
 * `tag` and its number so that every one is stored.
 */
export function ingestArticles(count: number, tag: string): BenchArticle[] {
  const root = projectRoot();
  const files = [
    ...['test/fixtures/corpus/dev', 'test/fixtures/corpus/dev-b'].flatMap((dir) =>
      readdirSync(join(root, dir)).filter((f) => f.endsWith('.json')).map((f) => join(root, dir, f)),
    ),
    ...readdirSync(join(root, 'seeds')).filter((f) => /^\d+.*\.json$/.test(f)).map((f) => join(root, 'seeds', f)),
  ];
  const texts = files.map((file) => JSON.parse(readFileSync(file, 'utf8')) as { title: string; body: string; publishedAt?: string; source?: string });
  return Array.from({ length: count }, (_, i) => {
    const text = texts[i % texts.length];
    return {
      title: `${text.title} (${tag} ${i})`,
      body: text.body,
      ...(text.publishedAt ? { publishedAt: text.publishedAt } : {}),
      ...(text.source ? { source: text.source } : {}),
      url: `https://bench.example.com/${tag}/${i}`,
    };
  });
}
