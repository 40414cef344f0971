/**
 * A cache of serialized timeline pages, bounded by the bytes it holds, least recently used pages
 * leaving first. Normalized: a page is a list of references to event cards (each event's JSON),
 * and each card is held once however many pages show it. Pages of neighbouring windows and of
 * different filters share most of their events (a random 7-day window of a 10-year, 1M-event
 * timeline shows 2.6 events no window starting a day earlier shows), so the cache costs about the
 * distinct events served rather than pages × page size: every window of such a timeline fits in
 * about 16 MB (8 MB of them the events' JSON), where whole pages took 106 MB.
 *
 * Each page and card records the write generation it was read in: a page is served only for its
 * own generation, and a card only counts as held (see holds) for the generation it was read or
 * confirmed in. A card read again for a later generation is compared with the one held: the same
 * bytes confirm it (kept, not copied again), other bytes replace it. A batch's writer commits a
 * slice about every 250 ms, and emptying the cache at each commit made every read after it copy
 * all its cards in again, to be dropped at the next commit: measured in-process on the 1M bench
 * copy (random no-cache windows, another connection committing every 250 ms against none), the
 * heap promoted per request rose 69 -> 74 KB with emptying and stayed at 67-68 KB without;
 * now a commit costs the cache only the cards it changed.
 */
export interface PageCards<Extra> {
  /**
   * The page's events, in page order, and each one's JSON bytes (may be views into a larger
   * buffer); undefined where the cache holds the card already (see holds).
   */
  ids: readonly string[];
  cards: ReadonlyArray<Buffer | undefined>;
  /** Bytes after the last card (the end of the array and whatever follows it). */
  tail: Buffer;
  /** What else the caller keeps with the page (small: it is not counted). */
  extra: Extra;
}

/** Where a page's bytes are assembled: a buffer of exactly `length` bytes. */
export type Allocate = (length: number) => Buffer;

interface Card {
  id: string;
  /** Its JSON: a view into its slab once the cache holds it, the bytes read until then. */
  bytes: Buffer;
  /** How many cached pages show it. */
  pages: number;
  /** The write generation its bytes were last read in (or found unchanged in). */
  generation: string;
  /** The buffer its bytes are held in, once the cache holds it. */
  slab: Slab | undefined;
  /** Where its bytes start in its slab. */
  offset: number;
}

/**
 * One buffer holding cards the cache took in together (the new cards of one page, or the cards a
 * slab kept when it was compacted), in page order with the separator between neighbours: a page
 * whose cards neighbour each other in a slab is copied as one run instead of card by card.
 * Assembling a 1M bench window (50 cards of ~620 bytes, each its own small buffer scattered over
 * the heap) spent a third of the server's CPU per cached page in TypedArray.prototype.set and
 * memmove (perf record, cpu-clock, 1M database, cached random windows): ~110 ns a call and the
 * cache misses of 50 scattered sources. Neighbouring windows share most of their cards, so a page's
 * cards sit in a few runs of the slabs of the pages read before it.
 */
interface Slab {
  buffer: Buffer;
  /** Its cards in slab order (dead ones included until it is compacted). */
  cards: Card[];
  /** Bytes of the cards of it that the cache still holds. */
  liveBytes: number;
  live: number;
}

interface Page<Extra> {
  cards: Card[];
  /**
   * Its cards as runs (views of the bytes copied in one go: cards one after the other in a slab,
   * the separators between them included), worked out at its first assembly, and again after slabs
   * were compacted (runsAt: the cache's count of compactions then).
   */
  runs: Uint8Array[] | undefined;
  runsAt: number;
  /** Bytes of the whole page as served. */
  length: number;
  tail: Buffer;
  extra: Extra;
  cost: number;
  /** The write generation it was read in: it is served for that one only. */
  generation: string;
}

/**
 * Bytes a page and a card cost beyond their data (objects, Map entries, Buffer views, the pool
 * slabs small copies are cut from): every window of the 1M bench timeline measured 7.9 MB of heap
 * and 7.9 MB of buffers, counted as 12.6 MB with these.
 */
const PAGE_OVERHEAD = 640;
const CARD_OVERHEAD = 320;

function cardCost(id: string, bytes: Buffer): number {
  return CARD_OVERHEAD + id.length * 2 + bytes.byteLength;
}

export class PageCache<Extra> {
  private readonly pages = new Map<string, Page<Extra>>();
  private readonly cards = new Map<string, Card>();
  private bytes = 0;
  /** Bytes of the slabs held (cards' bytes, separators, and the cards dead in them until compacted). */
  private slabBytes = 0;
  /** Bytes of the cards held in them. */
  private cardBytes = 0;
  /** Slabs compacted so far: runs worked out before the last compaction may be stale. */
  private compactions = 0;
  hits = 0;
  misses = 0;
  /** Copies made into page bodies (head, each run of neighbouring cards, separators between runs aside, tail). */
  copies = 0;

