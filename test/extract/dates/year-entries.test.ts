/**
 * A year heading its line before a dash, a colon or a bar ("2014 — Russia annexed Crimea.") is an entry of a
 * chronology or an almanac: its year holds over the paragraphs below it until the next heading, so their day-months
 * take it; in an almanac ("On this day, 12 March", "Today in history") the entry is of that day in that year.
 * Text written for this test.
 */
import t from 'tap';
import { findDates } from '../../../src/extract/dates/index.js';
import { referenceOf } from './cases.js';

const days = (text: string, published: string, title?: string) =>
  findDates(text, referenceOf(published), title)
    .filter((d) => d.kind === 'date')
    .map((d) => `${d.text}=${d.span?.startDate}..${d.span?.endDate}`);

const CASES: Array<[string, string, string, string[], string?]> = [
  [
    'an almanac: each year entry is the day the column is about',
    'This day in history · 12 March\n\n2015 — Rebels shelled the airport of a port city.\n\n2023 — The army said it had left a salt-mining town.',
    '2025-03-12T06:00:00Z',
    ['12 March=2025-03-12..2025-03-12', '2015=2015-03-12..2015-03-12', '2023=2023-03-12..2023-03-12'],
  ],
  [
    'a day-month in the paragraph below an entry takes its year',
    'On this day: 12 March\n\n2015 — Rebels shelled the airport.\n\nTwo weeks later, on 26 March, talks opened in a neutral capital.',
    '2025-03-12T06:00:00Z',
    ['12 March=2025-03-12..2025-03-12', '2015=2015-03-12..2015-03-12', 'on 26 March=2015-03-26..2015-03-26'],
  ],
  [
    'the day of the almanac from its title',
    '2019 – Envoys met at a lakeside villa and agreed a prisoner swap.',
    '2025-06-20T06:00:00Z',
    ['2019=2019-06-20..2019-06-20'],
    'On this day, 20 June: a swap agreed (2019)',
  ],
  [
    'a chronology without a day: the entry stays a year, its day-months take the year',
    'Key moments\n\n* 2014: Troops without insignia seized the parliament of the peninsula. On 18 March the annexation was signed.\n\n* 2022: The invasion began.',
    '2025-03-01T06:00:00Z',
    ['2014=2014-01-01..2014-12-31', 'On 18 March=2014-03-18..2014-03-18', '2022=2022-01-01..2022-12-31'],
  ],
  [
    'a later year entry replaces the year of the one above',
    '2021 | Talks broke down.\n\n2023 | Drones hit the capital on 30 May.',
    '2025-03-01T06:00:00Z',
    ['2021=2021-01-01..2021-12-31', '2023=2023-01-01..2023-12-31', 'on 30 May=2023-05-30..2023-05-30'],
  ],
];

t.test('a year heading an entry dates its entry and the paragraphs below it', async (t) => {
  for (const [name, text, published, want, title] of CASES) t.same(days(text, published, title), want, name);
});

// Not an entry: a year inside running text, a year after "since", a count opening a line, a year with no dash after it.
const NOT_ENTRIES: Array<[string, string, string, string[]]> = [
  [
    'a year inside running text gives no year to the next paragraph',
    'The town was first taken in 2014 — and lost again.\n\nOn 30 May drones hit the capital.',
    '2025-07-01T06:00:00Z',
    ['2014=2014-01-01..2014-12-31', 'On 30 May=2025-05-30..2025-05-30'],
  ],
  [
    'a year opening a sentence with no dash after it',
    '2024 was the year the front moved least.\n\nOn 30 May drones hit the capital.',
    '2025-07-01T06:00:00Z',
    ['2024=2024-01-01..2024-12-31', 'On 30 May=2025-05-30..2025-05-30'],
  ],
  [
    'no almanac words: the entry keeps its year only',
    'A date to remember\n\n2022 — The bridge was hit, 8 October.',
    '2025-10-08T06:00:00Z',
    ['2022=2022-01-01..2022-12-31', '8 October=2022-10-08..2022-10-08'],
  ],
];

t.test('what is no year entry', async (t) => {
  for (const [name, text, published, want] of NOT_ENTRIES) t.same(days(text, published), want, name);
});
