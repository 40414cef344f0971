/**
 * mapped and kept (src/extract/packed.ts) give the same results as Array.prototype.map and filter, and
 * arrays of one map whichever tier builds them: empty or not, from the interpreter or from code TurboFan
 * optimized with the helper inlined. (The builtins' results differ by tier, PACKED against HOLEY: an
 * optimized reader of them deoptimizes on the kind it was not compiled for.)
 */
import { setFlagsFromString } from 'node:v8';
import t from 'tap';
import { firstKept, kept, mapped } from '../../src/extract/packed.js';

setFlagsFromString('--allow-natives-syntax');
// Parsed after the flag is set, so they may call V8's runtime functions.
const prepare = new Function('f', '%PrepareFunctionForOptimization(f)') as (f: unknown) => void;
const optimizeOnNextCall = new Function('f', '%OptimizeFunctionOnNextCall(f)') as (f: unknown) => void;
const haveSameMap = new Function('a', 'b', 'return %HaveSameMap(a, b)') as (a: unknown, b: unknown) => boolean;
const optimized = new Function('f', 'return (%GetOptimizationStatus(f) & 16) !== 0') as (f: unknown) => boolean;

interface Named {
  name: string;
  kind: string;
}
const none: Named[] = [];
const some: Named[] = [
  { name: 'Kyiv', kind: 'city' },
  { name: 'Zelensky', kind: 'person' },
];

/**
 * The arrays `build` returns for no input and for some, first interpreted, then optimized: after a few
 * dozen calls, as the extractor makes them before any caller is optimized (V8 gives a function its
 * feedback, allocation sites included, only once it has run a few times).
 */
function byTier(build: (items: Named[]) => unknown[]): { results: unknown[][]; optimized: boolean } {
  const run = (items: Named[]) => build(items);
  prepare(run);
  for (let i = 0; i < 40; i++) run(i % 2 ? some : none);
  const results = [run(none), run(some)];
  optimizeOnNextCall(run);
  results.push(run(some), run(none));
  return { results, optimized: optimized(run) };
}

t.test('mapped and kept return what map and filter return', async (t) => {
  t.strictSame(mapped(some, (a) => a.name), ['Kyiv', 'Zelensky']);
  t.strictSame(mapped(some, (a, i) => `${i}:${a.kind}`), ['0:city', '1:person']);
  t.strictSame(mapped(none, (a) => a.name), []);
  t.strictSame(mapped([3, 5], (n) => n * 2), [6, 10]);
  t.strictSame(kept(some, (a) => a.kind === 'person'), [some[1]]);
  t.strictSame(kept(['a', '', 'b'], Boolean), ['a', 'b']);
  t.strictSame(kept(some, (_, i) => i > 0), [some[1]]);
  t.strictSame(kept(none, () => true), []);
});

t.test('firstKept is the first non-empty kept list, and reads no list after it', async (t) => {
  const lists = [[1, 3], [2, 5, 4], [6], [8]];
  const even = (n: number) => n % 2 === 0;
  t.strictSame(firstKept(lists, even), lists.map((list) => kept(list, even)).find((list) => list.length));
  t.strictSame(firstKept(lists, even), [2, 4]);
  t.equal(firstKept(lists, (n) => n > 100), undefined);
  t.equal(firstKept([], even), undefined);
  const read: number[] = [];
  firstKept(lists, (n) => (read.push(n), even(n)));
  t.strictSame(read, [1, 3, 2, 5, 4], 'the lists after the first with an even number are not read');
});

for (const [name, build] of [
  ['mapped', (items: Named[]) => mapped(items, (a) => a.name)],
  ['kept', (items: Named[]) => kept(items, (a) => a.kind === 'person')],
  ['kept then mapped', (items: Named[]) => mapped(kept(items, (a) => a.kind === 'person'), (a) => a.name)],
] as const) {
  t.test(`${name}: one map, empty or not, interpreted or optimized`, async (t) => {
    const { results, optimized } = byTier(build);
    t.ok(optimized, 'the caller was optimized');
    results.forEach((result, i) => t.ok(haveSameMap(result, results[0]), `result ${i} has the first one's map`));
  });
}
