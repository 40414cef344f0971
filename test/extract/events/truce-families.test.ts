/**
 * Truce families: how ceasefires are told (declared, announced for later, agreed, taking effect, extended,
 * partial) and what is no new truce (proposed, demanded, refused, set as a condition, imagined), plus the
 * feast days a truce is dated by. Sentences written for these tests in several registers (wire, liveblog,
 * readout, coder note), not copied from any corpus.
 */
import t from 'tap';
import { findDates } from '../../../src/extract/dates/index.js';
import { extractArticle } from '../../../src/extract/index.js';
import { table } from './families.js';

// published on Thursday 5 January 2023, the day before Orthodox Christmas Eve
const JAN5 = '2023-01-05T12:00:00Z';
const REF = { instant: new Date(JAN5), offsetMinutes: 0, fromIngestTime: false };
const day = (text: string, said: string) => findDates(text, REF).find((d) => d.text === said)?.span?.startDate;

t.test('a bare Christmas Eve or Christmas Day in a sentence that has said "Orthodox" is the Orthodox feast (6 and 7 January)', async (t) => {
  const rows: [string, string, string][] = [
    // wire
    ['The decree asked Kyiv to follow suit so that Orthodox believers could attend services on Christmas Eve and Christmas Day.', 'Christmas Eve', '2023-01-06'],
    // liveblog
    ['11:05 — Orthodox priests in Donetsk say they will hold vigils on Christmas Eve, whatever the shelling.', 'Christmas Eve', '2023-01-06'],
    // readout
    ['The Patriarch urged a pause in the fighting for Orthodox Christians, who mark the Nativity on Christmas Day.', 'Christmas Day', '2023-01-07'],
    // coder note
    ['note: RU unilateral truce, Orthodox holiday; fire to cease from noon on Christmas Eve (Moscow time).', 'Christmas Eve', '2023-01-06'],
  ];
  for (const [text, said, want] of rows) t.equal(day(text, said), want, `${text}\n  ${said}`);
});

t.test('a Christmas with no "Orthodox" before it in its sentence, or with the Western feast named, stays 24/25 December', async (t) => {
  const rows: [string, string, string][] = [
    ['Families in Lviv will go to midnight mass on Christmas Eve.', 'Christmas Eve', '2023-12-24'],
    // "Orthodox" in another sentence does not reach
    ['The Orthodox church blessed the troops. Catholics in Lviv will gather on Christmas Eve.', 'Christmas Eve', '2023-12-24'],
    // "Orthodox" after the feast does not reach back
    ['Drones flew over Kyiv until Christmas Day, the Orthodox clergy said.', 'Christmas Day', '2022-12-25'],
    // the Western feast named in the sentence
    ['Orthodox and Catholic believers alike will attend services on Christmas Eve, the bishops said.', 'Christmas Eve', '2023-12-24'],
    ['Unlike Orthodox parishes, many Ukrainian churches now mark the feast in December, on Christmas Day.', 'Christmas Day', '2022-12-25'],
  ];
  for (const [text, said, want] of rows) t.equal(day(text, said), want, `${text}\n  ${said}`);
});

table('a truce ordered for the Orthodox feast is dated to its start, not to the next Western Christmas', [
  ['The decree said the ceasefire would last until midnight on Saturday, so that Orthodox believers could attend services on Christmas Eve.', ['ceasefire 2023-01-06'], ['ceasefire 2023-12-24'], undefined, JAN5],
  ['The Kremlin said the truce would run until midnight on Saturday, so that Orthodox faithful could pray on Christmas Eve and Christmas Day.', ['ceasefire 2023-01-06'], ['ceasefire 2023-12-24'], undefined, JAN5],
]);

