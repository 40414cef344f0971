import { registerLemmas, type Token } from './lexicon.js';
import { isTimeFrame, settingOf } from './triggers.js';

export type Modality = 'occurred' | 'planned' | 'negated' | 'hypothetical';

// ("declined to commit to supplying Tomahawks", "declined to back the full ceasefire": refusing, politely)
const NEGATION = registerLemmas(['not', "n't", 'no', 'never', 'deny', 'without', 'neither', 'nor', 'fail', 'refuse', 'dismiss', 'reject', 'little', 'lack', 'rebuff', 'spurn', 'decline']);
const HYPOTHETICAL = registerLemmas(['could', 'may', 'might', 'would', 'should', 'if', 'unless', 'whether', 'threaten', 'potential', 'possible', 'possibly', 'risk', 'warn', 'fear', 'call', 'demand', 'urge', 'press', 'push', 'seek', 'advocate', 'want', 'ask', 'propose',
  // "the Pope appealed for a Christmas truce", "pleaded for a ceasefire", "lobbied for a halt": asking for it
  'appeal', 'plead', 'lobby', 'consider', 'discuss', 'need', 'must', 'can', 'insist', 'any', 'proposal', 'offer', 'ready', 'willing', 'eager', 'invite', 'suppose', 'imagine', 'goal', 'aim', 'purpose', 'objective', 'idea',
  // trying is not doing: "troops are trying to capture Pokrovsk", "an attempt to retake the village"
  'try', 'attempt', 'strive', 'struggle', 'likely', 'unlikely',
  // "whenever talks begin": any time at all, not one time
  'whenever']);
const PLANNED = registerLemmas(['will', "'ll", 'plan',
  // (the meeting rule registers "planned" as a word of its own, so the verb's forms are named here too)
  'planned', 'planning', 'expect', 'due', 'schedule', 'hope', 'intend', 'upcoming', 'anticipated', 'anticipate', 'prepare', 'next', 'ahead', 'going', 'future',
  // "the EU is poised to adopt its package next week": about to, not yet
  'poised']);
/** Adverbs of habit: what they qualify is a kind of event, not one event ("ceasefires usually fail"). */
const HABITUAL = new Set([
  'usually', 'typically', 'generally', 'often', 'rarely', 'seldom', 'tend', 'tends', 'traditionally', 'routinely',
  // "sometimes a ceasefire lasts for a day, like at Christmas": now and then, not once
  'sometimes', 'occasionally', 'periodically', 'normally', 'ordinarily',
  // "is shelled almost daily", "lived under constant shelling": a condition, not one attack
  'daily', 'nightly', 'regularly', 'constantly', 'continually', 'frequently', 'constant', 'continuous', 'incessant', 'relentless',
]);
/**
 * What a "daily" or "nightly" may qualify without making the event a habit: "in his nightly video address", "at the
 * daily briefing" tell a routine of speaking, and what the speaker says happened once.
 */
export const ROUTINE_OUTPUT = String.raw`(?:(?:video|press|televised|evening|news)\s+)?(?:address|briefing|bulletin|update|report|message|speech|statement|broadcast|summary)(?:es|s)?\b`;
const ROUTINE_OUTPUT_NEXT = new RegExp(String.raw`^\s*${ROUTINE_OUTPUT}`, 'i');
/** Words of remembering: what they govern happened before the day they are told of. */
const COMMEMORATION = registerLemmas(['anniversary', 'commemorate', 'commemoration', 'memorial', 'memory', 'remembrance', 'mourn', 'vigil', 'tribute', 'funeral', 'requiem',
  // "stood for a minute's silence for the victims of the strike", "sent condolences to those killed in the attack"
  'silence', 'condolence', 'condolences', 'wreath', 'wreaths']);
/** What links a word of remembering to what is remembered: "anniversary of", "vigil for", "tribute to", "killed in". */
const REMEMBERED_LINK = new Set(['of', 'for', 'to', 'in', 'during']);
/** Works that tell of an event: "a film about the capture of Bakhmut", "an exhibition on the liberation of Kherson". */
const WORKS = new Set([
  'film', 'films', 'movie', 'documentary', 'documentaries', 'book', 'books', 'novel', 'memoir', 'memoirs', 'exhibition', 'exhibitions', 'exhibit',
  'museum', 'lecture', 'podcast', 'opera', 'painting', 'mural', 'photobook', 'photographs', 'poem', 'song', 'musical', 'reconstruction', 'reenactment', 're-enactment',
]);
/** Weapons that name a strike before its noun: "the missile strike", "a drone attack". */
const WEAPON_WORD = /^(?:missile|drone|air|rocket|artillery|bomb)$/;
/** What links a work to what it tells of: "about", "on", "of", "depicting". */
const WORK_LINK = new Set(['about', 'on', 'of', 'depicting', 'recounting', 'chronicling', 'recalling', 'portraying', 'retelling']);
/** Words of a noun phrase between a work's link and the event: "the", "the 2022", "Russia's". */
const BETWEEN_WORK_AND_EVENT = /^(?:the|a|an|its|their|russia's|ukraine's|\p{L}+ian|\p{L}+ese|(?:19|20)\d\d|first|second|last|bloody|brutal|long|final)$/u;

/**
 * "a film about the capture of Bakhmut premiered on Friday", "the museum opened an exhibition on the liberation of Kherson",
 * "a documentary depicting the siege": the event a work tells of is history, and the day the work is shown is not its day
 * (only a noun phrase between: "the museum of the war was hit on Friday" tells the strike).
 */
function subjectOfWork(tokens: Token[], head: number): boolean {
  let link = head - 1;
  while (link > 0 && head - link <= 4 && !WORK_LINK.has(tokens[link].lower)) {
    if (!BETWEEN_WORK_AND_EVENT.test(tokens[link].lower) && !OF_WHOM.has(tokens[link].lower) && !WEAPON_WORD.test(tokens[link].lower)) return false;
    link--;
  }
  return link > 0 && WORK_LINK.has(tokens[link].lower) && WORKS.has(tokens[link - 1].lower);
}

