import type { DateCertainty, DatePrecision, EventType } from '../domain/taxonomy.js';
import type { CuratableField } from '../repositories/curation.js';
import type { MergeCandidateQuery } from '../repositories/events.js';
import type { ActorRecord, EventFields, PlaceRecord } from '../repositories/types.js';
import { addDays } from '../domain/days.js';
import { isRegionName, nameKey as key } from '../domain/names.js';
import { ACTORS } from '../extract/events/actor-aliases.js';
import { COUNTRIES, REGION_NAMES } from '../extract/events/place-names.js';

/**
 * When two reports describe one event, and what the merged event looks like. Pure functions:
 * ingest feeds them stored events and freshly extracted ones.
 */

const DAY_MS = 86_400_000;

/**
 * An inferred date is the day of a report that gave no date words (or the last day it told before):
 * the event happened then or in the days before. A week back covers a weekly news cycle's follow-ups
 * without bridging unrelated incidents a month apart.
 */
export const INFERRED_WIDENING_DAYS = 7;
/**
 * Two reports can date one event a calendar day apart when either took its day from a clock: a relative
 * day ("on Saturday", "overnight": publication time zones, a night attack dated by its start or its end)
 * or an inferred one (the day of the report). One day between two reports, whichever of them is off:
 * a "Tuesday" and a "Thursday" are never one event.
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
/**
 * Events a report naming no side and no place still identifies by its day: between the two warring sides, one truce
 * or one exchange of prisoners on a given day; and a deal a report tells without its parties ("they agreed to
 * exchange all the wounded", "the talks ended with an agreement to swap 1,000 each"), the one another report of that
 * day names (the deal of the day's talks). Not aid or sanctions, which many governments decide on the same day, nor
 * killings, known by whom they killed.
 */
const TOLD_BY_THE_DAY_TYPES: ReadonlySet<EventType> = new Set<EventType>(['ceasefire', 'prisoner_exchange', 'agreement']);

/** The country each known leader or official speaks for (by nameKey): "Putin declared a truce" is Russia declaring it. */
const COUNTRY_OF_PERSON: ReadonlyMap<string, string> = new Map(
  ACTORS.flatMap((entry) => (entry.kind === 'person' && entry.country ? [[key(entry.name), key(entry.country)] as const] : [])),
);
/** The known people speaking for each country (by nameKey), for the candidate query. */
const PERSONS_OF_COUNTRY: ReadonlyMap<string, string[]> = ACTORS.reduce((byCountry, entry) => {
  if (entry.kind === 'person' && entry.country) byCountry.set(key(entry.country), [...(byCountry.get(key(entry.country)) ?? []), entry.name]);
  return byCountry;
}, new Map<string, string[]>());

const CERTAINTY_RANK: Record<DateCertainty, number> = { explicit: 3, relative: 2, inferred: 1 };
const PRECISION_RANK: Record<DatePrecision, number> = { day: 4, week: 3, month: 2, year: 1 };

export type MergeableEvent = Pick<
  EventFields,
  'type' | 'startDate' | 'endDate' | 'datePrecision' | 'dateCertainty' | 'actors' | 'places'
> &
  // (whether it happened or is planned: findMergeTarget's preference; sameEvent never reads it)
  Partial<Pick<EventFields, 'status'>>;

/**
 * Days before its dates an event may really have happened on: an inferred date is the day of a report
 * that told what had happened by then (an article without publishedAt is dated by its ingest, later still).
 */
function reachBackDays(event: Pick<MergeableEvent, 'dateCertainty'>): number {
  return event.dateCertainty === 'inferred' ? INFERRED_WIDENING_DAYS : 0;
}

/** A day taken from a clock: relative to the publication, or the publication's own (see RELATIVE_WIDENING_DAYS). */
const clockDated = (event: Pick<MergeableEvent, 'dateCertainty' | 'datePrecision'>) =>
  event.dateCertainty === 'inferred' || (event.dateCertainty === 'relative' && event.datePrecision === 'day');

/** The slack between two reports' dates: a day when either took its day from a clock. */
function slackDays(a: MergeableEvent, b: MergeableEvent): number {
  return clockDated(a) || clockDated(b) ? RELATIVE_WIDENING_DAYS : 0;
}

/** The days an event may really have happened on, given how its date was obtained. */
export function plausibleInterval(event: MergeableEvent): { from: string; to: string } {
  const back = reachBackDays(event);
  return { from: back ? shiftDay(event.startDate, -back) : event.startDate, to: event.endDate };
}

/** Days parsed (Date.parse is a third of comparing dates): a batch compares the same few thousand days again and again. */
const dayNumbers = new Map<string, number>();
const DAY_NUMBERS_MAX = 100_000;

