import { SingleBar } from 'cli-progress';
import { setImmediate as nextTick } from 'node:timers/promises';
import { extractArticle } from '../extract/index.js';
import { createIngestService } from '../ingest/ingest.js';
import type { Repositories } from '../repositories/index.js';
import { collectFiles, parseArticles, readSource } from './sources.js';

export interface IngestSummary {
  files: number;
  articles: number;
  created: number;
  duplicates: number;
  /** Events the run added to the timeline (reports of known events merge into them). */
  events: number;
  errors: Array<{ label: string; error: string }>;
}

export interface IngestCommandOptions {
  publishedAt?: string;
  /** Where the progress bar goes; none when the output is not a terminal. */
  progress?: NodeJS.WriteStream;
  clock?: () => Date;
}

/**
 * Reads every input and stores its articles through the same ingest service as POST
 * /v1/articles (one transaction per article). Unreadable files and invalid or failing articles
 * are collected as errors; the others are stored regardless.
 */
export async function ingestInputs(repos: Repositories, inputs: string[], options: IngestCommandOptions = {}): Promise<IngestSummary> {
  const ingest = createIngestService(repos, { extract: extractArticle, clock: options.clock });
  const { files, missing } = await collectFiles(inputs);
  const summary: IngestSummary = {
    files: files.length,
    articles: 0,
    created: 0,
    duplicates: 0,
    events: 0,
    errors: missing.map((input) => ({ label: input, error: 'no such file or directory' })),
  };
  const eventsBefore = repos.events.count();
  const bar = options.progress
    ? new SingleBar({
        stream: options.progress,
        format: 'ingest {bar} {value}/{total} files | {articles} articles | {errors} errors',
        hideCursor: true,
        clearOnComplete: true,
      })
    : undefined;
  bar?.start(files.length, 0, { articles: 0, errors: summary.errors.length });

  for (const file of files) {
    let text: string | undefined;
    try {
      text = await readSource(file);
    } catch (error) {
      summary.errors.push({ label: file, error: `cannot read: ${(error as Error).message}` });
    }
    for (const item of text === undefined ? [] : parseArticles(file, text, options.publishedAt)) {
      summary.articles += 1;
      if ('error' in item) {
        summary.errors.push(item);
        continue;
      }
      try {
        if (ingest.ingestArticle(item.submission).created) summary.created += 1;
        else summary.duplicates += 1;
      } catch (error) {
        summary.errors.push({ label: item.label, error: `not stored: ${(error as Error).message}` });
      }
    }
    bar?.increment({ articles: summary.articles, errors: summary.errors.length });
    // Lets the bar redraw between files; ingest itself is synchronous.
    await nextTick();
  }
  bar?.stop();
  summary.events = repos.events.count() - eventsBefore;
  return summary;
}

/** The end-of-run report: counts, then one line per failed file or article. */
export function formatSummary(summary: IngestSummary): string {
  const rows: Array<[string, number]> = [
    ['files', summary.files],
    ['articles', summary.articles],
    ['created', summary.created],
    ['duplicates', summary.duplicates],
    ['events', summary.events],
    ['errors', summary.errors.length],
  ];
  const lines = rows.map(([name, value]) => `${name.padEnd(11)}${value}`);
  if (summary.errors.length > 0) {
    lines.push('', 'errors:', ...summary.errors.map(({ label, error }) => `  ${label}: ${error}`));
  }
  return lines.join('\n') + '\n';
}
