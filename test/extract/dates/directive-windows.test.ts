/**
 * A window after the object of a past directive ("instructed the army to observe a truce from noon Friday until
 * midnight Sunday", "decreed a curfew starting Saturday") is the window of what was directed, not a day of the
 * directing: it is read as a declared window (the nearer day), as one after "ordered" or "declared" is. The
 * directive's own date keeps the past. Rows written for this test, in several registers (wire, official, digest).
 */
import { spanTable as table } from './span-table.js';

table('a window after the object of a past directive is the directed state\'s, the nearer day', [
  {
    name: 'wire: instructed ... to observe a truce, told on the truce\'s first day',
    text: 'The president on Thursday instructed the army to observe a ceasefire from noon Friday until midnight Sunday, his office said.',
    publishedAt: '2025-06-13T18:00:00Z',
    expect: [['Thursday', '2025-06-12'], ['Friday', '2025-06-13'], ['Sunday', '2025-06-15']],
  },
  {
    name: 'passive directive, a clock time before the weekday',
    text: 'The defence ministry was directed on Wednesday to halt all strikes from 6 p.m. on Friday.',
    publishedAt: '2025-06-13T20:00:00Z',
    expect: [['Wednesday', '2025-06-11'], ['Friday', '2025-06-13']],
  },
  {
    name: 'official: decreed a curfew starting a day ahead',
    text: 'The regional governor decreed a curfew starting Saturday across the border districts.',
    publishedAt: '2025-06-13T09:00:00Z',
    expect: [['Saturday', '2025-06-14']],
  },
  {
    name: 'digest: authorized a pause from a weekday told the day before it',
    text: 'Kyiv authorized a pause in strikes on energy sites from Monday, pending talks.',
    publishedAt: '2025-06-15T10:00:00Z',
    expect: [['Monday', '2025-06-16']],
  },
  {
    name: 'commanded ... to hold fire until a weekday',
    text: 'The general commanded his units to hold fire until Tuesday.',
    publishedAt: '2025-06-14T10:00:00Z',
    expect: [['Tuesday', '2025-06-17']],
  },
]);

table("negative: a directive's own date, or a window with a past verb of its own, stays in the past", [
  {
    name: "the directive's own weekday",
    text: 'Putin instructed the government on Friday to prepare for new talks.',
    publishedAt: '2025-06-14T10:00:00Z',
    expect: [['Friday', '2025-06-13']],
  },
  {
    name: 'a window told by a nearer past verb',
    text: 'The prosecutor directed an inquiry into the shelling that ran from Monday until Wednesday.',
    publishedAt: '2025-06-14T10:00:00Z',
    expect: [['Monday', '2025-06-09'], ['Wednesday', '2025-06-11']],
  },
  {
    name: 'a past window after a verb that directs nothing',
    text: 'Russian troops shelled the town from Monday until Wednesday, officials said.',
    publishedAt: '2025-06-14T10:00:00Z',
    expect: [['Monday', '2025-06-09'], ['Wednesday', '2025-06-11']],
  },
]);