/** An ISO day as a day number (days since 1970-01-01). */
function day(isoDay: string): number {
  let number = dayNumbers.get(isoDay);
  if (number === undefined) {
    if (dayNumbers.size >= DAY_NUMBERS_MAX) dayNumbers.clear();
    number = Date.parse(isoDay) / DAY_MS;
    dayNumbers.set(isoDay, number);
  }
  return number;
}

/** ISO days by day number (day()'s inverse), likewise kept. */
const isoDays = new Map<number, string>();

/**
 * addDays through the day numbers kept above: every report asks for its windows (seven shifted
 * days), and parsing and printing them as dates was ~25 us of the writer's CPU per article.
 */
function shiftDay(isoDay: string, days: number): string {
  if (days === 0) return isoDay;
  const number = day(isoDay) + days;
  let shifted = isoDays.get(number);
  if (shifted === undefined) {
    if (isoDays.size >= DAY_NUMBERS_MAX) isoDays.clear();
    shifted = addDays(isoDay, days);
    isoDays.set(number, shifted);
  }
  return shifted;
}

/**
 * Whether the plausible intervals of `a` and `b` overlap, given the slack between them. Compared as
 * day numbers rather than through plausibleInterval's ISO days (findMergeTarget asks this of every candidate).
 */
export function datesCompatible(a: MergeableEvent, b: MergeableEvent): boolean {
  const backA = reachBackDays(a);
  const backB = reachBackDays(b);
  const slack = slackDays(a, b);
  if (slack + backA + backB === 0) return a.startDate <= b.endDate && b.startDate <= a.endDate;
  return day(a.startDate) - backA - slack <= day(b.endDate) && day(b.startDate) - backB - slack <= day(a.endDate);
}

/** Both dates are days and overlap: what "the same day" means where nothing else identifies an event. */
function sameStatedDay(a: MergeableEvent, b: MergeableEvent): boolean {
  return a.datePrecision === 'day' && b.datePrecision === 'day' && a.startDate <= b.endDate && b.startDate <= a.endDate;
}

/** An actor list's names as the merge rules compare them, worked out once per list (see actorNames). */
interface ActorNames {
  /** Each actor's nameKey, kind, and the country it speaks for when it is a known person (countryOf). */
  entries: Array<{ name: string; kind: ActorRecord['kind']; country: string | undefined }>;
  /** Every actor's nameKey. */
  names: Set<string>;
  /** The persons' nameKeys. */
  persons: Set<string>;
  /** The countries' nameKeys. */
  countries: Set<string>;
  /** The countries its known people speak for. */
  speakersOf: Set<string>;
}

/**
 * Lists already worked out, by the list itself: findMergeTarget compares one report with hundreds
 * of candidates (held across a batch's slices, see holdingMergeCandidates), and working out every
 * name's key and country again for each pair was a tenth of the writer thread's time. Lists are
 * never changed once made (merging makes new ones).
 */
const actorNamesOf = new WeakMap<readonly ActorRecord[], ActorNames>();

function actorNames(actors: ActorRecord[]): ActorNames {
  let names = actorNamesOf.get(actors);
  if (names) return names;
  names = { entries: [], names: new Set(), persons: new Set(), countries: new Set(), speakersOf: new Set() };
  for (const actor of actors) {
    const name = key(actor.name);
    const country = countryOf(actor);
    names.entries.push({ name, kind: actor.kind, country });
    names.names.add(name);
    if (actor.kind === 'person') names.persons.add(name);
    if (actor.kind === 'country') names.countries.add(name);
    if (country !== undefined) names.speakersOf.add(country);
  }
  actorNamesOf.set(actors, names);
  return names;
}

/** The country a known person speaks for (by nameKey); undefined for any other actor. */
const countryOf = (actor: ActorRecord) => (actor.kind === 'person' ? COUNTRY_OF_PERSON.get(key(actor.name)) : undefined);

const namesPerson = (actors: ActorRecord[]) => actorNames(actors).persons.size > 0;

/** Whether `a` and `b` name the same person. */
function sharePerson(a: ActorRecord[], b: ActorRecord[]): boolean {
  const names = actorNames(b).names;
  return actorNames(a).entries.some((actor) => actor.kind === 'person' && names.has(actor.name));
}

const NO_NAMES: ReadonlySet<string> = new Set();

/**
 * How many sides `a` and `b` both name: the same actor, or a country in a report that names no one
 * and one of its known people in the other ("Russia declared a truce" / "Putin declared a truce").
 * A report naming people says who took part: its countries stand for no one else's envoy.
 */
