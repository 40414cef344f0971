import t from 'tap';
import { findActors } from '../../../src/extract/events/actors.js';

const names = (text: string) => findActors(text).map((a) => `${a.name}/${a.kind}`);

const cases: Array<[string, string[]]> = [
  ['Putin told Zelenskiy nothing.', ['Vladimir Putin/person', 'Volodymyr Zelenskyy/person']],
  ['President Trump called the Kremlin.', ['Donald Trump/person', 'Russia/country']],
  ['Zelensky and Zelenskyy are one man.', ['Volodymyr Zelenskyy/person', 'Volodymyr Zelenskyy/person']],
  ['The White House and NATO agreed with the EU.', ['United States/country', 'NATO/organization', 'European Union/organization']],
  // "U.S. President" is an adjective before a title, not the country as an actor
  ['U.S. President Donald Trump spoke.', ['Donald Trump/person']],
  // unknown people still come through: after a title, or before a speech verb
  ['Governor Oleh Syniehubov reported damage.', ['Oleh Syniehubov/person']],
  ['Ivanna Kovalenko said the shelling continued.', ['Ivanna Kovalenko/person']],
  ['Putinism is not a person.', []],
  ['Darya Dugina, the daughter of a philosopher, died.', ['Darya Dugina/person']],
  ['Blogger Vladlen Tatarsky was killed.', ['Vladlen Tatarsky/person']],
];

for (const [text, expected] of cases) {
  t.test(text, async (t) => {
    t.same(names(text), expected);
  });
}

t.test('offsets point at the alias in the sentence', async (t) => {
  const text = 'Talks with Sergey Lavrov ended.';
  const [lavrov] = findActors(text);
  t.equal(text.slice(lavrov.start, lavrov.end), 'Sergey Lavrov');
  t.equal(lavrov.name, 'Sergei Lavrov');
});
