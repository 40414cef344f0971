import t from 'tap';
import { PageCache, type PageCards } from '../../src/cache/page-cache.js';
import { testApp } from '../helpers/app.js';
import { eventFields } from '../helpers/db.js';

const HEAD = Buffer.from('[');
const SEPARATOR = ','.charCodeAt(0);

/** A page of cards named by `ids`, each card's bytes `"<id>"` padded to `cardBytes`, cut from one buffer as the repository's are. */
function pageOf(ids: string[], cardBytes = 10): PageCards<string> {
  const whole = Buffer.from(ids.map((id) => `"${id}"`.padEnd(cardBytes, ' ')).join(','));
  return {
    ids,
    cards: ids.map((_, index) => whole.subarray(index * (cardBytes + 1), index * (cardBytes + 1) + cardBytes)),
    tail: Buffer.from(']'),
    extra: `extra of ${ids.join('+')}`,
  };
}

const text = (served: { body: Buffer } | undefined) => served?.body.toString().replace(/ +/g, '');

t.test('a page comes back as head, cards joined by the separator, and tail, with its extra', async (t) => {
  const cache = new PageCache<string>(10_000, HEAD, SEPARATOR);
  cache.set('g1', 'p', pageOf(['a', 'b', 'c']));
  const served = cache.get('g1', 'p');
  t.equal(text(served), '["a","b","c"]');
  t.equal(served?.extra, 'extra of a+b+c');
  cache.set('g1', 'empty', { ids: [], cards: [], tail: Buffer.from(']'), extra: '' });
  t.equal(text(cache.get('g1', 'empty')), '[]');
  t.equal(cache.get('g1', 'other'), undefined);
  t.equal(cache.hits, 2);
  t.equal(cache.misses, 1);
});

t.test('a page read without the cards the cache holds is kept and served whole', async (t) => {
  const cache = new PageCache<string>(10_000, HEAD, SEPARATOR);
  t.equal(text({ body: cache.set('g1', 'p1', pageOf(['a', 'b', 'c'])) }), '["a","b","c"]', 'set returns the bytes get will serve');
  t.ok(cache.holds('g1', 'b'));
  t.notOk(cache.holds('g1', 'd'));
  const read = pageOf(['b', 'c', 'd']);
  const body = cache.set('g1', 'p2', { ...read, cards: read.ids.map((id, index) => (cache.holds('g1', id) ? undefined : read.cards[index])) });
  t.equal(text({ body }), '["b","c","d"]');
  t.equal(text(cache.get('g1', 'p2')), '["b","c","d"]');
  t.equal(cache.cardCount, 4);
  t.notOk(cache.holds('g2', 'b'), 'nothing is held for a later generation');
  t.throws(() => cache.set('g2', 'p2', { ...read, cards: [undefined, undefined, undefined] }), /not held/, 'a card left out must be held');
});

t.test('pages are assembled into the buffers the caller allocates', async (t) => {
  const cache = new PageCache<string>(10_000, HEAD, SEPARATOR);
  const allocated: Buffer[] = [];
  const allocate = (length: number) => {
    const buffer = Buffer.alloc(length + 10).subarray(5, 5 + length);
    allocated.push(buffer);
    return buffer;
  };
  const body = cache.set('g1', 'p', pageOf(['a', 'b']), allocate);
  t.equal(body, allocated[0]);
  const served = cache.get('g1', 'p', allocate);
  t.equal(served?.body, allocated[1]);
  t.equal(text(served), '["a","b"]');
});

t.test('each card is held once, however many pages show it, and leaves with the last of them', async (t) => {
  const cache = new PageCache<string>(10_000, HEAD, SEPARATOR);
  cache.set('g1', 'p1', pageOf(['a', 'b', 'c']));
  const firstPage = cache.byteSize;
  cache.set('g1', 'p2', pageOf(['b', 'c', 'd']));
  t.equal(cache.cardCount, 4, 'b and c are shared');
  const alone = new PageCache<string>(10_000, HEAD, SEPARATOR);
  alone.set('g1', 'p2', pageOf(['b', 'c', 'd']));
  // Alone, p2 costs its entry and three cards; next to p1, its entry and one card.
  t.ok(cache.byteSize - firstPage < alone.byteSize * 0.75, 'the second page costs one new card and its references, not three cards');
  t.equal(text(cache.get('g1', 'p2')), '["b","c","d"]');
  cache.set('g1', 'p1', pageOf(['a']));
  t.equal(cache.cardCount, 4, 'replacing p1 keeps b and c for p2');
  t.equal(text(cache.get('g1', 'p1')), '["a"]');
  cache.set('g1', 'p1', pageOf(['d']));
  t.equal(cache.cardCount, 3, 'a, shown by no page any more, is dropped');
});