function sharedSides(a: ActorRecord[], b: ActorRecord[]): number {
  const namesA = actorNames(a);
  const namesB = actorNames(b);
  const countriesB = namesB.persons.size > 0 ? NO_NAMES : namesB.countries;
  const speakersB = namesA.persons.size > 0 ? NO_NAMES : namesB.speakersOf;
  const sides = new Set<string>();
  for (const { name, kind, country } of namesA.entries) {
    const shared = namesB.names.has(name) || (kind === 'country' && speakersB.has(name)) || (!!country && countriesB.has(country));
    // whom it speaks for: a known person's country, else the actor itself
    if (shared) sides.add(country || name);
  }
  return sides.size;
}

/** The centre a region is named after: "Moscow Oblast" → "Moscow", "Krasnodar Krai" → "Krasnodar"; none for a place that is no region. */
const CENTRE_OF_REGION = new Map(Object.entries(REGION_NAMES).map(([centre, region]) => [region, centre]));
const centreOf = (name: string) => CENTRE_OF_REGION.get(name) ?? /^(.+) Oblast$/.exec(name)?.[1];
/** The region a place would centre: "Moscow" → "Moscow Oblast", "Dnipro" → "Dnipropetrovsk Oblast". */
const regionOf = (name: string) => REGION_NAMES[name] ?? `${name} Oblast`;

/** A place below its region: not a region, not a country (a town, a venue). */
const belowRegion = (place: PlaceRecord) => !isRegionName(place.name) && !isCountry(place);

/**
 * The divisions of a list's regions that stand for somewhere in them (see regionsOpen), and of its places below a region.
 * A region the list also names a place of, or a place of unknown division beside ("Sudzha raion, Kursk obl.", "Vuhledar
 * in the Donetsk region"), is that place's address, no place of its own: it never meets another town of the region.
 */
function divisionsOf(places: PlaceRecord[]): { openRegions: Set<string>; below: Set<string> } {
  const below = new Set<string>();
  let unknownBelow = false;
  for (const place of places) {
    if (!belowRegion(place)) continue;
    if (place.division) below.add(place.division);
    else unknownBelow = true;
  }
  const openRegions = new Set<string>();
  if (!unknownBelow) for (const place of places) if (place.division && isRegionName(place.name) && !below.has(place.division)) openRegions.add(place.division);
  return { openRegions, below };
}

interface PlaceKeys {
  keys: string[];
  set: Set<string>;
  nested: string[];
  /** The divisions of its regions standing open, and of its places below a region (see divisionsOf). */
  openRegions: Set<string>;
  below: Set<string>;
}

/**
 * Each place's key as the merge rules compare places (name and country), worked out once per list like actorNames,
 * and the key of the place it is nested with: a region's centre, a city's region (see nestedPlaces).
 */
const placeKeysOf = new WeakMap<readonly PlaceRecord[], PlaceKeys>();

function placeKeys(places: PlaceRecord[]): PlaceKeys {
  let keys = placeKeysOf.get(places);
  if (!keys) {
    const list = places.map((place) => `${key(place.name)}|${place.countryCode ?? ''}`);
    const nested = places.map((place) => `${key(centreOf(place.name) ?? regionOf(place.name))}|${place.countryCode ?? ''}`);
    keys = { keys: list, set: new Set(list), nested, ...divisionsOf(places) };
    placeKeysOf.set(places, keys);
  }
  return keys;
}

function sharedPlaces(a: PlaceRecord[], b: PlaceRecord[]): number {
  const keys = placeKeys(b).set;
  let shared = 0;
  for (const placeKey of placeKeys(a).keys) if (keys.has(placeKey)) shared++;
  return shared;
}

/**
 * Places of `a` that are the region of a city of `b`, or the city a region of `b` is named after, in one country:
 * "the largest drone attack yet on the Moscow region" and "the Russian capital woke up to the largest drone attack"
 * tell one wave, one report naming the region where the other names its city. So are a region that `a` names alone
 * and a town of `b` in it, or a town of `a` and the region `b` names alone (by division, see divisionsOf): "Ukrainian
 * troops crossed into the Kursk region" and "fighting near Sudzha". Two towns of one region never are. Weaker than the
 * same place: findMergeTarget prefers a candidate sharing the place itself.
 */
function nestedPlaces(a: PlaceRecord[], b: PlaceRecord[]): number {
  const ofA = placeKeys(a);
  const ofB = placeKeys(b);
  let nested = 0;
  a.forEach((place, i) => {
    const division = place.division;
    if (
      ofB.set.has(ofA.nested[i]) ||
      (!!division && (ofA.openRegions.has(division) ? isRegionName(place.name) && ofB.below.has(division) : belowRegion(place) && ofB.openRegions.has(division)))
    )
      nested++;
  });
  return nested;
}

/** The names of each country by its code ("UA" → Ukraine), for finding the report that names only the country. */
const COUNTRY_NAMES_OF_CODE: ReadonlyMap<string, string[]> = Object.entries(COUNTRIES).reduce((byCode, [name, code]) => {
  byCode.set(code, [...(byCode.get(code) ?? []), name]);
  return byCode;
}, new Map<string, string[]>());

