/**
 * A date right after a proposal's verb ("proposed on Tuesday that ...", "offered late on Sunday to ...") is the day of
 * the proposing, told in the past, not a day of what is proposed; a date after the proposal's object ("proposed talks
 * in Istanbul on Thursday") stays the plan's. Rows written for this test (wire, briefing, digest registers).
 */
import { spanTable as table } from './span-table.js';

table('a date right after a proposal verb is the proposing\'s past day', [
  // (told when the weekday ahead is nearer than the one gone)
  {
    name: 'wire: proposed on a weekday, a that-clause after it',
    text: 'Zelenskyy proposed on Tuesday that the two sides exchange all prisoners of war.',
    publishedAt: '2025-06-14T12:00:00Z',
    expect: [['Tuesday', '2025-06-10']],
  },
  {
    name: 'briefing: offered late on a weekday, an infinitive after it',
    text: 'Q: Kyiv offered late on Sunday to halt strikes on refineries for a month. Will Moscow answer?',
    publishedAt: '2025-06-12T09:00:00Z',
    expect: [['Sunday', '2025-06-08']],
  },
  {
    name: 'digest: suggested, no preposition',
    text: 'Erdogan suggested Monday that Istanbul could host another round.',
    publishedAt: '2025-06-13T09:00:00Z',
    expect: [['Monday', '2025-06-09']],
  },
  {
    name: 'promised on a weekday, the object after it',
    text: 'Berlin promised on Wednesday four more air-defence systems.',
    publishedAt: '2025-06-15T09:00:00Z',
    expect: [['Wednesday', '2025-06-11']],
  },
]);

table('negative: a date after the proposal\'s object, or a proposing still to come, looks ahead', [
  {
    name: 'the plan\'s day after its object',
    text: 'Zelenskyy proposed talks in Istanbul on Thursday.',
    publishedAt: '2025-06-14T12:00:00Z',
    expect: [['Thursday', '2025-06-19']],
  },
  {
    name: 'a passive proposing ahead',
    text: 'The new plan will be proposed on Tuesday, diplomats said.',
    publishedAt: '2025-06-14T12:00:00Z',
    expect: [['Tuesday', '2025-06-17']],
  },
]);
