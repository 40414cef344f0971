/**
 * Arrays that keep one shape whichever tier of V8 builds them.
 *
 * V8 gives an array a map per elements kind (PACKED or HOLEY; small integers, doubles or anything),
 * and the array builtins do not agree across tiers: Array.prototype.map's result is PACKED when the
 * interpreter's builtin builds it and HOLEY when TurboFan has inlined the call into an optimized
 * caller; filter's the other way round. Optimized code checks the maps its feedback saw, and that
 * feedback comes from the interpreter, so the first time an optimized caller's own array (or an
 * empty one, which has a kind of its own) reaches a method call, `.length` or a `for...of`, the
 * caller deoptimizes on a "wrong map" and is compiled again, once per kind it meets. On the
 * extraction thread that was findCandidates, ownDatesStage and the functions reading ctx.readings,
 * each compiled 2-4 times within the first 2,000 articles at ~0.1-0.3 s of CPU a compile.
 *
 * These build their result by push into one array literal: its allocation site learns the most
 * general kind it has held (PACKED_ELEMENTS once an object or string is pushed) and every array it
 * makes afterwards, empty ones included, starts with that kind in both tiers, so the callers' checks
 * see one map. Use them where the result is read again in hot code; the builtins stay the right
 * choice elsewhere.
 */

/** `items.map(f)`, as an array of one map in every tier. */
export function mapped<T, U>(items: readonly T[], f: (item: T, index: number) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < items.length; i++) out.push(f(items[i], i));
  return out;
}

/** `items.filter(keep)`, as an array of one map in every tier. */
export function kept<T, S extends T>(items: readonly T[], keep: (item: T, index: number) => item is S): S[];
export function kept<T>(items: readonly T[], keep: (item: T, index: number) => unknown): T[];
export function kept<T>(items: readonly T[], keep: (item: T, index: number) => unknown): T[] {
  const out: T[] = [];
  for (let i = 0; i < items.length; i++) if (keep(items[i], i)) out.push(items[i]);
  return out;
}

/**
 * `lists.map((list) => kept(list, keep)).find((kept) => kept.length)`, without filtering the lists after the first
 * one with an item kept: the first non-empty result, else undefined.
 */
export function firstKept<T>(lists: ReadonlyArray<readonly T[]>, keep: (item: T) => unknown): T[] | undefined {
  for (let i = 0; i < lists.length; i++) {
    const out = kept(lists[i], keep);
    if (out.length) return out;
  }
  return undefined;
}
