import * as chrono from 'chrono-node';
import t from 'tap';
import { specOf, tagSpec, type DateSpec } from '../../../src/extract/dates/spec.js';

const reference = new chrono.ReferenceWithTimezone(new Date('2025-07-07T12:00:00Z'), 0);

t.test('a spec is read back from the components it was given to, and from components its tags were copied to', async (t) => {
  const spec: DateSpec = { type: 'anchor', phrase: 'the call', offsetDays: -1, dated: { weekday: 5, start: 4, end: 10 } };
  const components = new chrono.ParsingComponents(reference, { day: 3 });
  t.equal(specOf(components), null, 'none before it is given one');
  tagSpec(components, spec);
  t.same(specOf(components), spec);
  // chrono's date-time merging copies the tags of a date onto a clone: the clone has the tag, not the map entry
  const clone = components.clone().addTags(components.tags());
  t.not(clone, components);
  t.same(specOf(clone), spec, 'the clone reads it from its tag');
  t.equal(specOf(clone), specOf(clone), 'and keeps what it read');
  t.equal(specOf(components.clone()), null, 'a clone without the tags has no spec');
});

t.test('the first spec stays the first', async (t) => {
  const components = new chrono.ParsingComponents(reference, { day: 3 });
  tagSpec(components, { type: 'year', year: 2022 });
  const clone = components.clone().addTags(components.tags());
  clone.addTag('chronicle/spec={"type":"year","year":1999}');
  t.same(specOf(clone), { type: 'year', year: 2022 });
});