t.test('least recently used pages leave first when the bytes run over; an oversized page is not kept', async (t) => {
  const probe = new PageCache<string>(10_000, HEAD, SEPARATOR);
  probe.set('g1', 'p1', pageOf(['a', 'b'], 100));
  const pageBytes = probe.byteSize;
  const cache = new PageCache<string>(Math.floor(pageBytes * 2.5), HEAD, SEPARATOR);
  cache.set('g1', 'p1', pageOf(['a', 'b'], 100));
  cache.set('g1', 'p2', pageOf(['c', 'd'], 100));
  t.ok(cache.get('g1', 'p1'), 'p1 used: p2 is now the oldest');
  cache.set('g1', 'p3', pageOf(['e', 'f'], 100));
  t.equal(cache.get('g1', 'p2'), undefined, 'p2 evicted to make room');
  t.ok(cache.get('g1', 'p1'));
  t.ok(cache.get('g1', 'p3'));
  t.equal(cache.cardCount, 4, "p2's cards left with it");
  t.ok(cache.byteSize <= pageBytes * 2.5);
  cache.set('g1', 'huge', pageOf(Array.from({ length: 20 }, (_, index) => `x${index}`), 100));
  t.equal(cache.get('g1', 'huge'), undefined);
  t.equal(cache.size, 2, 'an oversized page evicts nothing');
});

t.test('a page is served for the write generation it was read in only, and its cards count as held for it only', async (t) => {
  const cache = new PageCache<string>(10_000, HEAD, SEPARATOR);
  cache.set('g1', 'p', pageOf(['a', 'b']));
  t.ok(cache.get('g1', 'p'));
  t.equal(cache.get('g2', 'p'), undefined, 'not served for a later generation');
  t.notOk(cache.holds('g2', 'a'), 'a card read before a write may be stale: a page read must read it again');
  t.throws(() => cache.set('g2', 'p', { ...pageOf(['a', 'b']), cards: [undefined, undefined] }), /not held/);
});

t.test('a card read again after a write with the same bytes is confirmed, not copied; one with other bytes replaces it', async (t) => {
  const cache = new PageCache<string>(10_000, HEAD, SEPARATOR);
  cache.set('g1', 'window', pageOf(['e1', 'e2']));
  cache.set('g1', 'neighbour', pageOf(['e2', 'e3']));
  const bytes = cache.byteSize;
  cache.set('g2', 'window', pageOf(['e1', 'e2']));
  t.equal(cache.byteSize, bytes, 'e1 and e2 confirmed: no second copy of e2 next to the one the older neighbour shows');
  t.ok(cache.holds('g2', 'e2'));
  t.notOk(cache.holds('g2', 'e3'), 'e3 was not read again');
  t.equal(text(cache.get('g2', 'window')), '["e1","e2"]');
  t.equal(cache.get('g2', 'neighbour'), undefined);

  const changed = pageOf(['e1', 'e2']);
  changed.cards = [changed.cards[0], Buffer.from('"e2-new"')];
  t.equal(cache.set('g3', 'window', changed).toString().replace(/ +/g, ''), '["e1","e2-new"]');
  t.equal(text(cache.get('g3', 'window')), '["e1","e2-new"]');
  t.equal(cache.cardCount, 3, 'one card per event: the new e2 replaced the old one');
  // The older neighbour, the last page showing the old e2, leaves: the new e2 stays.
  cache.set('g3', 'neighbour', pageOf(['e3']));
  t.ok(cache.holds('g3', 'e2'));
  t.equal(text(cache.get('g3', 'window')), '["e1","e2-new"]');
  const fresh = new PageCache<string>(10_000, HEAD, SEPARATOR);
  fresh.set('g3', 'window', changed);
  fresh.set('g3', 'neighbour', pageOf(['e3']));
  t.equal(cache.byteSize, fresh.byteSize, 'bytes counted as for a cache that read only the current pages');
  t.equal(cache.cardCount, fresh.cardCount);
});

t.test('a cached card is a copy: the buffer it was cut from can be reused', async (t) => {
  const cache = new PageCache<string>(10_000, HEAD, SEPARATOR);
  const page = pageOf(['a', 'b']);
  cache.set('g1', 'p', page);
  for (const card of page.cards) card?.fill(0x20);
  t.equal(text(cache.get('g1', 'p')), '["a","b"]');
});

