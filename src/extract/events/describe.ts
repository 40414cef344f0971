import { EVENT_TYPE_BY_ID, type EventType } from '../../domain/taxonomy.js';
import type { ExtractedActor, ExtractedPlace } from '../types.js';
import { kept, mapped } from '../packed.js';

const STRIKES = new Set<EventType>(['drone_strike', 'missile_strike', 'air_strike', 'shelling']);

function list(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** A short human title: "Phone call between Donald Trump and Vladimir Putin", "Drone strike on Kyiv". */
export function titleFor(type: EventType, actors: ExtractedActor[], places: ExtractedPlace[]): string {
  const label = EVENT_TYPE_BY_ID.get(type)!.label;
  const persons = mapped(kept(actors, (a) => a.kind === 'person'), (a) => a.name);
  const parties = (persons.length >= 1 ? persons : mapped(actors, (a) => a.name)).slice(0, 3);
  const place = places[0]?.name;
  if (STRIKES.has(type)) return place ? `${label} on ${place}` : label;
  if (type === 'territorial_capture') {
    const taker = actors.find((a) => a.kind !== 'person');
    if (taker && place) return `${taker.name} captures ${place}`;
    return place ? `Capture of ${place}` : label;
  }
  if (type === 'statement') return parties.length ? `Statement by ${list(parties)}` : label;
  if (type === 'phone_call' || type === 'meeting') {
    if (parties.length >= 2) return `${label} between ${list(parties)}`;
    if (parties.length === 1) return `${label} with ${parties[0]}`;
  }
  if (place && (type === 'armed_clash' || type === 'assassination')) return `${label} in ${place}`;
  if (parties.length) return `${label}: ${list(parties)}`;
  return place ? `${label} in ${place}` : label;
}

/** White space that /\s+/ → ' ' would change: a run of two, or one that is not a plain space. */
const COLLAPSIBLE = /\s\s|[^\S ]/;

/** The quote as a summary: whitespace collapsed, cut at a word boundary when long. */
export function summaryFor(quote: string, max = 300): string {
  // most sentences hold only single spaces, where collapsing changes nothing: one test, not a match per space
  const flat = (COLLAPSIBLE.test(quote) ? quote.replace(/\s+/g, ' ') : quote).trim();
  if (flat.length <= max) return flat;
  return `${flat.slice(0, flat.lastIndexOf(' ', max - 1))}…`;
}
