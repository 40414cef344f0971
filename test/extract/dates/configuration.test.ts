import * as chrono from 'chrono-node';
import t, { type Test } from 'tap';
import { dateParser, Gate, parseDates } from '../../../src/extract/dates/configuration.js';
import { specOf } from '../../../src/extract/dates/spec.js';
import { splitSentences } from '../../../src/extract/dates/sentences.js';
import { devCorpusBodies } from '../../helpers/db.js';
import { cases } from './cases.js';
import { seededRandom } from '../../../bench/seeded-random.js';

/** Every sentence of the development corpora (never the held-out sets) and of the date layer's cases. */
function sentences(): string[] {
  const bodies = [...cases.map((c) => c.text), ...devCorpusBodies()];
  return bodies.flatMap((body) => splitSentences(body).map((s) => body.slice(s.start, s.end)));
}

t.test('a gate never hides a match of its parser', async (t) => {
  const reference = { instant: new Date('2025-07-07T12:00:00Z'), timezone: 0 };
  const gated = dateParser.parsers.filter((parser): parser is chrono.Parser & { inner: chrono.Parser } => 'inner' in parser);
  t.ok(gated.length >= 18, `${gated.length} gated parsers`);
  let closed = 0;
  for (const sentence of sentences()) {
    const context = new chrono.ParsingContext(sentence, reference);
    for (const parser of gated) {
      // a closed gate gives chrono a pattern that fails at once
      if (parser.pattern(context).source !== '^(?!)') continue;
      closed++;
      // the parser's own pattern, as chrono would run it on the sentence
      const pattern = parser.inner.pattern(context);
      pattern.lastIndex = 0;
      if (pattern.test(sentence)) t.fail(`${parser.inner.constructor.name}'s gate hides a match in: ${sentence}`);
    }
  }
  t.ok(closed > 10_000, `${closed} parser runs skipped by their gates`);
});

t.test('parseDates reads every sentence as dateParser.parse does', async (t) => {
  const reference = { instant: new Date('2025-07-07T12:00:00Z'), timezone: 0 };
  const reading = (results: chrono.ParsingResult[]) =>
    JSON.stringify(results.map((r) => [r.index, r.text, specOf(r.start) ?? null, r.start.date().toISOString(), r.end?.date().toISOString() ?? null]));
  let found = 0;
  for (const sentence of sentences()) {
    const ours = parseDates(sentence, reference);
    found += ours.length;
    const chronos = reading(dateParser.parse(sentence, reference) as chrono.ParsingResult[]);
    if (reading(ours) !== chronos) t.fail(`parseDates differs on: ${sentence}`);
  }
  // chrono's word-boundary parsers move their match past a leading group: "on March 3" is read at "March"
  t.equal(parseDates('Talks were held on March 3 in Riyadh.', reference)[0]?.index, 19);
  t.ok(found > 1000, `${found} results compared`);
});

/** The parser (under its gate and guard) whose own class is `name`. */
function gatedParser(name: string): chrono.Parser & { inner: chrono.Parser; opens(text: string): boolean } {
  const innermost = (parser: chrono.Parser): chrono.Parser => ('inner' in parser ? innermost(parser.inner as chrono.Parser) : parser);
  const found = dateParser.parsers.find((parser) => 'opens' in parser && innermost(parser).constructor.name === name);
  if (!found) throw new Error(`no gated ${name}`);
  return found as chrono.Parser & { inner: chrono.Parser; opens(text: string): boolean };
}

/** The parsers of dates in figures, each behind a gate narrower than a digit. */
const FIGURE_PARSERS = ['YearParser', 'ISOFormatParser', 'ENYearMonthDayParser', 'SlashDateFormatParser', 'ENSlashMonthFormatParser'];

