/**
 * A date in the possessive names an event told as a thing ("Monday's attack", "Friday's call"): it is no window of
 * what a declaration verb declares, and takes its clause's tense. Each row gives the span of every expression named.
 */
import { spanTable as table } from './span-table.js';

// 2023-07-23 is a Sunday.
table("a possessive date is an event's day, not a declared window", [
  {
    name: 'called ... retaliation for Monday\'s attack',
    text: 'Moscow called the strikes retaliation for Monday\'s naval drone attack on the Crimean bridge.',
    publishedAt: '2023-07-23T13:10:00+03:00',
    expect: [['Monday', '2023-07-17']],
  },
  {
    name: 'announced ... after Thursday\'s vote, a curly apostrophe',
    text: 'The mayor announced a curfew after Thursday’s shelling of the market.',
    publishedAt: '2023-07-23T13:10:00+03:00',
    expect: [['Thursday', '2023-07-20']],
  },
  {
    name: 'ordered ... for Tuesday\'s strike',
    text: 'Prosecutors ordered an inquiry into Tuesday\'s strike on the port.',
    publishedAt: '2023-07-23T13:10:00+03:00',
    expect: [['Tuesday', '2023-07-18']],
  },
  {
    name: 'confirmed the toll from Wednesday\'s strike',
    text: 'Kyiv confirmed the death toll from Wednesday\'s strike on Odesa.',
    publishedAt: '2023-07-23T13:10:00+03:00',
    expect: [['Wednesday', '2023-07-19']],
  },
  {
    name: 'declared mourning for Monday\'s victims',
    text: 'The governor declared a day of mourning for Monday\'s victims.',
    publishedAt: '2023-07-23T13:10:00+03:00',
    expect: [['Monday', '2023-07-17']],
  },
  {
    name: 'negative: a window a declaration sets is still the nearest such day',
    text: 'The mayor announced a curfew from Monday.',
    publishedAt: '2023-07-23T13:10:00+03:00',
    expect: [['Monday', '2023-07-24']],
  },
  {
    name: 'negative: a possessive in a future clause stays ahead',
    text: 'Delegates will prepare for Tuesday\'s talks in Geneva.',
    publishedAt: '2023-07-23T13:10:00+03:00',
    expect: [['Tuesday', '2023-07-25']],
  },
]);
