export type Interval = 'day' | 'week' | 'month';

const DAY_MS = 86_400_000;
const toDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const msOf = (day: string) => Date.parse(`${day}T00:00:00Z`);

/** The first day of the bucket holding `day`: itself, its ISO week's Monday, or its month's 1st. */
export function bucketStart(day: string, interval: Interval): string {
  if (interval === 'day') return day;
  if (interval === 'month') return `${day.slice(0, 7)}-01`;
  const weekday = (new Date(msOf(day)).getUTCDay() + 6) % 7; // Monday = 0
  return toDay(msOf(day) - weekday * DAY_MS);
}

/** The first day of the bucket after the one starting at `start`. */
export function nextBucketStart(start: string, interval: Interval): string {
  if (interval === 'day') return toDay(msOf(start) + DAY_MS);
  if (interval === 'week') return toDay(msOf(start) + 7 * DAY_MS);
  const date = new Date(msOf(start));
  return toDay(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1));
}

/** Buckets covering [from, to]; `limit + 1` at most, so callers can tell the range was too long. */
export function bucketsBetween(from: string, to: string, interval: Interval, limit: number): Array<{ start: string; end: string }> {
  const buckets: Array<{ start: string; end: string }> = [];
  for (let start = bucketStart(from, interval); start <= to && buckets.length <= limit; ) {
    const next = nextBucketStart(start, interval);
    buckets.push({ start, end: toDay(msOf(next) - DAY_MS) });
    start = next;
  }
  return buckets;
}