t.test('a count is no date in figures: the figures parsers stay closed on it', async (t) => {
  const counts = [
    'Russia launched 472 drones and 48 missiles overnight, the air force said.',
    'The 3rd Assault Brigade said 12 soldiers were wounded.',
    'A 24 hour curfew was declared after 7 people died.',
    'Officials said 1,000 prisoners would be freed in 3 stages.',
    'He spent 90 minutes on the phone with 2 aides present.',
  ];
  for (const sentence of counts) {
    for (const name of FIGURE_PARSERS) t.notOk(gatedParser(name).opens(sentence), `${name} closed on: ${sentence}`);
  }
  const figures: Array<[string, string[]]> = [
    ['Talks resumed in 2024 after a pause.', ['YearParser', 'ISOFormatParser', 'ENYearMonthDayParser']],
    ['The entry is dated 2025-03-18 in the log.', ['YearParser', 'ISOFormatParser', 'ENYearMonthDayParser', 'SlashDateFormatParser']],
    ['The order of 14/03/2024 was signed by the mayor.', ['YearParser', 'SlashDateFormatParser', 'ENSlashMonthFormatParser']],
    ['The truce of 23.07.25 held for a day.', ['SlashDateFormatParser']],
    ['Payments due 3/2024 were delayed.', ['YearParser', 'SlashDateFormatParser', 'ENSlashMonthFormatParser']],
  ];
  for (const [sentence, open] of figures) {
    for (const name of open) t.ok(gatedParser(name).opens(sentence), `${name} open on: ${sentence}`);
  }
});

type Gated = chrono.Parser & { inner: chrono.Parser; opens(text: string): boolean };

/**
 * Strings of `pieces` joined at random (seeded), each run past `parsers`: a parser's own pattern matching where its
 * gate is closed fails the test. Returns how many matches were checked.
 */
function gatesHideNothing(t: Test, parsers: Gated[], pieces: string[], seed: number, strings: number, maxPieces: number): number {
  const random = seededRandom(seed);
  const reference = { instant: new Date('2025-07-07T12:00:00Z'), timezone: 0 };
  let matched = 0;
  for (let n = 0; n < strings; n++) {
    let text = '';
    const length = 1 + Math.floor(random() * maxPieces);
    for (let i = 0; i < length; i++) text += pieces[Math.floor(random() * pieces.length)];
    const context = new chrono.ParsingContext(text, reference);
    for (const parser of parsers) {
      const pattern = parser.inner.pattern(context);
      pattern.lastIndex = 0;
      if (!pattern.test(text)) continue;
      matched++;
      if (!parser.opens(text)) t.fail(`a gate hides a match of ${parser.inner.constructor.name} in ${JSON.stringify(text)}`);
    }
  }
  return matched;
}

t.test('the figures gates never hide a match, on strings built from the patterns\' pieces', async (t) => {
  const pieces = ['1', '3', '12', '31', '2024', '1999', '20', '25', '/', '.', '-', ' ', ',', 'T', ':', 'March', 'mid', 'early ', 'x', '%', '\n'];
  const matched = gatesHideNothing(t, FIGURE_PARSERS.map(gatedParser), pieces, 20261123, 30_000, 8);
  t.ok(matched > 2_000, `${matched} matches, each with its gate open`);
});

t.test('a gate within a wider one scans nothing where the wider one fails, and answers as its own pattern elsewhere', async (t) => {
  const scanned: string[] = [];
  const narrow = /\bday\b/i;
  const spied = Object.assign(narrow, { test: (text: string) => (scanned.push(text), RegExp.prototype.test.call(narrow, text)) });
  const gate = new Gate(spied, new Gate(/\b(?:hour|day|week|month|year|minute)/i));
  const rows: Array<[string, boolean, boolean]> = [
    // sentence, gate open, narrow pattern scanned
    ['Drones struck the port overnight.', false, false],
    ['Talks lasted two hours.', false, true],
    ['On the same day, drones struck Odesa.', true, true],
    ['The weekday market was hit.', false, true],
    ['Shelling went on for years, then paused.', false, true],
    ['Shelling went on, then paused.', false, false],
    ['Later in the day, officials spoke.', true, true],
  ];
  for (const [sentence, open, scans] of rows) {
    const before = scanned.length;
    t.equal(gate.test(sentence), open, `open: ${sentence}`);
    t.equal(scanned.length > before, scans, `scanned: ${sentence}`);
  }
});

t.test('no gate hides a match of its parser, on strings built from the gates\' words', async (t) => {
  const pieces = ['the ', 'same ', 'day', 'days', 'Day ', 'week', 'weekly', 'month', 'year', 'hour', 'later', 'after ', 'before ', 'of ',
    'morning ', 'eve ', 'two ', '3 ', '12', '.', '03', '/', '2024', '-', ' ', ',', 'that ', 'next ', 'last ', 'this ', 'within ', 'hours', 'x'];
  const gated = dateParser.parsers.filter((parser): parser is Gated => 'opens' in parser);
  const matched = gatesHideNothing(t, gated, pieces, 112358, 20_000, 7);
  t.ok(matched > 3_000, `${matched} matches, each with its gate open`);
});
