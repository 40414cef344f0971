import t from 'tap';
import { findActors, uniqueActors } from '../../../src/extract/events/actors.js';

const names = (text: string) => findActors(text).map((a) => a.name);

// unknown people are found by their shape: capitalised name words, not abbreviations of bodies
const cases: Array<[string, string, string[]]> = [
  ['two name words before a speech verb', 'Halyna Moroz said the shelling stopped.', ['Halyna Moroz']],
  ['an apostrophe inside a name', "Sean O'Connor said the talks would resume.", ["Sean O'Connor"]],
  // (the country code before it is the country: "RU", "UA")
  ['an abbreviated ministry before a speech verb is not a person', 'RU MoD says its units entered the town.', ['Russia']],
  ['an all-capitals unit is not a person', 'UA GS reports heavy fighting.', ['Ukraine']],
  ['two name words killed in a relative clause on them', 'Oksana Hrytsai, who was assassinated near Rivne, led a veterans group.', ['Oksana Hrytsai']],
  ['a count before a relative clause of killing is not a name', 'Two Ukrainians, who were shot dead at a checkpoint, were farmers.', []],
  ['aliases fold to one canonical name', 'Erdoğan phoned Zelenskiy, then Erdogan phoned Zelensky.', ['Recep Tayyip Erdogan', 'Volodymyr Zelenskyy', 'Recep Tayyip Erdogan', 'Volodymyr Zelenskyy']],
];

for (const [name, text, expected] of cases) {
  t.test(name, async (t) => {
    t.same(names(text), expected, text);
  });
}

t.test('a seat of power beside its own leader is the leader speaking, for events held by people', async (t) => {
  const unique = (text: string, heldByPeople: boolean) => uniqueActors(findActors(text), heldByPeople).map((a) => a.name);
  t.same(unique('Putin spoke with Trump, the Kremlin said.', true), ['Vladimir Putin', 'Donald Trump']);
  t.same(unique('The Kremlin said the call went well.', true), ['Russia'], 'no person: the Kremlin is Russia');
  t.same(unique('Russia and Putin agreed, the Kremlin said.', true), ['Russia', 'Vladimir Putin'], 'the country named itself stays');
  t.same(unique('Putin spoke with Macron, the Elysee and the Kremlin said.', true), ['Vladimir Putin', 'Emmanuel Macron']);
  t.same(unique('Washington welcomed the call between Putin and Macron.', true), ['United States', 'Vladimir Putin', 'Emmanuel Macron'], "another country's seat is a party");
  t.same(unique('Putin ordered a truce, the Kremlin said.', false), ['Vladimir Putin', 'Russia'], 'a truce keeps the state as its party');
});
