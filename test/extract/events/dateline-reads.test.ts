import t from 'tap';
import { extractArticle } from '../../../src/extract/index.js';

/**
 * findCandidates reads a sentence's dateline only where it is used: for a strike whose sentence names no place,
 * and for a meeting held nowhere the sentence names. Each of those still takes the dateline's city, and a
 * sentence naming its own place keeps that place.
 */
const placesOf = (body: string, type: string) =>
  extractArticle({ title: 'Update', body, publishedAt: '2025-03-16T07:00:00Z' })
    .events.filter((e) => e.type === type)
    .map((e) => e.places.map((p) => p.name).join('+'));

t.test('a strike told without a place in a datelined lead hits the dateline city', async (t) => {
  const rows: Array<[string, string]> = [
    ['SUMY — Russian missiles struck overnight, killing two people, officials said on Sunday.', 'Sumy'],
    ['KHARKIV, March 15 — Drones attacked overnight into Saturday, the governor said.', 'Kharkiv'],
    ['DNIPRO — A Russian missile strike on Saturday killed four people.', 'Dnipro'],
  ];
  for (const [body, place] of rows) t.ok(placesOf(body, 'missile_strike').concat(placesOf(body, 'drone_strike')).includes(place), body);
});

t.test('a meeting in a datelined lead with no place of its own is held in the dateline city', async (t) => {
  const rows: Array<[string, string]> = [
    ['ANKARA — Erdogan met Zelenskyy on Tuesday to discuss a prisoner exchange.', 'Ankara'],
    ['WARSAW — Tusk met Zelenskyy on Friday, his office said.', 'Warsaw'],
  ];
  for (const [body, place] of rows) t.same(placesOf(body, 'meeting'), [place], body);
});

t.test('a sentence naming its own place keeps it, whatever its dateline', async (t) => {
  const rows: Array<[string, string, string]> = [
    ['ODESA — Russian drones hit Kharkiv overnight into Sunday, officials said.', 'drone_strike', 'Kharkiv'],
    ['ANKARA — Erdogan met Zelenskyy in Istanbul on Tuesday.', 'meeting', 'Istanbul'],
  ];
  for (const [body, type, place] of rows) t.same(placesOf(body, type), [place], body);
});

t.test('a dateline city is named as the same city found in the text is', async (t) => {
  // GeoNames spells some cities otherwise ("Odessa", "Zaporizhia"); one city must carry one name, or
  // its reports split in merging and place filters.
  const rows: Array<[string, string, string]> = [
    ['ODESA — Russian drones struck the port overnight, officials said on Sunday.', 'Russian drones struck Odesa overnight, officials said on Sunday.', 'drone_strike'],
    ['ZAPORIZHZHIA — A missile struck a residential block on Saturday.', 'A missile struck Zaporizhzhia on Saturday.', 'missile_strike'],
    ['KRAMATORSK — Two missiles hit the railway station on Saturday.', 'Two missiles hit Kramatorsk railway station on Saturday.', 'missile_strike'],
  ];
  for (const [dateline, inText, type] of rows) {
    const fromText = placesOf(inText, type);
    t.equal(fromText.length, 1, inText);
    t.same(placesOf(dateline, type), fromText, dateline);
  }
});

t.test('a strike on a building later in a datelined story is placed in the dateline city when the story names no other more', async (t) => {
  const rows: Array<[string, string, string]> = [
    ['LVIV — Crews searched the rubble on Tuesday.\n\nIt was a hard week. On Sunday, Russian missiles hit the Arsenal printing house, killing three workers.', 'missile_strike', 'Lviv'],
    ['SUMY — Residents queued for water on Friday.\n\nThe night before, drones struck the city children\'s hospital, injuring two people.', 'drone_strike', 'Sumy'],
  ];
  for (const [body, type, place] of rows) t.ok(placesOf(body, type).includes(place), body);
});

t.test('a dateline does not place a strike the story tells of another city it names more, nor one filed from a capital or from abroad', async (t) => {
  const rows: Array<[string, string]> = [
    // the body is about Kharkiv (named twice), not the city it was filed from
    ['KYIV — Officials in Kharkiv counted the damage on Monday.\n\nSchools in Kharkiv stayed shut. On Sunday, missiles hit the Factor Druk printing house, killing seven.', 'Kyiv'],
    // filed from a capital, which datelines stories about the whole country
    ['MOSCOW — Officials gave an update on Monday.\n\nIt was a hard week. On Sunday, drones hit the Arsenal printing house, killing three workers.', 'Moscow'],
    // filed from outside the two countries at war
    ['BRUSSELS — Ministers met on Monday.\n\nIt was a hard week. On Sunday, Russian missiles hit the Arsenal printing house, killing three workers.', 'Brussels'],
  ];
  for (const [body, place] of rows) t.notOk([...placesOf(body, 'missile_strike'), ...placesOf(body, 'drone_strike')].includes(place), body);
});
