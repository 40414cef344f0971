import type { ApiEvent, ExportEvent } from './types.js';

/** A TimelineJS date: only the parts the event's precision supports. */
export interface TimelineJsDate {
  year: number;
  month?: number;
  day?: number;
}

export interface TimelineJsSlide {
  unique_id: string;
  start_date: TimelineJsDate;
  end_date?: TimelineJsDate;
  text: { headline: string; text: string };
  group: string;
  media?: { url: string; caption: string; link?: string };
}

export interface TimelineJsOptions {
  /** The title slide; left out when not given. */
  title?: { headline: string; text: string };
}

/** year → year only; month → year and month; week and day → the full day. */
export function timelineDate(day: string, precision: ApiEvent['datePrecision']): TimelineJsDate {
  const [year, month, dayOfMonth] = day.split('-').map(Number);
  if (precision === 'year') return { year };
  if (precision === 'month') return { year, month };
  return { year, month, day: dayOfMonth };
}

const sameDate = (a: TimelineJsDate, b: TimelineJsDate) => a.year === b.year && a.month === b.month && a.day === b.day;

/** TimelineJS renders text as HTML, so event text is escaped. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function slideText(event: ExportEvent): string {
  const parts = [`<p>${escapeHtml(event.summary)}</p>`];
  const cited = (event.mentions ?? []).filter((mention) => mention.url);
  if (cited.length > 0) {
    const links = cited.map((mention) => `<li><a href="${escapeHtml(mention.url!)}">${escapeHtml(mention.articleTitle)}</a></li>`);
    parts.push(`<p>Sources:</p><ul>${links.join('')}</ul>`);
  }
  return parts.join('');
}

/** One TimelineJS slide; the first cited source with a URL becomes its media link. */
export function toSlide(event: ExportEvent): TimelineJsSlide {
  const start = timelineDate(event.startDate, event.datePrecision);
  const end = timelineDate(event.endDate, event.datePrecision);
  const source = event.mentions?.find((mention) => mention.url);
  return {
    unique_id: event.id,
    start_date: start,
    ...(sameDate(start, end) ? {} : { end_date: end }),
    text: { headline: escapeHtml(event.title), text: slideText(event) },
    group: event.type,
    ...(source ? { media: { url: source.url!, caption: source.articleTitle, link: source.url! } } : {}),
  };
}

/** A Knight Lab TimelineJS document, written slide by slide. */
export function* toTimelineJs(events: Iterable<ExportEvent>, options: TimelineJsOptions = {}): Generator<string> {
  yield options.title ? `{"title":${JSON.stringify({ text: options.title })},"events":[` : '{"events":[';
  let first = true;
  for (const event of events) {
    yield (first ? '\n' : ',\n') + JSON.stringify(toSlide(event));
    first = false;
  }
  yield '\n]}\n';
}

