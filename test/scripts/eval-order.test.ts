import t from 'tap';
import { ingestOrder, parseOrder, type GoldDocument } from '../../scripts/eval.js';

const doc = (name: string, publishedAt: string): GoldDocument => ({ name, input: { title: name, body: name, publishedAt }, gold: [] });
const docs = [doc('c', '2025-03-03T00:00:00Z'), doc('a', '2025-03-01T00:00:00Z'), doc('b', '2025-03-02T00:00:00Z'), doc('d', '2025-03-04T00:00:00Z')];
const names = (list: GoldDocument[]) => list.map((d) => d.name).join('');

t.test('--order parses publication, newest and shuffle:<seed>; anything else is an error', async (t) => {
  const cases: Array<[string[], ReturnType<typeof parseOrder>]> = [
    [[], { kind: 'publication' }],
    [['--order', 'publication'], { kind: 'publication' }],
    [['--order', 'newest'], { kind: 'newest' }],
    [['--order=newest'], { kind: 'newest' }],
    [['--json', '--order', 'shuffle:42'], { kind: 'shuffle', seed: 42 }],
  ];
  for (const [argv, expected] of cases) t.same(parseOrder(argv), expected, argv.join(' '));
  for (const bad of ['oldest', 'shuffle', 'shuffle:x']) t.throws(() => parseOrder(['--order', bad]), bad);
});

t.test('the ingest order: by publication, reversed, or a shuffle that one seed always repeats', async (t) => {
  t.equal(names(ingestOrder(docs, { kind: 'publication' })), 'abcd');
  t.equal(names(ingestOrder(docs, { kind: 'newest' })), 'dcba');
  const once = names(ingestOrder(docs, { kind: 'shuffle', seed: 7 }));
  t.equal(names(ingestOrder(docs, { kind: 'shuffle', seed: 7 })), once, 'same seed, same order');
  t.equal([...once].sort().join(''), 'abcd', 'a permutation');
  const seen = new Set([1, 2, 3, 4, 5, 6].map((seed) => names(ingestOrder(docs, { kind: 'shuffle', seed }))));
  t.ok(seen.size > 1, 'seeds give different orders');
});
