import * as chrono from 'chrono-node';
import t from 'tap';
import { dateParser } from '../../../src/extract/dates/configuration.js';
import { specOf, tagSpec, type DateSpec } from '../../../src/extract/dates/spec.js';

const reference = new chrono.ReferenceWithTimezone(new Date('2025-07-07T12:00:00Z'), 0);

t.test('a spec is read back from the components it was given to, not from their clones', async (t) => {
  const spec: DateSpec = { type: 'anchor', phrase: 'the call', offsetDays: -1, dated: { weekday: 5, start: 4, end: 10 } };
  const components = new chrono.ParsingComponents(reference, { day: 3 });
  t.equal(specOf(components), null, 'none before it is given one');
  tagSpec(components, spec);
  t.equal(specOf(components), spec);
  // chrono's merging refiners clone components without their tags: a spec never went with a clone
  t.equal(specOf(components.clone()), null);
});

t.test('the first spec given stays', async (t) => {
  const components = new chrono.ParsingComponents(reference, { day: 3 });
  tagSpec(components, { type: 'year', year: 2022 });
  tagSpec(components, { type: 'year', year: 1999 });
  t.same(specOf(components), { type: 'year', year: 2022 });
});

t.test('no refiner of the configuration merges a date with a time', async (t) => {
  // mergeDateTimeComponent is the one place chrono copies tags onto new components: with it, a
  // spec kept as a tag would follow the merge and one kept by its components would not.
  const names = dateParser.refiners.map((refiner) => refiner.constructor.name);
  t.ok(names.length > 5, names.join(', '));
  t.notOk(names.some((name) => /MergeDateTime/.test(name)), 'no date-time merging refiner');
});
