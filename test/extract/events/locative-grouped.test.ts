import t from 'tap';
import { groupedByFirstLetter, LOCATIVE, LOCATIVE_HEADS } from '../../../src/extract/events/places.js';
import { assertSameMatches } from '../../helpers/same-matches.js';

t.test('groupedByFirstLetter sets the words of one first letter or letter class under it, in their order', async (t) => {
  t.equal(groupedByFirstLetter(['[iI]n', '[oO]n', '[iI]nto', 'hits', '[hH]it', 'holds']), '[iI](?:n|nto)|[oO](?:n)|h(?:its|olds)|[hH](?:it)');
  t.equal(groupedByFirstLetter(['[gG]ave up', '[gG]iven up']), '[gG](?:ave up|iven up)', 'a word of two keeps its space');
  t.equal(groupedByFirstLetter(['at']), 'a(?:t)');
});

/** LOCATIVE as it read before its head words were grouped by first letter: the flat alternation, which it must match as. */
const FLAT = LOCATIVE_HEADS.join('|');
const GROUPED = groupedByFirstLetter(LOCATIVE_HEADS);
const UNGROUPED = new RegExp(LOCATIVE.source.replace(GROUPED, FLAT), LOCATIVE.flags);

t.test('LOCATIVE holds its head words grouped', async (t) => {
  t.ok(LOCATIVE.source.includes(GROUPED));
  t.ok(LOCATIVE_HEADS.length > 100 && LOCATIVE_HEADS.includes('[tT]owards') && LOCATIVE_HEADS.includes('hits'));
});

t.test('LOCATIVE finds what the flat alternation found: every head word, words that share a start, and every dev sentence', async (t) => {
  // each head word before a place, in running text and opening a sentence (a word of the present list lower-case only)
  const spelled = (head: string) => head.replace(/^\[(\w)\w\]/, '$1');
  const rows = LOCATIVE_HEADS.flatMap((head) => [
    `Officials said forces ${spelled(head)} Kharkiv and Sumy overnight.`,
    `${spelled(head).replace(/^\w/, (c) => c.toUpperCase())} the occupied city of Melitopol, troops waited.`,
  ]);
  rows.push(
    // words that open alike: the shorter must not win where the longer is written, nor the longer where the shorter is
    'Drones were hitting Odesa while missiles hit Dnipro and rockets hits Izium.',
    'Columns moved toward Pokrovsk, then towards Kramatorsk; units advanced towards the town of Siversk.',
    'Kyiv gave up Soledar, had given up Bakhmut and was giving up Avdiivka.',
    'Moscow took Marinka; Vuhledar was taken; the army takes Kurakhove, retook Robotyne and retakes Lyman.',
    'He visits Kyiv, visited Bucha and is visiting Irpin; visits to Odesa followed.',
    'Into Kursk, onto Belgorod, over Crimea, off Sevastopol and of Kherson.',
    'In  Kharkiv and\tin\nZaporizhzhia, shelling; on Kupiansk, at Lyman.',
  );
  assertSameMatches(t, LOCATIVE, UNGROUPED, rows, { rows: 200, corpus: 1001 });
});
