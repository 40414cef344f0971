/**
 * A window declared ahead from a past report ("announced ..., saying forces would stop fighting from 6 p.m. on
 * Saturday") is read as a declared window, the nearer such days, also when a wire converts the clock time in
 * brackets ("6 p.m. Moscow time (1500 GMT)"): the conversion is no break between the window's opener and its day.
 */
import { spanTable as table } from './span-table.js';

table("a clock time's bracketed conversion inside a declared window", [
  {
    name: 'a truce from 6 p.m. Moscow time (1500 GMT) on Saturday, told on Sunday: the Saturday just gone',
    text: 'Putin announced the truce on Saturday, saying his forces would stop fighting from 6 p.m. Moscow time (1500 GMT) on Saturday until midnight on Sunday.',
    publishedAt: '2025-04-20T15:00:00Z',
    expect: [['Saturday#2', '2025-04-19'], ['Sunday', '2025-04-20']],
  },
  {
    name: 'noon Kyiv time (0900 GMT) on Friday, told on Saturday',
    text: 'The ministry said the guns would fall silent from noon Kyiv time (0900 GMT) on Friday.',
    publishedAt: '2025-06-14T08:00:00Z',
    expect: [['Friday', '2025-06-13']],
  },
  {
    name: 'a 24-hour clock with its conversion, told the day before: the coming day',
    text: 'Officials said the halt would run from 18:00 (15:00 GMT) on Monday.',
    publishedAt: '2025-06-15T08:00:00Z',
    expect: [['Monday', '2025-06-16']],
  },
  {
    name: 'a clock in four figures with its zone is no year, and the days around it stand',
    text: 'The order halts all fire from 1800 Moscow time (1500 GMT) on Saturday until midnight on Sunday.',
    publishedAt: '2025-04-19T17:00:00Z',
    expect: [['1800', null], ['Saturday', '2025-04-19'], ['Sunday', '2025-04-20']],
  },
  {
    name: 'a year after "since" or "in" with a capitalised word after it stays a year',
    text: 'Fighting has gone on since 2014 Donbas fell apart; in 2022 Moscow invaded.',
    publishedAt: '2025-04-19T17:00:00Z',
    expect: [['2014', '2014-01-01..2014-12-31'], ['2022', '2022-01-01..2022-12-31']],
  },
]);
