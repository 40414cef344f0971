import t from 'tap';
import { findActors } from '../../../src/extract/events/actors.js';

const names = (text: string) => findActors(text).map((a) => a.name);

// unknown people are found by their shape: capitalised name words, not abbreviations of bodies
const cases: Array<[string, string, string[]]> = [
  ['two name words before a speech verb', 'Halyna Moroz said the shelling stopped.', ['Halyna Moroz']],
  ['an apostrophe inside a name', "Sean O'Connor said the talks would resume.", ["Sean O'Connor"]],
  ['an abbreviated ministry before a speech verb is not a person', 'RU MoD says its units entered the town.', []],
  ['an all-capitals unit is not a person', 'UA GS reports heavy fighting.', []],
  ['aliases fold to one canonical name', 'Erdoğan phoned Zelenskiy, then Erdogan phoned Zelensky.', ['Recep Tayyip Erdogan', 'Volodymyr Zelenskyy', 'Recep Tayyip Erdogan', 'Volodymyr Zelenskyy']],
];

for (const [name, text, expected] of cases) {
  t.test(name, async (t) => {
    t.same(names(text), expected, text);
  });
}
