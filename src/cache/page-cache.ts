/**
 * A least-recently-used cache of serialized responses, bounded by the bytes it holds. Keys carry
 * the database's write generation, so a write makes every older entry unreachable (they age out
 * of the LRU order instead of being swept).
 */
export class PageCache<V extends { body: Buffer }> {
  private readonly entries = new Map<string, V>();
  private bytes = 0;
  hits = 0;
  misses = 0;

  constructor(private readonly maxBytes: number) {}

  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) {
      this.misses++;
      return undefined;
    }
    // Map iteration order is insertion order: re-inserting marks the entry most recently used.
    this.entries.delete(key);
    this.entries.set(key, entry);
    this.hits++;
    return entry;
  }

  set(key: string, entry: V): void {
    const size = PageCache.sizeOf(key, entry);
    if (size > this.maxBytes) return;
    const previous = this.entries.get(key);
    if (previous !== undefined) {
      this.entries.delete(key);
      this.bytes -= PageCache.sizeOf(key, previous);
    }
    this.entries.set(key, entry);
    this.bytes += size;
    for (const [oldest, value] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= PageCache.sizeOf(oldest, value);
    }
  }

  get size(): number {
    return this.entries.size;
  }

  get byteSize(): number {
    return this.bytes;
  }

  /** Bytes held: the body's, and the key at two bytes per character (V8's worst case). */
  private static sizeOf(key: string, entry: { body: Buffer }): number {
    return key.length * 2 + entry.body.byteLength;
  }
}