const isCountry = (place: PlaceRecord) => !!place.countryCode && COUNTRIES[place.name] === place.countryCode;

/** The country a report names as its only place ("missiles struck across Ukraine"), else undefined. */
function onlyCountry(places: PlaceRecord[]): string | undefined {
  const code = places[0]?.countryCode;
  return code && places.every((place) => isCountry(place) && place.countryCode === code) ? code : undefined;
}

/**
 * One report names only the country, the other a place in it, on the same stated day (neither dated by the
 * report's clock alone): "Russia struck Ukraine with missiles on 23 May" and "a missile hit a printing house in
 * Kharkiv on 23 May" tell one attack, the country report the wider view. A report naming a city besides the
 * country is no country-only report, so two cities never meet through it.
 */
function countryHoldsPlace(a: MergeableEvent, b: MergeableEvent): boolean {
  if (!statedDay(a) || !statedDay(b) || !sameStatedDay(a, b)) return false;
  const holds = (wide: MergeableEvent, narrow: MergeableEvent) => {
    const code = onlyCountry(wide.places);
    return !!code && narrow.places.some((place) => place.countryCode === code && !isCountry(place));
  };
  return holds(a, b) || holds(b, a);
}

/**
 * Two reports that each name two or more people and neither list holds the other's, on stated days
 * that meet only through widening, are two conversations: Trump–Putin on Tuesday and Trump–Zelenskyy on
 * Wednesday share Trump but are not one call. On the very same day two shared people still decide (an
 * aide named in one report only does not split a call), but a call is between two sides: one shared
 * person with a different partner on each side is two calls (Erdogan–Putin and Erdogan–Zelenskyy).
 */
function personsConflict(a: MergeableEvent, b: MergeableEvent, sameDays: boolean): boolean {
  const x = actorNames(a.actors).persons;
  const y = actorNames(b.actors).persons;
  if (x.size < 2 || y.size < 2) return false;
  let shared = 0;
  for (const name of x) if (y.has(name)) shared++;
  if (shared >= Math.min(x.size, y.size)) return false;
  return !sameDays || (a.type === 'phone_call' && shared < 2);
}

/** Whether a list names a place below the country (a city, a region, a venue), by the list (see placeKeys). */
const belowCountryOf = new WeakMap<readonly PlaceRecord[], boolean>();

function belowCountry(places: PlaceRecord[]): boolean {
  let below = belowCountryOf.get(places);
  if (below === undefined) belowCountryOf.set(places, (below = places.some((place) => !isCountry(place))));
  return below;
}

/**
 * Two meeting reports that each say where it was held, below the country, and share no place nor a region and the
 * city it is named after, tell two meetings: a Kyiv summit and talks in Riyadh the week before, a visit to Kursk and
 * talks in Moscow the next day, Ankara on the 15th and Istanbul on the 16th. A report naming only a country ("talks
 * in Saudi Arabia") says nothing against a city in it.
 */
function metInOtherPlaces(a: MergeableEvent, b: MergeableEvent): boolean {
  return (
    belowCountry(a.places) &&
    belowCountry(b.places) &&
    sharedPlaces(a.places, b.places) === 0 &&
    nestedPlaces(a.places, b.places) === 0 &&
    nestedPlaces(b.places, a.places) === 0
  );
}

/**
 * Two meeting reports on the same stated day, neither naming a person, one naming no place, and the sides they name
 * (if both name any) shared: "the meeting, the second round since the talks resumed on 16 May" and "delegations
 * met face to face in Istanbul on Friday" tell one round of talks; the report that says neither who met nor where
 * says nothing against the other. Two reports naming other sides ("NATO ministers met on Thursday", "EU ministers
 * met in Brussels on Thursday"), or both naming a place (see metInOtherPlaces), or either naming people, still decide
 * as before.
 */
function metThatDayUntold(a: MergeableEvent, b: MergeableEvent): boolean {
  if (!untoldOnStatedDay(a) || !untoldOnStatedDay(b) || !sameStatedDay(a, b)) return false;
  return (a.places.length === 0 || b.places.length === 0) && (a.actors.length === 0 || b.actors.length === 0 || sharedSides(a.actors, b.actors) > 0);
}

/** A meeting report on a stated day that names no person: who met is not told (see metThatDayUntold). */
const untoldOnStatedDay = (e: MergeableEvent) => e.type === 'meeting' && statedDay(e) && !namesPerson(e.actors);

/**
 * Participants agree: one shared person identifies a call or meeting; otherwise two shared sides
 * (a country and one of its people count as one side: "Russia and the United States" and "Putin and
 * Trump"); a meeting is also identified by the city it was held in on the same day ("delegations met
 * in Istanbul"), and on overlapping days ("talks in Istanbul last week") when a report does not say who
 * met: a week in a capital holds other meetings, of other people.
 */
