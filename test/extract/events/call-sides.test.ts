import t from 'tap';
import { callSides, findActors } from '../../../src/extract/events/actors.js';
import { extractArticle } from '../../../src/extract/index.js';

/** The sides of the call told by the first call verb of the sentence, as "A+B" strings. */
const sides = (text: string) => {
  const head = text.search(/\b(?:spoke|talked|held|phoned)\b/);
  return callSides(text, head, findActors(text)).map((side) => side.map((a) => a.name).join('+'));
};

const cases: Array<[string, string, string[]]> = [
  ['"both A and B" after the verb: one call each', 'Macron spoke to both Putin and Zelenskyy on Friday.', ['Emmanuel Macron+Vladimir Putin', 'Emmanuel Macron+Volodymyr Zelenskyy']],
  ['a comma list with titles', 'Erdogan held calls with President Putin, Chancellor Scholz and President Zelenskyy.', ['Recep Tayyip Erdogan+Vladimir Putin', 'Recep Tayyip Erdogan+Olaf Scholz', 'Recep Tayyip Erdogan+Volodymyr Zelenskyy']],
  ['a single partner is one call', 'Scholz spoke by phone with Putin for an hour.', ['Olaf Scholz+Vladimir Putin']],
  ['both sides named as the subject are one call', 'Trump and Putin talked for two hours.', ['Donald Trump+Vladimir Putin']],
  ['a list with no one else named is one call', 'The call was held with Putin and Zelenskyy.', ['Vladimir Putin+Volodymyr Zelenskyy']],
  ['a name opening the next clause is not a partner', 'Putin spoke with Trump and Witkoff was also on the line.', ['Vladimir Putin+Donald Trump+Steve Witkoff']],
  // the first partner's day closes his part: a second "with" after it names a second partner
  ['a second "with" after the first partner\'s day', 'Trump spoke by phone with Putin on Monday and then with Zelenskyy.', ['Donald Trump+Vladimir Putin', 'Donald Trump+Volodymyr Zelenskyy']],
  ['a comma and "later with" after a day', 'Erdogan spoke with Putin on Sunday, and later with President Zelenskyy.', ['Recep Tayyip Erdogan+Vladimir Putin', 'Recep Tayyip Erdogan+Volodymyr Zelenskyy']],
  ['"yesterday and with"', 'Macron spoke with Putin yesterday and with Zelenskyy.', ['Emmanuel Macron+Vladimir Putin', 'Emmanuel Macron+Volodymyr Zelenskyy']],
  ['after a day, a name with no "with" of its own opens the next clause', 'Trump spoke with Putin on Monday and Zelenskyy welcomed the call.', ['Donald Trump+Vladimir Putin+Volodymyr Zelenskyy']],
  // the first call's medium or length closes the first partner's part as a day does
  ['a medium and a length, then "to" the second partner', 'Trump talked to Putin by phone for ninety minutes, then to Zelenskyy.', ['Donald Trump+Vladimir Putin', 'Donald Trump+Volodymyr Zelenskyy']],
  ['"for an hour and a half and then with"', 'Macron spoke with Putin for an hour and a half and then with Chancellor Scholz.', ['Emmanuel Macron+Vladimir Putin', 'Emmanuel Macron+Olaf Scholz']],
  ['"over the phone", then "and later with"', 'Erdogan spoke with Putin over the phone, and later with Zelenskyy.', ['Recep Tayyip Erdogan+Vladimir Putin', 'Recep Tayyip Erdogan+Volodymyr Zelenskyy']],
  ['after a length, a name with no "to" of its own is no partner', 'Trump talked to Putin for an hour and Zelenskyy waited.', ['Donald Trump+Vladimir Putin+Volodymyr Zelenskyy']],
  // a verb of calling takes its first partner as its object
  ['"phoned X and then Y"', 'Macron phoned Putin and then Zelenskyy.', ['Emmanuel Macron+Vladimir Putin', 'Emmanuel Macron+Volodymyr Zelenskyy']],
  ['"phoned X, and later Y"', 'Scholz phoned President Putin, and later President Zelenskyy.', ['Olaf Scholz+Vladimir Putin', 'Olaf Scholz+Volodymyr Zelenskyy']],
  ['a past tense after the second name opens a clause of its own', 'Zelenskyy spoke with Macron and then Starmer arrived.', ['Volodymyr Zelenskyy+Emmanuel Macron+Keir Starmer']],
  // a country's adjective before the first partner's title, and an adverb set off by commas before the second "with"
  ['"with French President X and, later, with Y"', 'Scholz held calls with French President Emmanuel Macron and, later, with Zelenskyy.', ['Olaf Scholz+Emmanuel Macron', 'Olaf Scholz+Volodymyr Zelenskyy']],
  ['"to German Chancellor X, and then to Y"', 'Starmer talked to German Chancellor Olaf Scholz, and then to President Zelenskyy.', ['Keir Starmer+Olaf Scholz', 'Keir Starmer+Volodymyr Zelenskyy']],
  ['"with X on Monday and, separately, with Y"', 'Erdogan spoke with Russian President Vladimir Putin on Monday and, separately, with Zelenskyy.', ['Recep Tayyip Erdogan+Vladimir Putin', 'Recep Tayyip Erdogan+Volodymyr Zelenskyy']],
  ['a country\'s adjective before a single partner is one call', 'Macron spoke by phone with Russian President Vladimir Putin for two hours.', ['Emmanuel Macron+Vladimir Putin']],
  ['after an adjective and a title, a name opening the next clause is still no partner', 'Trump spoke with Russian President Vladimir Putin and, later, Zelenskyy said the call was useful.', ['Donald Trump+Vladimir Putin+Volodymyr Zelenskyy']],
  // a country's adjective may stand before the second partner's title as before the first's
  ['"to French President X and German Chancellor Y"', 'Erdogan spoke on Friday to French President Emmanuel Macron and German Chancellor Olaf Scholz.', ['Recep Tayyip Erdogan+Emmanuel Macron', 'Recep Tayyip Erdogan+Olaf Scholz']],
  ['"with Russian President X and Ukrainian President Y separately"', 'Macron talked with Russian President Vladimir Putin and Ukrainian President Volodymyr Zelenskyy separately.', ['Emmanuel Macron+Vladimir Putin', 'Emmanuel Macron+Volodymyr Zelenskyy']],
  ['an adjective and a title opening the next clause are no partner', 'Trump spoke with Russian President Vladimir Putin and Ukrainian President Volodymyr Zelenskyy said the call was useful.', ['Donald Trump+Vladimir Putin+Volodymyr Zelenskyy']],
  // a group call: one call named by a singular noun, its partners one plain list
  ['"a video call with X, Y and Z" is one call of all', 'Merz held a video call with President Macron, Prime Minister Starmer and President Zelenskyy on Monday.', ['Friedrich Merz+Emmanuel Macron+Keir Starmer+Volodymyr Zelenskyy']],
  ['"a joint call with X and Y" is one call', 'Trump held a joint call with Macron and Meloni.', ['Donald Trump+Emmanuel Macron+Giorgia Meloni']],
  ['"a call with X and, later, with Y" is two', 'Erdogan held a call with Putin and, later, with Zelenskyy.', ['Recep Tayyip Erdogan+Vladimir Putin', 'Recep Tayyip Erdogan+Volodymyr Zelenskyy']],
  ['"a call with X on Monday and then with Y" is two', 'Macron held a call with Putin on Monday and then with Zelenskyy.', ['Emmanuel Macron+Vladimir Putin', 'Emmanuel Macron+Volodymyr Zelenskyy']],
  ['"a call with X and Y separately" is two', 'Scholz held a call with Putin and Zelenskyy separately.', ['Olaf Scholz+Vladimir Putin', 'Olaf Scholz+Volodymyr Zelenskyy']],
];