table('a truce declared, announced for later, agreed, taking effect or extended is one', [
  ['KYIV, June 12 (Reuters) - Russia\'s president on Thursday ordered a 36-hour truce along the front line for the Orthodox holiday.', ['ceasefire 2025-06-12'], []],
  ['Moscow will observe a ceasefire from midnight on Sunday, the defence ministry said on Friday.', ['ceasefire 2025-06-15'], []],
  ['Both sides agreed on Wednesday to halt strikes on energy facilities for 30 days.', ['ceasefire 2025-06-11'], []],
  ['A three-day ceasefire took effect at noon on Monday, officials said.', ['ceasefire 2025-06-09'], []],
  ['The two sides extended the Black Sea truce by another week on Tuesday.', ['ceasefire 2025-06-10'], []],
  ['2025-06-10 | RU/UA | ceasefire | 72-hour truce declared by Moscow for Victory Day.', ['ceasefire 2025-06-10'], []],
]);

table('a truce proposed, demanded, refused, made a condition or imagined is none', [
  ['Zelenskiy on Tuesday proposed a 30-day ceasefire in the air and at sea.', [], ['ceasefire 2025-06-10']],
  ['European leaders demanded an unconditional 30-day ceasefire on Saturday.', [], ['ceasefire 2025-06-14']],
  ['The Kremlin on Monday rejected calls for a truce.', [], ['ceasefire 2025-06-09']],
  ['Kyiv said on Monday it would agree to a ceasefire only if Russia withdrew first.', [], ['ceasefire 2025-06-09']],
  ['A ceasefire would allow both armies to rearm, analysts said on Monday.', [], ['ceasefire 2025-06-09']],
  ['If a truce were agreed on Monday, monitors could deploy within weeks.', [], ['ceasefire 2025-06-09']],
]);

// published on Thursday 5 January 2023 (JAN5)
table('a truce one side declared stays a truce when the other side rejects or dismisses it; a proposed one rejected is none', [
  ['Moscow declared a 48-hour ceasefire for 12-13 June, which Kyiv dismissed as a stunt.', ['ceasefire 2025-06-12'], []],
  ['On Tuesday the Kremlin ordered a truce over the holiday weekend, which Ukraine rejected as propaganda.', ['ceasefire 2025-06-10'], []],
  // proposed, not declared: the rejection leaves no truce
  ['On Monday Moscow proposed a 30-day ceasefire, which Kyiv rejected.', [], ['ceasefire 2025-06-09']],
  // a claim of a truce the other side denies is still none
  ['Russia said on Monday that a local ceasefire had been agreed near Kupiansk, which Ukraine denied.', [], ['ceasefire 2025-06-09']],
]);

table('the modal of a clause of purpose ("so that ... could", "in order that ... can") is the purpose\'s, not the truce\'s', [
  // wire
  ['Putin on Thursday declared a truce so that families could bury their dead.', ['ceasefire 2023-01-05'], [], undefined, JAN5],
  // readout
  ['The President on Thursday instructed the army to observe a ceasefire so that believers can attend services.', ['ceasefire 2023-01-05'], [], undefined, JAN5],
  // liveblog
  ['09:40 — Both sides agreed on Monday to a three-day truce in order that the wounded could be evacuated.', ['ceasefire 2023-01-02'], [], undefined, JAN5],
  // coder note
  ['2023-01-03 | Bakhmut | local truce agreed so that medics could reach the wounded.', ['ceasefire 2023-01-03'], [], undefined, JAN5],
  // a truce proposed, or one that would help, is none still
  ['Kyiv on Monday proposed a truce so that the bodies could be collected.', [], ['ceasefire 2023-01-02'], undefined, JAN5],
  ['A truce so that families could bury their dead would help, officials said on Monday.', [], ['ceasefire 2023-01-02'], undefined, JAN5],
  ['The Kremlin said on Monday a truce could come so that believers can pray.', [], ['ceasefire 2023-01-02'], undefined, JAN5],
]);

