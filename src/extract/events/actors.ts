import type { ExtractedActor } from '../types.js';
import { ACTORS, OFFICES, PERSON_TITLES, SEATS_OF_POWER, type Office } from './actor-aliases.js';
import { allMatches, matchesBeforeKeyword, matchesWith } from '../matches.js';

export interface ActorMention extends ExtractedActor {
  start: number; // offsets within the sentence
  end: number;
  /** Named by its seat of power ("the Kremlin" for Russia). */
  seat?: boolean;
  /** A leader named by office ("the German chancellor"). */
  office?: boolean;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Aliases by their first word, longest first, so "Vladimir Putin" wins over "Putin". */
const ALIASES_BY_FIRST_WORD = (() => {
  const index = new Map<string, Array<{ alias: string; entry: (typeof ACTORS)[number] }>>();
  for (const entry of ACTORS) {
    for (const alias of entry.aliases) {
      const first = alias.split(' ')[0];
      index.set(first, [...(index.get(first) ?? []), { alias, entry }]);
    }
  }
  for (const list of index.values()) list.sort((a, b) => b.alias.length - a.alias.length);
  return index;
})();

/**
 * One of the aliases' first words. One scan for these few words replaces a lookup for every word
 * of the sentence.
 */
const FIRST_WORD = new RegExp(`(?:${[...ALIASES_BY_FIRST_WORD.keys()].sort((a, b) => b.length - a.length).map(escape).join('|')})`, 'gu');
const WORD_CHARACTER = /[\p{L}\p{N}]/u;
const WORD_JOINERS = ".'’-";

/** Whether `at` continues a word: a letter or digit before it, across . ' ’ - ("U.S.-Russia" continues "U.S."). */
function continuesWord(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && WORD_JOINERS.includes(text[i - 1])) i--;
  if (i === 0) return false;
  const lowSurrogate = i >= 2 && text.charCodeAt(i - 1) >= 0xdc00 && text.charCodeAt(i - 1) <= 0xdfff;
  return WORD_CHARACTER.test(lowSurrogate ? text.slice(i - 2, i) : text[i - 1]);
}

/**
 * Where an alias may start: a first word at the start of a word (a word runs from its first letter
 * or digit over letters, digits and . ' ’ -). Tested after the scan rather than as a lookbehind in
 * it: a lookbehind at the pattern's start is tried at every position and halves the scan's speed.
 * A position that continues a word is skipped by one character, as the lookbehind would.
 */