t.test('GET /v1/events never serves a page older than the last write', async (t) => {
  const app = await testApp(t);
  const now = '2025-07-05T12:00:00.000Z';
  const first = app.repos.events.insert(eventFields({ startDate: '2025-07-03', endDate: '2025-07-03' }), now);
  const ids = async (headers: Record<string, string> = {}) =>
    ((await app.inject({ url: '/v1/events?from=2025-07-01&to=2025-07-07', headers })).json() as { data: Array<{ id: string }> }).data.map((e) => e.id);
  t.same(await ids(), [first]);
  t.same(await ids(), [first], 'served again (from the cache)');
  const second = app.repos.events.insert(eventFields({ startDate: '2025-07-04', endDate: '2025-07-04' }), now);
  t.same(await ids(), [first, second], 'a write makes the cached page unreachable');
  app.repos.events.update(second, eventFields({ startDate: '2025-08-04', endDate: '2025-08-04' }), now);
  t.same(await ids(), [first], 'an update too');
  t.same(await ids({ 'cache-control': 'no-cache' }), [first], 'no-cache reads the database');
  const res = await app.inject({ url: '/v1/events?from=2025-07-01&to=2025-07-07&limit=1' });
  t.match(res.headers['content-type'], /^application\/json/);
  t.equal(res.headers.link, undefined, 'one event, one page: no next link');
});

t.test('a page read again keeps the cards it shares with its previous read, and releases the rest', async (t) => {
  const cache = new PageCache<string>(10_000, HEAD, SEPARATOR);
  cache.set('g1', 'p', pageOf(['a', 'b', 'c']));
  const bytes = cache.byteSize;
  cache.set('g1', 'p', pageOf(['a', 'b', 'c']));
  t.equal(cache.byteSize, bytes, 'the same page read again costs the same');
  t.equal(cache.cardCount, 3);
  cache.set('g1', 'p', pageOf(['b', 'c', 'd']));
  t.equal(cache.cardCount, 3, 'a released, d taken');
  t.equal(text(cache.get('g1', 'p')), '["b","c","d"]');
  cache.set('g1', 'p', pageOf(Array.from({ length: 40 }, (_, index) => `x${index}`), 200));
  t.equal(cache.get('g1', 'p'), undefined, 'a page read again too large for the cache is no longer served');
  t.equal(cache.cardCount, 0);
  t.equal(cache.byteSize, 0);
  t.equal(cache.heldSlabBytes, 0, 'no card held, no slab');
  t.equal(cache.heldCardBytes, 0);
});

t.test('a full read that finds a held card changed serves the new bytes and drops what was held', async (t) => {
  // A write on another connection the generation has not counted yet: the no-cache read sees it first.
  const cache = new PageCache<string>(10_000, HEAD, SEPARATOR);
  cache.set('g1', 'window', pageOf(['e1', 'e2']));
  cache.set('g1', 'neighbour', pageOf(['e2', 'e3']));
  const reread = pageOf(['e1', 'e2']);
  reread.cards = [Buffer.from('"e1-new"'), reread.cards[1]];
  t.equal(cache.set('g1', 'window', reread).toString().replace(/ +/g, ''), '["e1-new","e2"]');
  t.equal(text(cache.get('g1', 'window')), '["e1-new","e2"]');
  t.equal(cache.get('g1', 'neighbour'), undefined, 'pages held before the change are not served');
  t.equal(cache.cardCount, 2);
  // The same bytes read again are no change: the other pages stay.
  cache.set('g1', 'neighbour', pageOf(['e2', 'e3']));
  cache.set('g1', 'window', reread);
  t.equal(text(cache.get('g1', 'neighbour')), '["e2","e3"]');
});

/** Copies a cached page's assembly made: head and tail, and one per run of cards. */
function copiesOf(cache: PageCache<string>, generation: string, key: string): { copies: number; text: string | undefined } {
  const before = cache.copies;
  const served = cache.get(generation, key);
  return { copies: cache.copies - before, text: text(served) };
}

/** A page read as the route reads it: the cards the cache holds left out. */
function readAgainst(cache: PageCache<string>, generation: string, ids: string[], cardBytes = 10): PageCards<string> {
  const read = pageOf(ids, cardBytes);
  return { ...read, cards: read.ids.map((id, index) => (cache.holds(generation, id) ? undefined : read.cards[index])) };
}

