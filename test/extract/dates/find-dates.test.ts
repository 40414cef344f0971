/**
 * Table-driven cases for the date layer's parsers and refiners: a case is a sentence, the
 * publication time, and the expression expected in it (text, kind, value, precision, span...).
 */
import t from 'tap';
import { findDates } from '../../../src/extract/dates/index.js';
import type { DateMention } from '../../../src/extract/types.js';
import { cases, MONDAY, referenceOf } from './cases.js';

for (const c of cases) {
  t.test(c.name, async (t) => {
    const mentions = findDates(c.text, referenceOf(c.publishedAt ?? MONDAY));
    const found = mentions.find((m) => m.text === c.expect.text);
    if (!found) {
      t.fail(`"${c.expect.text}" not found in ${JSON.stringify(mentions.map((m) => m.text))}`);
      return;
    }
    t.equal(c.text.slice(found.charStart, found.charEnd), found.text, 'offsets point at the text');
    for (const [key, value] of Object.entries(c.expect)) {
      if (value === undefined) continue;
      t.same(found[key as keyof DateMention], value, key);
    }
    if (found.kind === 'date') {
      t.ok(found.span && found.span.startDate <= found.span.endDate, 'span is ordered');
    }
  });
}

t.test('offsets are into the whole body, across sentences', async (t) => {
  const body = 'The talks collapsed. On Saturday, drones struck the port.\n\nLast week the army retreated.';
  const mentions = findDates(body, referenceOf(MONDAY));
  t.same(mentions.map((m) => body.slice(m.charStart, m.charEnd)), ['Saturday', 'Last week']);
});

t.test('sentences split after abbreviations are not split', async (t) => {
  const body = 'Gen. Smith said on Monday that the U.S. delegation will arrive on Friday.';
  const mentions = findDates(body, referenceOf(MONDAY));
  t.same(mentions.map((m) => [m.text, m.value]), [['Monday', '2025-07-07'], ['Friday', '2025-07-11']]);
});

t.test('the day the story is on does not reach into the next paragraph', async (t) => {
  const body = 'Stocks fell on Friday.\n\nThe index recovered later in the day.';
  const later = findDates(body, referenceOf(MONDAY)).find((m) => m.text === 'later in the day');
  t.equal(later?.value, '2025-07-07', 'a new paragraph falls back to the publication day');
  const same = findDates('Stocks fell on Friday. The index recovered later in the day.', referenceOf(MONDAY)).find((m) => m.text === 'later in the day');
  t.equal(same?.value, '2025-07-04');
});

t.test('a day of the month alone takes the month told before only in its own paragraph', async (t) => {
  const ref = referenceOf('2025-03-12T09:00:00Z');
  const same = findDates('In February, talks stalled. They resumed on the 20th.', ref).find((m) => m.text === 'the 20th');
  t.equal(same?.value, '2025-02-20');
  const next = findDates('In February, talks stalled.\n\nThey resumed on the 10th.', ref).find((m) => m.text === 'the 10th');
  t.equal(next?.value, '2025-03-10', 'a new paragraph reads it by tense');
});

t.test('a log entry heading its paragraph gives its day to the paragraph\'s "overnight" and "today"', async (t) => {
  const ref = referenceOf('2025-08-01T09:00:00Z');
  const cases: [string, string, string][] = [
    ['29.07.2025 (Tue) — Drones hit the port. Overnight the depot burned.', 'Overnight', '2025-07-29'],
    ['2024-10-02 | Vuhledar | Overnight shelling of the outskirts.', 'Overnight', '2024-10-02'],
    ['3 Feb 2023: fighting north of the town. Today the line held.', 'Today', '2023-02-03'],
    // a narrative date is no heading: "overnight" stays the publication day
    ['On 29 July drones hit the port. Overnight the depot burned.', 'Overnight', '2025-08-01'],
    // the next paragraph is another entry's (or none)
    ['29.07.2025 — Drones hit the port.\n\nOvernight the depot burned.', 'Overnight', '2025-08-01'],
  ];
  for (const [body, text, value] of cases) t.equal(findDates(body, ref).find((m) => m.text === text)?.value, value, body);
});

t.test('a day of the month after another one whose month was guessed is read by tense too', async (t) => {
  const ref = referenceOf('2024-01-05T09:00:00Z');
  const body = 'I spoke to my counterpart on the 28th. It took place on the 3rd, as you know.';
  const found = findDates(body, ref);
  t.equal(found.find((m) => m.text === 'the 28th')?.value, '2023-12-28');
  t.equal(found.find((m) => m.text === 'the 3rd')?.value, '2024-01-03', 'the latest 3rd, not December\'s');
  const named = findDates('Talks began in December. The deal came on the 3rd.', ref).find((m) => m.text === 'the 3rd');
  t.equal(named?.value, '2023-12-03', 'a named month still gives its month');
});
