import type { ExtractedActor } from '../types.js';
import { ACTORS, PERSON_TITLES } from './actor-aliases.js';

export interface ActorMention extends ExtractedActor {
  start: number; // offsets within the sentence
  end: number;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One alternation over every alias, longest first, so "Vladimir Putin" wins over "Putin". */
const ALIAS_INDEX = (() => {
  const byAlias = new Map<string, (typeof ACTORS)[number]>();
  for (const entry of ACTORS) for (const alias of entry.aliases) byAlias.set(alias, entry);
  const aliases = [...byAlias.keys()].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${aliases.map(escape).join('|')})(?![\\p{L}\\p{N}]|\\.\\p{L})`, 'gu');
  return { byAlias, pattern };
})();

const TITLE_PATTERN = PERSON_TITLES.map(escape).sort((a, b) => b.length - a.length).join('|');
const NAME = "\\p{Lu}[\\p{L}'’-]+";
/** "President Emmanuel Macron", "Governor Oleh Syniehubov": a title and two capitalised words. */
const TITLED_PERSON = new RegExp(`(?:${TITLE_PATTERN})\\s+(${NAME}(?:\\s+${NAME}){1,2})`, 'gu');
/** "Oleh Syniehubov said": two capitalised words before a speech verb. */
const SPEAKING_PERSON = new RegExp(`(?<![\\p{L}])(${NAME}\\s+${NAME})(?=,?\\s+(?:said|says|told|wrote|warned|added|announced|stated))`, 'gu');
/** Title words right after a country name make it an adjective ("U.S. President"), not an actor. */
const FOLLOWED_BY_TITLE = new RegExp(`^\\s+(?:${TITLE_PATTERN}|officials?|forces?|troops|army|military|media)\\b`, 'u');
const NOT_A_NAME = new Set(['The', 'This', 'That', 'But', 'And', 'In', 'On', 'At', 'Senior', 'Former', 'Ukrainian', 'Russian', 'American']);

export function findActors(text: string): ActorMention[] {
  const found: ActorMention[] = [];
  for (const m of text.matchAll(ALIAS_INDEX.pattern)) {
    const entry = ALIAS_INDEX.byAlias.get(m[0])!;
    if (entry.kind === 'country' && FOLLOWED_BY_TITLE.test(text.slice(m.index + m[0].length)) && !/\s/.test(m[0])) continue;
    found.push({ name: entry.name, kind: entry.kind, start: m.index, end: m.index + m[0].length });
  }
  const overlaps = (s: number, e: number) => found.some((a) => s < a.end && a.start < e);
  for (const pattern of [TITLED_PERSON, SPEAKING_PERSON]) {
    for (const m of text.matchAll(pattern)) {
      const name = m[1];
      const start = m.index + m[0].length - name.length;
      if (overlaps(start, start + name.length) || NOT_A_NAME.has(name.split(/\s+/)[0])) continue;
      found.push({ name, kind: 'person', start, end: start + name.length });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Distinct actors in order of first mention. */
export function uniqueActors(mentions: ExtractedActor[]): ExtractedActor[] {
  const seen = new Map<string, ExtractedActor>();
  for (const a of mentions) if (!seen.has(a.name)) seen.set(a.name, { name: a.name, kind: a.kind });
  return [...seen.values()];
}
