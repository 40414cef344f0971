/**
 * A table of documents and the day span each named expression must get (start..end when they
 * differ), null when it must not be read as a date: the driver of the date layer's document tests.
 */
import t from 'tap';
import { findDates } from '../../../src/extract/dates/index.js';
import { referenceOf } from './cases.js';

export interface SpanRow {
  name: string;
  text: string;
  title?: string;
  publishedAt: string;
  /** [expression, span]; an expression said twice is named with its occurrence: "today#2". */
  expect: Array<[string, string | null]>;
}

export function spanOf(expression: string, row: SpanRow): string | null {
  const [text, nth] = expression.split('#');
  const found = findDates(row.text, referenceOf(row.publishedAt), row.title).filter((m) => m.text.trim() === text)[Number(nth ?? 1) - 1];
  if (!found?.span) return null;
  return found.span.startDate === found.span.endDate ? found.span.startDate : `${found.span.startDate}..${found.span.endDate}`;
}

export function spanTable(title: string, rows: SpanRow[]): void {
  t.test(title, async (t) => {
    for (const row of rows) for (const [expression, span] of row.expect) t.equal(spanOf(expression, row), span, `${row.name}: ${expression}`);
  });
}