  /**
   * @param head bytes before the first card of every page (the start of the array)
   * @param separator the byte between two cards
   */
  constructor(
    private readonly maxBytes: number,
    private readonly head: Buffer,
    private readonly separator: number,
  ) {}

  /** The page's bytes (head, cards, tail) and extra, or undefined when it is not held for this generation. */
  get(generation: string, key: string, allocate: Allocate = Buffer.allocUnsafe): { body: Buffer; extra: Extra } | undefined {
    const page = this.pages.get(key);
    // A page of an older generation stays until set() replaces it (its cards may be confirmed then).
    if (page === undefined || page.generation !== generation) {
      this.misses++;
      return undefined;
    }
    // Map iteration order is insertion order: re-inserting marks the page most recently used.
    this.pages.delete(key);
    this.pages.set(key, page);
    this.hits++;
    return { body: this.assemblePage(page, allocate), extra: page.extra };
  }

  /** Whether the card of event `id` is held for this generation (a page read may then leave it out). */
  holds(generation: string, id: string): boolean {
    return this.cards.get(id)?.generation === generation;
  }

  /**
   * Keeps a page read for `generation` (its new cards copied) and returns its bytes, as get()
   * would. A card left out of `page` must be held (holds() said so, and nothing was set since).
   */
  set(generation: string, key: string, page: PageCards<Extra>, allocate: Allocate = Buffer.allocUnsafe): Buffer {
    // A full read (no-cache) that finds a card held for this generation changed has seen a write
    // this generation does not count yet (another connection's, noticed within 100 ms): nothing
    // held can be trusted.
    if (page.ids.some((id, index) => this.changedWithin(generation, id, page.cards[index]))) this.clear();
    // Every card of the page, the held ones taken (and confirmed for this generation) before
    // anything is released below.
    const cards = page.ids.map((id, index): Card => {
      const held = this.cards.get(id);
      const bytes = page.cards[index];
      if (held && (held.generation === generation || (bytes !== undefined && held.bytes.equals(bytes)))) {
        held.generation = generation;
        return held;
      }
      if (bytes === undefined) throw new Error(`page cache: card ${id} left out of a page but not held`);
      return { id, bytes, pages: 0, generation, slab: undefined, offset: 0 };
    });
    const length =
      this.head.byteLength + cards.reduce((sum, card) => sum + card.bytes.byteLength, 0) + Math.max(0, cards.length - 1) + page.tail.byteLength;
    const pageCost = PAGE_OVERHEAD + key.length * 2 + page.tail.byteLength + page.ids.length * 8;
    // Cards not held yet are the ones no page shows.
    const fresh = cards.filter((card) => card.pages === 0);
    const newCardsCost = fresh.reduce((sum, card) => sum + cardCost(card.id, card.bytes), 0);
    if (pageCost + newCardsCost > this.maxBytes) {
      this.remove(key);
      return this.assembleCards(cards, length, page.tail, allocate);
    }
    // Copied into a slab of their own: a view would keep the whole buffer they were cut from
    // alive. A new card replaces a card of an older generation with other bytes, which stays with
    // the older pages showing it.
    this.fill(fresh);
    for (const card of cards) {
      if (card.pages++ === 0) this.cards.set(card.id, card);
    }
    // The page read again (no-cache) releases its old cards only now, after taking the new ones:
    // a card on both stays in the map (deleting and re-adding entries of a Map of tens of
    // thousands cost ~2 us each, 340 us a page).
    this.remove(key);
    const kept: Page<Extra> = { cards, runs: undefined, runsAt: 0, length, tail: Buffer.from(page.tail), extra: page.extra, cost: pageCost, generation };
    this.pages.set(key, kept);
    this.bytes += pageCost + newCardsCost;
    for (const oldest of this.pages.keys()) {
      if (this.bytes <= this.maxBytes) break;
      this.remove(oldest);
    }
    return this.assemblePage(kept, allocate);
  }

  /** Pages held. */
  get size(): number {
    return this.pages.size;
  }

  /** Cards held (each once). */
  get cardCount(): number {
    return this.cards.size;
  }

  /** Bytes held, as counted against the bound. */
  get byteSize(): number {
    return this.bytes;
  }

  /**
   * Bytes of the buffers the cards are held in. Not counted against the bound (the cards' own
   * bytes are): a slab is compacted when less than half of it is cards still held, so this stays
   * under twice the cards' bytes (a card copied on its own, as before slabs, kept the whole 8 KB
   * slab of Node's buffer pool it was cut from alive).
   */
  get heldSlabBytes(): number {
    return this.slabBytes;
  }

  /** Bytes of the cards held (their JSON; each card once). */
  get heldCardBytes(): number {
    return this.cardBytes;
  }

