/**
 * A footnote reference after a sentence's full stop ("...the port.² On 3 May", "...in force.[12]
 * The package") still ends the sentence, for the date layer's splitter and the event layer's: else
 * the next sentence's events take the first sentence's date. Sentences written for this test.
 */
import t from 'tap';
import { splitSentences as dateSentences } from '../../../src/extract/dates/sentences.js';
import { splitSentences as eventSentences } from '../../../src/extract/events/sentences.js';
import { extractArticle } from '../../../src/extract/index.js';

const SPLIT: Array<[string, string[]]> = [
  ['Drones hit the port on 2 May.² On 9 May missiles struck the airfield.', ['Drones hit the port on 2 May.²', 'On 9 May missiles struck the airfield.']],
  ['The rules took effect in March.[14] The next package followed in June.', ['The rules took effect in March.[14]', 'The next package followed in June.']],
  ['Officials confirmed the figure on Friday."³ Then the talks resumed.', ['Officials confirmed the figure on Friday."³', 'Then the talks resumed.']],
  ['Was it the largest raid?¹⁰ Analysts disagree.', ['Was it the largest raid?¹⁰', 'Analysts disagree.']],
];
// a reference inside a sentence, or a bracketed figure that is no reference, does not end it
const WHOLE = [
  'The summit of 15 August¹ produced no agreement.',
  'The figure rose to 4.[5] per cent in the draft, officials said.',
  'Talks resumed in Geneva on 3 March.²a and more followed.',
];

t.test('both splitters end a sentence after a footnote reference', async (t) => {
  for (const [text, want] of SPLIT) {
    t.same(dateSentences(text).map((s) => text.slice(s.start, s.end)), want, `date layer: ${text}`);
    t.same(eventSentences(text).map((s) => s.text), want, `event layer: ${text}`);
  }
  for (const text of WHOLE) {
    t.equal(dateSentences(text).length, 1, `date layer keeps one sentence: ${text}`);
    t.equal(eventSentences(text).length, 1, `event layer keeps one sentence: ${text}`);
  }
});

const PUBLISHED = '2025-06-14T09:00:00Z';
const dated = (body: string) =>
  extractArticle({ title: 'Brief', body, publishedAt: PUBLISHED }, { now: new Date(PUBLISHED) }).events.map((e) => `${e.type} ${e.startDate}`);

t.test('an event after a footnoted sentence takes its own date, not the sentence before it', async (t) => {
  const rows: Array<[string, string[], string[]]> = [
    ['On 28 May a missile attack on Kharkiv killed nine people.³ On the night of 6 to 7 June Russia launched 400 drones at Kyiv.', ['missile_strike 2025-05-28', 'drone_strike 2025-06-07'], ['drone_strike 2025-05-28']],
    ['Ukraine and Russia exchanged 300 prisoners on 2 June.[7] Three days later Russian drones hit Odesa.', ['prisoner_exchange 2025-06-02', 'drone_strike 2025-06-05'], ['drone_strike 2025-06-02']],
    ['Putin and Trump spoke by phone on 4 June.¹² On 10 June missiles struck the port of Izmail.', ['phone_call 2025-06-04', 'missile_strike 2025-06-10'], ['missile_strike 2025-06-04']],
  ];
  for (const [body, present, absent] of rows) {
    const got = dated(body);
    for (const line of present) t.ok(got.includes(line), `${body}\n  has ${line} (got ${JSON.stringify(got)})`);
    for (const line of absent) t.notOk(got.includes(line), `${body}\n  lacks ${line} (got ${JSON.stringify(got)})`);
  }
});
