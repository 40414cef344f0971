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
  bytes: Buffer;
  /** How many cached pages show it. */
  pages: number;
  /** The write generation its bytes were last read in (or found unchanged in). */
  generation: string;
}

interface Page<Extra> {
  cards: Card[];
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
  hits = 0;
  misses = 0;

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
    return { body: this.assemble(page.cards, page.length, page.tail, allocate), extra: page.extra };
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
      return { id, bytes, pages: 0, generation };
    });
    const length =
      this.head.byteLength + cards.reduce((sum, card) => sum + card.bytes.byteLength, 0) + Math.max(0, cards.length - 1) + page.tail.byteLength;
    const body = this.assemble(cards, length, page.tail, allocate);
    const pageCost = PAGE_OVERHEAD + key.length * 2 + page.tail.byteLength + page.ids.length * 8;
    // Cards not held yet are the ones no page shows.
    const newCardsCost = cards.reduce((sum, card) => (card.pages === 0 ? sum + cardCost(card.id, card.bytes) : sum), 0);
    if (pageCost + newCardsCost > this.maxBytes) {
      this.remove(key);
      return body;
    }
    for (const card of cards) {
      if (card.pages++ > 0) continue;
      // A copy: a view would keep the whole buffer it was cut from alive. It replaces a card of
      // an older generation with other bytes, which stays with the older pages showing it.
      card.bytes = Buffer.from(card.bytes);
      this.cards.set(card.id, card);
    }
    // The page read again (no-cache) releases its old cards only now, after taking the new ones:
    // a card on both stays in the map (deleting and re-adding entries of a Map of tens of
    // thousands cost ~2 us each, 340 us a page).
    this.remove(key);
    this.pages.set(key, { cards, length, tail: Buffer.from(page.tail), extra: page.extra, cost: pageCost, generation });
    this.bytes += pageCost + newCardsCost;
    for (const oldest of this.pages.keys()) {
      if (this.bytes <= this.maxBytes) break;
      this.remove(oldest);
    }
    return body;
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
   * Head, cards and tail copied into one buffer of the page's known length (Fastify sends a body
   * as one buffer). The separator is written as a byte: a copy call per separator cost about a
   * quarter of the assembly (bench/scratch measurement, 50 cards of ~620 bytes).
   */
  private assemble(cards: readonly Card[], length: number, tail: Buffer, allocate: Allocate): Buffer {
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
    return body;
  }

  private clear(): void {
    this.pages.clear();
    this.cards.clear();
    this.bytes = 0;
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
    for (const card of page.cards) {
      if (--card.pages > 0) continue;
      // The map may hold a newer card of the same event by now.
      if (this.cards.get(card.id) === card) this.cards.delete(card.id);
      this.bytes -= cardCost(card.id, card.bytes);
    }
  }
}
