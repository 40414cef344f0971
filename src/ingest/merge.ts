import type { DateCertainty, DatePrecision, EventType } from '../domain/taxonomy.js';
import type { CuratableField } from '../repositories/curation.js';
import type { MergeCandidateQuery } from '../repositories/events.js';
import type { ActorRecord, EventFields, PlaceRecord } from '../repositories/types.js';
import { addDays } from '../domain/days.js';
import { nameKey as key } from '../domain/names.js';

/**
 * When two reports describe one event, and what the merged event looks like. Pure functions:
 * ingest feeds them stored events and freshly extracted ones.
 */

const DAY_MS = 86_400_000;

/**
 * An inferred date is the publication day of a report that gave no date words: the event
 * happened around then, usually in the days before. A week either side covers a weekly news
 * cycle's follow-ups without bridging unrelated incidents a month apart.
 */
export const INFERRED_WIDENING_DAYS = 7;
/**
 * Relative day dates ("on Saturday", "overnight") can land one day apart in two reports
 * (different publication time zones, a night attack dated by its start or its end).
 */
export const RELATIVE_WIDENING_DAYS = 1;

/** Events tied to one location: one event per place, as ACLED codes them. */
const PLACE_BOUND_TYPES: ReadonlySet<EventType> = new Set<EventType>([
  'drone_strike',
  'missile_strike',
  'air_strike',
  'shelling',
  'armed_clash',
  'territorial_capture',
]);
/** Events defined by who took part. */
const ACTOR_BOUND_TYPES: ReadonlySet<EventType> = new Set<EventType>(['phone_call', 'meeting', 'statement']);

const CERTAINTY_RANK: Record<DateCertainty, number> = { explicit: 3, relative: 2, inferred: 1 };
const PRECISION_RANK: Record<DatePrecision, number> = { day: 4, week: 3, month: 2, year: 1 };

export type MergeableEvent = Pick<
  EventFields,
  'type' | 'startDate' | 'endDate' | 'datePrecision' | 'dateCertainty' | 'actors' | 'places'
>;

/** Days either side of an event's dates on which it may really have happened, given how its date was obtained. */
function wideningDays(event: MergeableEvent): number {
  if (event.dateCertainty === 'inferred') return INFERRED_WIDENING_DAYS;
  return event.dateCertainty === 'relative' && event.datePrecision === 'day' ? RELATIVE_WIDENING_DAYS : 0;
}

/** The days an event may really have happened on, given how its date was obtained. */
export function plausibleInterval(event: MergeableEvent): { from: string; to: string } {
  const widening = wideningDays(event);
  if (widening === 0) return { from: event.startDate, to: event.endDate };
  return { from: addDays(event.startDate, -widening), to: addDays(event.endDate, widening) };
}

/**
 * Whether the plausible intervals of `a` and `b` overlap: each widened interval reaches the other
 * exactly when the dates, widened by both widenings together, do. Compared as day numbers rather
 * than through plausibleInterval's ISO days (findMergeTarget asks this of every candidate).
 */
export function datesCompatible(a: MergeableEvent, b: MergeableEvent): boolean {
  const widening = wideningDays(a) + wideningDays(b);
  if (widening === 0) return a.startDate <= b.endDate && b.startDate <= a.endDate;
  const day = (isoDay: string) => Date.parse(isoDay) / DAY_MS;
  return day(a.startDate) - widening <= day(b.endDate) && day(b.startDate) - widening <= day(a.endDate);
}

function sharedActors(a: ActorRecord[], b: ActorRecord[]): ActorRecord[] {
  const names = new Set(b.map((actor) => key(actor.name)));
  return a.filter((actor) => names.has(key(actor.name)));
}

function sharedPlaces(a: PlaceRecord[], b: PlaceRecord[]): number {
  const placeKey = (place: PlaceRecord) => `${key(place.name)}|${place.countryCode ?? ''}`;
  const keys = new Set(b.map(placeKey));
  return a.filter((place) => keys.has(placeKey(place))).length;
}

/**
 * Two reports that each name two or more people and neither list holds the other's, on stated days
 * that meet only through widening, are two conversations: Trump–Putin on Tuesday and Trump–Zelenskyy on
 * Wednesday share Trump but are not one call. On the very same day two shared people still decide (an
 * aide named in one report only does not split a call), but a call is between two sides: one shared
 * person with a different partner on each side is two calls (Erdogan–Putin and Erdogan–Zelenskyy).
 */