function actorsAgree(a: MergeableEvent, b: MergeableEvent): boolean {
  // an inferred date (a "recent call", the report's day) says too little to set two reports apart:
  // compared as on the same day, where who took part still decides (a call between other people
  // reported the next day is another call)
  const sameDays = a.startDate <= b.endDate && b.startDate <= a.endDate;
  if (personsConflict(a, b, sameDays || a.dateCertainty === 'inferred' || b.dateCertainty === 'inferred')) return false;
  const person = sharePerson(a.actors, b.actors);
  // a shared person on overlapping days is one meeting whatever place each report gives (a dateline, a stop on the way)
  if (person || sharedSides(a.actors, b.actors) >= 2) return a.type !== 'meeting' || (sameDays && person) || !metInOtherPlaces(a, b);
  if (a.type === 'meeting' && metThatDayUntold(a, b)) return true;
  // never on different days: Riyadh on Sunday and Riyadh on Monday are two rounds
  const whoMetUntold = !namesPerson(a.actors) || !namesPerson(b.actors);
  return a.type === 'meeting' && (sameStatedDay(a, b) || (sameDays && whoMetUntold)) && sharedPlaces(a.places, b.places) > 0;
}

const unnamed = (e: MergeableEvent) => e.actors.length === 0 && e.places.length === 0;

/** A day the report states (not the report's own day): an exchange's day, a truce's start, a country-wide report's day. */
const statedDay = (e: MergeableEvent) => e.datePrecision === 'day' && e.dateCertainty !== 'inferred';

/**
 * A prisoner exchange dated to a stated day (not the report's own): the warring sides swap prisoners once on a
 * day, whoever a report names for it (the mediator, the leader who announced it, the side that received its men).
 */
const oneExchangeADay = (e: MergeableEvent) => e.type === 'prisoner_exchange' && statedDay(e);

/**
 * A truce is known by the day it starts: two reports stating different start days, further apart than the slack
 * between them, tell two truces, even where one's span holds the other's start. A month-long halt on strikes at
 * energy sites (18 March to 16 April) and a maritime truce agreed a week into it (25 March) overlap, and both name
 * Russia, as every truce between the warring sides does.
 */
function trucesStartApart(a: MergeableEvent, b: MergeableEvent): boolean {
  return a.type === 'ceasefire' && statedDay(a) && statedDay(b) && Math.abs(day(a.startDate) - day(b.startDate)) > slackDays(a, b);
}

/** A truce told with its span to the day ("from Tuesday, for 30 days"): more than one day, start and end. */
const truceSpan = (e: MergeableEvent) => e.type === 'ceasefire' && e.datePrecision === 'day' && e.startDate !== e.endDate;

/**
 * Two reports of a truce with the same span to the day, start and end, tell one truce whoever each names: the warring
 * sides keep one truce at a time, and the president who proposed it, the one who ordered it and the governments that
 * agreed to it are named by different reports ("Trump proposed a 30-day halt", "Putin ordered his forces to stop").
 */
const sameTruceSpan = (a: MergeableEvent, b: MergeableEvent) => truceSpan(a) && truceSpan(b) && a.startDate === b.startDate && a.endDate === b.endDate;

/**
 * Whether `a` and `b` report the same event: same type, plausible dates overlap, and
 * - strikes, clashes, captures: a shared place, or a region and the city it is named after (see nestedPlaces;
 *   two reports without any place agree on actors);
 * - calls, meetings, statements: a shared person, or at least two shared sides (meetings: or a
 *   shared city, see actorsAgree), unless both name two or more people and their lists differ, or (meetings)
 *   each report names another place below the country and no shared person met on overlapping days;
 * - everything else: a shared side or place, or neither report names any; a truce, a prisoner exchange or a deal
 *   also when one report names nothing and both tell the same day; a truce also when both tell
 *   the same span to the day (see sameTruceSpan), never when both state different start days (trucesStartApart).
 */
export function sameEvent(a: MergeableEvent, b: MergeableEvent): boolean {
  if (a.type !== b.type || !datesCompatible(a, b) || trucesStartApart(a, b)) return false;
  if (PLACE_BOUND_TYPES.has(a.type)) {
    if (a.places.length > 0 && b.places.length > 0) return sharedPlaces(a.places, b.places) > 0 || nestedPlaces(a.places, b.places) > 0 || countryHoldsPlace(a, b);
    if (a.places.length === 0 && b.places.length === 0) return sharedSides(a.actors, b.actors) > 0;
    return false;
  }
  if (ACTOR_BOUND_TYPES.has(a.type)) return actorsAgree(a, b);
  if (unnamed(a) && unnamed(b)) return true;
  if ((unnamed(a) || unnamed(b)) && TOLD_BY_THE_DAY_TYPES.has(a.type) && sameStatedDay(a, b)) return true;
  if (oneExchangeADay(a) && oneExchangeADay(b) && sameStatedDay(a, b)) return true;
  if (sameTruceSpan(a, b)) return true;
  return sharedSides(a.actors, b.actors) > 0 || sharedPlaces(a.places, b.places) > 0;
}