function aliasStarts(text: string): number[] {
  const starts: number[] = [];
  FIRST_WORD.lastIndex = 0;
  for (let m = FIRST_WORD.exec(text); m !== null; m = FIRST_WORD.exec(text)) {
    if (continuesWord(text, m.index)) FIRST_WORD.lastIndex = m.index + 1;
    else starts.push(m.index);
  }
  return starts;
}
/** The rest of the word a first word starts. */
const WORD_REST = /[\p{L}\p{N}.'’-]*/uy;
const CONTINUES_WORD = /^(?:[\p{L}\p{N}]|\.\p{L})/u;

// a title opens a sentence capitalised ("Blogger X Y was killed") and runs lower-case inside one
const TITLE_PATTERN = PERSON_TITLES.map(escape)
  .sort((a, b) => b.length - a.length)
  .map((title) => `[${title[0].toLowerCase()}${title[0].toUpperCase()}]${title.slice(1)}`)
  .join('|');
/** A capitalised name word ("Oleh", "O'Brien", "Kovalenko-Shevchuk"), not an abbreviation ("RU", "MoD"). */
const NAME = "\\p{Lu}(?:\\p{Ll}|['’]\\p{Lu})[\\p{L}'’-]*";
/** "President Emmanuel Macron", "Governor Oleh Syniehubov": a title and two capitalised words. */
const TITLED_PERSON = new RegExp(`(?:${TITLE_PATTERN})\\s+(${NAME}(?:\\s+${NAME}){1,2})`, 'gu');
/** "Oleh Syniehubov said": two capitalised words before a speech verb. */
const SPEECH_VERBS = 'said|says|told|wrote|warned|added|announced|stated';
const SPEAKING_PERSON = new RegExp(`(?<![\\p{L}])(${NAME}\\s+${NAME})(?=,?\\s+(?:${SPEECH_VERBS}))`, 'gu');
/** "Darya Dugina, the daughter of ...", "Andriy Parubiy, a former speaker": a name in apposition to a role. */
const ROLE = 'daughter|son|wife|husband|widow|mother|father|head|leader|chief|founder|commander|spokesman|spokeswoman|speaker|member|deputy|official|officer|journalist|blogger|activist|lawmaker|politician|businessman|ideologue|general|colonel|minister|mayor|governor|teacher|reporter|correspondent|student|musician|athlete|player|veteran|nurse|doctor|lawyer|priest|artist|citizen|national';
/** ", a former speaker": the role an apposition gives (also the apposed-person pattern's gate). */
// ("an American teacher", "a Belarusian journalist": a nationality before the role is capitalised)
const APPOSED_ROLE = `,\\s+(?:an?|the)\\s+(?:(?:[a-z-]+|[A-Z][a-z]+(?:an|ish|ese|i|ch))\\s+){0,2}(?:${ROLE})\\b`;
const APPOSED_PERSON = new RegExp(`(?<![\\p{L}])(${NAME}\\s+${NAME})(?=${APPOSED_ROLE})`, 'gu');
/**
 * "Andriy Parubiy was shot dead", "Igor Kirillov, head of the chemical troops, was killed by a bomb", "X Y gunned down
 * outside his home", "X Y, who was shot dead in Lviv": two or three capitalised words killed, an apposition or a relative
 * "who" between, are a person whatever the names.
 */
const KILLING = String.raw`(?:shot\s+dead|shot\s+and\s+killed|gunned\s+down|assassinated|stabbed\s+to\s+death|blown\s+up|killed\s+(?:by|in|when)\b)`;
const KILLED_PERSON = new RegExp(
  `(?<![\\p{L}])(${NAME}\\s+${NAME}(?:\\s+${NAME})?)(?=(?:,[^,;.]{1,70},|,\\s+who)?\\s+(?:(?:was|were|had\\s+been|has\\s+been)\\s+)?${KILLING})`,
  'gu',
);
/** A word of killing: the killed-person pattern's gate. */
const KILLED = new RegExp(KILLING);
/** Words that open a phrase of count or kind, not a name: "Two Ukrainians were shot dead", "Several Russians". */
const NOT_A_KILLED_NAME = /^(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Several|Many|Some|Both|All|Most|Dozens|Hundreds|Local|Police)$/;
/** The speech verbs SPEAKING_PERSON reads after its name, at the whitespace before them (its keyword). */
const SPEECH_VERB = new RegExp(`\\s(?:${SPEECH_VERBS})`, 'gu');
const APPOSITION = new RegExp(APPOSED_ROLE);
/**
 * The matches of each person pattern. A title is its pattern's own literal; the speaking person runs
 * only right before a speech verb (matchesBeforeKeyword), and the apposed person only in a sentence
 * with an apposition: either is far cheaper than trying a name at every capital.
 */
const PERSON_MATCHES: Array<(text: string) => RegExpExecArray[]> = [
  (text) => allMatches(TITLED_PERSON, text),
  (text) => matchesBeforeKeyword(SPEECH_VERB, SPEAKING_PERSON, text, 1), // one space between its two names
  (text) => matchesWith(APPOSITION, APPOSED_PERSON, text),
  (text) => matchesWith(KILLED, KILLED_PERSON, text).filter((m) => !NOT_A_KILLED_NAME.test(m[1].split(/\s+/)[0])),
];
/** Title words right after a country name make it an adjective ("U.S. President"), not an actor. */
const FOLLOWED_BY_TITLE = new RegExp(`^\\s+(?:${TITLE_PATTERN}|officials?|forces?|troops|army|military|media)\\b`, 'u');
const NOT_A_NAME = new Set(['The', 'This', 'That', 'But', 'And', 'In', 'On', 'At', 'Senior', 'Former', 'Ukrainian', 'Russian', 'American']);

/** Bodies many states have, read as the United States' only when nothing says whose they are: "Congress approved". */
const SHARED_INSTITUTIONS = new Set(['Congress', 'House of Representatives']);
/** Words before such a body that keep it American: "the US Congress", "the Republican-led Congress". */
const AMERICAN_QUALIFIER = /^(?:US|U\.S\.|American|States|The|Republican\S*|Democratic\S*|Democrat\S*|GOP)$/;

/**
 * "China's National People's Congress", "Brazil's Congress", "the Australian House of Representatives", "the Congress
 * of Local and Regional Authorities": a shared body named with another owner, or of something, is not the United States.
 */
function anotherCountrys(text: string, start: number, end: number): boolean {
  if (/^\s+of\b/.test(text.slice(end, end + 5))) return true;
  const previous = /(\S+)\s+$/.exec(text.slice(Math.max(0, start - 40), start))?.[1] ?? '';
  return /['’]s$/.test(previous) || (/^\p{Lu}/u.test(previous) && !AMERICAN_QUALIFIER.test(previous));
}

/** A word of an office either way it is written: "prime minister", "Prime Minister", "Secretary-General". */
const anyCase = (words: string) => escape(words).replace(/(^|\\?[\s-])(\p{Ll})/gu, (_, before: string, letter: string) => `${before}[${letter}${letter.toUpperCase()}]`);
const alternation = (phrases: Iterable<string>, spell: (phrase: string) => string) =>
  [...new Set(phrases)].sort((a, b) => b.length - a.length).map(spell).join('|');
const OFFICE_OF = new Map<string, Office>(); // "Ukraine|president" → the office
const OWNER_BY_WORD = new Map<string, string>(); // "Ukrainian", "the United States" → "Ukraine"
for (const owner of OFFICES) {
  for (const word of [...owner.adjectives, ...owner.names]) OWNER_BY_WORD.set(word.toLowerCase(), owner.of);
  for (const office of owner.offices) for (const title of office.titles) OFFICE_OF.set(`${owner.of}|${title}`, office);
}
const TITLE = alternation(OFFICES.flatMap((o) => o.offices.flatMap((office) => office.titles)), anyCase);
const QUALIFIER = alternation(OFFICES.flatMap((o) => o.adjectives), escape);
const OWNER = alternation(OFFICES.flatMap((o) => o.names), anyCase);
/**
 * "the German chancellor", "the President of Ukraine", "Britain's prime minister". An office right before a
 * full name is that name's title ("the US President Barack Obama" is Obama, whoever holds it today), and a
 * qualified office ("the former US president", "the vice president") does not match "the" + owner + title.
 */
const OFFICE_PHRASE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:[tT]he\s+(?<qualifier>${QUALIFIER})\s+(?<title>${TITLE})|[tT]he\s+(?<ofTitle>${TITLE})\s+of\s+(?<owner>${OWNER})|(?<possessor>${OWNER})['’]s\s+(?<possessed>${TITLE}))(?![\p{L}\p{N}-])(?!\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll})`,
  'gu',
);
/** Words an office is written with: a sentence without one (most) skips the office pattern. */
const OFFICE_WORD = /[pP]resident|[mM]inister|[cC]hancellor|[lL]eader|[pP]remier|[sS]ecretary|[dD]iplomat|[cC]hief|[hH]ead of state|[dD]irector/;
/** The latest day an office's holder is read at when the text's day is not given. */
const LATEST = '9999-12-31';

/** Who held an office on a day (ISO): the last holder who took it on or before that day. */
function holderOn(office: Office, day: string): string | undefined {
  return office.holders.findLast((holder) => holder.from <= day)?.name;
}

/** Leaders named by office in a text, each resolved to whoever held the office on `day`. */
function findOffices(text: string, day: string): ActorMention[] {
  if (!OFFICE_WORD.test(text)) return [];
  const found: ActorMention[] = [];
  for (const m of allMatches(OFFICE_PHRASE, text)) {
    const groups = m.groups!;
    const ownerWord = groups.qualifier ?? groups.owner ?? groups.possessor;
    const title = (groups.title ?? groups.ofTitle ?? groups.possessed).toLowerCase().replace(/\s+/g, ' ');
    const owner = OWNER_BY_WORD.get(ownerWord.toLowerCase());
    const office = owner === undefined ? undefined : OFFICE_OF.get(`${owner}|${title}`);
    const holder = office && holderOn(office, day);
    if (holder) found.push({ name: holder, kind: 'person', start: m.index, end: m.index + m[0].length, office: true });
  }
  return found;
}

/** Two capitalised names joined by a hyphen, as one word: "Trump-Putin", "Trump-Zelenskyy". */
const NAME_PAIR_WORD = /^(\p{Lu}[\p{L}'’]+)-(\p{Lu}[\p{L}'’]+)$/u;

/**
 * "the Trump-Putin call", "2025-03-18 | phone | Trump-Putin": two people a hyphen joins name both sides. Only when both
 * halves are people: "the Russia-Ukraine war", "US-Russia relations" name no parties of an event.
 */
function personPair(word: string, at: number): ActorMention[] | null {
  const m = NAME_PAIR_WORD.exec(word);
  if (!m) return null;
  const halves = [m[1], m[2]].map((half) => ALIASES_BY_FIRST_WORD.get(half)?.find(({ alias, entry }) => alias === half && entry.kind === 'person')?.entry);
  if (!halves[0] || !halves[1]) return null;
  const second = at + m[1].length + 1;
  return [
    { name: halves[0].name, kind: 'person', start: at, end: at + m[1].length },
    { name: halves[1].name, kind: 'person', start: second, end: second + m[2].length },
  ];
}

/**
 * The actors a text names. A leader named by office is whoever held it on `day` (the article's day, ISO):
 * news names the office's holder of its own day far more often than a past one.
 */
export function findActors(text: string, day: string = LATEST): ActorMention[] {
  const found: ActorMention[] = findOffices(text, day);
  const offices = found.length;
  let coveredUntil = 0;
  for (const at of aliasStarts(text)) {
    if (at < coveredUntil) continue;
    if (offices && found.some((office, i) => i < offices && office.start <= at && at < office.end)) continue;
    WORD_REST.lastIndex = at;
    const whole = WORD_REST.exec(text)![0];
    const word = /\p{L}\.\p{L}/u.test(whole) ? whole : whole.replace(/\.$/, '');
    const options = ALIASES_BY_FIRST_WORD.get(word) ?? ALIASES_BY_FIRST_WORD.get(word.replace(/['’]s$/, ''));
    const hit = options?.find(({ alias }) => text.startsWith(alias, at) && !CONTINUES_WORD.test(text.slice(at + alias.length, at + alias.length + 2)));
    if (!hit) {
      const pair = personPair(word, at);
      if (pair) {
        found.push(...pair);
        coveredUntil = at + word.length;
      }
      continue;
    }
    const end = at + hit.alias.length;
    coveredUntil = end;
    if (hit.entry.kind === 'country' && FOLLOWED_BY_TITLE.test(text.slice(end)) && !/\s/.test(hit.alias)) continue;
    if (SHARED_INSTITUTIONS.has(hit.alias) && anotherCountrys(text, at, end)) continue;
    found.push({ name: hit.entry.name, kind: hit.entry.kind, start: at, end, ...(SEATS_OF_POWER.has(hit.alias) && { seat: true }) });
  }
  for (const personMatches of PERSON_MATCHES) {
    for (const m of personMatches(text)) {
      const name = m[1];
      const start = m.index + m[0].length - name.length;
      if (found.some((a) => start < a.end && a.start < start + name.length) || NOT_A_NAME.has(name.split(/\s+/)[0])) continue;
      found.push({ name, kind: 'person', start, end: start + name.length });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The names the gazetteer knows (each is found by its own aliases, a surname among them). */
const KNOWN_NAMES = new Set(ACTORS.map((entry) => entry.name));
/**
 * Capitalised words that name a date, a title or a body, never a person's surname read alone ("the Defence Ministry said"
 * reads as a speaking person: its last word is no surname).
 */
const NOT_A_SURNAME =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|President|Minister|General|Prime|Mr|Mrs|Ms|Dr|Ministry|Force|Forces|Office|Service|Council|Committee|Command|Guard|Staff|Army|Navy|Police|Agency|Department|Administration|Government|Parliament|Court|House|Group|Bank|Fund|Union|Commission|News|Press|Times|Post)$/;
/** An article before a capitalised word makes it a noun of its own ("the Ministry"), not a surname. */
const ARTICLE_BEFORE = /\b(?:the|a|an)\s+$/i;

/**
 * People the gazetteer does not know, named in full (`mentions`), added to `bySurname` (surname -> full name; '' for a
 * surname two of them share, which then names neither). Read sentence by sentence, in order: see surnameMentions.
 */
export function addSurnames(bySurname: Map<string, string>, mentions: Iterable<ActorMention>): void {
  for (const a of mentions) {
    if (a.kind !== 'person') continue;
    const words = a.name.split(/\s+/);
    const surname = words[words.length - 1];
    if (words.length < 2 || KNOWN_NAMES.has(a.name) || surname.length < 3 || NOT_A_SURNAME.test(surname)) continue;
    const seen = bySurname.get(surname);
    bySurname.set(surname, seen !== undefined && seen !== a.name ? '' : a.name);
  }
}

/** A character that continues a word before a surname ("O'Duda", "Kos-Duda") or after it. */
const WORD_BEFORE = /[\p{L}\p{N}'’-]/u;
const WORD_AFTER = /[\p{L}\p{N}-]/u;

/**
 * "President Andrzej Duda said ... Biden spoke to Duda by phone": news names a person in full once and by the surname
 * after. A person the gazetteer does not know, read in full in an earlier sentence (`bySurname`, see addSurnames), is
 * that person where a later sentence names the surname alone (a surname another found name already covers, "Anna
 * Duda", is hers).
 */
export function surnameMentions(text: string, found: ActorMention[], bySurname: ReadonlyMap<string, string>): ActorMention[] {
  const added: ActorMention[] = [];
  for (const [surname, name] of bySurname) {
    if (!name) continue;
    for (let at = text.indexOf(surname); at >= 0; at = text.indexOf(surname, at + 1)) {
      const end = at + surname.length;
      if ((at > 0 && WORD_BEFORE.test(text[at - 1])) || (end < text.length && WORD_AFTER.test(text[end]))) continue;
      if (found.some((a) => at < a.end && a.start < end) || ARTICLE_BEFORE.test(text.slice(Math.max(0, at - 5), at))) continue;
      added.push({ name, kind: 'person', start: at, end });
    }
  }
  return added;
}

const COUNTRY_OF_PERSON = new Map(ACTORS.flatMap((entry) => (entry.country ? [[entry.name, entry.country] as const] : [])));

/** The state an actor acts for: a leader stands for their country ("Scholz" for Germany), any other actor for itself. */
export function stateOf(actor: ExtractedActor): string {
  return COUNTRY_OF_PERSON.get(actor.name) ?? actor.name;
}

/**
 * Distinct actors in order of first mention. For events held by people (calls, meetings, statements) a
 * country named only by its seat of power beside one of its own leaders ("Putin ..., the Kremlin said")
 * is that leader's office, not another party; a truce or a swap keeps the state as its party.
 */
export function uniqueActors(mentions: Array<ExtractedActor & { seat?: boolean }>, heldByPeople = false): ExtractedActor[] {
  const leadersOf = new Set(heldByPeople ? mentions.map((a) => COUNTRY_OF_PERSON.get(a.name)) : []);
  const seen = new Map<string, ExtractedActor>();
  for (const a of mentions) if (!seen.has(a.name) && !(a.seat && leadersOf.has(a.name))) seen.set(a.name, { name: a.name, kind: a.kind });
  return [...seen.values()];
}

/** From a call's verb to its first partner: "spoke to both", "held separate calls with President". */
// ("phoned Putin and then Zelenskyy": a verb of calling takes its first partner as its object)
// ("with Russian President Vladimir Putin", "to German Chancellor Olaf Scholz": a country's adjective may stand before the title)
const PARTNERS_INTRO = new RegExp(
  `^(?:[^,;.]{0,40}?\\b(?:to|with)\\s+(?:both\\s+|separately\\s+)?|(?:tele)?phon(?:ed|es)\\s+|dial(?:l?ed|s)\\s+|rang\\s+|rings\\s+)(?:(?:\\p{Lu}\\p{Ll}+\\s+)?(?:${TITLE_PATTERN})\\s+)?$`,
  'u',
);
/** Between two partners of one list: "Putin and Zelenskyy", "Putin, Macron and President Zelenskyy". */
// ("spoke with Macron and later with Erdogan", "with Macron, and then with Putin": each partner told with its own "with";
// the adverb may be set off by commas: "with Putin and, later, with Zelensky", "with Putin on Friday and, separately, with Zelensky")
// ("spoke with Putin on Monday and then with Zelenskyy": after the first partner's day, a second "with" names a second partner)
const PARTNER_DAY = String.raw`\s+(?:on\s+(?:\d{1,2}\s+)?\p{Lu}\p{Ll}+(?:\s+\d{1,2})?|yesterday|today|earlier|this\s+(?:morning|afternoon|evening))`;
// ("talked to Putin by phone for ninety minutes, then to Zelenskyy": the first call's medium or length, then the second partner)
// ("to Russian President Vladimir Putin and Ukrainian President Volodymyr Zelenskyy": a country's adjective may stand before
// the second partner's title as before the first's)
const PARTNER_ASIDE = String.raw`\s+(?:(?:by|on|over|via)\s+(?:the\s+)?(?:phone|telephone|video\s+link|videolink)|for\s+(?:about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?(?:an?|one|two|three|four|five|half\s+an|\d+|twenty|thirty|forty|fifty|sixty|ninety)(?:[\s-]and[\s-]a[\s-]half)?[\s-](?:hours?|minutes?)(?:\s+and\s+a\s+half)?)`;
const PARTNER_JOINER = new RegExp(
  `^(?:(?:\\s*,\\s*(?:and\\s*,?\\s*)?|\\s+and\\s*,?\\s*)(?:(?:later|then|afterwards|also|separately)\\s*,?\\s+(?:(?:to|with)\\s+)?)?|` +
    `(?:${PARTNER_DAY}|${PARTNER_ASIDE}){1,3}(?:\\s*,\\s*(?:and\\s*,?\\s*)?|\\s+and\\s*,?\\s*)(?:(?:later|then|afterwards|also|separately)\\s*,?\\s+)?(?:to|with)\\s+)(?:(?:\\p{Lu}\\p{Ll}+\\s+)?(?:${TITLE_PATTERN})\\s+)?$`,
  'u',
);

// ("spoke with Macron and then Starmer arrived": a past tense after the name is the verb of a clause of its own)
const CLAUSE_VERB_AFTER = /^\s+(?:was|were|is|are|has|had|have|said|says|told|did|does|will|would|also|[a-z]{2,}ed)\b/;

/** One call told by a singular noun before its list: "hosts a video call with", "joined a conference call with", "held a call with". */
const ONE_CALL_WITH = new RegExp(
  `\\b(?:a|an|one|the|their|his|her|its)\\s+(?:(?:joint|group|video|phone|telephone|conference|brief|short|long|lengthy|hour-long|first|second|three-way|four-way)\\s+)*(?:call|videoconference|video-?call|teleconference|conference)\\s+with\\s+(?:(?:\\p{Lu}\\p{Ll}+\\s+)?(?:${TITLE_PATTERN})\\s+)?$`,
  'u',
);
/** Between two names of one plain list: a comma or "and", a title, nothing of a second call ("later", "then", a day). */
const PLAIN_LIST_JOINER = new RegExp(`^(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)(?:(?:\\p{Lu}\\p{Ll}+\\s+)?(?:${TITLE_PATTERN})\\s+)?$`, 'u');

/**
 * "Merz hosts a video call with Trump, Zelenskyy and European leaders": a call named once by a singular noun, its
 * partners one plain list, is one call of all of them (not "held calls with", "spoke to both", "and separately with").
 */
function oneCallWithAll(text: string, head: number, firstStart: number, partners: ActorMention[]): boolean {
  if (!ONE_CALL_WITH.test(text.slice(Math.max(0, head - 40), firstStart))) return false;
  if (/^\s+(?:separately|each|in\s+turn)\b/.test(text.slice(partners[partners.length - 1].end))) return false;
  return partners.slice(1).every((p, i) => PLAIN_LIST_JOINER.test(text.slice(partners[i].end, p.start)));
}

/**
 * The sides of each call a call verb tells. A call has two sides, so "Erdogan spoke to both Putin and
 * Zelenskyy" is two calls, Erdogan–Putin and Erdogan–Zelenskyy: one actor list per listed partner, each
 * with the actors outside the list. A single partner, or no one named besides the list, is one call.
 */
export function callSides(text: string, head: number, actors: ActorMention[]): ActorMention[][] {
  const persons = actors.filter((a) => a.kind === 'person' && a.start > head).sort((a, b) => a.start - b.start);
  const first = persons.findIndex((p) => PARTNERS_INTRO.test(text.slice(head, p.start)));
  if (first < 0) return [actors];
  const partners = [persons[first]];
  for (const next of persons.slice(first + 1)) {
    if (!PARTNER_JOINER.test(text.slice(partners[partners.length - 1].end, next.start))) break;
    partners.push(next);
  }
  // "spoke with Trump and Witkoff was also on the line": a verb after the last name opens a clause of its own
  if (partners.length > 1 && CLAUSE_VERB_AFTER.test(text.slice(partners[partners.length - 1].end))) partners.pop();
  const others = actors.filter((a) => !partners.includes(a));
  if (partners.length < 2 || !others.length || oneCallWithAll(text, head, persons[first].start, partners)) return [actors];
  return partners.map((partner) => [...others, partner].sort((a, b) => a.start - b.start));
}