  /**
   * Head, cards and tail copied into one buffer of the page's known length (Fastify sends a body
   * as one buffer). The separator is written as a byte: a copy call per separator cost about a
   * quarter of the assembly (bench/scratch measurement, 50 cards of ~620 bytes).
   */
  private assembleCards(cards: readonly Card[], length: number, tail: Buffer, allocate: Allocate): Buffer {
    const body = allocate(length);
    body.set(this.head, 0);
    let offset = this.head.byteLength;
    for (let index = 0; index < cards.length; index++) {
      if (index > 0) body[offset++] = this.separator;
      const bytes = cards[index].bytes;
      body.set(bytes, offset);
      offset += bytes.byteLength;
    }
    body.set(tail, offset);
    this.copies += cards.length + 2;
    return body;
  }

  /** A held page's bytes, copied run by run (see Slab). */
  private assemblePage(page: Page<Extra>, allocate: Allocate): Buffer {
    let runs = page.runs;
    if (runs === undefined || page.runsAt !== this.compactions) {
      runs = page.runs = runsOf(page.cards);
      page.runsAt = this.compactions;
    }
    const body = allocate(page.length);
    body.set(this.head, 0);
    let offset = this.head.byteLength;
    for (let index = 0; index < runs.length; index++) {
      if (index > 0) body[offset++] = this.separator;
      const view = runs[index];
      body.set(view, offset);
      offset += view.byteLength;
    }
    body.set(page.tail, offset);
    this.copies += runs.length + 2;
    return body;
  }

  /** Copies `cards` (in their page order) into `slab`'s new buffer, separated as in a page. */
  private fill(cards: Card[], slab?: Slab): void {
    if (cards.length === 0) return;
    const length = cards.reduce((sum, card) => sum + card.bytes.byteLength, 0) + cards.length - 1;
    const buffer = Buffer.allocUnsafeSlow(length);
    if (slab === undefined) slab = { buffer, cards, liveBytes: 0, live: 0 };
    else {
      slab.buffer = buffer;
      slab.cards = cards;
    }
    slab.liveBytes = length - (cards.length - 1);
    slab.live = cards.length;
    let offset = 0;
    for (const [index, card] of cards.entries()) {
      if (index > 0) buffer[offset++] = this.separator;
      buffer.set(card.bytes, offset);
      card.bytes = buffer.subarray(offset, offset + card.bytes.byteLength);
      card.slab = slab;
      card.offset = offset;
      offset += card.bytes.byteLength;
    }
    this.slabBytes += length;
    this.cardBytes += slab.liveBytes;
  }

  /**
   * After cards no page shows any more left their slabs: a slab none of whose cards is held is
   * dropped, one less than half of which is cards held is compacted: the cards still held copied
   * into a new buffer of it, in the same order (runs stay runs). Every page works out its runs
   * again at its next assembly; one not read since keeps the old buffer alive through its runs
   * until then, and each compaction at least halves a slab, so that is less than the slab was.
   */
  private compact(slabs: Iterable<Slab>): void {
    for (const slab of slabs) {
      if (slab.live > 0 && slab.liveBytes * 2 >= slab.buffer.byteLength) continue;
      this.slabBytes -= slab.buffer.byteLength;
      this.cardBytes -= slab.liveBytes;
      if (slab.live === 0) continue;
      this.fill(slab.cards.filter((held) => held.pages > 0), slab);
      this.compactions++;
    }
  }

  private clear(): void {
    this.pages.clear();
    this.cards.clear();
    this.bytes = 0;
    this.slabBytes = 0;
    this.cardBytes = 0;
  }

  /** Whether bytes read for event `id` differ from the card held for it in this generation. */
  private changedWithin(generation: string, id: string, bytes: Buffer | undefined): boolean {
    const held = bytes && this.cards.get(id);
    return held !== undefined && held.generation === generation && !held.bytes.equals(bytes!);
  }

  private remove(key: string): void {
    const page = this.pages.get(key);
    if (page === undefined) return;
    this.pages.delete(key);
    this.bytes -= page.cost;
    const left = new Set<Slab>();
    for (const card of page.cards) {
      if (--card.pages > 0) continue;
      // The map may hold a newer card of the same event by now.
      if (this.cards.get(card.id) === card) this.cards.delete(card.id);
      this.bytes -= cardCost(card.id, card.bytes);
      const slab = card.slab!;
      slab.live--;
      slab.liveBytes -= card.bytes.byteLength;
      this.cardBytes -= card.bytes.byteLength;
      left.add(slab);
    }
    this.compact(left);
  }
}

/** A page's cards as runs: each card with the ones after it that lie next to it (a separator apart) in its slab. */
function runsOf(cards: readonly Card[]): Uint8Array[] {
  const runs: Uint8Array[] = [];
  for (let index = 0; index < cards.length; ) {
    const first = cards[index];
    const slab = first.slab!;
    let end = first.offset + first.bytes.byteLength;
    let next = index + 1;
    while (next < cards.length && cards[next].slab === slab && cards[next].offset === end + 1) {
      end = cards[next].offset + cards[next].bytes.byteLength;
      next++;
    }
    const buffer = slab.buffer;
    runs.push(new Uint8Array(buffer.buffer, buffer.byteOffset + first.offset, end - first.offset));
    index = next;
  }
  return runs;
}