/**
 * The names through which a candidate shares a side with `actors` without sharing a name (see
 * sharedSides), by that side: a known person's country, and a country's known people when `actors`
 * name no person (a report naming people says who took part).
 */
function sideNames(actors: ActorRecord[]): MergeCandidateQuery['sharingSides'] {
  const countriesStandForPeople = !namesPerson(actors);
  return actors.flatMap((actor) => {
    const country = countryOf(actor);
    if (country) return [{ side: country, names: [country] }];
    const people = actor.kind === 'country' && countriesStandForPeople ? PERSONS_OF_COUNTRY.get(key(actor.name)) : undefined;
    return people ? [{ side: key(actor.name), names: people }] : [];
  });
}

/**
 * The stored events sameEvent could accept for `incoming`, as a query: its own widening applied
 * to each candidate's dates, and the names a candidate must share for the rule of its type
 * (compared as sameEvent compares them, see nameKey). A superset of what sameEvent accepts, so the
 * same events merge; sameEvent still decides.
 */
export function mergeCandidateCriteria(incoming: MergeableEvent): MergeCandidateQuery {
  const { from, to } = plausibleInterval(incoming);
  // a candidate of each class reaches the report when its dates, reaching back as its own date allows,
  // overlap the report's plausible interval given the slack between the two
  const widened = (back: number, slack: number) => ({ from: shiftDay(from, -slack), to: shiftDay(to, back + slack) });
  const slack = clockDated(incoming) ? RELATIVE_WIDENING_DAYS : 0;
  const windows = {
    inferred: widened(reachBackDays({ dateCertainty: 'inferred' }), RELATIVE_WIDENING_DAYS),
    relativeDay: widened(0, RELATIVE_WIDENING_DAYS),
    stated: widened(0, slack),
  };
  const actors = incoming.actors.map((actor) => actor.name);
  const places = incoming.places.map((place) => place.name);
  const base = { type: incoming.type, windows, sharingActors: actors, sharingSides: sideNames(incoming.actors), sharingPlaces: places, personOrTwoActors: false, orUnnamed: false, placeless: false };
  // a shared place; without places, placeless events sharing a side
  // (or the place nested with one: a region's centre, a city's region)
  if (PLACE_BOUND_TYPES.has(incoming.type)) {
    if (!places.length) return { ...base, placeless: true };
    // a report naming only its country meets any report of that day (see countryHoldsPlace);
    // a report naming a place in a country meets one naming only the country
    const countryOnly = onlyCountry(incoming.places) && statedDay(incoming);
    const countries = incoming.places.flatMap((place) => (place.countryCode && !isCountry(place) ? (COUNTRY_NAMES_OF_CODE.get(place.countryCode) ?? []) : []));
    // the towns of a region the report names alone, the region of a town it names (see nestedPlaces)
    const { openRegions, below } = placeKeys(incoming.places);
    const sharingDivisions = [...[...openRegions].map((division) => ({ division, regions: false })), ...[...below].map((division) => ({ division, regions: true }))];
    return {
      ...base,
      sharingActors: [],
      sharingSides: [],
      sharingPlaces: [...places, ...incoming.places.map((place) => centreOf(place.name) ?? regionOf(place.name)), ...countries],
      ...(sharingDivisions.length ? { sharingDivisions } : {}),
      orAnyOnDays: countryOnly ? { from: incoming.startDate, to: incoming.endDate } : undefined,
    };
  }
  // a shared person or two shared actors; for a meeting, also a shared city on the same days
  if (ACTOR_BOUND_TYPES.has(incoming.type)) {
    const meeting = incoming.type === 'meeting';
    return {
      ...base,
      personOrTwoActors: true,
      sharingPlaces: meeting ? places : [],
      placesOnDays: meeting ? { from: incoming.startDate, to: incoming.endDate } : undefined,
      // a meeting naming no person on a stated day: any meeting of that day (see metThatDayUntold)
      orAnyOnDays: untoldOnStatedDay(incoming) ? { from: incoming.startDate, to: incoming.endDate } : undefined,
    };
  }
  // a shared side or place, or neither naming any; a truce, an exchange, a deal: either naming none, on the same day
  const toldByTheDay = TOLD_BY_THE_DAY_TYPES.has(incoming.type);
  // (a truce told with its span: any truce of its first day, see sameTruceSpan)
  const orAnyOnDays =
    (toldByTheDay && unnamed(incoming) && incoming.datePrecision === 'day') || oneExchangeADay(incoming)
      ? { from: incoming.startDate, to: incoming.endDate }
      : truceSpan(incoming)
        ? { from: incoming.startDate, to: incoming.startDate }
        : undefined;
  return { ...base, orUnnamed: toldByTheDay || unnamed(incoming), orAnyOnDays };
}

