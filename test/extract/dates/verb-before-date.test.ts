/**
 * A verb the date follows with at most a preposition between is the date's verb, whatever verb comes
 * right after it: "a truce agreed on Sunday takes effect on Wednesday" (Sunday is in the past, the
 * agreeing's). "comes/enters into force" is the present of a timetable, like "takes effect".
 * Sentences written for this test; published on Tuesday 10 June 2025.
 */
import t from 'tap';
import { findDates } from '../../../src/extract/dates/index.js';

const REF = { instant: new Date('2025-06-10T09:00:00Z'), offsetMinutes: 0, fromIngestTime: false };

function values(text: string): Record<string, string | undefined> {
  return Object.fromEntries(findDates(text, REF).filter((d) => d.kind === 'date').map((d) => [d.text, d.span?.startDate]));
}

const ROWS: Array<[string, Record<string, string>]> = [
  ['A ceasefire agreed on Sunday takes effect on Wednesday, mediators said.', { Sunday: '2025-06-08', Wednesday: '2025-06-11' }],
  ['The sanctions package adopted on Monday enters into force on Friday.', { Monday: '2025-06-09', Friday: '2025-06-13' }],
  ['A truce brokered in Ankara on Saturday comes into force on Thursday.', { Saturday: '2025-06-07', Thursday: '2025-06-12' }],
  ['The delegation that arrived in Geneva on Sunday meets the Russians on Wednesday.', { Sunday: '2025-06-08', Wednesday: '2025-06-11' }],
  ['The deal signed last Friday begins on Saturday.', { Saturday: '2025-06-14' }],
  // nothing else changes: a verb after a preposition-less date, or a date with no verb before it
  ['Talks on Thursday begin at ten, the ministry said.', { Thursday: '2025-06-12' }],
  ['Russian drones struck Odesa on Sunday.', { Sunday: '2025-06-08' }],
  ['Zelenskyy will travel to Brussels on Thursday.', { Thursday: '2025-06-12' }],
];

t.test('a date right after its verb takes that verb\'s tense, not the next verb\'s', async (t) => {
  for (const [text, want] of ROWS) {
    const got = values(text);
    for (const [expression, day] of Object.entries(want)) t.equal(got[expression], day, `${text} — ${expression}`);
  }
});