function personsConflict(a: MergeableEvent, b: MergeableEvent, sameDays: boolean): boolean {
  const persons = (actors: ActorRecord[]) => new Set(actors.filter((actor) => actor.kind === 'person').map((actor) => key(actor.name)));
  const x = persons(a.actors);
  const y = persons(b.actors);
  if (x.size < 2 || y.size < 2) return false;
  const shared = [...x].filter((name) => y.has(name)).length;
  if (shared >= Math.min(x.size, y.size)) return false;
  return !sameDays || (a.type === 'phone_call' && shared < 2);
}

/**
 * Participants agree: one shared person identifies a call or meeting; shared countries need two;
 * a meeting is also identified by the city it was held in on the same days ("delegations met in Istanbul").
 */
function actorsAgree(a: MergeableEvent, b: MergeableEvent): boolean {
  const sameDays = a.startDate <= b.endDate && b.startDate <= a.endDate;
  // two stated days a day apart; an inferred date (a "recent call") says too little to disagree
  const statedApart = !sameDays && a.dateCertainty !== 'inferred' && b.dateCertainty !== 'inferred';
  if ((statedApart || sameDays) && personsConflict(a, b, sameDays)) return false;
  const shared = sharedActors(a.actors, b.actors);
  if (shared.some((actor) => actor.kind === 'person') || shared.length >= 2) return true;
  // the city identifies a meeting only on the same days: Riyadh on Sunday and Riyadh on Monday are two rounds
  return a.type === 'meeting' && sameDays && sharedPlaces(a.places, b.places) > 0;
}

/**
 * Whether `a` and `b` report the same event: same type, plausible dates overlap, and
 * - strikes, clashes, captures: a shared place (two reports without any place agree on actors);
 * - calls, meetings, statements: a shared person, or at least two shared actors (meetings: or a
 *   shared place), unless both name two or more people and their lists differ;
 * - everything else: a shared actor or place, or neither report names any.
 */
export function sameEvent(a: MergeableEvent, b: MergeableEvent): boolean {
  if (a.type !== b.type || !datesCompatible(a, b)) return false;
  if (PLACE_BOUND_TYPES.has(a.type)) {
    if (a.places.length > 0 && b.places.length > 0) return sharedPlaces(a.places, b.places) > 0;
    if (a.places.length === 0 && b.places.length === 0) return sharedActors(a.actors, b.actors).length > 0;
    return false;
  }
  if (ACTOR_BOUND_TYPES.has(a.type)) return actorsAgree(a, b);
  const unnamed = (e: MergeableEvent) => e.actors.length === 0 && e.places.length === 0;
  if (unnamed(a) && unnamed(b)) return true;
  return sharedActors(a.actors, b.actors).length > 0 || sharedPlaces(a.places, b.places) > 0;
}

/**
 * The stored events sameEvent could accept for `incoming`, as a query: its own widening applied
 * to each candidate's dates, and the names a candidate must share for the rule of its type
 * (compared as sameEvent compares them, see nameKey). A superset of what sameEvent accepts, so the
 * same events merge; sameEvent still decides.
 */
export function mergeCandidateCriteria(incoming: MergeableEvent): MergeCandidateQuery {
  const { from, to } = plausibleInterval(incoming);
  const widened = (days: number) => ({ from: addDays(from, -days), to: addDays(to, days) });
  const windows = { inferred: widened(INFERRED_WIDENING_DAYS), relativeDay: widened(RELATIVE_WIDENING_DAYS), stated: widened(0) };
  const actors = incoming.actors.map((actor) => actor.name);
  const places = incoming.places.map((place) => place.name);
  const base = { type: incoming.type, windows, sharingActors: actors, sharingPlaces: places, personOrTwoActors: false, orUnnamed: false, placeless: false };
  // a shared place; without places, placeless events sharing an actor
  if (PLACE_BOUND_TYPES.has(incoming.type)) return places.length > 0 ? { ...base, sharingActors: [] } : { ...base, placeless: true };
  // a shared person or two shared actors; for a meeting, also a shared city on the same days
  if (ACTOR_BOUND_TYPES.has(incoming.type)) {
    const meeting = incoming.type === 'meeting';
    return {
      ...base,
      personOrTwoActors: true,
      sharingPlaces: meeting ? places : [],
      placesOnDays: meeting ? { from: incoming.startDate, to: incoming.endDate } : undefined,
    };
  }
  // a shared actor or place, or neither naming any
  return { ...base, orUnnamed: actors.length === 0 && places.length === 0 };
}