/** A year or a day's possessive inside an event's noun phrase: "the 2022 retreat", "Friday's strike". */
const datesItsNoun = (t: Token) =>
  /^(?:19|20)\d\d$/.test(t.text) || (/['’]s$/.test(t.text) && /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight)$/.test(t.lower));
/** Adjectives of readiness before "to": "open to talks", "receptive to a truce". */
const READINESS = new Set(['open', 'receptive', 'amenable']);
/** Verbs that report or settle what follows: "agreed that Russia would stop strikes" is a decision. */
const REPORTING = registerLemmas(['say', 'announce', 'declare', 'tell', 'confirm', 'state', 'agree']);
/** Verbs of telling someone something, whose "that" opens what was told: "assured Trump by phone that ...". */
const TELLING = registerLemmas(['say', 'announce', 'tell', 'confirm', 'state', 'agree', 'assure', 'inform', 'warn', 'promise', 'brief', 'urge']);
/** Keeping or breaking a truce presupposes it: "not observing the moratorium" still names one. */
const COMPLIANCE = registerLemmas(['observe', 'respect', 'honour', 'honor', 'abide', 'keep', 'comply', 'adhere', 'uphold', 'violate', 'breach', 'implement']);
/**
 * Verbs of giving: announcing that one will give is the decision to give ("Germany will send tanks,
 * Scholz said on Wednesday"), where announcing that one will meet is only a plan.
 */
const GIVING = registerLemmas(['send', 'supply', 'gift', 'provide', 'deliver', 'donate', 'transfer', 'allocate', 'grant']);
/**
 * Verbs of giving again what was held back: announcing that one will resume aid, or lift its pause, is the decision as
 * announcing that one will send it is ("Washington said it would resume security assistance", "will lift the pause on
 * military aid, the statement said"). Only with aid named after the verb in its clause: "said it would resume the
 * offensive", "would lift sanctions", "will restore control" stay plans.
 */
const RESUMING = registerLemmas(['resume', 'restore', 'restart', 'lift', 'unfreeze', 'unblock']);
const RESUMED_AID = new Set(['aid', 'assistance', 'sharing', 'delivery', 'deliveries', 'weapons', 'arms', 'shipments', 'supplies', 'funding']);
/** How many words after a resuming verb its aid may be named: "lift the pause on intelligence sharing". */
const RESUMED_AID_REACH = 7;
function resumesAid(tokens: Token[], head: number): boolean {
  for (let i = head + 1; i < tokens.length && i <= head + RESUMED_AID_REACH; i++) {
    if (tokens[i].lower === ',' || tokens[i].lower === ';') return false;
    if (RESUMED_AID.has(tokens[i].lower) || RESUMED_AID.has(tokens[i].lemma)) return true;
  }
  return false;
}
/** A reporting verb in the past: "said", "announced", "told". */
const isPastReport = (t: Token) => REPORTING.has(t.lemma) && (t.lower === 'said' || t.lower === 'told' || t.lower.endsWith('ed'));
/**
 * "May 8" is a month, "may strike" a modal: the month is capitalised inside a sentence, and at its
 * start it is followed by a day ("May 16 - delegations meet in Istanbul").
 */
const isMonth = (t: Token, next?: Token) => t.text === 'May' && (t.start > 0 || /^\d/.test(next?.text ?? ''));
const FORWARD_MODALS = new Set(['would', 'could', 'might', 'may', 'should', 'must', 'likely', 'unlikely']);
/** The first word of a count: "200", "more than 200", "some 150", "dozens of". */
const COUNT_WORD = /^(?:\d[\d,]*|more|over|some|nearly|almost|about|around|dozens|hundreds|scores)$/;
/** Prepositions that make a noun the setting of a telling: "told him in a call", "said at the talks". */
const CIRCUMSTANCE = new Set(['in', 'during', 'at', 'on']);
const TIME_BOUNDARY = /^(?:\d|(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Christmas|Easter)\b)/;
/** A day or a date right after a preposition ("on Friday", "in March"), not a day's possessive ("in Tuesday's call"). */
const dayAfter = (t?: Token) => !!t && TIME_BOUNDARY.test(t.text) && !/['’]s$/.test(t.text);
/**
 * How far back a clause is read: "Erdogan had urged Putin in a telephone call to declare a unilateral truce", "said it would
 * send its special envoy for peace missions and his deputy to Moscow and Istanbul to hold talks" (its mood is 19 words back:
 * a clause's mood reaches its event past a long noun phrase; a comma, a subordinator or a relative word still ends it).
 */
const CLAUSE_REACH = 24;
const CLAUSE_BREAK = new Set([',', ';', ':', '—', '–', '(', ')', 'but', 'while', 'whereas', 'although', 'after', 'before', 'as', 'which', 'who']);

/** Demanding, urging, proposing: acts done in a call or at a meeting, which therefore happened. */
const SPEECH_ACTS = registerLemmas(['urge', 'demand', 'call', 'press', 'push', 'ask', 'propose', 'warn', 'insist', 'offer', 'invite', 'discuss', 'seek', 'threaten']);

/** Verbs whose "to" clause is done: "ordered his forces to observe a truce", "agreed to sign a deal". */
const SETTLING = registerLemmas(['agree', 'order', 'decide', 'instruct', 'vote', 'begin', 'start', 'continue', 'move']);
/** Words of a noun phrase before its noun: "an unconditional 30-day", "a full and lasting". */
const NOUN_PHRASE_WORD = /^(?:a|an|the|any|and|full|new|first|general|partial|lasting|\d+-(?:day|hour|month)|[a-z]+(?:al|ous|ive|ete|ent|ary|ate))$/;

/** Verbs that undo a scheduled thing: "cancelled his meeting with Putin", "scrapped Thursday's talks", "postponed the swap". */
const CALLING_OFF = registerLemmas(['cancel', 'postpone', 'scrap', 'shelve', 'delay', 'defer', 'axe', 'ditch', 'abandon']);
/** Things held on a day set beforehand, which can be called off (aid and sanctions "delayed" or "suspended" are decisions of their own). */
const SCHEDULED = new Set(['meet', 'meeting', 'talk', 'negotiations', 'negotiation', 'summit', 'visit', 'trip', 'trips', 'call', 'conversation', 'exchange', 'swap', 'round', 'ceremony', 'conference', 'session']);
/** A day a "since" clause names after its verb: "on 10 May", "early on Friday", "earlier this month", "in August", "two weeks ago". */
const SINCE_CLAUSE_DAY =
  /^[^,;.:—–()]*?\b(?:(?:on|in)\s+(?:the\s+)?(?:\d|(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)|(?:earlier|early|late|mid-|at the (?:start|end) of)\s*(?:this|last)\s+(?:week|month|year)\b|last\s+(?:week|month|year|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\d+\s+(?:days|weeks|months)\s+ago\b|yesterday\b)/;
/** What a "since" clause is compared with: "the first exchange since", "the largest attack since", "for the first time since". */
export const COMPARED_SINCE = /\b(?:first|last|largest|biggest|worst|heaviest|deadliest|most|least|longest|highest|lowest|ever|time|since)\b(?:\s+[\p{L}'’-]+){0,6}\s*$/iu;
/** A verb in the past that makes the words after "since" a clause ("since the offensive began"), not a noun's time ("since his trip"). */
export const PAST_VERB = /\b(?:\p{L}{2,}ed|began|went|came|took|struck|hit|fell|broke|ran|met|spoke|shot|swept|drove|flew|sank|overran|won|lost|left|fought)\b/iu;

/**
 * Whether the "since" clause of the trigger at `head` names a day of its own after the trigger, outside a comparison:
 * "since Russian troops crossed the border on 10 May" tells the crossing, "since the talks collapsed" only dates a state.
 */
function sinceClauseDated(tokens: Token[], since: Token, head: number, text: string): boolean {
  if (COMPARED_SINCE.test(text.slice(0, since.start))) return false;
  const after = text.slice(tokens[head].end);
  return SINCE_CLAUSE_DAY.test(after) && PAST_VERB.test(text.slice(since.end, tokens[head].end) + after.split(/[,;.:—–()]/)[0]);
}

/** Words opening a subordinate clause: what follows them is another event's. */
const SUBORDINATOR = new Set(['after', 'before', 'when', 'because', 'since', 'until', 'once', 'while', 'whereas', 'although']);

/**
 * The first index from `from` on, below `limit`, whose token passes `test` (`limit` when none): read from `from`, not
 * from the sentence's start, and no further than asked, so that asking it for each trigger of a long sentence
 * costs what is read.
 */
function firstIndexFrom(tokens: Token[], from: number, test: (t: Token) => boolean, limit = tokens.length): number {
  const end = Math.min(limit, tokens.length);
  let i = Math.max(0, from);
  while (i < end && !test(tokens[i])) i++;
  return i;
}

// (Sets, not a regex per token: read for every word of a clause, for each trigger)
const CLAUSE_PUNCTUATION = new Set([',', ';', ':', '(', ')', '—', '–']);
const endsClause = (t: Token) => CLAUSE_PUNCTUATION.has(t.lower) || SUBORDINATOR.has(t.lower);
const isComma = (t: Token) => t.lower === ',';
const breaksClause = (t: Token) => CLAUSE_BREAK.has(t.lower);

/**
 * An en dash set between two words with no space either side joins them: "the Russia–Africa summit", "a planned
 * Trump–Putin meeting", "the US–Ukraine minerals deal" name one thing, where a spaced dash ("Kyiv – the capital") or an
 * em dash opens an aside. A clause is read across the joining dash, as across a hyphen ("Trump-Putin" is one word).
 */
function joinsWords(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  return t.lower === '–' && tokens[i - 1]?.end === t.start && tokens[i + 1]?.start === t.end;
}
/** A clause break at token `i`: CLAUSE_BREAK's words and punctuation, but not an en dash that joins two words. */
const breaksAt = (tokens: Token[], i: number) => CLAUSE_BREAK.has(tokens[i].lower) && !joinsWords(tokens, i);

/** Where the clause that starts at `from` ends: punctuation or a subordinator (the token count when none). */
function clauseEndFrom(tokens: Token[], from: number): number {
  return firstIndexFrom(tokens, from, endsClause);
}

/** What opens an aside after a subject: ", which had been planned", ", who", ", originally set for", ", postponed twice", ", Germany". */
const ASIDE_OPENER = /^(?:which|who|originally|initially|first|\p{L}+ed)$/u;
const ASIDES_READ_PAST = 3;
// at module level, not a closure made per trigger: under tsx (keepNames) each made costs a defineProperty call
const opensAside = (t?: Token) => !!t && (ASIDE_OPENER.test(t.lower) || t.capitalized);

/**
 * The words after a trigger up to the end of its clause, read past asides between commas: "A meeting at Ramstein,
 * Germany, which had been planned for Saturday, was called off" tells the meeting's fate after them.
 */
function fateAfter(tokens: Token[], head: number): string {
  let end = clauseEndFrom(tokens, head + 1);
  const parts = [wordsOf(tokens, head + 1, Math.min(head + 20, end))];
  for (let aside = 0; aside < ASIDES_READ_PAST && tokens[end]?.lower === ',' && opensAside(tokens[end + 1]); aside++) {
    const close = firstIndexFrom(tokens, end + 2, isComma);
    if (close === tokens.length) break;
    end = close;
    // the comma closing one aside may open the next: "at Ramstein, Germany, which had been planned for Saturday, was"
    if (opensAside(tokens[close + 1])) continue;
    end = clauseEndFrom(tokens, close + 1);
    parts.push(wordsOf(tokens, close + 1, Math.min(close + 20, end)));
    break;
  }
  return parts.join(' ');
}

/** Particle verbs of undoing: "called off the summit", "put off the visit", "pushed back the talks". */
const PARTICLE_CALLING_OFF = /^(?:call|calls|called|calling|put|puts|putting|push|pushes|pushed|pushing)$/;

/**
 * "Trump cancelled his meeting with Putin", "Kyiv scrapped Thursday's talks", "Moscow called off the planned
 * exchange": a verb of undoing whose object is the trigger's noun phrase (a few words of it, no clause between).
 */
function calledOffBefore(tokens: Token[], head: number): boolean {
  // (a name joined by an en dash is one word of the phrase: "shelved the planned Trump–Putin summit")
  for (let i = head - 1, joined = 0; i >= 0 && head - i <= 6 + joined; i--) {
    const t = tokens[i];
    if (joinsWords(tokens, i)) joined += 2;
    if (CALLING_OFF.has(t.lemma)) return true;
    if ((t.lower === 'off' || t.lower === 'back') && PARTICLE_CALLING_OFF.test(tokens[i - 1]?.lower ?? '')) return true;
    if (breaksAt(tokens, i) || t.lower === 'and' || t.lower === 'to' || t.lower === 'that') return false;
  }
  return false;
}

/** Verbs of ordering a move: "ordered the withdrawal", "instructed troops to pull out". */
const ORDERING = registerLemmas(['order', 'instruct', 'command', 'authorise', 'authorize']);
/** Verbs of taking ground, as an infinitive after a vow: "vowed to retake", "pledged to capture". */
const CAPTURING = registerLemmas(['capture', 'take', 'retake', 'recapture', 'seize', 'storm', 'liberate', 'conquer', 'occupy']);
/** Vowing, promising, resolving: what follows is a goal. */
const PROMISING = registerLemmas(['vow', 'pledge', 'promise', 'swear', 'determined', 'resolve', 'resolved', 'boast', 'intent', 'bent']);
/** Moves of troops that an order sets going and only their completion makes done. */
const MOVEMENTS = new Set(['withdraw', 'withdrawal', 'retreat', 'pullout', 'capture', 'take', 'retake', 'storm', 'seize', 'leave', 'abandon']);

/**
 * "Shoigu ordered the withdrawal of troops from Kherson to begin": an order that a move begin is a decision of
 * that day; the move is done when it is completed, told apart. ("Syrskyi said he had ordered troops to withdraw
 * from Avdiivka" reports the withdrawal itself, as news of a retreat does: only an order to begin is held back.)
 */
function orderedToBegin(tokens: Token[], head: number): boolean {
  const rest = wordsOf(tokens, head + 1, firstIndexFrom(tokens, head + 1, breaksClause, head + 10));
  if (!/\bto (?:begin|start|commence)\b/.test(rest)) return false;
  for (let i = head - 1; i >= 0 && head - i <= 6; i--) {
    if (ORDERING.has(tokens[i].lemma) && !tokens[i].capitalized) return true;
    if (breaksAt(tokens, i) || tokens[i].lower === 'and' || tokens[i].lower === 'that') return false;
  }
  return false;
}

/** Moves away that an order sets going: "ordered troops to withdraw", "ordered the retreat", "instructed units to pull back". */
const WITHDRAWING = new Set(['withdraw', 'withdrawal', 'retreat', 'pullout', 'pull']);

/**
 * "On 9 November the defence minister ordered troops to withdraw from the right bank", "Shoigu ordered the retreat on
 * television": an order to withdraw, told in the simple past as the news of its day, is that day's decision; the
 * withdrawal is done when it is completed, told apart. (Told after the fact it is the withdrawal itself: "Syrskyi said he
 * had ordered troops to withdraw from Avdiivka", "announced that he ordered units to pull back": a perfect, or a report.)
 */
function orderedWithdrawal(tokens: Token[], head: number): boolean {
  if (!WITHDRAWING.has(tokens[head].lemma)) return false;
  for (let i = head - 1; i >= 0 && head - i <= 6; i--) {
    const t = tokens[i];
    if (ORDERING.has(t.lemma) && !t.capitalized && /ed$/.test(t.lower)) {
      if (/^(?:had|has|have|'d)$/.test(tokens[i - 1]?.lower ?? '')) return false;
      return !tokens.slice(0, i).some((r) => REPORTING.has(r.lemma) || TELLING.has(r.lemma));
    }
    if (breaksAt(tokens, i) || t.lower === 'that') return false;
  }
  return false;
}

/** Verbs of giving a task, besides the verbs of ordering, whose ground to take is an aim: "tasked with", "charged with". */
const TASKING = registerLemmas(['task', 'charge']);
/** Words between an order and the taking it asks for: "to", "with", "the", "the full", "the swift". */
const ORDER_LINK = /^(?:to|with|the|full|swift|rapid|quick|complete|speedy|immediate)$/;

/**
 * "ordered his troops on Monday to seize Pokrovsk", "was tasked with capturing Siversk", "ordered the capture of Kupiansk":
 * a verb of ordering, not capitalised (no "Order of Lenin"), in the capture's clause, with only an order's link words
 * ("to", "with", "the") right before the capture.
 */
function orderedToTake(tokens: Token[], before: Token[], head: number): boolean {
  if (!ORDER_LINK.test(tokens[head - 1]?.lower ?? '')) return false;
  return before.some((t) => (ORDERING.has(t.lemma) || TASKING.has(t.lemma)) && !t.capitalized);
}

/** Verbs of getting forces or means ready, in their -ing form: "massing troops", "preparing reserves", "stockpiling shells". */
const READYING = /^(?:massing|amassing|mustering|gathering|concentrating|stockpiling|preparing|readying|regrouping|positioning|assembling|building)$/;

/** "a" or "an" (/^an?$/, without a regex per word). */
function isIndefiniteArticle(word: string): boolean {
  return word === 'a' || word === 'an';
}

/**
 * "Russia is massing troops for an assault on Zaporizhzhia", "Kyiv is stockpiling shells for a new offensive": what forces are
 * being readied for is still to come (an indefinite event after "for", the readying in progress: "troops gathered for a meeting"
 * on Friday tells one held).
 */
function preparedFor(tokens: Token[], before: Token[], head: number): boolean {
  let article = head - 1;
  while (article > 0 && head - article <= 3 && !isIndefiniteArticle(tokens[article].lower) && /^[a-z-]+$/.test(tokens[article].text)) article--;
  if (!isIndefiniteArticle(tokens[article]?.lower ?? '') || tokens[article - 1]?.lower !== 'for') return false;
  return before.some((t) => READYING.test(t.lower));
}

/** Words that make an event a rehearsal of one: "a mock swap", "a simulated strike", "a practice assault". */
const REHEARSED = new Set(['mock', 'simulated', 'simulation', 'practice', 'rehearsal', 'dummy', 'imitation']);

/** Truces and deals: the things one is given until a deadline to accept, or meets to sign. */
const ACCEPTED_THINGS = registerLemmas(['ceasefire', 'truce', 'armistice', 'pause', 'moratorium', 'deal', 'agreement', 'accord']);

/** Kinds of truce named by a noun before it: "an air truce", "an energy pause", "a Black Sea ceasefire". */
const TRUCE_KIND = /^(?:air|sea|energy|maritime|holiday|easter|christmas|black|naval|humanitarian|local|interim)$/;
/** Verbs of accepting that take their object after a preposition: "agree to", "commit to", "consent to". */
const ACCEPTING_WITH = registerLemmas(['agree', 'commit', 'consent']);

/**
 * "gave Moscow until today to accept an unconditional ceasefire": a truce or deal that is the object of
 * an infinitive is a goal or a demand, unless a settling verb governs it ("ordered them to observe a truce").
 */
function objectOfGoal(tokens: Token[], head: number): boolean {
  if (!ACCEPTED_THINGS.has(tokens[head].lemma)) return false;
  let verb = head - 1;
  // ("to accept an air truce", "to agree to an energy pause": the kind of truce is a noun before it)
  while (verb > 0 && head - verb <= 4 && (NOUN_PHRASE_WORD.test(tokens[verb].lower) || TRUCE_KIND.test(tokens[verb].lower))) verb--;
  // "a signal to Moscow to agree to an air truce", "up to Russia to commit to a ceasefire": a verb of accepting with its preposition
  if (/^(?:to|on)$/.test(tokens[verb]?.lower ?? '') && ACCEPTING_WITH.has(tokens[verb - 1]?.lemma ?? '')) verb--;
  if (verb < 1 || tokens[verb - 1].lower !== 'to' || !/^[a-z]+$/.test(tokens[verb].lower)) return false;
  return !tokens.slice(Math.max(0, verb - 12), verb - 1).some((t) => SETTLING.has(t.lemma));
}

/** Verbs of favouring a proposal: "supported a ceasefire in principle", "backs an unconditional truce". */
const FAVOURING = registerLemmas(['support', 'back', 'endorse', 'favour', 'favor', 'embrace']);
/** Nouns of favouring after "in" and before "of": "spoke in favour of a truce", "came out in support of a ceasefire". */
const IN_FAVOUR = new Set(['favour', 'favor', 'support']);

/**
 * "Putin said he supported a 30-day ceasefire in principle", "Scholz spoke in favour of a ceasefire": a truce or deal
 * favoured as an indefinite idea is not yet one ("backed the Easter truce" names one that is).
 */
function favouredIdea(tokens: Token[], head: number): boolean {
  if (!ACCEPTED_THINGS.has(tokens[head].lemma)) return false;
  const verb = nounPhraseStart(tokens, head) - 1;
  if (!/^(?:an?|any)$/.test(tokens[verb + 1]?.lower ?? '')) return false;
  if (FAVOURING.has(tokens[verb]?.lemma ?? '')) return true;
  return tokens[verb]?.lower === 'of' && IN_FAVOUR.has(tokens[verb - 1]?.lower ?? '') && tokens[verb - 2]?.lower === 'in';
}

/** Truces, the things one side declares and others back. */
const TRUCES = registerLemmas(['ceasefire', 'truce', 'armistice', 'pause', 'moratorium']);
/** Verbs of backing a particular truce: "backs the energy pause", "welcomed the Easter truce". */
const BACKING = registerLemmas(['support', 'back', 'endorse', 'welcome']);

/**
 * "Kyiv backs the energy pause", "Zelenskyy said he would support the moratorium", "welcomed Moscow's truce": a particular
 * truce backed by someone is one told before, re-mentioned on the day of the backing, not a new truce of that day.
 */
export function backedNamedTruce(tokens: Token[], head: number): boolean {
  // ("backed the Easter truce that Moscow declared on Thursday": the truce's own making is told after it)
  if (!TRUCES.has(tokens[head].lemma) || /^(?:that|which|declared|announced|ordered|agreed)$/.test(tokens[head + 1]?.lower ?? '')) return false;
  for (let j = head - 1; j >= Math.max(1, head - 4); j--) {
    if (/^(?:the|this|that|its|their|his|her)$/.test(tokens[j].lower) || /['’]s$/.test(tokens[j].text)) return BACKING.has(tokens[j - 1].lemma);
    if (!/^[\p{L}\d-]+$/u.test(tokens[j].text)) return false;
  }
  return false;
}

/** Adjectives a list of them is made of: "a lasting, durable and full ceasefire", "a long, comprehensive, verifiable truce". */
const LISTED_ADJECTIVE = /^(?:full|new|long|first|general|partial|lasting|real|true|\d+-(?:day|hour|month)|[a-z]+(?:al|ous|ive|ete|ent|ary|ate|able|ible))$/;
/** How many words back a noun phrase is read: "a lasting, durable and full" is seven. */
const NOUN_PHRASE_REACH = 8;

/**
 * Where the noun phrase of the noun at `head` starts: back over its determiners and adjectives, and over the commas of
 * a list of adjectives ("a lasting, durable and full ceasefire" is one phrase, not two clauses).
 */
function nounPhraseStart(tokens: Token[], head: number): number {
  let at = head;
  while (at > 0 && head - at < NOUN_PHRASE_REACH) {
    const t = tokens[at - 1];
    if (NOUN_PHRASE_WORD.test(t.lower) || LISTED_ADJECTIVE.test(t.lower)) at--;
    else if (t.lower === ',' && at < head && LISTED_ADJECTIVE.test(tokens[at].lower) && LISTED_ADJECTIVE.test(tokens[at - 2]?.lower ?? '')) at--;
    else break;
  }
  return at;
}

/** What opens an item of the noun phrase before a comma: "including", "such as", "notably", "among them". */
const ITEM_OPENER = /^(?:including|notably|especially|particularly|such as|among them|in particular)\b/;
/** Words opening a relative clause inside a list item. */
const RELATIVE_WORD = new Set(['that', 'which', 'who', 'whom', 'whose', 'where', 'when']);
/** How many items of a list are read back for its opener. */
const ITEMS_READ = 4;
/** A list item opening with a determiner: "the release of civilian detainees", "a swap of bodies". */
const ITEM_DETERMINER = /^(?:the|a|an|its|their|his|her)$/;

/**
 * The comma before an item opener ("including", "such as") whose list the clause starting after `comma` belongs to,
 * read back over earlier items that open with a determiner; -1 when the clause is no such item.
 */
function itemOpenerBefore(tokens: Token[], comma: number): number {
  for (let items = 0; items < ITEMS_READ && tokens[comma]?.lower === ','; items++) {
    if (ITEM_OPENER.test(wordsOf(tokens, comma + 1, comma + 3))) return comma;
    if (!ITEM_DETERMINER.test(tokens[comma + 1]?.lower ?? '')) return -1;
    let previous = comma - 1;
    while (previous >= 0 && !breaksAt(tokens, previous)) previous--;
    // the earlier item: its opener, or a determiner after the comma before it
    if (previous < 0 || !(ITEM_OPENER.test(wordsOf(tokens, previous + 1, previous + 3)) || ITEM_DETERMINER.test(tokens[previous + 1]?.lower ?? ''))) return -1;
    comma = previous;
  }
  return -1;
}

/** The people a swap trades, in the plural: "prisoners", "captives", "soldiers". */
const TRADED_PEOPLE = new Set(['prisoners', 'captives', 'pows', 'soldiers', 'servicemen', 'detainees', 'bodies', 'civilians']);
/** Verbs of trading people (not of moving them: "ordered soldiers to withdraw" is an order to leave). */
const TRADING = new Set(['trade', 'swap', 'exchange']);

/**
 * "each side keeps enough prisoners to trade", "they came for prisoners to exchange", "Kyiv has collected hundreds of
 * Russian soldiers to swap": an infinitive right after the people to be traded tells what they are held for, not a trade.
 */
const heldToTrade = (tokens: Token[], head: number) =>
  TRADING.has(tokens[head].lower) && tokens[head - 1]?.lower === 'to' && TRADED_PEOPLE.has(tokens[head - 2]?.lower ?? '');

/** Adjectives of how hard a thing is to do: "the hardest weapons to stop", "drones are difficult to shoot down". */
const EASE = /^(?:hard|harder|hardest|difficult|easy|easier|easiest|impossible|tough|tougher|toughest|simple|costly|expensive|cheap|cheaper|safe|safer|dangerous)$/;

/**
 * "glide bombs are the hardest weapons to stop", "Shaheds are cheap to build and hard to shoot down", "a truce would be
 * difficult to monitor": an infinitive after an adjective of ease tells what a kind of thing is like to do, not a doing.
 */
function toughToDo(tokens: Token[], head: number): boolean {
  if (tokens[head - 1]?.lower !== 'to') return false;
  for (let i = head - 2; i >= 0 && head - i <= 5; i--) {
    if (EASE.test(tokens[i].lower)) return true;
    if (!/^[a-z-]+$/.test(tokens[i].text) || breaksAt(tokens, i)) return false;
  }
  return false;
}

/** Nouns of proposing that may head a clause's subject: "The proposal dates to ...", "The offer came at ...". */
const PROPOSAL_SUBJECT = new Set(['proposal', 'proposals', 'offer', 'offers', 'idea', 'ideas']);
/**
 * A verb right after that subject placing it at an event, which then took place: "dates to the talks", "came at the
 * summit", "emerged from the call" (not "was": "The proposal was for a truce" still proposes one).
 */
const TOLD_VERB = /^(?:dates|dated|came|emerged|originated|surfaced|traces|traced)$/;
/** Nouns of putting forward what is not yet agreed: "a US proposal for a truce", "Kyiv's offer of a swap", "the idea of a ceasefire". */
const PROPOSING = registerLemmas(['proposal', 'offer', 'idea', 'demand', 'appeal', 'request', 'initiative', 'suggestion', 'blueprint', 'readiness', 'willingness']);
/** Words of the noun phrase between a proposal's "for"/"of" and its truce or swap: "an immediate, interim 30-day", "a Black Sea", "an all-for-all prisoner". */
const PROPOSED_PHRASE_WORD =
  /^(?:an?|the|any|another|full|new|first|general|partial|lasting|real|true|interim|brief|short|limited|energy|sea|air|maritime|holiday|large|big|major|prisoner|prisoners|prisoner-of-war|pow|body|bodies|all-for-all|,|\d+-(?:day|hour|week|month)|[a-z]+(?:al|ous|ive|ete|ent|ary|ate|able|ible|ic|ian))$/;
/** How far back from the truce its proposal's preposition is looked for: "for an immediate, interim 30-day ceasefire" is six. */
const PROPOSED_REACH = 7;

/**
 * "Ukraine accepted the US plan for a 30-day pause", "Kyiv is ready to accept a US proposal for an immediate, interim
 * ceasefire", "repeated its offer of a full ceasefire", "Moscow's demand for a swap": a truce, deal or swap that a proposal,
 * an offer, a demand or an idea is of or for is what was put forward, not what was done, whoever accepts it (a truce
 * itself agreed or declared is told by its own verb: "agreed to a ceasefire"). A plan is a proposal of a truce or deal
 * only: "plans for a prisoner swap on Friday" look ahead to one.
 */
function proposedIn(tokens: Token[], head: number): boolean {
  const accepted = ACCEPTED_THINGS.has(tokens[head].lemma);
  if (!accepted && !TALKED_OVER.has(tokens[head].lemma)) return false;
  let at = head - 1;
  while (at > 0 && head - at <= PROPOSED_REACH && (PROPOSED_PHRASE_WORD.test(tokens[at].lower) || /^\p{Lu}/u.test(tokens[at].text))) at--;
  // "the US proposal to enact an immediate, interim 30-day ceasefire", "Kyiv's offer to hold a prisoner swap": the
  // proposal's infinitive, as its "for" or "of"
  if (at >= 2 && tokens[at - 1].lower === 'to' && /^\p{Ll}+$/u.test(tokens[at].text) && PROPOSING.has(tokens[at - 2].lemma)) return true;
  if (!/^(?:for|of)$/.test(tokens[at]?.lower ?? '') || at < 1) return false;
  const noun = tokens[at - 1];
  return PROPOSING.has(noun.lemma) || (accepted && noun.lemma === 'plan' && !/^(?:to|will|would)$/.test(tokens[at - 2]?.lower ?? ''));
}

/** What stands before a proposal or plan used as a noun: "a", "the US", "Kyiv's", "the American", "the peace". */
const PROPOSAL_DETERMINER = /^(?:a|an|the|its|their|his|her|this|that|our|any|peace|u\.?s\.?|us|eu|un|nato|\p{L}+an)$/u;
/** Words that open a clause or an infinitive of the proposal's own: "a plan to meet at a summit", "an offer that talks in Rome ...". */
const OPENS_OWN_CLAUSE = new Set(['to', 'that', 'which', 'who', 'where', 'when', 'whereby']);

/**
 * "accepted a U.S. proposal for a 30-day ceasefire at talks in Jeddah", "the US plan for a pause, tabled during the call":
 * a proposal or a plan, as a noun, is the object of what happened at the setting after it; the talks or the call it was
 * made at took place (a verb of proposing there is exempt already: "urged Putin in a call to ..."). Not across an
 * infinitive or a clause of the proposal's own: "a plan to meet at a summit in Budapest" looks ahead to the summit.
 */
function proposalBeforeSetting(tokens: Token[], at: number, setting: number): boolean {
  if (at >= setting || !(PROPOSING.has(tokens[at].lemma) || tokens[at].lemma === 'plan')) return false;
  const before = tokens[at - 1];
  if (!before || !(PROPOSAL_DETERMINER.test(before.lower) || /\p{L}(?:['’]s|s['’])$/u.test(before.text))) return false;
  for (let i = at + 1; i < setting; i++) if (OPENS_OWN_CLAUSE.has(tokens[i].lower)) return false;
  return true;
}

/** What else talks are held on: "talks on a prisoner swap", "negotiations over an exchange of bodies". */
const TALKED_OVER = registerLemmas(['exchange', 'swap']);
/** Nouns that say whom or what an exchange is of, before it: "a prisoner swap", "a large prisoner-of-war exchange". */
const OF_WHOM = new Set(['prisoner', 'prisoners', 'prisoner-of-war', 'pow', 'body', 'bodies', 'large', 'big', 'major']);
/** Nouns of working toward something: "talks on a ceasefire", "a first step toward a broader truce". */
const STRIVING = registerLemmas(['talk', 'negotiation', 'discussion', 'step', 'path', 'road', 'progress', 'effort', 'push', 'bid', 'move', 'framework', 'roadmap']);
const TOPIC_PREPOSITIONS = new Set(['on', 'toward', 'towards', 'about', 'over', 'for']);

/**
 * "start negotiations on a ceasefire", "a step toward a broader truce": a truce or deal that talks
 * are about, or a step leads to, is their subject, not an event (a named one is: "talks on the Easter truce").
 */
function topicOfTalks(tokens: Token[], head: number): boolean {
  if (!ACCEPTED_THINGS.has(tokens[head].lemma) && !TALKED_OVER.has(tokens[head].lemma)) return false;
  let article = head - 1;
  while (
    article > 0 && head - article <= 4 && !/^an?$/.test(tokens[article].lower) &&
    (NOUN_PHRASE_WORD.test(tokens[article].lower) || /^\p{Lu}/u.test(tokens[article].text) || OF_WHOM.has(tokens[article].lower))
  ) article--;
  if (article < 2 || !/^an?$/.test(tokens[article].lower) || !TOPIC_PREPOSITIONS.has(tokens[article - 1].lower)) return false;
  // a plural the trigger lexicon keeps as its own lemma ("negotiations") is read in the singular
  const noun = tokens[article - 2];
  return STRIVING.has(noun.lemma) || STRIVING.has(noun.lower.replace(/s$/, ''));
}

/** The exchange or swap noun whose counts "for" trades ("an exchange of 500 for 500", "a swap of 84 prisoners for 84"); -1 if none. */
export function tradedBefore(tokens: Token[], forAt: number): number {
  for (let j = forAt - 1; j >= Math.max(0, forAt - 5); j--) {
    if (TALKED_OVER.has(tokens[j].lemma)) return j;
    if (!(tokens[j].lower === 'of' || /^\d/.test(tokens[j].text) || OF_WHOM.has(tokens[j].lower) || /^(?:soldiers|servicemen|captives|pows)$/.test(tokens[j].lower))) return -1;
  }
  return -1;
}

/** Nouns of what is said or hoped before anything is done: "talk of negotiations", "rumours of a truce", "prospects for a summit". */
const HEARSAY = new Set(['talk', 'rumour', 'rumours', 'rumor', 'rumors', 'speculation', 'gossip', 'prospect', 'prospects', 'chance', 'chances', 'possibility', 'likelihood', 'odds']);
const HEARSAY_LINK = new Set(['of', 'about', 'over', 'for']);

/**
 * "with talk of negotiations in the air", "rumours of a ceasefire swept Kyiv", "speculation about a summit": what is
 * talked of, rumoured or in prospect has not happened (the noun phrase between: "a Black Sea truce", "a prisoner swap").
 */
function hearsayOf(tokens: Token[], head: number): boolean {
  let at = head;
  while (at > 0 && head - at < 4 && (NOUN_PHRASE_WORD.test(tokens[at - 1].lower) || OF_WHOM.has(tokens[at - 1].lower) || tokens[at - 1].capitalized)) at--;
  return HEARSAY_LINK.has(tokens[at - 1]?.lower ?? '') && HEARSAY.has(tokens[at - 2]?.lower ?? '');
}

/** ", which Kyiv denied", ", a claim Moscow rejected": what the clause before told is disputed by the other side. */
const DENIED_CLAIM = /, (?:which|a claim|claims|an assertion)(?: that)? (?:[a-z'.-]+ ){1,5}?(?:denied|denies|rejected|rejects|disputed|disputes|refuted|dismissed)\b/;
/** Verbs of making a truce one side's own act: "a ceasefire Putin declared", "ordered a 36-hour truce". */
const DECLARING = /\b(?:declared|declares|ordered|orders|announced|announces|proclaimed)\b/;
/** How many words either side of a truce's noun its declaring verb may stand. */
const DECLARING_REACH = 6;

/**
 * "a 72-hour ceasefire Putin declared for May 8-10, which Ukraine dismissed as theater", "ordered a ceasefire for Orthodox
 * Christmas, which Kyiv rejected as a ploy": a truce one side declared is that side's act; the other side rejecting or
 * dismissing it does not undo it (a truce proposed and rejected, or a claim denied or disputed, is still none).
 */
function rejectedDeclaredTruce(tokens: Token[], head: number, denial: string): boolean {
  if (!TRUCES.has(tokens[head].lemma) || !/(?:rejected|rejects|dismissed)$/.test(denial)) return false;
  return DECLARING.test(wordsOf(tokens, Math.max(0, head - DECLARING_REACH), Math.min(tokens.length, head + DECLARING_REACH + 1)));
}

/**
 * ", but Kyiv denied it", "; Ukraine's army disputed the claim", "though Moscow rejected this as propaganda", ", but Kyiv said
 * fighting was still going on in the town", "but Ukraine said the city was not taken", "said its troops still held it": the next clause has the other side deny what was told, or say the fight for it
 * goes on ("but Kyiv denied reports of heavy losses", "denied targeting civilians" deny something else).
 */
const DISPUTED_AFTER =
  /(?:[,;:—–] (?:(?:but|though|although|while|yet) )?|\b(?:but|though|although|yet) )(?:[a-z'.-]+ ){1,5}?(?:(?:denied|denies|rejected|rejects|disputed|disputes|refuted|refutes|dismissed|dismisses|contradicted|contradicts) (?:it|this|these|the (?:claims?|reports?|assertions?|account)|such (?:claims|reports)|that claim)\b|(?:said|says|insisted|insists|reported|reports) (?:that )?(?:(?:the )?(?:fighting|battles?|clashes|combat) (?:(?:was|were|is|are) (?:still )?(?:continuing|going on|under way|raging)|(?:continued|continues|went on|goes on|raged|rages))|(?:the|its|our) (?:city|town|village|settlement|place) (?:was|is|had|has) (?:not|never|still not) (?:been )?(?:taken|captured|lost|fallen)|(?:its|their|our) (?:forces|troops|units|soldiers|defenders) (?:still|continued to|continue to) (?:held|hold|control|controlled|defend|defended)))/;
/**
 * What may yet happen: "remains possible", "is still on the table", "is under discussion", "is being negotiated"
 * (in the past only with "still": "the talks on Monday were possible because ..." tells talks held).
 */
const POSSIBLE_FATE =
  /^(?:[a-z'-]+ ){0,6}?(?:(?:is|are|remains?|seems?|looks?) (?:(?:still|now|also|quite|entirely|very much) )?|(?:was|were|remained) still )(?:possible|conceivable|feasible|an option|a possibility|on the (?:table|cards)|in the cards|under (?:discussion|consideration|negotiation)|being (?:discussed|considered|negotiated|prepared|planned|arranged|worked out))\b/;
/** "a summit was not ruled out", "a meeting is not excluded": a prospect left open. */
const NOT_RULED_OUT = /^(?:[a-z'-]+ ){0,6}?(?:is|are|was|were|has|have|had)(?: been)? not (?:being )?(?:ruled out|excluded)\b|^(?:[a-z'-]+ ){0,6}?could not be (?:ruled out|excluded)\b/;
/**
 * "Peskov said a phone call was possible this week", "a meeting was possible only after a truce": an indefinite event said in
 * the past to be possible is reported speech of a prospect ("the talks on Monday were possible because ..." tells talks held).
 */
const WAS_POSSIBLE = /^(?:[a-z'-]+ ){0,6}?(?:was|were) (?:(?:only|still|also|quite|entirely|now) )?(?:possible|conceivable|feasible|likely|an option|on the (?:table|cards))\b/;
/** The event's noun phrase opens with "a", "an", "any" or "another" ("a phone call", "a new prisoner exchange"). */
function indefinite(tokens: Token[], head: number): boolean {
  for (let i = head - 1; i >= 0 && head - i <= 4; i--) {
    if (/^(?:a|an|any|another)$/.test(tokens[i].lower)) return true;
    if (!/^[a-z-]+$/.test(tokens[i].text)) return false;
  }
  return false;
}

/**
 * What every test of a trigger's fate in modalityAt (called off, not on the agenda, possible, not ruled out, not to take
 * place, never happened, not agreed) needs in the words after the trigger: one of these words opening a word ("was",
 * "isn't", "remains", "never"). A fate without one is none of them, and they are not run on it. A fate test added
 * must need one of them too, or be run without the gate (test/extract/events/modality-fate-gate.test.ts holds them to it).
 */
export const FATE_VERBS = /\b(?:is|are|was|were|ha[dsv]|remain|seem|look|could|will|would|did|does|won't|never)/;
/** "the summit was called off", "the talks are off": named to say it did not happen. */
export const CALLED_OFF_FATE = /\b(?:was|were|has been|have been|had been|is|are) (?:(?:now|later|then) )?(?:called off|cancell?ed|postponed|scrapped|shelved|put on hold|suspended indefinitely|delayed|deferred|put off|pushed back|axed|ditched|abandoned)\b|\b(?:is|was|are|were) (?:now )?off\b(?! the)/;
/** "a meeting between the two leaders is not on the agenda", "talks are no longer planned". */
const NOT_EXPECTED_FATE = /^(?:[a-z'-]+ ){0,6}?(?:is|are|was|were) (?:not|no longer) (?:on the (?:agenda|table|cards)|planned|scheduled|expected|likely|possible|imminent|in (?:sight|prospect|the works))\b/;
/** "a planned meeting will not take place", "the talks did not go ahead". */
const WONT_HAPPEN_FATE = /\b(?:will|would|did|does|has|have|had|is|was|are|were) (?:not|never) (?:take place|happen|go ahead|be held|materiali[sz]ed?)\b|\b(?:won't|didn't|wasn't|isn't) (?:take place|happen|go ahead|be held)\b/;
/** "a ceasefire was not agreed", "no deal has yet been reached": the passive of its making, denied. */
const NOT_AGREED_FATE = /^(?:[a-z'-]+ ){0,6}?(?:is|are|was|were|has|have|had)(?: (?:yet|still))? (?:not|never)(?: (?:yet|been))* (?:agreed|reached|signed|declared|accepted|approved|concluded|struck|finali[sz]ed)\b|^(?:[a-z'-]+ ){0,6}?(?:isn't|wasn't|aren't|weren't|hasn't|haven't|hadn't)(?: (?:yet|been))* (?:agreed|reached|signed|declared|accepted|approved|concluded|struck|finali[sz]ed)\b/;

/** What was never or not yet done, without an auxiliary before "never": "never happened", "has yet to take place". */
const NEVER_HAPPENED =
  /\b(?:(?:has|have|had|is|are|was|were) yet to|never) (?:take place|taken place|took place|happen|happened|go ahead|gone ahead|went ahead|be held|been held|materiali[sz]ed?|come about|came about)\b/;
/**
 * "the truce has never taken effect", "a ceasefire that did not come into force": a truce named to say it never began
 * (one that "has not yet" or "has yet to" take effect may still: a truce declared for a day ahead).
 */
const NEVER_IN_EFFECT = /\b(?:(?:has|have|had) never|never|did not|didn't) (?:take|taken|took|come|came|enter|entered|go|gone|went)(?: into)? (?:effect|force)\b/;
/** Truces: what takes effect or never does ("the deal signed in May has never taken effect" still tells a signing). */
const TRUCE_NOUNS = registerLemmas(['ceasefire', 'truce', 'armistice', 'pause', 'moratorium']);
/** The tests of a trigger's fate that FATE_VERBS gates: each needs one of its words. */
export const GATED_FATES: readonly RegExp[] = [CALLED_OFF_FATE, NOT_EXPECTED_FATE, POSSIBLE_FATE, NOT_RULED_OUT, WAS_POSSIBLE, WONT_HAPPEN_FATE, NEVER_HAPPENED, NOT_AGREED_FATE, NEVER_IN_EFFECT];
/** A participle of proposing right after the event's noun phrase: "the meeting floated afterwards", "a truce mooted by Ankara". */
const PROPOSED = /^(?:[a-z'-]+ ){0,4}?(?:floated|mooted|proposed|suggested|touted|mulled|envisaged|envisioned|pencill?ed in|rumou?red)\b/;
/** What tells that the proposed event took place after all: "the meeting proposed by Trump took place in Rome". */
const HAPPENED = /\b(?:took place|taken place|was held|were held|been held|happened|went ahead|gone ahead|was carried out|were carried out|began|opened|started|was signed|were signed|took effect|came into force|entered into force)\b/;
/** A predicate of need right after the event's noun phrase: "is necessary", "are essential", "is badly needed". */
const CALLED_FOR =
  /^(?:[a-z'-]+ ){0,6}?(?:is|are|remains?|seems?|looks?)(?: (?:still|also|now|urgently|clearly|badly|absolutely|therefore|thus))? (?:necessary|essential|needed|required|vital|crucial|indispensable|overdue|warranted|imperative|a must|insufficient|not enough)\b/;
/** An item on an agenda, alone or listed with another: "a prisoner exchange is on the agenda", "17th sanctions package, tribunal on agenda". */
const ON_AGENDA = /^(?:[a-z0-9'-]+ ){0,2}?(?:, (?!(?:with|and|as|while|but|after|before|amid|when)\b)(?:[a-z'-]+ ){1,3}?)?(?:(?:is|are|was|were|remains?) (?:also |still |now )?)?on (?:the )?agenda\b/;
/** The subject a conditional inversion puts after its verb: "Had the talks ...", "Should Moscow ...", "Were it ...". */
const INVERTED_SUBJECT = /^(?:\p{Lu}|(?:the|a|an|this|that|these|those|its|their|his|her|it|they|he|she|we|you|there)$)/u;
/** "is to be held", "are to resume", "was to take place": a subject's appointed future. */
const TO_BE_DONE = /^(?:[a-z'-]+ ){0,5}?(?:is|are|was|were) to (?:be [a-z]+|take place|begin|start|resume|open|reopen)\b/;
/** Nouns of what one side says happened: "claims that Chasiv Yar had fallen", "reports of the capture of Toretsk". */
const CLAIM_NOUNS = registerLemmas(['claim', 'report', 'rumour', 'rumor', 'assertion', 'allegation', 'suggestion']);
/** Verbs that deny a claim they govern: "dismissed as false Russian claims", "brushed aside reports". */
const DISPUTING = registerLemmas(['deny', 'reject', 'dismiss', 'refute', 'dispute', 'debunk', 'contradict', 'brush']);
/** Verbs that bear a claim out: "confirmed reports that ...", "verified claims of ...". */
const CONFIRMING = registerLemmas(['confirm', 'verify', 'acknowledge', 'corroborate']);
/** What a denied claim is called: "are untrue", "pure fiction", "dismissed as fake news". */
const FALSITY = /\b(?:untrue|not true|false|fake|fiction|fictitious|fabricated|fabrication|baseless|unfounded|groundless|nonsense|propaganda|disinformation|premature|inaccurate|incorrect|erroneous|mistaken|misleading|wrong|not (?:accurate|correct))\b/;

/** Words that date a claim between its noun and its content: "on Monday", "last week", "earlier this month". */
const CLAIM_DAY_WORD = /^(?:on|last|this|earlier|late|early|[A-Z][a-z]+day|week|month|\d{1,2})$/;
/** What ends the words read back from a trigger to a claim's noun: [;:—–()]. */
const CLAIM_END = new Set([';', ':', '—', '–', '(', ')']);

/**
 * "dismissed as false Russian claims that Chasiv Yar had fallen", "called reports of the capture of Toretsk pure
 * fiction", "claims to have taken Kurakhove are untrue": an event told as the content of a claim or a report
 * that the sentence denies or calls false is no event ("confirmed reports that ..." tells one).
 */
function disputedClaim(tokens: Token[], head: number, restOfSentence: string): boolean {
  let claim = head - 1;
  while (claim >= 0 && head - claim <= 10 && !CLAIM_NOUNS.has(tokens[claim].lemma) && !CLAIM_END.has(tokens[claim].lower)) claim--;
  if (claim < 0 || !CLAIM_NOUNS.has(tokens[claim].lemma)) return false;
  // "the claim on Monday that ...", "reports last week of ...": the day the claim was made may come between
  let link = claim + 1;
  while (link < head && link - claim <= 3 && CLAIM_DAY_WORD.test(tokens[link].text)) link++;
  if (!/^(?:that|of|to|about)$/.test(tokens[link]?.lower ?? '')) return false;
  const framing = tokens.slice(Math.max(0, claim - 6), claim);
  // "confirmed reports of the capture, calling earlier denials wrong": a claim confirmed stands
  if (framing.some((t) => CONFIRMING.has(t.lemma))) return false;
  return framing.some((t) => DISPUTING.has(t.lemma)) || FALSITY.test(wordsOf(tokens, Math.max(0, claim - 6), claim)) || FALSITY.test(restOfSentence);
}

/** A verb of fighting halting in the simple present: "the shelling stops", "the guns fall silent", "the war ends". */
const HALT_PRESENT = /^(?:stops|halts|ceases|pauses|falls|goes|ends)$/;
/** The same verbs after a plural subject: "the guns fall silent", "the attacks stop" (not the noun: "a 30-day pause"). */
const HALT_PLURAL = /^(?:stop|halt|cease|fall|go|end)$/;
/** Words that open a clause of a time to come or of any time: "until", "once", "when", "the day on which". */
const TIME_TO_COME = new Set(['until', 'till', 'when', 'once', 'whenever', 'before', 'unless', 'if', 'after']);

/**
 * "until the shelling stops", "once the guns fall silent", "the day when the fighting stops", "the date on which guns fall
 * silent": a halt told in the simple present in a clause of time is a time to come or any time, not a truce (told in the
 * past, "when the guns fell silent on Friday", it is one; a headline's present, "Russia halts strikes", has no such clause).
 */
function haltToCome(tokens: Token[], start: number, head: number): boolean {
  const verb = tokens[head].lower;
  const plural = /[^s]s$/.test(tokens[head - 1]?.lower ?? '');
  if (!(HALT_PRESENT.test(verb) || (plural && HALT_PLURAL.test(verb)))) return false;
  for (let i = Math.max(0, start); i < head; i++) if (TIME_TO_COME.has(tokens[i].lower)) return true;
  return tokens[start]?.lower === 'which' && /^(?:on|in|at|by|from)$/.test(tokens[start - 1]?.lower ?? '');
}

/** The first word of a condition's subject: "provided Moscow ...", "providing the truce ...". */
const SUBJECT_START = /^(?:\p{Lu}|(?:the|it|they|he|she|both|each|either)$)/u;
/** Words that make what follows their "on" a condition: "conditional on", "contingent upon", "depends on", "hinged on". */
const CONDITIONAL_ON = /^(?:conditional|contingent|dependent|conditioned|depend|depends|depended|depending|hinge|hinges|hinged|hinging)$/;

/**
 * "provided Moscow stops its strikes", "providing the truce holds", "on condition that Kyiv halts its attacks", "made its part
 * conditional on lifting sanctions", "a truce that depends on sanctions relief", "aid contingent on a ceasefire": what a
 * condition asks for is not told to happen ("provided Ukraine with missiles" gives: no subject after it).
 */
function setAsCondition(before: Token[]): boolean {
  return before.some(
    (t, i) =>
      (/^provid(?:ed|ing)$/.test(t.lower) && (before[i + 1]?.lower === 'that' || (i === 0 && SUBJECT_START.test(before[i + 1]?.text ?? '') && before[i + 2]?.lower !== 'with'))) ||
      (t.lower === 'condition' && before[i + 1]?.lower === 'that') ||
      (CONDITIONAL_ON.test(t.lower) && /^(?:on|upon)$/.test(before[i + 1]?.lower ?? '')),
  );
}

/** The word before "of" or "to" that says something is about to happen: "on the verge of", "close to", "nearer to". */
const ABOUT_TO = new Map([
  ['verge', 'of'], ['brink', 'of'], ['cusp', 'of'], ['point', 'of'], ['threshold', 'of'],
  ['close', 'to'], ['closer', 'to'], ['near', 'to'], ['nearer', 'to'], ['nearing', ''], ['within', 'reach'],
]);
/** Words that may stand between "close to" and the event: "close to a full ceasefire", "close to a deal on a truce". */
const NEARLY_PHRASE = new Set(['a', 'an', 'the', 'deal', 'agreement', 'on', 'of', 'for', 'reach']);

/**
 * "troops were close to capturing Velyka Novosilka", "on the verge of retaking Bakhmut", "edged closer to a
 * ceasefire", "within reach of a deal on a truce": what is about to happen has not happened ("troops close to
 * the front captured the village" tells the capture: a place noun stands between "close to" and the verb).
 */
function nearlyDone(tokens: Token[], head: number): boolean {
  for (let i = head - 1; i >= Math.max(0, head - 7); i--) {
    const link = ABOUT_TO.get(tokens[i].lower);
    if (link === undefined) continue;
    const from = link ? i + 2 : i + 1;
    if (link && tokens[i + 1]?.lower !== link) continue;
    // "within reach of": the link is "reach", then "of"
    const words = tokens.slice(from, head).filter((t) => !(link === 'reach' && t.lower === 'of'));
    if (words.every((t) => NEARLY_PHRASE.has(t.lower) || NOUN_PHRASE_WORD.test(t.lower))) return true;
  }
  return false;
}

/** "this month", "so far this year": the period a running tally covers. */
const TALLY_PERIOD = /\b(?:(?:this|so far this) (?:month|year)|so far)\b/;
const PRESS_NOUNS = new Set(['conference', 'release', 'briefing', 'secretary', 'service', 'office', 'statement']);
const PUNCTUATION = new Set([',', ';', ':', '—', '–', '(', ')']);
/**
 * "a summit is at best the place where ...", "a truce is rarely ...", "a ceasefire is when two sides agree to stop",
 * "a truce is like a pause": an indefinite noun said to be what it always is, a definition.
 */
const GENERIC_PREDICATE = new Set(['the', 'a', 'an', 'at', 'rarely', 'seldom', 'never', 'only', 'usually', 'often', 'when', 'where', 'like']);

/**
 * A measure of events, right before the trigger: "the number of prisoners exchanged", "the share of missiles intercepted"
 * ("a number of drones hit Kyiv" tells some; "the number killed in Friday's strike" measures its toll; a quiz's "How many
 * drones struck Kharkiv?" asks about one).
 */
const MEASURE = /\bthe (?:(?:total|overall|average|daily|nightly|weekly|monthly|yearly|annual) )?(?:number|share|proportion|percentage|rate|count|tally) of(?: (?!(?:in|on|at|by|during|after|from|since)\b)[a-z-]+){0,3}$/;
/**
 * A rate: "launched per night", "exchanged per month" ("per cent" is no time); or a span things were counted over:
 * "the equipment delivered over the past year", "drones downed in recent months" ("over the past night" is one night).
 */
const RATE = /\bper (?:hour|day|night|week|month|quarter|year)\b|\bover the (?:past|last) (?:(?:few|several|two|three|four|six|\d+) )?(?:weeks?|months?|years?)\b|\bin recent (?:weeks|months|years)\b/;
/**
 * "sometimes hundreds at a time", "often in the hundreds at a time", "for hours at a time": a count given per occasion
 * tells how a kind of event usually goes, not one event ("at a time when ..." is a moment, not a count).
 */
const PER_OCCASION = /\b(?:\d[\d,]*|dozens|hundreds|thousands|scores|tens|several|few|handful|hours|days|weeks|nights) at a time\b(?! when\b)/;
/** Words that make an event noun a statistic of its kind: "the median ceasefire", "the average strike", "a typical swap". */
const STATISTIC = new Set(['median', 'average', 'mean', 'typical', 'usual', 'standard', 'archetypal', 'proverbial']);
/** Verbs of a rule of thumb after a bare plural event noun: "truces last when ...", "ceasefires fail unless ...". */
const RULE_OF_THUMB = new Set(['hold', 'last', 'fail', 'collapse', 'work', 'succeed', 'break', 'end', 'require', 'need', 'depend', 'tend', 'survive', 'endure', 'matter']);

/**
 * "truces usually fail", "ceasefires were announced many times", "a summit is at best the place where ...":
 * a habit or a kind of event, told in the trigger's clause, not one event.
 */
function habitual(tokens: Token[], clauseStart: number, head: number): boolean {
  let end = head + 1;
  while (end < tokens.length && end - head <= 10 && !PUNCTUATION.has(tokens[end].lower)) end++;
  const clause = tokens.slice(clauseStart, end);
  const habit = (t: Token, i: number) =>
    HABITUAL.has(t.lower) && !(/^(?:daily|nightly)$/.test(t.lower) && ROUTINE_OUTPUT_NEXT.test(wordsOf(tokens, clauseStart + i + 1, Math.min(end, clauseStart + i + 3))));
  if (clause.some((t, i) => habit(t, i) || (t.lower === 'times' && /^(?:many|countless|numerous)$/.test(clause[i - 1]?.lower ?? '')))) return true;
  if (MEASURE.test(wordsOf(tokens, clauseStart, head)) || RATE.test(wordsOf(tokens, head + 1, end))) return true;
  if (PER_OCCASION.test(wordsOf(tokens, clauseStart, tokens.length))) return true;
  if (RULE_OF_THUMB.has(tokens[head + 1]?.lower ?? '') && bareNoun(tokens, clauseStart, head) && /s$/.test(tokens[head].lower)) return true;
  if (periodOf(tokens, head)) return true;
  // "the median ceasefire lasts less than a month", "the average exchange frees 150 people": a statistic of a kind
  // ("the typical prisoner exchange": past a noun qualifying the event's)
  for (let j = head - 1; j >= Math.max(clauseStart + 1, head - 2); j--) {
    if (STATISTIC.has(tokens[j].lower) && /^(?:the|an?)$/.test(tokens[j - 1].lower)) return true;
    if (!/^[a-z-]+$/.test(tokens[j].text)) break;
  }
  const indefinite = isIndefiniteArticle(tokens[head - 1]?.lower ?? '');
  if (indefinite && /^(?:is|are)$/.test(tokens[head + 1]?.lower ?? '') && GENERIC_PREDICATE.has(tokens[head + 2]?.lower ?? '')) return true;
  return bareSubjectOfKind(tokens, clauseStart, head);
}

/** A present copula and a predicate of what a kind of thing is: "are part of everyday life", "has become routine", "is a fact of life". */
const KIND_PREDICATE =
  /^(?:is|are|remains?|(?:has|have) become|becomes?)(?: (?:now|still|almost|already|increasingly))? (?:a|an|part|routine|common|commonplace|normal|the norm|everyday|familiar|inevitable|rare|frequent)\b/;

/**
 * "Shelling has become routine in Kherson", "Missile strikes are part of everyday life", "Talks are a way to buy
 * time": an event noun with no determiner, opening its clause, said in the present to be a kind of thing, is a
 * kind of event, not one ("The shelling was a war crime" tells a particular one).
 */
function bareSubjectOfKind(tokens: Token[], clauseStart: number, head: number): boolean {
  if (!bareNoun(tokens, clauseStart, head)) return false;
  // or after the noun a weapon trigger qualifies: "Missile strikes are ...", "Artillery fire is ..."
  return KIND_PREDICATE.test(wordsOf(tokens, head + 1, head + 6)) || (/^[a-z]+$/.test(tokens[head + 1]?.text ?? '') && KIND_PREDICATE.test(wordsOf(tokens, head + 2, head + 7)));
}
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'such', 'some', 'no']);

/** Only modifiers between the clause's start and the noun: "Russian missile strikes", "Artillery shelling", "Truces". */
function bareNoun(tokens: Token[], clauseStart: number, head: number): boolean {
  return head - clauseStart <= 3 && !tokens.slice(clauseStart, head).some((t) => DETERMINERS.has(t.lower) || /['’]s$/.test(t.text) || /^\d/.test(t.text));
}

const PERIOD_UNITS = new Set(['days', 'weeks', 'months', 'years']);
/** Words of a noun phrase between "of" and its noun: "months of frontal assaults", "weeks of heavy fighting". */
const OF_PHRASE_WORD = /^(?:[a-z]+(?:al|ous|ive|ent|ant|ed|ing|y|ian|ese|ish)|heavy|fierce|intense|bloody|brutal|constant|daily|failed|repeated|near)$/;

/**
 * "after months of frontal assaults", "weeks of shelling": fighting over an unnumbered stretch of time is
 * a period of many events, not one ("three days of talks" is one round, numbered).
 */
function periodOf(tokens: Token[], head: number): boolean {
  let of = head - 1;
  while (of > 0 && head - of <= 3 && OF_PHRASE_WORD.test(tokens[of].lower)) of--;
  if (tokens[of]?.lower !== 'of' || !PERIOD_UNITS.has(tokens[of - 1]?.lower ?? '')) return false;
  return !/^(?:\d|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|couple)\b/.test(tokens[of - 2]?.lower ?? '');
}

/** Prepositions of a phrase inside a plural subject: "strikes on cities", "talks in Istanbul". */
const SUBJECT_PHRASE = new Set(['on', 'in', 'at', 'against', 'across', 'along']);
/** Words that open a clause a generic subject may start: "Ministers meet, diplomats haggle, and a release announces". */
const CLAUSE_OPENERS = new Set([',', ';', ':', 'and', 'but', 'while', 'when', 'then']);
const opensClause = (tokens: Token[], at: number) => at === 0 || CLAUSE_OPENERS.has(tokens[at - 1].lower);

/** The "a"/"an" of the subject before `head`, past at most three lowercase words ("a prisoner exchange"); -1 if none. */
function indefiniteArticleBefore(tokens: Token[], head: number): number {
  for (let j = head - 1; j >= Math.max(0, head - 4); j--) {
    if (/^(?:an?|each)$/.test(tokens[j].lower)) return j;
    // ("a 72-hour truce", "a 30-day pause": a length is a modifier of the noun like any other)
    if (!/^(?:[a-z-]+|\d+-[a-z]+)$/.test(tokens[j].text)) return -1;
  }
  return -1;
}

/**
 * "A ceasefire is an agreement, or a unilateral order, to stop firing": a sentence opening with an indefinite noun that
 * it defines (is, has or needs a ...) tells what any such thing is; every event word after that predicate is of the definition.
 */
function definesItsSubject(tokens: Token[], head: number): boolean {
  if (!/^an?$/.test(tokens[0]?.lower ?? '')) return false;
  for (let verb = 2; verb <= Math.min(3, head - 1); verb++) {
    if (definesWith(tokens, verb) && /^[a-z-]+$/.test(tokens[verb - 1].text)) return true;
  }
  return false;
}

/** "is a", "has a", "needs no": a predicate of what any such thing is or has. */
const definesWith = (tokens: Token[], at: number) => /^(?:is|has|needs)$/.test(tokens[at]?.lower ?? '') && /^(?:an?|no)$/.test(tokens[at + 1]?.lower ?? '');

/** Prepositions opening a noun's complement: "a halt to strikes", "a pause in attacks on ports". */
const COMPLEMENT_OPENER = new Set(['to', 'on', 'in', 'of', 'against']);
/** Words that open a clause of its own inside a sentence: "a halt to strikes on energy sites and that the sides would swap". */
const CLAUSE_OPENING = new Set([...RELATIVE_WORD, 'while', 'it', 'they', 'he', 'she', 'we', 'i', 'you']);
/** How far a complement is read for the modal after it. */
const COMPLEMENT_REACH = 14;
/** Words a complement is made of: prepositions, conjunctions, determiners and words that are no verb in the past or progressive. */
// (not a word opening another clause: "a halt to strikes on energy sites and that the two sides would swap prisoners")
const COMPLEMENT_WORD = /^(?:to|on|in|of|against|and|or|the|a|an|its|their|all|(?!(?:that|which|who|whom|whose|whether|if|but|because|while|when|as)$)[a-z-]+(?<!ed|ing))$/;

/** Verbs that tell what comes next in a scenario or a rule of thumb: "an exchange follows", "a truce takes effect". */
const SEQUENCE_VERBS = new Set(['follows', 'takes', 'comes', 'begins', 'starts', 'ends', 'collapses', 'holds', 'lasts', 'breaks', 'fails', 'means', 'leads', 'opens', 'costs', 'requires', 'involves',
  // what any such thing does for or to the sides: "a partial truce lets each side claim ...", "a swap buys goodwill"
  'lets', 'gives', 'allows', 'buys', 'helps', 'rewards', 'favours', 'favors', 'benefits', 'suits', 'risks', 'spares', 'serves', 'freezes', 'locks',
  // how any such thing is judged or behaves: "a halt on strikes sounds precise", "a truce tends to fail", "a swap depends on lists"
  'sounds', 'seems', 'looks', 'tends', 'depends', 'works', 'matters']);
/** What opens a phrase qualifying the subject noun before its verb: "of all for all", "on strikes against energy sites", "between the two sides". */
const QUALIFIER_OPENER = /^(?:of|between|with|on|to|in|for|against)$/;
/** How many words a qualifying phrase is read for the verb after it: "on strikes against energy sites", "signed by both sides at dawn". */
const QUALIFIER_REACH = 8;

/**
 * "A ceasefire is signed and takes effect at midnight", "a prisoner exchange of all for all follows within a month":
 * an indefinite event noun as the subject of a simple present (passive, or a verb of what comes next) is a
 * scenario or a rule of thumb, not news (news of one event tells it in the past or the perfect).
 */
function indefiniteSubjectInPresent(tokens: Token[], head: number): boolean {
  if (indefiniteArticleBefore(tokens, head) < 0) return false;
  // past a short phrase qualifying the noun: "of all for all", "between the two sides", "on strikes against energy sites",
  // or a participle's: "signed by both sides", "declared by one side alone" (not past a comma: the subject ends there)
  let verb = head + 1;
  if (QUALIFIER_OPENER.test(tokens[verb]?.lower ?? '') || isParticiple(tokens[verb])) {
    while (verb < tokens.length && verb - head <= QUALIFIER_REACH && /^[\p{L}\d-]/u.test(tokens[verb].text) && !isPresentPredicate(tokens, verb)) verb++;
  }
  // "A truce declared by one side alone, without monitors or maps, is a statement of intent": an aside between commas
  // before the verb is still the subject's
  if (tokens[verb]?.text === ',') {
    for (let close = verb + 1; close < tokens.length && close - verb <= QUALIFIER_REACH; close++) {
      if (tokens[close].text === ',') return isPresentPredicate(tokens, close + 1);
    }
  }
  return isPresentPredicate(tokens, verb);
}

const isPresentPredicate = (tokens: Token[], at: number) =>
  SEQUENCE_VERBS.has(tokens[at]?.lower ?? '') ||
  (/^(?:is|are)$/.test(tokens[at]?.lower ?? '') && isParticiple(tokens[at + 1]) && !PLANNED.has(tokens[at + 1].lemma)) ||
  // "A ceasefire is an agreement", "a truce has a start time, a line": a definition or what any one has
  definesWith(tokens, at);
/** "signed", "agreed", "struck", "held": a past participle of a regular verb or of one the lexicon knows. */
const isParticiple = (t: Token | undefined) => !!t && /^[a-z]+$/.test(t.text) && (t.lower.endsWith('ed') || (t.lemma !== t.lower && !/(?:ing|s)$/.test(t.lower)));

/**
 * "Ministers meet, diplomats haggle, a press release announces a package": a verb in the simple present after a
 * bare plural or an indefinite subject tells how things go, not what happened (a dated sentence is a timetable).
 */
export function genericPresent(tokens: Token[], head: number, actorStarts: ReadonlySet<number>): boolean {
  if (indefiniteSubjectInPresent(tokens, head) || definesItsSubject(tokens, head)) return true;
  const verb = tokens[head];
  const subject = tokens[head - 1];
  if (!subject || actorStarts.has(subject.start)) return false;
  // "ministers meet": a plural subject, the verb in its base form
  if (verb.lower === verb.lemma && /^[a-z]+s$/i.test(subject.text) && subject.lower !== 'has' && opensClause(tokens, head - 1)) return !subject.capitalized || head === 1;
  // "strikes on cities stop within 72 hours": the plural may carry a phrase of what or where
  const plural = tokens[head - 3];
  if (verb.lower === verb.lemma && plural && SUBJECT_PHRASE.has(tokens[head - 2].lower) && /^[a-z]+s$/i.test(plural.text) && !actorStarts.has(plural.start) && opensClause(tokens, head - 3)) {
    return !plural.capitalized || head === 3;
  }
  // "a press release announces": an indefinite subject, the verb in the third person
  if (verb.lower !== `${verb.lemma}s` && verb.lower !== `${verb.lemma}es`) return false;
  const article = indefiniteArticleBefore(tokens, head);
  return article >= 0 && opensClause(tokens, article);
}

/** Verbs after "would" that tell when something starts or how long it runs: "would begin", "would take effect", "would run". */
const WOULD_START = new Set(['begin', 'start', 'take', 'come', 'enter', 'run', 'last', 'apply', 'kick', 'go', 'commence']);

/** "would be in force from June 20", "would be in effect", "would be in place": the state a start opens. */
const wouldBeInForce = (tokens: Token[], would: number) =>
  tokens[would + 1]?.lower === 'be' && tokens[would + 2]?.lower === 'in' && /^(?:force|effect|place)$/.test(tokens[would + 3]?.lower ?? '');

/** "the truce", "the Easter truce", "Moscow's truce": a particular one, told by a definite noun phrase. */
function namedBefore(tokens: Token[], head: number): boolean {
  for (let j = head - 1; j >= Math.max(0, head - 3); j--) {
    if (/^(?:an?|any|some|no)$/.test(tokens[j].lower)) return false;
    if (/^(?:the|this|that|its|their)$/.test(tokens[j].lower) || /['’]s$/.test(tokens[j].text)) return true;
  }
  return false;
}

/** Verbs of how a meeting ended or what it yielded, told in a relative clause of its own: "a summit that ended without a deal". */
const OUTCOME_VERBS = new Set(['ended', 'closed', 'concluded', 'finished', 'broke', 'wrapped', 'produced', 'yielded', 'brought', 'delivered', 'achieved']);

/**
 * "a summit that ended without a ceasefire", "talks which produced no breakthrough": a relative clause whose own verb tells
 * how the event ended or what it yielded denies its outcome ("without", "no" before a noun), not the event ("a truce that
 * never took hold", "a meeting that did not take place" deny it still).
 */
function outcomeDenied(after: Token[], relative: number): boolean {
  if (!OUTCOME_VERBS.has(after[relative + 1]?.lower ?? '')) return false;
  return after.slice(relative + 2).every((t) => !isNegation(t) || t.lower === 'without' || t.lower === 'no');
}

// Helpers live at module level rather than as named closures inside modalityAt, which runs for every
// trigger: under tsx (keepNames) each named closure costs a defineProperty call per creation.
const isNegation = (t: Token) => NEGATION.has(t.lemma) || t.lower.endsWith("n't");
/** "denied violating the truce", "was not observing the moratorium": the denial is of the keeping. */
const negatesTheEvent = (tokens: Token[], at: number, head: number) => !tokens.slice(at + 1, head).some((t) => COMPLIANCE.has(t.lemma));
const isPerfect = (t: Token) => t.lower === 'has' || t.lower === 'have';
/** How far a perfect's "since" is read past its trigger: an amount and its recipient ("more than 19 billion Canadian dollars to Ukraine"). */
const RUNNING_TOTAL_REACH = 20;

/** A "since" in the trigger's clause, within RUNNING_TOTAL_REACH words, that no comparison frames ("the largest ... since"). */
function runningTotalSince(tokens: Token[], head: number, text: string): boolean {
  const end = firstIndexFrom(tokens, head + 1, breaksClause, head + RUNNING_TOTAL_REACH);
  for (let i = head + 1; i < end; i++) if (tokens[i].lower === 'since') return !COMPARED_SINCE.test(text.slice(tokens[head].start, tokens[i].start));
  return false;
}
const willOrWould = (t: Token) => t.lower === 'will' || t.lower === 'would' || t.lower === "'ll";
/** A condition set on what the clause promises: "if Moscow does the same", "only if", "provided that", "on condition that", "as long as", "unless". */
const CONDITION_AFTER = /(?:^|\s)(?:(?<!\b(?:even|as|ask|asks|asked|asking|wonder|wondered|whether|see|know|knows) )if|unless|provided|providing|on (?:the )?condition|(?:as|so) long as)\b/;

/**
 * A sentence's lower-case words joined by spaces, and where each starts in that text: joined once, sliced for each trigger.
 * Held for the last sentence asked about only: its triggers are read one after another, and a WeakMap entry made per
 * sentence (and swept by the collector) cost more than the joining.
 */
let joinedFor: Token[] | undefined;
let joinedWords: { text: string; starts: number[] } = { text: '', starts: [0] };

/** The lower-case forms of tokens[from, to) (from, to ≥ 0) joined by spaces, as `tokens.slice(from, to).map((t) => t.lower).join(' ')` gives them. */
export function wordsOf(tokens: Token[], from: number, to: number): string {
  if (joinedFor !== tokens) {
    const starts: number[] = [];
    let at = 0;
    for (const t of tokens) {
      starts.push(at);
      at += t.lower.length + 1;
    }
    starts.push(at);
    joinedWords = { text: tokens.map((t) => t.lower).join(' '), starts };
    joinedFor = tokens;
  }
  const joined = joinedWords;
  const end = Math.min(to, tokens.length);
  return end > from ? joined.text.slice(joined.starts[from], joined.starts[end] - 1) : '';
}

/** A question opened by a question word ("Which firms ...?", "Q: Why did ...?", "3. On what day ...?"), not "What if" or "How about". */
const WH_OPENING = /^\s*(?:(?:\d+[.)]|Q[:.]|[-•*])\s*)?(?:(?:in|on|at|with|from|to|by|for|against|after|before)\s+)?(?:which|what|who|whom|whose|where|when|why|how)\b(?!\s+(?:if|about)\b)/i;
/** A question word left in place after a preposition: "drones hit a school in which city?", "a call with whom?", "over the dome of which building?" */
const WH_IN_PLACE = /\b(?:in|on|at|of|over|near|into|onto|through|across|with|from|to|by|for|against)\s+(?:which|what|whom)\b/i;
/** An auxiliary of the present, the future or a possibility: "Why do ...", "Who will ...", "What would ...", "How many has ...". */
const NOT_PAST_AUXILIARY = /\b(?:will|would|could|should|might|can|shall|must|do|does|is|are|am|has|have)\b|['’]ll\b/i;

/**
 * "Which firms did the Treasury sanction on Wednesday?", "Drones hit a school in which city?", "Why was Kyiv
 * shelled?": a question for a word (who, which, where, why) about the past takes its event as given, as a
 * quiz, an interviewer or an explainer asks it; a yes/no question ("Did drones hit ...?") or one in the
 * present or future ("Why do ...", "Who will ...") asserts nothing.
 */
function asksAboutWhatHappened(sentenceText: string): boolean {
  return (WH_OPENING.test(sentenceText) || WH_IN_PLACE.test(sentenceText)) && !NOT_PAST_AUXILIARY.test(sentenceText);
}

/**
 * Reads the words before a trigger, back to the start of its clause: negations drop the event,
 * conditionals, threats and demands make it hypothetical, plans and hopes make it planned.
 * A negation right before the trigger ("did not strike") or a denial anywhere earlier counts.
 * `dated`: the sentence dates something of its own.
 */
/** Words of giving or limiting leave, as written (registering them as lemmas would change how others read them). */
const PERMITTING = new Set([
  'allow', 'allows', 'allowed', 'allowing', 'permit', 'permits', 'permitted', 'permitting', 'authorize', 'authorized', 'authorise', 'authorised', 'approve', 'approves',
  'approved', 'let', 'lets', 'greenlit', 'greenlighted', 'cleared', 'restrict', 'restricted', 'restriction', 'restrictions', 'lift', 'lifted', 'ban', 'bans', 'banned', 'forbid', 'forbade', 'forbidden',
]);

/** Whether the words before the trigger give leave to use it: "allowed Kyiv to use", "approved the use of". */
function permittedUse(before: Token[]): boolean {
  const use = before.findLastIndex((t) => t.lemma === 'use');
  return use > 0 && before.slice(0, use).some((t) => PERMITTING.has(t.lower));
}

/** The words of a period before "'s" that own a past event, with the word that must come before them ("last night's"). */
const PAST_PERIOD_OWNERS: Record<string, string | null> = { yesterday: null, night: 'last', week: 'last', month: 'last', year: 'last', morning: 'this' };

/** Whether a past day is the possessor of the trigger's phrase: "yesterday's missile attack", "last night's raid", "last week's shelling". */
function ownedByPastDay(tokens: Token[], head: number): boolean {
  for (let j = head - 1; j >= Math.max(0, head - 3); j--) {
    const t = tokens[j];
    if (/['’]s$/.test(t.text)) {
      const before = PAST_PERIOD_OWNERS[t.lower];
      return before !== undefined && (before === null || tokens[j - 1]?.lower === before);
    }
    if (!/^[a-z-]+$/.test(t.text)) return false;
  }
  return false;
}

/** The parts of a day a narrative counts on by: "the next day", "the next morning". */
const DAY_PARTS = new Set(['day', 'morning', 'afternoon', 'evening', 'night']);

/**
 * "The next day Russian troops took the town", "the next morning the talks resumed": a day the story counts on
 * to is a date of what is told, not a plan ("next week", "the next meeting" still look ahead).
 */
function dayOfTheStory(words: Token[], at: number): boolean {
  return words[at].lower === 'next' && words[at - 1]?.lower === 'the' && DAY_PARTS.has(words[at + 1]?.lower ?? '');
}

/**
 * A definition: "A ceasefire is when two sides agree to stop", "A prisoner swap means that each side frees ...", "A truce
 * means both sides stop firing for a while" (what a kind of thing means, whatever follows "means"); or a glossary's entry,
 * a term and its colon before an indefinite phrase of lower-case words only, no name, no figure, no date: "Armistice: a
 * longer agreement to stop fighting" ("Ceasefire: a truce Putin ordered on 6 January" names who and when: a note, not a gloss).
 */
const DEFINITION = /^\s*["“]?An?\s+(?:[a-z-]+\s+){0,2}(?:(?:is|means)\s+(?:when|where|that)\b|means\b)|^\s*[A-Z][a-z-]+(?:\s+[a-z-]+){0,2}:\s+(?:an?|another)\s+[a-z][a-z ,'’-]*[.;]?\s*$/;

/** A noun of promising or hoping and its "of" before the event's noun phrase: "a promise of a prisoner swap", "the prospect of talks". */
const PROMISED_THING = /\b(?:promise|pledge|prospect|hope|idea|possibility|chance)s?\s+of\s+(?:(?:a|an|another|new|more|further|the)\s+)?(?:[\p{L}\d'’-]+\s+){0,3}$/iu;
const PROMISED_REACH = 80;

/**
 * A supposition in the imperative: "Suppose the guns fell silent tomorrow", "Imagine a truce were signed for thirty days",
 * "Suppose the phone rings next week and the president proposes a halt": whatever the sentence tells is imagined ("Imagined
 * threats ...", a participle, "Supposedly" and "Picture editors say" open no supposition).
 */
const SUPPOSITION = /^\s*["“'‘]?(?:Suppose|Imagine|Assume|Let(?:'|’)s\s+say|What\s+if)\b/;

/**
 * A cleft of what may be done: "What might work is smaller: an exchange of all prisoners for all prisoners", "What
 * governments can do is hold more exchanges", "What would count is a truce written down": what the sentence names after it
 * is proposed as possible, not told as done ("What may have been the deadliest strike ..." has no modal before its verb).
 */
const MODAL_CLEFT = /^\s*["“]?What\s+(?:[\p{L}'’-]+\s+){0,3}?(?:might|could|would|should|may|can|must)\s+(?:[\p{L}'’-]+\s+){0,2}?(?:is|are|was|were)\b/u;

/**
 * Advice in the imperative, as alerts and advisories give it: "Expect traffic restrictions during visits of foreign
 * delegations", "Avoid travel near the front, where shelling is frequent", "Stay away from windows during missile attacks";
 * and an instruction, as a lesson plan, an exercise or a client circular gives one: "Mark the day the deal was signed",
 * "Review contracts signed before the deadline", "Do not rely on announced pauses in fighting" (a name after the verb is
 * no imperative: "Mark Rutte met ...").
 * Not an imperative that hands on a fact: "Keep in mind that drones struck Odesa on Monday", "Be aware that ...".
 */
const ADVICE =
  /^\s*(?:[-•*]\s*)?(?:Expect|Avoid|Anticipate|Allow|Prepare|Beware|Stay|Keep|Monitor|Follow|Remain|Be|Mark|Review|Check|Identify|Read|Use|Write|Compare|Match|List|Underline|Circle|Discuss|Label|Highlight|Do\s+not|Don['’]t)\s+(?!in\s+mind\b|aware\b|advised\b)\p{Ll}/u;

/**
 * A rule of thumb told of an indefinite subject with a modal or a predicate of frequency: "A swap can fall through when one
 * name is missing", "A single government may hold up a package for weeks", "A round of talks has to be prepared for a month",
 * "A week between request and meeting is common": explainers and analyses tell how any such thing goes, not one event (not a
 * possibility about the past, "A missile may have hit the depot", nor what someone said, "A spokesman said a truce can ...").
 */
const GENERIC_RULE =
  /^\s*["“]?An?\s+(?:(?!(?:said|says|told|tells|reported|claimed|announced|that|who)\s)[\p{Ll}\d'’-]+\s+){1,12}?(?:may|can|cannot|can['’]t|must|(?:has|have|needs?|tends?) to|(?:is|are) (?:often |usually |rarely |seldom |quite |fairly )?(?:common|rare|typical|usual|normal|routine|unusual|standard))\b(?!\s+(?:have|had)\b)/u;

/**
 * A condition right after the event's words: "mutual assistance in case of aggression", "military aid in the event of an
 * attack", "provided for help in case of war": what a treaty or a pledge provides for if something happens, not a decision
 * of a day.
 */
const IN_CASE_OF_AFTER = /^(?:[^\s.,;]+ ){0,6}?(?:in case of|in the event of)\b/;

/** A verb in the present after the subject of a "when" clause: "is", "does", "holds", "breaks", "starts". */
const PRESENT_AFTER_SUBJECT = /^(?:is|are|does|do|has|gets|holds|breaks|starts|begins|ends|collapses|comes|takes|fails|lasts|goes|falls)$/;

/**
 * The indefinite subject of a "when" clause in the present: "When a truce is agreed in principle, report the principle",
 * "when a truce does hold, it is seldom for long", "Whenever an exchange falls through, families wait again": what any such
 * event does is told, not one event ("when a missile struck a playground on Friday" is in the past: one strike).
 */
function whenAnyIs(tokens: Token[], head: number): boolean {
  const article = indefiniteArticleBefore(tokens, head);
  if (article < 1 || !/^(?:when|whenever)$/.test(tokens[article - 1].lower)) return false;
  return PRESENT_AFTER_SUBJECT.test(tokens[head + 1]?.lower ?? '');
}

/** Talking that is agreed on before it is held: "agreed to meet", "agreed to begin negotiations", "agreed to hold talks". */
const TALKING = new Set(['meet', 'talk', 'talks', 'negotiate', 'negotiations', 'summit', 'meeting']);
/** Verbs between "agreed to" and the talking: "begin", "start", "hold", "resume", "open". */
const TO_HOLD = new Set(['begin', 'start', 'hold', 'resume', 'open', 'launch']);

/**
 * "Trump and Putin spoke by phone and agreed to meet in Budapest", "It was agreed to begin negotiations": what is agreed is
 * a meeting to come, not one held (nor held on the day of the agreeing).
 */
function agreedToMeet(tokens: Token[], head: number): boolean {
  if (!TALKING.has(tokens[head].lower) && !TALKING.has(tokens[head].lemma)) return false;
  let to = head - 1;
  // ("agreed to hold a summit in Budapest", "decided to open a new round of talks")
  while (to > head - 3 && /^(?:a|an|another|new|further|fresh|their|the)$/.test(tokens[to]?.lower ?? '')) to--;
  if (TO_HOLD.has(tokens[to]?.lemma ?? '')) to--;
  return tokens[to]?.lower === 'to' && /^(?:agree|decide)$/.test(tokens[to - 1]?.lemma ?? '');
}

/** Subordinators of a time that English tells in the present when it is still to come: "once Kyiv has withdrawn", "until Russia agrees". */
const SUBORDINATOR_OF_TIME_TO_COME = new Set(['once', 'until', 'till']);
const PRESENT_AUXILIARY = /^(?:has|have|is|are|does|do)$/;
const PAST_AUXILIARY = /^(?:had|was|were|did)$/;

/**
 * "a ceasefire once Ukraine has withdrawn from the four regions", "will keep fighting until its army captures Pokrovsk",
 * "strikes would stop as soon as Kyiv pulls its troops out": English tells a time still to come in the present inside a
 * clause of "once", "until" or "as soon as", so an event in such a clause in the present or the perfect is a condition
 * set, not news ("once Russian troops had withdrawn", "until troops captured the village" tell what happened).
 */
function inClauseOfTimeToCome(tokens: Token[], start: number, head: number): boolean {
  let at = -1;
  for (let i = head - 1; i > start && at < 0; i--) if (SUBORDINATOR_OF_TIME_TO_COME.has(tokens[i].lower)) at = i;
  // ("as" breaks a clause: the clause read before the trigger starts at the second "as" of "as soon as")
  if (at < 0 && tokens[start]?.lower === 'as' && tokens[start - 1]?.lower === 'soon' && tokens[start - 2]?.lower === 'as') at = start;
  // "once again", "once more", "at once": one time, not a time to come
  if (at < 0 || (tokens[at].lower === 'once' && (/^(?:again|more)$/.test(tokens[at + 1]?.lower ?? '') || tokens[at - 1]?.lower === 'at'))) return false;
  // the clause's first auxiliary tells its tense ("has withdrawn"; "had withdrawn"), else the trigger's own verb ("captures";
  // "captured", "withdrew": a plural noun before it, "troops", is no verb of the present)
  for (let i = at + 1; i <= head; i++) {
    if (PRESENT_AUXILIARY.test(tokens[i].lower)) return true;
    if (PAST_AUXILIARY.test(tokens[i].lower)) return false;
  }
  // ("until the truce is signed", "once a deal has been reached", "until Friday talks resumed": the noun the clause's subject,
  // its verb after it)
  const next = tokens[head + 1];
  if (next && PRESENT_AUXILIARY.test(next.lower)) return true;
  if (next && (PAST_AUXILIARY.test(next.lower) || /^[a-z]+ed$/.test(next.text))) return false;
  const verb = tokens[head];
  if (verb.lemma !== verb.lower && (verb.lower === `${verb.lemma}s` || verb.lower === `${verb.lemma}es`)) return true;
  // "as soon as Ukrainian troops withdraw": the base form after a plural subject
  const subject = tokens[head - 1]?.lower ?? '';
  return verb.lemma === verb.lower && /^[a-z]+$/.test(verb.text) && (/[^s]s$/.test(subject) || /^(?:they|we|you)$/.test(subject));
}

/** Finite verbs and modals that make a list item a clause of its own: "a truce was agreed", "an exchange will follow". */
const FINITE_WORD = /^(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|do|does|did|be|been|'ll)$/;
/** How many earlier items of a list after a colon are read back for the colon. */
const LIST_ITEMS_READ = 8;
/** Where a list item after a colon ends: a comma, a semicolon, a subordinator or a relative word opens the next. */
const endsItem = (t: Token) => CLAUSE_PUNCTUATION.has(t.lower) || SUBORDINATOR.has(t.lower) || RELATIVE_WORD.has(t.lower);

/**
 * "set out his demands as peace proposals: an immediate ceasefire and talks", "Every truce proposed so far has come with a
 * qualifier: an energy truce, a sea truce", "Diplomats can recite the clauses: a line of contact, an exchange of all
 * prisoners": a list of noun phrases after a colon, with no verb of its own, elaborates the clause before the colon and
 * shares its mood; a proposal, a demand, a possibility or a kind there makes each item one too ("had produced a single result:
 * an exchange of 1,000 prisoners" and "Same day: a 246-for-246 exchange" tell events; "Russia rejected the plan: a truce
 * was agreed instead" is a clause of its own).
 */
function elaboratesIdea(tokens: Token[], start: number, head: number): boolean {
  // back over the list's earlier items to its colon ("the clauses: a line of contact, a monitoring mission, an exchange")
  let colon = start;
  for (let items = 0; items < LIST_ITEMS_READ && tokens[colon]?.lower === ','; items++) {
    colon--;
    while (colon >= 0 && tokens[colon].lower !== ',' && tokens[colon].lower !== ';' && tokens[colon].lower !== ':') colon--;
  }
  if (tokens[colon]?.lower !== ':') return false;
  const itemEnd = firstIndexFrom(tokens, head + 1, endsItem);
  for (let i = colon + 1; i < itemEnd; i++) if (FINITE_WORD.test(tokens[i].lower)) return false;
  start = colon;
  let from = start - 1;
  while (from >= 0 && !breaksAt(tokens, from) && start - from <= CLAUSE_REACH) from--;
  for (let i = from + 1; i < start; i++) {
    const t = tokens[i];
    if (t.lower === 'every') return true;
    if (!(HYPOTHETICAL.has(t.lemma) || HYPOTHETICAL.has(t.lower)) || isMonth(t, tokens[i + 1])) continue;
    // "called for" asks; "what they called a truce" names; "press conference" is a noun
    if (t.lemma === 'call' && !/^(?:for|on)$/.test(tokens[i + 1]?.lower ?? '')) continue;
    if (t.lower === 'press' && PRESS_NOUNS.has(tokens[i + 1]?.lower ?? '')) continue;
    return true;
  }
  return false;
}

/** "so that", "in order that": a clause of purpose opens at `i`; what may come of it is no mood of the event before. */
function opensPurpose(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1]?.lower;
  return next === 'that' && (tokens[i].lower === 'so' || (tokens[i].lower === 'order' && tokens[i - 1]?.lower === 'in'));
}

/** /^(?:rul|turn)(?:e|es|ed|ing|s)?$/ as a Set: "ruled out", "turned down" (tested for every word before a trigger). */
const RULE_OR_TURN = new Set(['rul', 'rule', 'rules', 'ruled', 'ruling', 'ruls', 'turn', 'turne', 'turnes', 'turned', 'turning', 'turns']);

export function modalityAt(tokens: Token[], head: number, sentenceText: string, dated = false): Modality {
  // "agreement on a prisoner exchange of 1,000 for 1,000": the counts traded qualify the exchange, and share its mood
  if (tokens[head].lower === 'for') {
    const exchange = tradedBefore(tokens, head);
    if (exchange >= 0) return modalityAt(tokens, exchange, sentenceText, dated);
  }
  // what a definition tells, in whatever clause, is the kind of event, not one; what advice tells may come
  // (advice reaches the end of its clause: "Keep calm, Zelensky said after drones hit Odesa" tells the strike)
  if (DEFINITION.test(sentenceText) || SUPPOSITION.test(sentenceText) || MODAL_CLEFT.test(sentenceText) || (!dated && GENERIC_RULE.test(sentenceText)) || (ADVICE.test(sentenceText) && !/[,;:—–]/.test(sentenceText.slice(0, tokens[head].start)))) return 'hypothetical';
  // a question asks whether something happens, unless it asks about a named one: "Was Monday's meeting a success?"
  // or asks who, where or why of one it dates ("What did you discuss in the call?" re-mentions one told elsewhere)
  if (/\?\s*["”’']?$/.test(sentenceText) && !/['’]s$/.test(tokens[head - 1]?.text ?? '') && !(dated && asksAboutWhatHappened(sentenceText))) return 'hypothetical';

  // "the fighting did not stop during the truce": a time frame is presupposed, whatever its clause says
  if (isTimeFrame(tokens, head)) return 'occurred';
  if (agreedToMeet(tokens, head)) return 'planned';
  if (toughToDo(tokens, head) || heldToTrade(tokens, head) || whenAnyIs(tokens, head) || IN_CASE_OF_AFTER.test(wordsOf(tokens, head + 1, head + 9))) return 'hypothetical';
  // (the commas of a list of adjectives before the noun are inside its phrase: "ready to back a lasting, durable truce")
  let start = nounPhraseStart(tokens, head) - 1;
  while (start >= 0 && !breaksAt(tokens, start) && head - start <= CLAUSE_REACH) start--;
  // "discussed humanitarian relief, including the exchange of prisoners", "could hit several regions, such as Kharkiv": an
  // item of the noun phrase before the comma shares the mood of that phrase's clause
  // ("..., including the exchange of prisoners, the release of detainees and the return of children": a later item of the list too)
  const opener = itemOpenerBefore(tokens, start);
  // (not into a relative clause of the item: "including about deliveries that Washington paused this week")
  if (opener >= 0 && !tokens.slice(opener + 1, head).some((t) => RELATIVE_WORD.has(t.lower))) {
    start = opener - 1;
    while (start >= 0 && !breaksAt(tokens, start) && opener - start <= CLAUSE_REACH) start--;
  }
  // "Kharkiv has been under constant fire since Russian troops crossed the border earlier this month": a "since" clause
  // dated by a day of its own tells its event (sinceClauseDated), read from its "since": the state of the main clause, its
  // perfect and its habit ("constant", "every night") are not the event's
  const datedSince = tokens.findLastIndex((t, i) => i > start && i < head && t.lower === 'since' && !TIME_BOUNDARY.test(tokens[i + 1]?.text ?? ''));
  if (datedSince >= 0 && sinceClauseDated(tokens, tokens[datedSince], head, sentenceText)) start = datedSince;
  const before = tokens.slice(start + 1, head);
  if (habitual(tokens, start + 1, head)) return 'hypothetical';
  if (haltToCome(tokens, start, head) || inClauseOfTimeToCome(tokens, start, head)) return 'hypothetical';
  const denial = tokens.findIndex((t, i) => i < head && t.lemma === 'deny');
  if (denial >= 0 && negatesTheEvent(tokens, denial, head)) return 'negated';
  // "the Kremlin has ruled out a meeting", "Moscow turned down a 30-day truce"
  if (before.some((t, i) => RULE_OR_TURN.has(t.lower) && before[i + 1]?.lower === (t.lower.startsWith('rul') ? 'out' : 'down'))) return 'negated';
  if (SCHEDULED.has(tokens[head].lemma) && calledOffBefore(tokens, head)) return 'negated';
  if ((MOVEMENTS.has(tokens[head].lemma) && orderedToBegin(tokens, head)) || orderedWithdrawal(tokens, head)) return 'planned';
  // "Putin pledged on Tuesday to capture the whole of Donetsk", "his brigade was determined to recapture Vovchansk": a
  // capture vowed is a goal, not ground taken
  if (CAPTURING.has(tokens[head].lemma) && tokens[head - 1]?.lower === 'to' && before.some((t) => PROMISING.has(t.lemma) || PROMISING.has(t.lower))) return 'hypothetical';
  // "Putin ordered his troops on Monday to seize Pokrovsk", "were tasked with capturing Siversk", "ordered the capture of
  // Kupiansk by autumn": ground ordered taken is an aim of that day, not ground taken (an order to withdraw tells the
  // withdrawal: "Syrskyi said he had ordered troops to leave Avdiivka")
  if (CAPTURING.has(tokens[head].lemma) && orderedToTake(tokens, before, head)) return 'hypothetical';
  if (preparedFor(tokens, before, head)) return 'hypothetical';
  // "ended with a promise of a prisoner swap", "the idea of a summit", "hopes of a truce": what is promised or hoped for
  if (PROMISED_THING.test(sentenceText.slice(Math.max(0, tokens[head].start - PROMISED_REACH), tokens[head].start))) return 'hypothetical';
  // "staged a mock prisoner swap for journalists", "a simulated missile strike in the drills": a rehearsal, not the event
  if (tokens.slice(Math.max(0, head - 3), head).some((t) => REHEARSED.has(t.lower))) return 'hypothetical';
  const negation = before.findLastIndex(isNegation);
  if (negation >= 0 && negatesTheEvent(tokens, start + 1 + negation, head)) return 'negated';
  // "candles for the victims of yesterday's missile attack", "asked donors to help after last night's raid": an event
  // a past day owns is presupposed, whatever the mood of the clause around it
  if (ownedByPastDay(tokens, head)) return 'occurred';
  // "allowed Kyiv to use ATACMS against targets in Kursk", "approved the use of Storm Shadows": a permission, not a use
  if (permittedUse(before)) return 'hypothetical';
  // "Trump said he would meet Putin": reported future is a plan, not a conditional
  const reported = tokens.slice(0, head).some((t) => REPORTING.has(t.lemma));
  // "urged Putin in a telephone call to ...": the call is where the urging happened
  const setting = settingOf(tokens, head, CIRCUMSTANCE);
  const conditional = before.some(
    (t, i) =>
      (HYPOTHETICAL.has(t.lemma) || HYPOTHETICAL.has(t.lower)) &&
      !(setting >= 0 && start + 1 + i < setting && (SPEECH_ACTS.has(t.lemma) || proposalBeforeSetting(tokens, start + 1 + i, setting))) &&
      !(reported && t.lower === 'would') &&
      !isMonth(t, before[i + 1]) &&
      // "leaders of the coalition of the willing met in Paris": "the willing" names those who are, no wish of the clause
      !(t.lower === 'willing' && before[i - 1]?.lower === 'the') &&
      // "aimed 200 missiles at the grid", "aimed more than 300 drones": a count of weapons pointed, not a goal
      !(t.lemma === 'aim' && COUNT_WORD.test(before[i + 1]?.lower ?? '')) &&
      // "a press conference", "a press release": the noun, not the verb of urging
      !(t.lower === 'press' && PRESS_NOUNS.has(tokens[start + 2 + i]?.lower ?? '')) &&
      // "called for a truce" demands one; "what investigators called an assassination" names one
      (t.lemma !== 'call' || /^(for|on)$/.test(before[i + 1]?.lower ?? '')) &&
      // "The ceasefire proposal dates to the talks in Jeddah", "The idea came up at the summit": a noun of proposing that is
      // the clause's subject, its verb told, sets no mood on what the verb places it in
      !(i <= 3 && PROPOSAL_SUBJECT.has(t.lower) && TOLD_VERB.test(before[i + 1]?.lower ?? '')),
  );
  // "Kyiv is open to talks", "Moscow remains receptive to a truce": readiness for it, as "ready" and "willing" are
  const openTo = before.some((t, i) => READINESS.has(t.lower) && before[i + 1]?.lower === 'to');
  // "gave Moscow until Monday to agree to a truce": what a deadline asks for
  const deadline = before.findIndex((t) => t.lower === 'until');
  const ultimatum = deadline >= 0 && before.some((t, i) => i > deadline + 1 && t.lower === 'to' && /^[a-z]+$/.test(before[i + 1]?.lower ?? ''));
  if (conditional || openTo || ultimatum || objectOfGoal(tokens, head) || proposedIn(tokens, head) || topicOfTalks(tokens, head) || hearsayOf(tokens, head) || favouredIdea(tokens, head) || nearlyDone(tokens, head) || setAsCondition(before)) return 'hypothetical';
  if (elaboratesIdea(tokens, start, head)) return 'hypothetical';
  // "on the anniversary of the liberation of Izium", "a vigil for the victims of the strike on Dnipro": an event
  // remembered is history, and the day it is remembered on is not its day (a date of its own still dates it:
  // "a vigil for the victims of Friday's strike", "the anniversary of the 2022 retreat")
  // ("NATO's anniversary summit": a word of remembering that qualifies the event noun names the event itself)
  // ("wreaths in memory of those who died in the shelling": across the relative clause of the people remembered)
  const recalled = /^(?:who|which)$/.test(tokens[start]?.lower ?? '') ? tokens.slice(Math.max(0, head - CLAUSE_REACH), head) : before;
  const remembered = recalled.findLastIndex((t) => COMMEMORATION.has(t.lemma));
  const governed = recalled.slice(remembered + 1);
  if (remembered >= 0 && governed.some((t) => REMEMBERED_LINK.has(t.lower)) && !governed.some(datesItsNoun)) return 'hypothetical';
  if (subjectOfWork(tokens, head)) return 'hypothetical';
  // "since the talks in Istanbul collapsed": background that dates a state, not an event of this report
  // ("for the first time since 2022 and agreed" is a time boundary, not a background clause)
  // ("since Russia took Bakhmut" is a clause; "since February" and "since 2014" are boundaries)
  // ("Kharkiv has been under fire since Russian troops crossed the border on 10 May": a clause dated by its own day is an
  // event told, the start of the state; "the first call since they met in June" stays a comparison's frame)
  const sinceAt = before.findIndex((t, i) => t.lower === 'since' && !TIME_BOUNDARY.test(before[i + 1]?.text ?? ''));
  if (sinceAt >= 0 && !sinceClauseDated(tokens, before[sinceAt], head, sentenceText)) return 'hypothetical';
  if ((GIVING.has(tokens[head].lemma) || (RESUMING.has(tokens[head].lemma) && resumesAid(tokens, head))) && before.some(willOrWould) && tokens.some(isPastReport)) return 'occurred';
  // "Kyiv said it would accept a 30-day truce if Moscow did the same", "Russia will agree to a swap only if ...": a
  // promise on a condition is no event yet, whoever reports it ("even if" concedes: what it qualifies goes ahead)
  if (before.some(willOrWould) && CONDITION_AFTER.test(wordsOf(tokens, head + 1, tokens.length))) return 'hypothetical';
  if (reported && before.some((t) => t.lower === 'would')) return 'planned';
  // "Putin told Trump in a phone call on Thursday that Russia would ...": the call is where the
  // telling happened, and the modal belongs to what was told
  const circumstanceOfTelling =
    before.some((t) => REPORTING.has(t.lemma)) &&
    // ("Trump on Friday announced a ceasefire that never took hold": "on" before a day is no setting of the telling; "in
    // Tuesday's call" is one)
    tokens.slice(Math.max(0, head - 4), head).some((t, i, near) => CIRCUMSTANCE.has(t.lower) && !dayAfter(near[i + 1]));
  // "a pause in strikes would give relief": a modal right after the trigger's phrase
  // ("Biden announced that Ukraine would receive ...": the announcing happened, the modal is reported)
  for (let i = head + 1; i < Math.min(tokens.length, head + 7) && !breaksAt(tokens, i); i++) {
    // "declared a truce so that families could bury their dead": the modal of a clause of purpose is the purpose's
    if (opensPurpose(tokens, i)) break;
    if (tokens[i].lower === 'that' && (TELLING.has(tokens[head].lemma) || circumstanceOfTelling)) break;
    // "the Kremlin said the truce would run from Saturday": a particular one, reported, is planned
    if (tokens[i].lower === 'would' && reported && namedBefore(tokens, head)) return 'planned';
    // "the Kremlin said a truce would begin on Saturday at 18:00": one reported with the day it starts is planned too
    // ("said a truce would help", "a truce would begin only if ..." start nothing on a day)
    if (tokens[i].lower === 'would' && reported && dated && (WOULD_START.has(tokens[i + 1]?.lower ?? '') || wouldBeInForce(tokens, i)) && !CONDITION_AFTER.test(wordsOf(tokens, i + 1, tokens.length))) return 'planned';
    if (FORWARD_MODALS.has(tokens[i].lower) && !isMonth(tokens[i], tokens[i + 1])) return 'hypothetical';
    // "attacks can happen anywhere": what can happen is a possibility ("missiles that can reach Moscow" tells the weapon)
    if (tokens[i].lower === 'can' && !tokens.slice(head + 1, i).some((t) => t.lower === 'that' || t.lower === 'which')) return 'hypothetical';
  }
  // "a halt to strikes on energy and civilian infrastructure could be a first step": the modal after a complement of the
  // noun longer than the six words read above (only nouns, modifiers and prepositions between: no verb of its own)
  if (COMPLEMENT_OPENER.has(tokens[head + 1]?.lower ?? '') && (ACCEPTED_THINGS.has(tokens[head].lemma) || tokens[head].lower === 'halt') && /^(?:an?|any|such)$/.test(tokens[head - 1]?.lower ?? '')) {
    // (read from the noun on: a comma, a verb of saying or a day ends the complement: "a truce on Sunday, and the Kremlin said it would")
    for (let i = head + 1; i < Math.min(tokens.length, head + COMPLEMENT_REACH) && !breaksAt(tokens, i); i++) {
      if (i >= head + 7 && FORWARD_MODALS.has(tokens[i].lower) && !isMonth(tokens[i], tokens[i + 1])) return 'hypothetical';
      if (!COMPLEMENT_WORD.test(tokens[i].lower) || CLAUSE_OPENING.has(tokens[i].lower) || REPORTING.has(tokens[i].lemma) || TIME_BOUNDARY.test(tokens[i].text)) break;
    }
  }
  // "A partial truce, at sea or on energy targets, would be easier": the modal after an aside to a subject
  if (head - start <= 4 && tokens[head + 1]?.lower === ',') {
    const asideEnd = tokens.findIndex((t, i) => i > head + 1 && i <= head + 12 && t.lower === ',');
    if (asideEnd > 0 && FORWARD_MODALS.has(tokens[asideEnd + 1]?.lower ?? '')) return 'hypothetical';
  }
  // "a ceasefire that Moscow has shown no sign of accepting": the relative clause denies it
  const after = tokens.slice(head + 1, firstIndexFrom(tokens, head + 1, breaksClause, head + 10));
  // ("said the two presidents had talked for an hour and that Putin would not back down": "and that" opens a second thing
  // told, coordinated with the first, not a relative clause of the event)
  const relative = after.findIndex((t, i) => (t.lower === 'that' || t.lower === 'which') && !(t.lower === 'that' && /^(?:and|or|but)$/.test(after[i - 1]?.lower ?? '')));
  // ("Putin told Trump by phone that Russia would not back down": the "that" of a telling opens what was told)
  if (relative >= 0 && !circumstanceOfTelling && !TELLING.has(tokens[head].lemma) && after.slice(relative + 1).some(isNegation) && !outcomeDenied(after, relative)) return 'negated';
  // "claimed the capture of Chasiv Yar, which Kyiv denied": one side's claim the other denies is no event
  const restOfSentence = wordsOf(tokens, head + 1, tokens.length);
  const denied = DENIED_CLAIM.exec(restOfSentence);
  if (denied && !rejectedDeclaredTruce(tokens, head, denied[0])) return 'negated';
  // "said it had taken Kurakhove; Kyiv denied this": the next clause disputes it
  if (DISPUTED_AFTER.test(restOfSentence)) return 'negated';
  if (disputedClaim(tokens, head, restOfSentence)) return 'negated';
  // "a ceasefire remains out of reach": named only to say it is not there
  const rest = wordsOf(tokens, head + 1, head + 5);
  if (/^(?:remains?|is|was|seems?|looks?) (?:out of reach|elusive|unlikely|distant|far off)/.test(rest)) return 'hypothetical';
  // "the summit in Budapest was called off": named to say it did not happen
  // ("the summit in Budapest that the two leaders agreed to prepare last week will not happen": across a relative clause)
  // ("met in Budapest on Tuesday after the summit had been postponed twice": a subordinate clause tells another's fate)
  const fate = fateAfter(tokens, head);
  // (the tests of its fate below each need a verb of FATE_VERBS: most triggers' clauses have none after them)
  const auxiliary = FATE_VERBS.test(fate);
  if (auxiliary && CALLED_OFF_FATE.test(fate)) return 'negated';
  // "a planned meeting will not take place", "the talks did not go ahead"
  // "a meeting between the two leaders is not on the agenda"
  if (auxiliary && NOT_EXPECTED_FATE.test(fate)) return 'negated';
  // "a summit remains possible", "a prisoner swap is still on the table": named as something that may yet happen
  if (auxiliary && (POSSIBLE_FATE.test(fate) || NOT_RULED_OUT.test(fate) || (indefinite(tokens, head) && WAS_POSSIBLE.test(fate)))) return 'hypothetical';
  if (auxiliary && WONT_HAPPEN_FATE.test(fate)) return 'negated';
  // "a summit mooted in May never happened", "the call has yet to take place"
  if (auxiliary && NEVER_HAPPENED.test(fate)) return 'negated';
  // "a ceasefire which Kyiv accepted last month has never taken effect", "the truce did not come into force"
  if (auxiliary && TRUCE_NOUNS.has(tokens[head].lemma) && NEVER_IN_EFFECT.test(fate)) return 'negated';
  // "the meeting floated afterwards", "a swap suggested by the Vatican": proposed, and not told to have happened
  if (PROPOSED.test(fate) && !HAPPENED.test(fate)) return 'hypothetical';
  // "a 19th sanctions package is necessary", "new sanctions are essential": what is called for, not what was done
  if (CALLED_FOR.test(wordsOf(tokens, head + 1, clauseEndFrom(tokens, head + 1))) || ON_AGENDA.test(restOfSentence)) return 'hypothetical';
  // "Ukraine said a ceasefire was not agreed", "no deal has yet been reached": the passive of its making, denied
  if (auxiliary && NOT_AGREED_FATE.test(fate)) return 'negated';
  // "thousands have been freed in exchanges since 2022": a running total, not one event
  // ("sanctions imposed since 2022 have cut revenue": the perfect may follow its subject and its "since";
  // "took Avdiivka in 2024 and have advanced since" is another verb's perfect)
  const since = after.findIndex((t) => t.lower === 'since');
  // ("where fighting has gone on since the offensive began": the perfect right after its subject)
  const perfect = tokens.slice(Math.max(0, head - 3), head + 2).some(isPerfect) || (since >= 0 && after.slice(since).some(isPerfect));
  if (perfect && since >= 0) return 'hypothetical';
  // "Australia has given Ukraine military aid worth more than 1.3 billion dollars since 2022": the perfect's running
  // total may name its amount first and its "since" past the ten words read above, within the clause (not a
  // comparison's frame: "the largest attack on the western city of Lviv since the war began" is one event)
  if (perfect && runningTotalSince(tokens, head, sentenceText)) return 'hypothetical';
  // "Spain's earlier aid, sent since 2022, had been spread across smaller packages": a participle with "since" right
  // after it tells a stream kept up since then, as the perfect does (a simple past takes no "since": "sent on Monday")
  if (tokens[head + 1]?.lower === 'since' && /(?:ed|sent|given|held|made|taken|brought|paid|sold|built|kept)$/.test(tokens[head].lower) && !COMPARED_SINCE.test(sentenceText.slice(0, tokens[head + 1].start))) return 'hypothetical';
  // "Russia has launched more than 5,000 drones at Ukraine this month": a tally over a month or a year so far
  if (before.some(isPerfect) && TALLY_PERIOD.test(restOfSentence)) return 'hypothetical';
  // "in almost every meeting with allies": a habit, not one meeting
  // ("Russia and Ukraine each freed 390 people" is one exchange: "each" there is distributive)
  // ("every few weeks someone announces a meeting": the habit reaches across its clause)
  if (before.some((t) => t.lower === 'every')) return 'hypothetical';
  // "demands such as stopping arms supplies": an example, not a happening
  const previous = wordsOf(tokens, Math.max(0, head - 2), head);
  if (/(such as|like)$/.test(previous)) return 'hypothetical';
  // "the next meeting", "their next call": one still to come, a plan when the sentence dates it, else only a prospect
  if (/\bnext$/.test(previous)) return dated ? 'planned' : 'hypothetical';
  // "Had the talks gone ahead, ...", "Should the truce collapse, ...": a condition opened by inversion
  // ("Had enough of the war, residents fled": no subject after the verb, no inversion)
  if (/^(?:had|should|were)$/.test(tokens[0].lower) && tokens[0].capitalized && INVERTED_SUBJECT.test(tokens[1]?.text ?? '') && tokens.some((t, i) => i > head && t.lower === ',')) {
    return 'hypothetical';
  }
  // "prisoners to be freed in the next exchange", "a round of talks is to be held in Istanbul": what is to be done is a plan
  if ((tokens[head - 2]?.lower === 'to' && tokens[head - 1].lower === 'be') || TO_BE_DONE.test(wordsOf(tokens, head + 1, head + 9))) return 'planned';
  if (before.some((t, i) => (PLANNED.has(t.lemma) || PLANNED.has(t.lower)) && !dayOfTheStory(before, i) && !(setting >= 0 && proposalBeforeSetting(tokens, start + 1 + i, setting)))) return 'planned';
  return 'occurred';
}
