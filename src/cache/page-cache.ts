/**
 * A cache of serialized timeline pages, bounded by the bytes it holds, least recently used pages
 * leaving first. Normalized: a page is a list of references to event cards (each event's JSON),
 * and each card is held once however many pages show it. Pages of neighbouring windows and of
 * different filters share most of their events (a random 7-day window of a 10-year, 1M-event
 * timeline shows 2.6 events no window starting a day earlier shows), so the cache costs about the
 * distinct events served rather than pages × page size: every window of such a timeline fits in
 * about 16 MB (8 MB of them the events' JSON), where whole pages took 106 MB.
 *
 * Everything held belongs to one write generation: a page or card read before a write may be
 * stale, so the first use with a new generation empties the cache.
 */
export interface PageCards<Extra> {
  /** The page's events, in page order, and each one's JSON bytes (may be views into a larger buffer). */
  ids: readonly string[];
  cards: readonly Buffer[];
  /** Bytes after the last card (the end of the array and whatever follows it). */
  tail: Buffer;
  /** What else the caller keeps with the page (small: it is not counted). */
  extra: Extra;
}

interface Card {
  id: string;
  bytes: Buffer;
  /** How many cached pages show it. */
  pages: number;
}

interface Page<Extra> {
  cards: Card[];
  /** Bytes of the whole page as served. */
  length: number;
  tail: Buffer;
  extra: Extra;
  cost: number;
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
  private generation: string | undefined;
  private readonly pages = new Map<string, Page<Extra>>();
  private readonly cards = new Map<string, Card>();
  private bytes = 0;
  hits = 0;
  misses = 0;

  /**
   * @param head bytes before the first card of every page (the start of the array)
   * @param separator bytes between two cards
   */
  constructor(
    private readonly maxBytes: number,
    private readonly head: Buffer,
    private readonly separator: Buffer,
  ) {}

  /** The page's bytes (head, cards, tail) and extra, or undefined when it is not held for this generation. */
  get(generation: string, key: string): { body: Buffer; extra: Extra } | undefined {
    this.enter(generation);
    const page = this.pages.get(key);
    if (page === undefined) {
      this.misses++;
      return undefined;
    }
    // Map iteration order is insertion order: re-inserting marks the page most recently used.
    this.pages.delete(key);
    this.pages.set(key, page);
    this.hits++;
    // Copied into one buffer of the known length: Fastify sends a body as one buffer.
    const body = Buffer.allocUnsafe(page.length);
    let offset = this.head.copy(body, 0);
    page.cards.forEach((card, index) => {
      if (index > 0) offset += this.separator.copy(body, offset);
      offset += card.bytes.copy(body, offset);
    });
    page.tail.copy(body, offset);
    return { body, extra: page.extra };
  }

  /** Keeps a page read for `generation`; its cards are copied unless already held. */
  set(generation: string, key: string, page: PageCards<Extra>): void {
    this.enter(generation);
    const pageCost = PAGE_OVERHEAD + key.length * 2 + page.tail.byteLength + page.ids.length * 8;
    let newCardsCost = 0;
    page.ids.forEach((id, index) => {
      if (!this.cards.has(id)) newCardsCost += cardCost(id, page.cards[index]);
    });
    if (pageCost + newCardsCost > this.maxBytes) {
      this.remove(key);
      return;
    }
    const cards = page.ids.map((id, index) => {
      let card = this.cards.get(id);
      if (card) card.pages++;
      else {
        // A copy: a view would keep the whole buffer it was cut from alive.
        card = { id, bytes: Buffer.from(page.cards[index]), pages: 1 };
        this.cards.set(id, card);
      }
      return card;
    });
    // The page read again (no-cache) releases its old cards only now, after taking the new ones:
    // a card on both stays in the map (deleting and re-adding entries of a Map of tens of
    // thousands cost ~2 µs each, 340 µs a page).
    this.remove(key);
    const length =
      this.head.byteLength + cards.reduce((sum, card) => sum + card.bytes.byteLength, 0) + this.separator.byteLength * Math.max(0, cards.length - 1) + page.tail.byteLength;
    this.pages.set(key, { cards, length, tail: Buffer.from(page.tail), extra: page.extra, cost: pageCost });
    this.bytes += pageCost + newCardsCost;
    for (const oldest of this.pages.keys()) {
      if (this.bytes <= this.maxBytes) break;
      this.remove(oldest);
    }
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

  private enter(generation: string): void {
    if (generation === this.generation) return;
    this.generation = generation;
    this.pages.clear();
    this.cards.clear();
    this.bytes = 0;
  }

  private remove(key: string): void {
    const page = this.pages.get(key);
    if (page === undefined) return;
    this.pages.delete(key);
    this.bytes -= page.cost;
    for (const card of page.cards) {
      if (--card.pages > 0) continue;
      this.cards.delete(card.id);
      this.bytes -= cardCost(card.id, card.bytes);
    }
  }
}