export function dayDistance(a: MergeableEvent, b: MergeableEvent): number {
  return Math.abs(day(a.startDate) - day(b.startDate));
}

/**
 * Days between the spans of `a` and `b` (0 when they overlap): a report's day inside a stored event told by its month
 * ("Modi's visit to Moscow in July") lies no further from it than any other day of that month.
 */
export function daysApart(a: MergeableEvent, b: MergeableEvent): number {
  return Math.max(0, day(b.startDate) - day(a.endDate), day(a.startDate) - day(b.endDate));
}

/**
 * How much a candidate shares with a report, as findMergeTarget weighs it: sides and places, a nested place half. A strike,
 * a clash or a capture is known by its place (see PLACE_BOUND_TYPES): there the sides only break ties between candidates
 * sharing as much of the place (of a strike at Sudzha and a clash told of the whole Kursk region by a report that names
 * Russia, "fighting at Sudzha, Russia said" takes Sudzha's).
 */
export function mergeOverlap(candidate: MergeableEvent, incoming: MergeableEvent): number {
  const places = sharedPlaces(candidate.places, incoming.places) + nestedPlaces(candidate.places, incoming.places) / 2;
  const sides = sharedSides(candidate.actors, incoming.actors);
  return PLACE_BOUND_TYPES.has(incoming.type) ? places + sides / SIDES_TIE_BREAK : places + sides;
}

/** More sides than any report names: each counts less than half a place. */
const SIDES_TIE_BREAK = 1000;

/**
 * Sides a call or meeting candidate names people of that a report naming two or more people does not name at all
 * (a known person's country, else the person), each counted against what the candidate shares with the report:
 * a report naming people says who took part. Of a stored "Trump had a call with Zelenskyy" whose report also
 * named Putin (told of "the call yesterday with Putin") and a stored call of Putin's the day before, "Trump and
 * Putin spoke on 18 March" takes Putin's call whichever was stored first. An aide of a side the report names
 * (Ushakov beside Putin) counts nothing against.
 */
function sidesBeyond(candidate: MergeableEvent, incoming: MergeableEvent): number {
  if (!ACTOR_BOUND_TYPES.has(incoming.type)) return 0;
  const told = actorNames(incoming.actors);
  if (told.persons.size < 2) return 0;
  const sides = new Set<string>();
  for (const { name, kind, country } of actorNames(candidate.actors).entries) {
    if (kind !== 'person') continue;
    const side = country ?? name;
    if (!told.names.has(name) && !told.speakersOf.has(side) && !told.names.has(side)) sides.add(side);
  }
  return sides.size;
}

/** People a candidate names that the report does not: none when the report names no one. */
function othersNamed(candidate: MergeableEvent, incoming: MergeableEvent): number {
  const named = actorNames(incoming.actors).persons;
  if (named.size === 0) return 0;
  let others = 0;
  for (const name of actorNames(candidate.actors).persons) if (!named.has(name)) others++;
  return others;
}

/**
 * Whether a candidate is known to have happened when the report says its event did: of a planned meeting
 * ("Putin proposed that the delegations meet in Istanbul on Thursday") and one that took place the next day,
 * a later "the delegations first met in Istanbul in mid-May" reports the one that took place.
 */
const happenedAsReported = (candidate: MergeableEvent, incoming: MergeableEvent) => incoming.status === 'occurred' && candidate.status === 'occurred';

/**
 * The stored event `incoming` should merge into: the most overlapping (less the sides it names that a report naming
 * people does not, see sidesBeyond), then, for a report of what happened, one
 * that happened over one only planned (see happenedAsReported), then the closest in time, then
 * the one naming fewest people the report does not name (of two calls sharing Trump and Zelenskyy, the
 * one between the two of them rather than one a three-way report grew to Putin), then the first in
 * `candidates`' order. One pass (a common person's meeting has hundreds of candidates).
 */
export function findMergeTarget<T extends MergeableEvent>(incoming: MergeableEvent, candidates: T[]): T | undefined {
  let best: { candidate: T; overlap: number; happened: boolean; distance: number; others: number } | undefined;
  for (const candidate of candidates) {
    if (!sameEvent(candidate, incoming)) continue;
    const overlap = mergeOverlap(candidate, incoming) - sidesBeyond(candidate, incoming);
    if (best && overlap < best.overlap) continue;
    const happened = happenedAsReported(candidate, incoming);
    const distance = dayDistance(candidate, incoming);
    if (best && overlap === best.overlap && (best.happened > happened || (best.happened === happened && distance > best.distance))) continue;
    const others = othersNamed(candidate, incoming);
    if (!best || overlap > best.overlap || happened > best.happened || distance < best.distance || others < best.others) best = { candidate, overlap, happened, distance, others };
  }
  return best?.candidate;
}