for (const [name, text, expected] of cases) {
  t.test(name, async (t) => {
    t.same(sides(text), expected, text);
  });
}

t.test('an article telling one caller speaking to two leaders has two calls', async (t) => {
  const body = 'ANKARA — Turkish President Recep Tayyip Erdogan, who spoke to both Putin and Zelenskyy on Thursday, offered to host talks.';
  const calls = extractArticle({ title: 'Erdogan offers talks', body, publishedAt: '2023-01-07T10:00:00Z' }).events.filter((e) => e.type === 'phone_call');
  t.same(
    calls.map((c) => c.actors.filter((a) => a.kind === 'person').map((a) => a.name)),
    [
      ['Recep Tayyip Erdogan', 'Vladimir Putin'],
      ['Recep Tayyip Erdogan', 'Volodymyr Zelenskyy'],
    ],
  );
  t.ok(calls.every((c) => c.startDate === '2023-01-05'));
});

t.test('a person named in full once is named by the surname alone after, as a call partner', async (t) => {
  const body =
    'WARSAW — Polish Foreign Minister Tomasz Kowalczyk said on Tuesday that the border would stay open.\n\nGerman Chancellor Olaf Scholz spoke to Kowalczyk by phone on Wednesday evening, the chancellery said.';
  const calls = extractArticle({ title: 'Border stays open', body, publishedAt: '2023-03-09T10:00:00Z' }).events.filter((e) => e.type === 'phone_call');
  t.same(
    calls.map((c) => [c.startDate, c.actors.filter((a) => a.kind === 'person').map((a) => a.name)]),
    [['2023-03-08', ['Olaf Scholz', 'Tomasz Kowalczyk']]],
  );
});