function dayDistance(a: MergeableEvent, b: MergeableEvent): number {
  return Math.abs(Date.parse(a.startDate) - Date.parse(b.startDate)) / DAY_MS;
}

/**
 * The stored event `incoming` should merge into: the most overlapping, then the closest in time,
 * then the first in `candidates`' order. One pass (a common person's meeting has hundreds of candidates).
 */
export function findMergeTarget<T extends MergeableEvent>(incoming: MergeableEvent, candidates: T[]): T | undefined {
  let best: { candidate: T; overlap: number; distance: number } | undefined;
  for (const candidate of candidates) {
    if (!sameEvent(candidate, incoming)) continue;
    const overlap = sharedActors(candidate.actors, incoming.actors).length + sharedPlaces(candidate.places, incoming.places);
    const distance = dayDistance(candidate, incoming);
    if (!best || overlap > best.overlap || (overlap === best.overlap && distance < best.distance)) best = { candidate, overlap, distance };
  }
  return best?.candidate;
}

/** True when `b`'s date should replace `a`'s: more certain, then more precise, then (inferred) earlier. */
function betterDate(a: MergeableEvent, b: MergeableEvent): boolean {
  const certainty = CERTAINTY_RANK[b.dateCertainty] - CERTAINTY_RANK[a.dateCertainty];
  if (certainty !== 0) return certainty > 0;
  const precision = PRECISION_RANK[b.datePrecision] - PRECISION_RANK[a.datePrecision];
  if (precision !== 0) return precision > 0;
  // Undated reports: the event happened no later than its first report.
  return a.dateCertainty === 'inferred' && b.startDate < a.startDate;
}

function unionBy<T>(a: T[], b: T[], keyOf: (item: T) => string): T[] {
  const seen = new Set(a.map(keyOf));
  return [...a, ...b.filter((item) => !seen.has(keyOf(item)))];
}

/**
 * The stored event after folding in another report of it: the best-supported date, the union of
 * actors and places, the highest confidence, "occurred" once any report says it happened. Title and
 * summary stay those of the first report, so an event's headline does not flip with each article.
 */
export function mergeEvent(stored: EventFields, incoming: EventFields): EventFields {
  const date = betterDate(stored, incoming) ? incoming : stored;
  return {
    ...stored,
    startDate: date.startDate,
    endDate: date.endDate,
    datePrecision: date.datePrecision,
    dateCertainty: date.dateCertainty,
    status: stored.status === 'occurred' || incoming.status === 'occurred' ? 'occurred' : 'planned',
    confidence: Math.max(stored.confidence, incoming.confidence),
    actors: unionBy(stored.actors, incoming.actors, (actor) => key(actor.name)),
    places: unionBy(stored.places, incoming.places, (place) => `${key(place.name)}|${place.countryCode ?? ''}`),
  };
}

/**
 * Whether folding a report in changed the stored event (`merged` is what mergeEvent or
 * mergeCurated made of `stored`): they only ever add actors and places, so equal counts mean the same lists.
 */
export function mergeChanges(stored: EventFields, merged: EventFields): boolean {
  const scalars = ['type', 'title', 'summary', 'startDate', 'endDate', 'datePrecision', 'dateCertainty', 'status', 'confidence'] as const;
  return (
    scalars.some((field) => stored[field] !== merged[field]) ||
    stored.actors.length !== merged.actors.length ||
    stored.places.length !== merged.places.length
  );
}

/** A date is one decision: curating any of its parts keeps all four, so they stay consistent. */
const DATE_FIELDS = ['startDate', 'endDate', 'datePrecision', 'dateCertainty'] as const;

/**
 * mergeEvent for an event a curator edited: the fields the curator set keep the curator's values
 * (a curated actor or place list is not extended either); the others merge as usual.
 */
export function mergeCurated(stored: EventFields, incoming: EventFields, curated: ReadonlySet<CuratableField>): EventFields {
  const merged: EventFields = mergeEvent(stored, incoming);
  const kept = new Set<CuratableField>(curated);
  if (DATE_FIELDS.some((field) => kept.has(field))) DATE_FIELDS.forEach((field) => kept.add(field));
  const restore = <K extends CuratableField>(field: K) => {
    merged[field] = stored[field];
  };
  kept.forEach(restore);
  return merged;
}