/** findMergeTarget's answers by candidate list (a held answer of mergeCandidates), then by the report's form (mergeableKey). */
const targetsOf = new WeakMap<readonly MergeableEvent[], Map<string, MergeableEvent | undefined>>();

/** What findMergeTarget reads of a report, as text. */
function mergeableKey(event: MergeableEvent): string {
  return JSON.stringify([
    event.type,
    event.startDate,
    event.endDate,
    event.datePrecision,
    event.dateCertainty,
    event.status,
    event.actors.map((actor) => [actor.name, actor.kind]),
    event.places.map((place) => [place.name, place.countryCode]),
  ]);
}

/**
 * findMergeTarget, remembered for each candidate list it was asked of: a batch reports each event
 * again and again in the same words, and gets the same list back while nothing it holds changes
 * (mergeCandidates' held answers, never changed once made: a write replaces them); the answer
 * depends only on the list and the report's form. On 1M events each report has ~45 candidates.
 */
export function findMergeTargetIn<T extends MergeableEvent>(incoming: MergeableEvent, candidates: readonly T[]): T | undefined {
  let targets = targetsOf.get(candidates);
  if (!targets) targetsOf.set(candidates, (targets = new Map()));
  const key = mergeableKey(incoming);
  if (targets.has(key)) return targets.get(key) as T | undefined;
  const target = findMergeTarget(incoming, candidates as T[]);
  targets.set(key, target);
  return target;
}

/** How far an article's event lies from the stored event it would fold into: days between their spans, then how much they share. */
export interface TargetDistance {
  /** daysApart from the target (Infinity: no target). */
  days: number;
  /** mergeOverlap with the target (0: none). */
  shared: number;
}

/** No stored event to fold into. */
export const NO_TARGET: TargetDistance = { days: Infinity, shared: 0 };

/**
 * The order to store one article's events in: the most precisely dated first, so
 * that a vague mention ("Congress approved the aid in April") cannot take the stored event a dated one
 * of the same article reports ("Biden signed it on April 24"): ingest folds at most one of an article's
 * events into each stored event. Then, of the events of a type the article tells with different dates, given
 * `toTarget` (how far each lies from the stored event it would fold into), the closest
 * first: of "missiles hit Lviv on Monday" and "missiles hit Lviv again this morning", the Monday strike takes
 * Monday's stored strike, which the day of slack between two clock-dated reports would also let this morning's take.
 * Closeness comes before how certain each date is: of a readout's "spoke today" (the report's own day) and "was
 * told of yesterday's call", the call of the stored event's day takes it whichever of the two the text tells first,
 * so the two calls' reports meet in whatever order the articles arrive. Closeness is between spans: two days
 * inside a stored event told by its month lie equally close to it, and the one sharing more with it (its
 * people, its city) goes first: of "talks in Moscow on Tuesday" and "a dinner on Monday evening", the talks take
 * "the visit to Moscow in July", whichever the text tells first. Then the most certain first.
 */
export function storageOrder<T extends MergeableEvent>(events: readonly T[], toTarget?: (event: T) => TargetDistance): T[] {
  const distances = new Map<T, TargetDistance>();
  if (toTarget) {
    // the dates each type is told with: told with one set of dates, two events of a type lie as far from any stored event
    const datesOf = new Map<EventType, string>();
    const differentDates = new Set<EventType>();
    for (const event of events) {
      const dates = `${event.startDate}/${event.endDate}`;
      const seen = datesOf.get(event.type);
      if (seen === undefined) datesOf.set(event.type, dates);
      else if (seen !== dates) differentDates.add(event.type);
    }
    for (const event of events) if (differentDates.has(event.type)) distances.set(event, toTarget(event));
  }
  // (events of other types never take the same stored event, nor do those of one type told with the same dates
  // lie differently far from it: none for them orders nothing that matters)
  const closer = (a: T, b: T) => {
    const x = distances.get(a) ?? NO_DISTANCE;
    const y = distances.get(b) ?? NO_DISTANCE;
    return x.days < y.days ? -1 : x.days > y.days ? 1 : y.shared - x.shared;
  };
  return [...events].sort(
    (a, b) => PRECISION_RANK[b.datePrecision] - PRECISION_RANK[a.datePrecision] || closer(a, b) || CERTAINTY_RANK[b.dateCertainty] - CERTAINTY_RANK[a.dateCertainty],
  );
}

const NO_DISTANCE: TargetDistance = { days: 0, shared: 0 };

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
