/**
 * The driver the recall and precision family tests share: each table's rows give an article body,
 * the event lines that must be among its events and those that must not.
 */
import t from 'tap';
import { extractArticle } from '../../../src/extract/index.js';

export const PUBLISHED = '2025-06-14T12:00:00Z'; // a Saturday

/** The article's events as "type date place" lines, in body order. */
export function events(body: string, title = 'Test', publishedAt = PUBLISHED): string[] {
  const { events } = extractArticle({ title, body, publishedAt }, { now: new Date(publishedAt) });
  return events.map((e) => `${e.type} ${e.startDate}${e.places.length ? ` ${e.places.map((p) => p.name).join('/')}` : ''}`);
}

/** Rows of [body, lines that must be among the events, lines that must not, optional headline, optional publication time]. */
export type Row = [string, string[], string[], string?, string?];

export function table(name: string, rows: Row[]): void {
  t.test(name, async (t) => {
    for (const [body, present, absent, title, publishedAt] of rows) {
      const got = events(body, title, publishedAt);
      for (const line of present) t.ok(got.includes(line), `${body}\n  has ${line} (got ${JSON.stringify(got)})`);
      for (const line of absent) t.notOk(got.includes(line), `${body}\n  lacks ${line} (got ${JSON.stringify(got)})`);
    }
  });
}