t.test("cards taken in together are copied into a page as one run, a neighbour page's shared cards as one run of them", async (t) => {
  const cache = new PageCache<string>(10_000, HEAD, SEPARATOR);
  cache.set('g1', 'p1', pageOf(['a', 'b', 'c', 'd']));
  t.same(copiesOf(cache, 'g1', 'p1'), { copies: 3, text: '["a","b","c","d"]' }, 'head, the four cards, tail');
  cache.set('g1', 'p2', readAgainst(cache, 'g1', ['b', 'c', 'd', 'e']));
  t.same(copiesOf(cache, 'g1', 'p2'), { copies: 4, text: '["b","c","d","e"]' }, "b-d from p1's cards, e from p2's");
  cache.set('g1', 'gap', readAgainst(cache, 'g1', ['a', 'c']));
  t.same(copiesOf(cache, 'g1', 'gap'), { copies: 4, text: '["a","c"]' }, 'cards apart in their slab are not one run (b is not copied)');
  cache.set('g1', 'reversed', readAgainst(cache, 'g1', ['d', 'c', 'e', 'f']));
  t.same(copiesOf(cache, 'g1', 'reversed'), { copies: 6, text: '["d","c","e","f"]' }, 'd, c, e apart; f new');
  cache.set('g1', 'empty', { ids: [], cards: [], tail: Buffer.from(']'), extra: '' });
  t.same(copiesOf(cache, 'g1', 'empty'), { copies: 2, text: '[]' });
});

t.test('a slab mostly of cards no page shows any more is compacted; the cards still shown are served as before', async (t) => {
  const cache = new PageCache<string>(10_000, HEAD, SEPARATOR);
  cache.set('g1', 'p1', pageOf(['a', 'b', 'c', 'd', 'e', 'f']));
  cache.set('g1', 'p2', readAgainst(cache, 'g1', ['e', 'f']));
  t.equal(cache.heldSlabBytes, 6 * 10 + 5);
  cache.set('g1', 'p1', pageOf(['x']));
  t.equal(cache.heldSlabBytes, 2 * 10 + 1 + 10, 'a-d dropped: e and f moved to a slab of their own, next to x');
  t.same(copiesOf(cache, 'g1', 'p2'), { copies: 3, text: '["e","f"]' }, 'e and f still one run');
  cache.set('g1', 'p2', pageOf(['y']));
  t.equal(cache.heldSlabBytes, 20);
  t.equal(text(cache.get('g1', 'p1')), '["x"]');
});

t.test('pages set, read again, changed and evicted at random are served as read, and the slabs stay under twice the cards they hold', async (t) => {
  // A small seeded generator: the same sequence every run.
  let seed = 7;
  const random = (below: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % below;
  };
  const versions = new Map<string, number>();
  const cardOf = (id: string) => Buffer.from(`"${id}.${versions.get(id) ?? 0}${'~'.repeat((Number(id.slice(1)) * 7) % 23)}"`);
  const cache = new PageCache<string>(15_000, HEAD, SEPARATOR);
  let generation = 0;
  const expected = (ids: string[]) => `[${ids.map((id) => cardOf(id).toString()).join(',')}]`;
  const shown = new Map<string, string[]>();
  let served = 0;
  for (let step = 0; step < 3000; step++) {
    if (random(50) === 0) {
      generation++;
      for (let changed = 0; changed < 3; changed++) {
        const id = `e${random(60)}`;
        versions.set(id, (versions.get(id) ?? 0) + 1);
      }
    }
    const start = random(55);
    const ids = Array.from({ length: 1 + (start % 6) }, (_, index) => `e${start + index}`);
    const key = `w${start}`;
    const g = `g${generation}`;
    // A full read (no-cache) now and then, otherwise the held cards left out.
    const full = random(10) === 0;
    const body = cache.set(g, key, {
      ids,
      cards: ids.map((id) => (!full && cache.holds(g, id) ? undefined : cardOf(id))),
      tail: Buffer.from(']'),
      extra: key,
    });
    t.equal(body.toString(), expected(ids), `set ${key}`);
    shown.set(key, ids);
    const other = [...shown.keys()][random(shown.size)];
    const again = cache.get(g, other);
    if (again) {
      served++;
      if (again.body.toString() !== expected(shown.get(other)!)) t.fail(`step ${step}: ${other} served ${again.body.toString()}`);
    }
    if (cache.heldSlabBytes > 2 * cache.heldCardBytes) t.fail(`step ${step}: slabs of ${cache.heldSlabBytes} B for ${cache.heldCardBytes} B of cards`);
  }
  t.ok(served > 300, `pages served from the cache: ${served}`);
  t.ok(cache.heldCardBytes > 0 && cache.heldCardBytes <= cache.byteSize, 'the cards held are counted against the bound');
});