// a truce timed by "on a Monday" (any day of that name) is a kind of truce told in general, not one that happened
table('a truce told "on a Monday", "on any Friday" is a kind of truce, not one; a truce told on a named day stays', [
  // essay
  ['A truce that starts on a Friday gives both armies a weekend to test it, the historian argues.', [], ['ceasefire 2025-06-13']],
  // review, quoting a book
  ['"An armistice agreed on a Sunday," the author writes, "is broken by the Wednesday."', [], ['ceasefire 2025-06-08', 'ceasefire 2025-06-11']],
  // explainer
  ['Diplomats who announce a ceasefire from midnight on a Thursday have settled only the easy part.', [], ['ceasefire 2025-06-12']],
  // analysis, "any"
  ['Whoever declares a truce on any Tuesday still has to say where the line runs.', [], ['ceasefire 2025-06-10']],
  // a particular day still dates a truce
  ['Moscow declared a truce on Friday, the defence ministry said.', ['ceasefire 2025-06-13'], []],
]);

/** The truce lines of an article with their whole window: "ceasefire start..end". */
function truceWindows(body: string, publishedAt: string): string[] {
  const { events } = extractArticle({ title: 'Test', body, publishedAt }, { now: new Date(publishedAt) });
  return events.filter((e) => e.type === 'ceasefire').map((e) => `ceasefire ${e.startDate}..${e.endDate}`);
}

t.test('a truce window closed by "until": the day the clock closes, whatever the clock', async (t) => {
  const rows: [string, string, string][] = [
    // "midnight at the end of" a day: that day is the last
    ['On 3 March 2025, the defence ministry declared a pause in fire from 20:00 on 3 March until midnight at the end of 4 March.', '2025-05-01T09:00:00Z', 'ceasefire 2025-03-03..2025-03-04'],
    ['Moscow proclaimed a holiday truce from noon on 6 January until 23:59 at the close of 7 January.', '2025-01-10T09:00:00Z', 'ceasefire 2025-01-06..2025-01-07'],
    // "00:00 on" a day is its first minute: the window closes the day before
    ['On 2 June 2025, a unilateral ceasefire took effect at 00:00 Kyiv time, to last until 00:00 on 5 June.', '2025-06-20T09:00:00Z', 'ceasefire 2025-06-02..2025-06-04'],
    ['The truce began on 10 August and ran until 0000 GMT on 12 August, the monitors said.', '2025-08-20T09:00:00Z', 'ceasefire 2025-08-10..2025-08-11'],
    // "midnight on" a day stays that day's end
    ['The truce began on 10 August and ran until midnight on 12 August, the monitors said.', '2025-08-20T09:00:00Z', 'ceasefire 2025-08-10..2025-08-12'],
  ];
  for (const [body, publishedAt, want] of rows) t.ok(truceWindows(body, publishedAt).includes(want), `${body}\n  has ${want} (got ${JSON.stringify(truceWindows(body, publishedAt))})`);
});

t.test('a truce told by its first and last days takes no length from a later sentence about extending it', async (t) => {
  const rows: [string, string, string, string][] = [
    [
      'MOSCOW, May 3 (Wire) - The Kremlin on Saturday declared a truce from 1800 Moscow time (1500 GMT) on Saturday until midnight on Sunday.\n\nKyiv said the guns were still firing after the truce was due to start, and asked that the pause be extended for 30 days.',
      '2025-05-03T17:00:00Z',
      'ceasefire 2025-05-03..2025-05-04',
      'ceasefire 2025-05-03..2025-06-01',
    ],
    [
      'The army declared a ceasefire from 06:00 on 9 July until midnight on 10 July.\n\nThe mediators urged that the ceasefire be prolonged for two weeks.',
      '2025-07-12T09:00:00Z',
      'ceasefire 2025-07-09..2025-07-10',
      'ceasefire 2025-07-09..2025-07-22',
    ],
  ];
  for (const [body, publishedAt, want, not] of rows) {
    const got = truceWindows(body, publishedAt);
    t.ok(got.includes(want), `${body}\n  has ${want} (got ${JSON.stringify(got)})`);
    t.notOk(got.includes(not), `${body}\n  lacks ${not}`);
  }
});
