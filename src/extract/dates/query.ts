// PLACEHOLDER until the date layer lands: ISO forms only. The signature is the contract.
import type { DateSpan } from '../types.js';

/**
 * A `from`/`to` query value as a calendar span: YYYY-MM-DD, YYYY-MM, YYYY, or natural language
 * ("last week", "yesterday", "March 2022") resolved against `now`. null when it is not a date.
 */
export function parseDateQuery(input: string, now: Date = new Date()): DateSpan | null {
  void now;
  const s = input.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (m) return { startDate: s, endDate: s, precision: 'day' };
  m = /^(\d{4})-(\d{2})$/.exec(s);
  if (m) {
    const last = new Date(Date.UTC(Number(m[1]), Number(m[2]), 0)).getUTCDate();
    return { startDate: `${s}-01`, endDate: `${s}-${String(last).padStart(2, '0')}`, precision: 'month' };
  }
  m = /^(\d{4})$/.exec(s);
  if (m) return { startDate: `${s}-01-01`, endDate: `${s}-12-31`, precision: 'year' };
  return null;
}
