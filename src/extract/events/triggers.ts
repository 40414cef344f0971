import type { EventType } from '../../domain/taxonomy.js';
import { registerLemmas, type Token } from './lexicon.js';
import { kept, mapped } from '../packed.js';
import { OFFICES } from './actor-aliases.js';

/**
 * Trigger rules as data. A rule fires on a `head` lemma when every `with` group has a lemma
 * within `window` tokens of it. `strength` is how strongly the words alone say the event type.
 */
export interface TriggerRule {
  type: EventType;
  head: string[];
  with?: string[][];
  window?: number;
  /** Groups that must each have a word among the few words before the head ("an official was killed"). */
  before?: string[][];
  /** How many tokens back `before` reads (6 unless told): a subject with its own place or time before the verb. */
  beforeWithin?: number;
  /** The `with` words must follow the head: "jets hit" is an air strike, "hit Russian bombers" is not. */
  withAfter?: boolean;
  /** The `with` words after the head must be in its clause: "flows were halted after drones hit" halts no attacks. */
  withInClause?: boolean;
  /** Not when people are what is taken: "captured 115 soldiers", "most of them captured in Kursk" took prisoners. */
  notOfPeople?: boolean;
  /** The next token must not be one of these ("call for", "call on"). */
  notNext?: string[];
  /** None of the next three tokens may be one of these: "rocket and artillery fire" is not a missile. */
  notFollowedBy?: string[];
  /** How many tokens `notFollowedBy` reads (3 unless told): "the 72-hour truce for Victory Day ended". */
  notFollowedWithin?: number;
  /** None of the four tokens before the head may be one of these: "violating the Easter truce". */
  notPrecededBy?: string[];
  /**
   * The head must be the noun of a phrase opened by one of these words: "in a call on Tuesday"
   * ("criticism in Kyiv, defended the call" has an "in" of another phrase).
   */
  setting?: string[];
  /**
   * The type label of a log line: written in capitals ("23.07.2025 — MEETING — Istanbul") or standing alone in a field of a
   * pipe-separated line, in any case ("2025-03-13 | Sudzha | capture (RU claim) | ...", "| technical talks |").
   */
  label?: boolean;
  /** Named as the time frame of something else ("during the truce", "on either day of the ceasefire"): a re-mention. */
  frameIsRemention?: boolean;
  /**
   * The weapon may stand far from its verb when it is the instrument: "struck the city of Dnipro this
   * morning with a new ballistic missile", "attacked the port using Shahed drones".
   */
  instrument?: boolean;
  /** Written forms of a head lemma the rule does not take: the noun "talks" beside the verb "talk". */
  notForms?: string[];
  /** What is left after "from" must be ground, not an accord or a body: "withdrew from the grain deal", "pulled out of the talks". */
  leavesGround?: boolean;
  /** The previous token must not be one of these: "in occupied Melitopol" is an adjective. */
  notPrev?: string[];
  /** The previous token must be one of these ("the call") or a length ("a two-hour call"). */
  prev?: string[];
  /** Some word of the sentence must be one of these: the topic that makes the words an event. */
  context?: string[];
  /** A bare re-mention ("the call"): kept only when it merges into a fuller mention. */
  remention?: boolean;
  /** A person or country must follow within a few tokens ("spoke with Putin"), or a place ("met in Istanbul"). */
  needsActorAfter?: boolean;
  /** At least this many actors must precede it ("Zelenskyy and Trump spoke"). */
  actorsBefore?: number;
  /** Talking with a named place in the sentence is talking in person: "talked in Anchorage". */
  inPersonWhenPlaced?: boolean;
  /** A named person must come before it: the victim of "was shot dead". */
  personBefore?: boolean;
  /** Dropped when the sentence tells the same type by another trigger: "flew to Washington on Sunday for Monday's talks" dates the talks. */
  yieldsToSameType?: boolean;
  /** A named person must follow: "the killing of General X". */
  personAfter?: boolean;
  /** "to" and a named person must follow, the person no possessive: "a call to Trump" (not "the call to Zelenskyy's defence"). */
  toPerson?: boolean;
  /**
   * "from" and a named person must follow, the person no possessive and no appeal after the name: "received a call from
   * Erdogan" (not "a call from Zelenskyy for more air defence", "a call from Trump to end the war").
   */
  fromPerson?: boolean;
  /** The head must close a quotation, its partner after the quote: he had "a very good call" with Putin. */
  closesQuote?: boolean;
  /** A named person must follow right after, as its object (a title before the name or not; no possessive): "to see President Trump". */
  personObject?: boolean;
  /**
   * A named person must be the object, past a title told in any words ("hosted Chinese leader Xi Jinping", "greeted the
   * Finnish president, Alexander Stubb"), no possessive: "welcomed Trump's decision" welcomes no one.
   */
  guestObject?: boolean;
  /** A named person (or "he", "she") must be the subject right before the passive's auxiliary: "Witkoff was received by". */
  guestSubject?: boolean;
  /** A place must start within this many tokens after the head, in its clause: "Explosions in central Kyiv". */
  placeWithin?: number;
  /** Counts traded must stand before the head: "the 175-for-175 exchange", "a 1,000-for-1,000 swap", "all-for-all". */
  countsBefore?: boolean;
  /** A count must stand on each side of the head ("1000 for 1000", "1,000 for 1,000"), quotes aside. */
  countsAround?: boolean;
  /** The word before must be two names joined by a hyphen or dash, as headlines and tables name both sides: "Trump-Putin call". */
  pairBefore?: boolean;
  /** The word after must be two names joined by a hyphen, as a log line's next cell names both sides: "2025-03-18 | phone | Trump-Putin". */
  pairAfter?: boolean;
  /** Dropped when the sentence tells a swap or a truce it frames: "exchanged 246 prisoners in a deal mediated by the UAE". */
  framesSettled?: boolean;
  /**
   * A person or country must come right after the head and be its object, not the first half of
   * "called X a Y" (a naming) or "called X's plan" (a possessive).
   */
  actorObject?: boolean;
  /**
   * Kept only when no other event trigger follows: "agreed to swap prisoners" or "agreed that Russia
   * would stop strikes" is told by the swap or the halt it settles.
   */
  onlyWhenNothingFollows?: boolean;
  /**
   * Kept only in a sentence with a date of its own: a noun that names an operation told elsewhere as often as the operation
   * itself ("launched its incursion into Kursk Oblast earlier this month" tells it, "the incursion into Kursk" of a later
   * paragraph points back to it).
   */
  datedOnly?: boolean;
  /**
   * What it tells does not stand for the agreeing before it (`onlyWhenNothingFollows`): "have agreed to ensure safe
   * navigation, eliminate the use of force ..." is an accord and the truce it makes, both.
   */
  besideAgreeing?: boolean;
  /** Its partner's "with" comes after words of time (and a closing quote): "a long conversation this afternoon with Macron". */
  partnerAfterTime?: boolean;
  /** A strike with no weapon named: its type is that of the strike told before it in the article. */
  weaponFromContext?: boolean;
  /**
   * Such a strike told by a verb of its own, not as the toll or damage of another event the sentence names: "The talks
   * opened a day after its drones had struck bombers at two air bases" tells the talks and the strike.
   */
  ownAct?: boolean;
  /** A place names it: "the Istanbul talks". */
  placeBefore?: boolean;
  /** A place must be its subject, right before it ("Avdiivka fell", "Chasiv Yar has fallen"). */
  placeSubject?: boolean;
  /** A place must be what fell: after the head's "of" ("the fall of Avdiivka") or before it in its clause ("Avdiivka, a fortress town, fell to"). */
  placeFallen?: boolean;
  /** A place must follow within two words ("forces took Milove"). */
  placeNext?: boolean;
  /** A place must follow as with placeNext, or a facility named by its own name ("the strike on the Epicentr hypermarket"). */
  targetNext?: boolean;
  /** Its clause must open with a place set off by a comma: "In Lviv, two people died". */
  placeFronted?: boolean;
  /** Its clause must be set in a place: opened by "In Lviv," or a "where" clause right after the place ("in Dnipro, where ..."). */
  placeSetsClause?: boolean;
  /** Only a place abroad for the named person: "Zelenskyy was in Ankara" is a visit, "was in Kyiv" is being at home. */
  abroad?: boolean;
  /**
   * A leader must be the subject right before the head: a named person (after a title or not), or a head of state or the
   * supreme commander by title ("The President came today", "the Supreme Commander-in-Chief visited the command post").
   */
  leaderSubject?: boolean;
  strength: number;
}

/** "held talks by phone", "talks via video link": the medium makes talks a call, not a meeting. */
export const PHONE_MEDIUM_WORDS = ['phone', 'telephone', 'video', 'videoconference', 'videolink'];
const ATTACK = ['sink', 'crash', 'dive', 'smash', 'tear', 'rip', 'send', 'explode', 'down', 'intercept', 'fly', 'aim', 'attack', 'strike', 'hit', 'launch', 'target', 'bomb', 'raid', 'pound', 'slam', 'hammer', 'batter', 'pummel', 'rock', 'wreck', 'wave', 'barrage', 'assault', 'bombardment', 'fire', 'damage', 'destroy', 'blast', 'explosion', 'kill', 'injure', 'wound', 'shoot'];
/** What aid is made of: money, and the kinds of arms that are given ("49 tanks", "air-defence interceptors"). */
// (not "fighter": "his fighters' camps", "Wagner fighters" are combatants; the jets are "fighter jets" or named by their model)
const AID_OBJECTS = [
  'aid', 'assistance', 'weapon', 'arms', 'package', 'shipment', 'delivery', 'munition', 'ammunition', 'tranche', 'funding', 'loan',
  'fund', 'proceeds', 'grant', 'sharing', 'tank', 'vehicle', 'jet', 'howitzer', 'interceptor', 'equipment', 'shell', 'system', 'launcher',
  'patriot', 'himars', 'leopard', 'leopards', 'abrams', 'challenger', 'bradley', 'bradleys', 'f-16', 'f-16s', 'atacms', 'tomahawk', 'tomahawks',
];
const AID_OBJECT_SET = new Set(AID_OBJECTS);
/** Goods that are traded, not given: "shipments of diesel", "loadings of naphtha and jet fuel", "deliveries of grain". */
const COMMODITIES = new Set(['oil', 'crude', 'gas', 'lng', 'diesel', 'petrol', 'gasoline', 'fuel', 'kerosene', 'naphtha', 'petroleum', 'grain', 'wheat', 'corn', 'maize', 'sunflower', 'coal', 'fertiliser', 'fertilizer', 'ammonia', 'steel', 'iron', 'ore', 'timber', 'electricity', 'power', 'cargo', 'goods', 'products']);
/** Nouns of a signed text: "signed an agreement on a joint investment fund" signs the agreement, it gives no aid. */
const SIGNED_TEXTS = new Set(['deal', 'agreement', 'accord', 'memorandum', 'treaty', 'pact', 'contract', 'declaration', 'partnership', 'charter']);
const SANCTIONS_WORDS = new Set(['sanction', 'sanctions', 'restrictive']);

/**
 * Whether tokens[j], a word of what aid is made of, is aid here: a package or tranche in a sentence about sanctions
 * ("approved the 18th sanctions package") is none, nor a shipment or delivery of a traded good ("shipments of diesel
 * are halted"), nor jet fuel, nor money that is the topic of a signed text after the verb ("signed an agreement on a fund").
 */
function givesAid(tokens: Token[], j: number, head: number): boolean {
  const word = tokens[j];
  if ((word.lemma === 'package' || word.lemma === 'tranche') && tokens.some((t) => SANCTIONS_WORDS.has(t.lemma) || SANCTIONS_WORDS.has(t.lower))) return false;
  if (word.lemma === 'jet' && tokens[j + 1]?.lower === 'fuel') return false;
  // "providing first aid and shelter kits": care given on the spot, not aid decided
  if (word.lower === 'aid' && tokens[j - 1]?.lower === 'first') return false;
  if (tokens[j + 1]?.lower === 'of' && [2, 3, 4].some((k) => COMMODITIES.has(tokens[j + k]?.lower ?? '')) && !AID_OBJECT_SET.has(tokens[j + 2]?.lemma ?? '')) return false;
  for (let k = head + 1; k < j; k++) if (SIGNED_TEXTS.has(tokens[k].lemma)) return false;
  return true;
}

/** A word of aid besides "package" and "tranche", which a sentence about sanctions uses of its measures too. */
const namesAidItself = (tokens: Token[]) => tokens.some((t) => (AID_OBJECT_SET.has(t.lemma) || AID_OBJECT_SET.has(t.lower)) && t.lemma !== 'package' && t.lemma !== 'tranche');

/** Whether tokens[from, to) hold a word of aid that `givesAid`. */
function aidIn(tokens: Token[], from: number, to: number, head: number): boolean {
  for (let j = Math.max(0, from), end = Math.min(to, tokens.length); j < end; j++) {
    if (j !== head && (AID_OBJECT_SET.has(tokens[j].lemma) || AID_OBJECT_SET.has(tokens[j].lower)) && givesAid(tokens, j, head)) return true;
  }
  return false;
}
/** Whom one speaks to in public rather than on the phone: "spoke to reporters in Minsk", "spoke to the nation". */
const AUDIENCES = ['reporters', 'journalists', 'press', 'media', 'nation', 'audience', 'crowd', 'crowds', 'students', 'troops', 'soldiers', 'lawmakers', 'parliament', 'supporters', 'residents', 'public', 'congress', 'conference'];
/** A leader's own officials: "a meeting with security officials", "met his cabinet", "with military commanders". */
const OWN_GOVERNMENT = ['security', 'cabinet', 'commanders', 'governors', 'generals', 'aides'];
/**
 * Where weapons are made, kept or tried out: "destroyed a drone factory", "struck a missile depot" name a
 * target, and "after the missile test" a trial, not the weapon used.
 */
const WEAPON_SITES = ['test', 'tests', 'programme', 'program', 'factory', 'factories', 'plant', 'plants', 'depot', 'depots', 'workshop', 'workshops', 'warehouse', 'warehouses', 'production', 'producer', 'producers', 'maker', 'makers', 'manufacturer', 'manufacturers', 'storage', 'arsenal', 'assembly'];
/** Kinds of warship named by their weapon: "the missile corvette", "a missile cruiser". */
const WARSHIPS = ['ship', 'ships', 'boat', 'boats', 'corvette', 'corvettes', 'cruiser', 'cruisers', 'frigate', 'frigates', 'destroyer', 'destroyers', 'submarine', 'submarines', 'carrier', 'carriers'];
/** Nouns that stand for the other side of a meeting or call: "met Nordic leaders". */
const PARTICIPANT_WORDS = [
  'leader', 'leaders', 'counterpart', 'counterparts', 'official', 'officials', 'delegation', 'delegations', 'envoy', 'president', 'minister', 'ministers', 'negotiator', 'negotiators',
  // heads of state and government by their office: "met the Saudi crown prince in Jeddah", "sat down with the chancellor"
  'prince', 'king', 'queen', 'emir', 'chancellor', 'premier', 'pope', 'presidents', 'chancellors', 'premiers',
  // "the U.S. delegation met the Ukrainians", "spent twelve hours with the Russian team"
  'team', 'ukrainians', 'russians', 'americans', 'europeans',
];
const PARTICIPANTS = registerLemmas(PARTICIPANT_WORDS);
const DETERMINERS = ['the', 'this', 'that', 'their', 'his', 'her', 'its', 'a', 'an', 'another', 'latest', 'recent', 'lengthy', 'hour-long', 'brief', 'previous', 'last'];
const DETERMINER_SET = new Set(DETERMINERS);
/**
 * How readouts qualify a call between its article and the noun: "a productive call with", "a frank conversation
 * between", "a 'very good' call with" (a closing quote ends a quoted judgement).
 */
const CALL_QUALITIES = [
  'good', 'productive', 'constructive', 'frank', 'candid', 'positive', 'useful', 'substantive', 'detailed', 'warm', 'cordial', 'friendly',
  'businesslike', 'direct', 'long', 'short', 'tense', 'difficult', 'separate', 'fresh', 'new', 'first', 'second', 'third', 'late-night', 'rare',
  'great', 'excellent', 'lengthy', '"', '”', '’', "'",
];
/** A length before a noun stands where a determiner would: "a two-hour call", "their 90-minute conversation". */
const LENGTH_MODIFIER = /^(?:\d+|an?|one|two|three|four|five|six|half|\d+-and-a-half|two-and-a-half)-(?:hour|minute)s?(?:-long)?$|^(?:hour|minutes?|day)-long$/;
/** People held by the other side: what an exchange trades. */
const CAPTIVES = ['prisoner', 'pow', 'pows', 'captive', 'body', 'bodies', 'soldier', 'serviceman', 'servicemen', 'detainee', 'hostage', 'prisoners', 'commander', 'defender', 'captivity'];
/** What else is exchanged or traded: "exchanged fire", "an exchange of accusations" are no swap of captives. */
const NOT_CAPTIVES_TRADED = ['fire', 'gunfire', 'shots', 'shelling', 'blows', 'words', 'accusations', 'views', 'messages', 'letters', 'greetings', 'barbs', 'insults', 'notes', 'memorandums', 'documents', 'threats', 'recriminations', 'pleasantries'];
/** Words before an exchange of words: "a heated exchange", "a televised exchange between the minister and his general". */
const EXCHANGE_OF_WORDS = ['heated', 'testy', 'tense', 'angry', 'frank', 'televised', 'filmed', 'bitter', 'sharp', 'fiery', 'verbal', 'public'];
/** Things released that are documents, not people: "a statement released in the early hours", "video released by the ministry". */
const DOCUMENTS_RELEASED = ['statement', 'statements', 'video', 'videos', 'footage', 'report', 'document', 'documents', 'transcript', 'readout', 'communique', 'photo', 'photos', 'images', 'recording', 'figures', 'data'];
/** Verbs of deliberating or carrying on, after "agreed to": "look at", "consider", "study", "keep in touch", "continue contacts". */
const DELIBERATING = ['look', 'consider', 'study', 'discuss', 'explore', 'examine', 'review', 'continue', 'keep', 'stay', 'remain', 'maintain', 'think', 'reflect'];
/** Words before an exchange or a swap of markets and money: "a stock exchange release", "foreign exchange", "a currency swap". */
const MARKET_EXCHANGE = ['stock', 'foreign', 'currency', 'commodity', 'commodities', 'futures', 'securities', 'crypto', 'cryptocurrency', 'debt', 'asset', 'energy', 'gas', 'power'];
/** What an exchange or a swap is not followed by when it trades prisoners: "exchange rate", "exchange-listed". */
const MARKET_NEXT = ['rate', 'rates', 'filing', 'listing', 'listed', 'release', 'announcement', 'notice', 'regulator', 'traded'];

/** Words that tell someone was held: what makes setting a named person free a release from captivity. */
const DETAINED = ['held', 'jail', 'jailed', 'prison', 'imprison', 'detain', 'detention', 'custody', 'captivity', 'hostage', 'convict', 'arrest', 'wrongfully', 'penal'];
/** Verbs that impose, lift or change sanctions. */
const SANCTIONING = ['impose', 'lift', 'extend', 'announce', 'adopt', 'approve', 'unveil', 'slap', 'ease', 'expand', 'introduce', 'put', 'place'];
/** "14th", "the 19th": numbered packages and rounds. */
const ORDINALS = Array.from({ length: 40 }, (_, i) => ordinal(i + 1));
/** What a state freezes when it sanctions: "froze the assets of", "frozen accounts", "reserves were frozen". */
const FROZEN_HOLDINGS = ['asset', 'assets', 'account', 'accounts', 'reserves', 'holdings', 'property', 'properties'];
/** Trade and dealings a ban may bar: "banned exports of chips", "prohibited transactions with the central bank". */
const DEALINGS = ['import', 'imports', 'export', 'exports', 'transaction', 'transactions', 'business', 'dealings', 'investment', 'investments', 'trade', 'purchase', 'purchases', 'sale', 'sales'];
/** Words that make a sentence one about sanctions: what is listed, frozen or designated, and the lists themselves. */
const SANCTIONS_TOPIC = ['sanction', 'sanctions', 'designate', 'designation', 'blacklist', 'blacklisted', 'list', 'listed', 'listing', 'tanker', 'tankers', 'asset', 'assets', 'oligarch', 'oligarchs', 'entities', 'restrictive'];
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
/** The states the war's sanctions fall on: a ban on dealings with one of them is a sanction. */
const SANCTIONED_STATES = ['russia', 'russian', 'russians', 'moscow', 'kremlin', 'belarus', 'belarusian', 'oligarch', 'oligarchs'];

function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}
/** Words that say a sentence is about aid: "signed the bill" is an aid decision when it carries money or weapons. */
/** The fighting a truce halts: "halt attacks", "stopped shelling", "a pause in strikes". */
const HALTED_FIGHTING = ['attack', 'strike', 'hit', 'hostility', 'hostilities', 'fire', 'bombing', 'shelling', 'fighting', 'target', 'firing'];
/** Forces that are withdrawn: "withdrew its forces from", "ordered the troops out of". */
const WITHDRAWN_FORCES = ['troop', 'troops', 'force', 'forces', 'unit', 'units', 'soldiers', 'garrison', 'defenders', 'men'];
/** Verbs of giving arms (not "send", which also tells an attack: "sent drones to Kyiv"). */
const GIVING_VERBS = ['supplied', 'supplying', 'deliver', 'give', 'provide', 'transfer', 'donate', 'pledge', 'gift'];
/** The recipient of arms given: "to Ukraine", "for Kyiv", "give Ukraine", "to Ukrainian forces". */
const GIVEN_TO_UKRAINE = ['ukraine', 'kyiv', 'ukrainian', "ukraine's", 'kiev'];
/** The army that crosses a border, by any of its names. */
const CROSSING_FORCES = ['troop', 'force', 'column', 'unit', 'soldier', 'army', 'russians', 'ukrainians', 'enemy', 'occupier', 'occupiers', 'invader', 'invaders', 'battalion', 'battalions', 'brigade', 'brigades', 'tank', 'tanks', 'paratrooper', 'paratroopers'];
/** Those who cross a border to fight: an army (CROSSING_FORCES) or irregulars named by their arms ("armed men", "militias"). */
const CROSSING_RAIDERS = [...CROSSING_FORCES, 'armed', 'fighter', 'fighters', 'militia', 'militias', 'saboteur', 'saboteurs', 'gunmen'];
/** Verbs of undertaking what a truce binds one to: "pledged not to strike", "agreed never to attack". */
const UNDERTAKING = ['agree', 'agreed', 'pledge', 'pledged', 'promise', 'promised', 'vow', 'vowed', 'undertake', 'undertook', 'commit', 'committed', 'guarantee', 'guaranteed', 'swore'];
/** Nouns a truce word modifies rather than heads: "ceasefire talks", "a truce proposal" are about a truce, not one. */
const TRUCE_AS_MODIFIER = ['talks', 'negotiations', 'negotiation', 'proposal', 'proposals', 'plan', 'plans', 'offer', 'offers', 'terms', 'framework', 'initiative', 'efforts', 'push', 'bid', 'idea', 'ideas', 'demand', 'demands', 'appeal', 'appeals', 'request', 'requests'];
/**
 * What is "taken" as done, not as ground: "a decision was taken", "steps were taken", "measures have been taken" (nouns only:
 * the words of a rule are registered as lemmas, and a verb's noun here, "note" or "care", would make "noted" a form of "note").
 */
const TAKEN_AS_DONE = ['decision', 'decisions', 'measure', 'measures', 'step', 'steps', 'action', 'actions', 'precaution', 'precautions', 'vote', 'votes'];
/** What arrives or flies without being a visitor: weapons, aid, debris, refugees. */
// (its own words: registering AID_OBJECTS here, before the strike rules, would make "shells" the lemma "shell")
const TRAVELLING_THINGS = ['weapon', 'arms', 'aid', 'shipment', 'delivery', 'jet', 'tank', 'missile', 'drone', 'rocket', 'debris', 'fragment', 'refugee', 'bomber', 'news', 'message', 'letter', 'money'];
/** Weapons an air-strike word may qualify: "aerial drones", "unmanned aerial vehicles", "guided missiles". */
const OTHER_WEAPONS = ['drone', 'drones', 'uav', 'uavs', 'vehicle', 'vehicles', 'missile', 'missiles', 'rocket', 'rockets'];
/** What of aircraft is made, sold or flown for hire: "sanctions hit aircraft makers in Moscow" strike no airfield. */
const AIRCRAFT_TRADE = ['maker', 'makers', 'manufacturer', 'manufacturers', 'industry', 'sales', 'exports', 'imports', 'parts', 'leasing', 'lessors', 'orders', 'deliveries', 'production'];
/** Aircraft and the airfields they stand on, as the object of a verb of striking: "struck bombers at Olenya". */
const AIRFIELD_TARGETS = ['bomber', 'bombers', 'aircraft', 'warplanes', 'planes', 'jets', 'airfield', 'airfields', 'airbase', 'airbases', 'air'];
/** Missiles and drones named by their model ("a Kh-22 struck the mall", "Tochka-U", "Lancets hit"): the weapon without its kind. */
const MISSILE_NAMES = [
  'missile', 'rocket', 'ballistic', 'iskander', 'kinzhal', 'kalibr', 'atacms', 'oreshnik', 'scalp', 'taurus', 'tochka', 'tochka-u', 'onyx', 'oniks',
  'zircon', 'tsirkon', 'neptune', 'tomahawk', 'kh-22', 'kh-32', 'kh-101', 'kh-555', 'kh-59', 'kh-69', 'kh-31', 'kh-35', 'kh-47', 'kh-47m2',
];
const DRONE_NAMES = ['drone', 'uav', 'uavs', 'shahed', 'shaheds', 'geran', 'geran-2', 'shahed-136', 'lancet', 'lancets', 'lyutyi', 'liutyi'];
/** What of a weapon is counted or traded, and so falls or rains in a market's sense: "missile prices fell", "drone exports fell". */
const WEAPON_STATISTICS = ['price', 'prices', 'cost', 'costs', 'sales', 'exports', 'imports', 'output', 'production', 'stocks', 'stockpiles', 'shares', 'deliveries', 'supplies', 'orders', 'spending', 'budget'];
/** Words a weapon's plural follows as their object, not as the subject of a verbless line: "a ban on drones over Kyiv". */
const VERBLESS_NOT_AFTER = ['on', 'of', 'for', 'about', 'against', 'with', 'without', 'from', 'to', 'by', 'makes', 'make', 'build', 'builds', 'produce', 'produces', 'sell', 'sells', 'buy', 'buys', 'send', 'sends', 'more', 'new', 'no'];
const AID_CONTEXT = ['aid', 'assistance', 'billion', 'million', 'weapon', 'arms', 'military', 'munition', 'ammunition', 'funding'];

/** Where a leader goes to see troops or people, named by its kind: "the command post", "the front line", "the town". */
const VISITED_SITES = ['front', 'frontline', 'front-line', 'command', 'post', 'positions', 'trenches', 'headquarters', 'town', 'city', 'village', 'square', 'hospital', 'base'];

/** How long a meeting lasted, said before its noun: "a two-day summit", "a day-long visit". */
const MEETING_LENGTHS = ['one-day', 'two-day', 'three-day', 'four-day', 'five-day', 'day-long', 'two-days', 'three-days'];

/** A meeting in progress, "under way" in two words or one (the two rules differ by that alone). */
const TALKS_UNDER_WAY = {
  type: 'meeting',
  head: ['talks', 'negotiations', 'summit', 'meeting', 'consultations'],
  notPrev: PHONE_MEDIUM_WORDS,
  notPrecededBy: ['preparation', 'preparations', 'planning', 'work', 'effort', 'efforts', 'push', 'bid'],
  withAfter: true,
  window: 3,
  strength: 0.6,
} satisfies Omit<TriggerRule, 'with'>;

export const TRIGGER_RULES: TriggerRule[] = [
  // ("exchanged views by phone")
  { type: 'phone_call', head: ['call', 'conversation', 'talk', 'speak', 'chat', 'conference', 'exchange'], with: [['phone', 'telephone', 'video', 'videoconference']], window: 3, strength: 0.9 },
  { type: 'phone_call', head: ['phoned', 'telephoned', 'dialled', 'dialed'], strength: 0.85 },
  // what one leader told another "by telephone", "over the phone": the telling was a call
  // ("told reporters in a phone interview" has an audience and no "by")
  { type: 'phone_call', head: ['tell', 'assure', 'inform', 'brief', 'warn', 'urge', 'promise'], with: [['by', 'over'], ['phone', 'telephone']], withAfter: true, window: 4, notFollowedBy: AUDIENCES, strength: 0.7 },
  // leaders who joined others by video or by phone were on a call with them: "European leaders, who had joined Zelensky
  // and Trump by video on 13 August", "Zelenskyy joins G7 leaders by video" (SPEC: a video call is a phone_call)
  { type: 'phone_call', head: ['join'], with: [['by', 'via', 'over'], ['video', 'videolink', 'phone', 'telephone']], withAfter: true, window: 6, needsActorAfter: true, strength: 0.65 },
  // what two sides did "by phone" with a subject between: "Macron and Zelenskyy discussed air defence by phone", "agreed
  // the terms by telephone" (both sides before the verb: "discussed it by phone with reporters" has one)
  { type: 'phone_call', head: ['discuss', 'agree', 'review', 'coordinate'], actorsBefore: 2, with: [['by', 'over'], ['phone', 'telephone']], withAfter: true, window: 6, withInClause: true, strength: 0.65 },
  // the one called as the passive's subject: "Zelenskyy was called by Trump on Friday"
  { type: 'phone_call', head: ['called', 'phoned', 'telephoned', 'rung'], before: [['was', 'were', 'been']], with: [['by']], withAfter: true, window: 1, personAfter: true, personBefore: true, strength: 0.65 },
  // the same verbs in a headline's present tense, and "rang": a caller before, the one called right after
  // ("phones were seized", "sirens rang out" have none)
  { type: 'phone_call', head: ['phones', 'telephones', 'dials', 'rang', 'rings'], actorsBefore: 1, actorObject: true, strength: 0.7 },
  // the bare verb after "to" or a modal, the one called right after: "broke off the talks to telephone Putin", "will phone
  // Erdogan later today" ("to phone banks", "the phone Trump used" call no one)
  { type: 'phone_call', head: ['telephone', 'phone'], notForms: ['phones', 'telephones', 'phoned', 'telephoned', 'phoning', 'telephoning'], prev: ['to', 'will', 'would', 'could', 'should', 'must', 'then', 'also', 'later', 'did', "'ll"], actorObject: true, strength: 0.7 },
  // "spent two hours on the telephone with Putin"
  { type: 'phone_call', head: ['telephone', 'phone'], before: [['on']], with: [['with']], withAfter: true, window: 1, needsActorAfter: true, strength: 0.75 },
  { type: 'phone_call', head: ['call', 'conversation'], with: [['with', 'between']], window: 1, notNext: ['for', 'on', 'to'], prev: [...DETERMINERS, ...CALL_QUALITIES], strength: 0.75 },
  // calls held or had, plural, each with a partner after them: "Erdogan held calls with Putin and Zelenskyy" (after a
  // determiner or a quality they are read above; "has calls for restraint" has no "with")
  { type: 'phone_call', head: ['call', 'conversation'], notForms: ['call', 'called', 'calling', 'conversation'], with: [['with']], window: 1, prev: ['held', 'had', 'hold', 'holds', 'has', 'have'], strength: 0.7 },
  // the partner after words of time: "a long conversation this afternoon with Macron", 'had "probably the best conversation"
  // so far with Trump', "the best call yet with Trump" ("a call on Friday with reporters" is a press call)
  { type: 'phone_call', head: ['call', 'conversation'], notForms: ['calls', 'called', 'calling'], prev: [...DETERMINERS, ...CALL_QUALITIES, 'best'], partnerAfterTime: true, strength: 0.7 },
  // both sides told before a call they had or held, no partner after it and no medium named: "Trump and Putin held a
  // 90-minute call on Tuesday", "the two presidents had their first call in months" ("had a call with", "held a phone
  // call" are read above; "had a call for calm" appeals, "a close call" or "a wake-up call" is no call)
  // (lemmas of "have" left out: registered, "having" would read as "have" in every rule)
  { type: 'phone_call', head: ['call'], notForms: ['calls', 'called', 'calling'], actorsBefore: 2, before: [['had', 'has', 'hold']], prev: [...DETERMINERS, ...CALL_QUALITIES], notNext: ['for', 'to', 'up', 'off', 'from'], notFollowedBy: AUDIENCES, strength: 0.6 },
  // the medium as one noun: "held a videoconference with EU leaders", "a video-call between the two ministers"
  { type: 'phone_call', head: ['videoconference', 'video-conference', 'videocall', 'video-call', 'teleconference', 'phone-call'], with: [['with', 'between']], withAfter: true, window: 1, prev: [...DETERMINERS, ...CALL_QUALITIES], notFollowedBy: AUDIENCES, strength: 0.75 },
  // the readout's own words quoted whole, the partner after them: said he had "a very good call" with Putin
  { type: 'phone_call', head: ['call', 'conversation'], closesQuote: true, with: [['with', 'between']], withAfter: true, window: 2, prev: [...DETERMINERS, ...CALL_QUALITIES], strength: 0.75 },
  // the parties told in a relative clause: "hours after a call in which Erdogan urged one", "a conversation during which
  // Macron pressed Putin" ("the call in which nothing was agreed" names no one; "a wake-up call in which" is no call)
  { type: 'phone_call', head: ['call', 'conversation'], notForms: ['calls', 'called', 'calling'], prev: [...DETERMINERS, ...CALL_QUALITIES], with: [['in', 'during'], ['which']], withAfter: true, window: 2, personAfter: true, strength: 0.7 },
  // "joined the leaders in a call to Trump": a call made to a named person ("a call to arms", "the call to prayer" reach no one)
  { type: 'phone_call', head: ['call'], prev: DETERMINERS, toPerson: true, strength: 0.7 },
  // the call told from the side that took it: "received a call from Erdogan", "took a late-night call from the US president"
  { type: 'phone_call', head: ['call'], prev: [...DETERMINERS, ...CALL_QUALITIES], fromPerson: true, strength: 0.7 },
  // ("spoke on Friday with": a day between the verb and its partner; "spoke to reporters" is no call)
  // ("talked with Putin": the verb "talk" is a call as "speak" is, the noun "talks" is not; "talked face to face" is no call)
  { type: 'phone_call', head: ['speak', 'talk'], notForms: ['talks'], with: [['with', 'to']], window: 3, needsActorAfter: true, notFollowedBy: [...AUDIENCES, 'face', 'in-person'], strength: 0.65 },
  // (timelines tell in the present: "Feb. 12 - Trump and Putin talk for 90 minutes")
  { type: 'phone_call', head: ['spoke', 'spoken', 'talked', 'speak', 'speaks', 'talk'], notForms: ['talks'], actorsBefore: 2, notNext: ['to', 'of', 'about', 'out'], inPersonWhenPlaced: true, strength: 0.6 },
  // "In a call on Tuesday, Trump told Putin ...": the call is the setting of what the actors said
  { type: 'phone_call', head: ['call', 'conversation'], prev: [...DETERMINERS, ...CALL_QUALITIES], setting: ['in', 'during'], notNext: ['for', 'to', 'up', 'off'], needsActorAfter: true, strength: 0.7 },
  // "Trump called Putin on Wednesday"; "called Zelenskyy a dictator" names, it does not phone
  { type: 'phone_call', head: ['call'], actorsBefore: 1, actorObject: true, strength: 0.65 },
  { type: 'phone_call', head: ['call', 'conversation'], prev: DETERMINERS, notNext: ['for', 'on', 'to', 'up', 'off'], remention: true, strength: 0.5 },
  // both sides named before the noun, as headlines and tables write them with no article: "born in Trump-Putin call",
  // "Putin–Xi call lasts an hour" ("a Trump-Putin call for calm" is an appeal)
  { type: 'phone_call', head: ['call', 'conversation', 'phone-call'], pairBefore: true, notNext: ['for', 'to', 'up', 'off'], strength: 0.65 },
  // a log line's type cell, then the pair: "2025-03-18 | phone | Trump-Putin, ~2.5 h", "12.05 - call - Macron-Scholz"
  { type: 'phone_call', head: ['phone', 'call', 'telephone', 'phone-call', 'videocall', 'video-call'], notForms: ['phones', 'calls', 'called', 'calling', 'phoned'], pairAfter: true, strength: 0.6 },

  // ("a meeting with security officials", "met his cabinet": a government meeting its own people is no meeting between parties)
  { type: 'meeting', head: ['meet'], needsActorAfter: true, notNext: ['of', 'demand', 'demands', 'expectation', 'criteria', 'requirement', 'target', 'goal'], notFollowedBy: OWN_GOVERNMENT, strength: 0.75 },
  // the parties told before, named again by a pronoun or a count: "They met yesterday, on Friday", "The two men met for
  // three hours in Anchorage" (a time, a place or a length right after the verb, no object)
  { type: 'meeting', head: ['met'], prev: ['they', 'two', 'men', 'pair'], with: [['on', 'in', 'at', 'for', 'yesterday', 'today', 'earlier', 'last', 'this', 'privately', 'briefly', 'again', 'face-to-face']], withAfter: true, window: 1, strength: 0.55 },
  // ("left Vilnius yesterday after a two-day summit": a summit told by its length is a particular one, as "a summit" is)
  { type: 'meeting', head: ['summit'], notNext: ['of'], prev: ['a', 'an', 'their', 'his', 'her', 'its', 'emergency', 'first', 'second', 'next', 'bilateral', 'nato', 'g7', 'eu', ...MEETING_LENGTHS], strength: 0.75 },
  { type: 'meeting', head: ['summit', 'meeting', 'talks'], prev: ['the'], remention: true, strength: 0.5 },
  { type: 'meeting', head: ['summit', 'meeting', 'talks', 'negotiations'], placeBefore: true, strength: 0.65 },
  // ("will host a meeting of the coalition in Paris", "attended a summit of NATO leaders": a body or its members meeting)
  // ("held telephone talks", "a video summit": the medium before the noun makes it a call too)
  { type: 'meeting', head: ['talks', 'negotiation', 'negotiations', 'meeting', 'summit'], notFollowedBy: PHONE_MEDIUM_WORDS, notPrev: PHONE_MEDIUM_WORDS, with: [['hold', 'held', 'attend', 'host', 'convene', 'open', 'begin', 'resume', 'between', 'in']], window: 3, strength: 0.6 },
  // a meeting in progress: "Talks are under way at a hotel in Jeddah", "negotiations got underway on Friday", "14:00 — Talks
  // under way" ("preparations for the talks are under way": what is under way is the preparing)
  { ...TALKS_UNDER_WAY, with: [['under'], ['way']] },
  { ...TALKS_UNDER_WAY, with: [['underway']] },
  // a meeting told by its schedule: "talks are due to resume in Geneva on Monday", "the summit is set for Thursday"
  // ("due to talks in Geneva" is a cause, "the talks set off a wave of optimism" a consequence),
  // "is expected at the summit at Blenheim Palace next Thursday" (the summit's own place after "at")
  { type: 'meeting', head: ['talks', 'negotiations', 'meeting', 'summit'], notPrev: PHONE_MEDIUM_WORDS, with: [['due', 'set', 'scheduled', 'slated', 'planned']], window: 3, notPrecededBy: ['due', 'owing', 'thanks'], notFollowedBy: [...PHONE_MEDIUM_WORDS, 'off', 'out', 'aside', 'back'], strength: 0.55 },
  { type: 'meeting', head: ['summit'], with: [['expect', 'expected', 'attend', 'attends', 'attending']], window: 6, strength: 0.55 },
  // a meeting of a named body or of leaders: "at a meeting of the Ukraine Defense Contact Group in Brussels", "a meeting
  // of NATO foreign ministers" (a leader's own officials, "a meeting of minds" are none)
  { type: 'meeting', head: ['meeting'], with: [['of']], withAfter: true, window: 1, needsActorAfter: true, notFollowedBy: [...OWN_GOVERNMENT, 'his', 'her', 'its', 'minds'], notPrev: PHONE_MEDIUM_WORDS, strength: 0.55 },
  // a conference held or hosted: "Rome hosts the Ukraine Recovery Conference" (a press or news conference is someone speaking)
  { type: 'meeting', head: ['conference'], notPrev: ['press', 'news', ...PHONE_MEDIUM_WORDS], with: [['hold', 'held', 'host', 'attend', 'convene', 'open']], window: 4, strength: 0.55 },
  { type: 'meeting', head: ['talks', 'negotiations'], with: [['with']], withAfter: true, window: 1, needsActorAfter: true, notFollowedBy: PHONE_MEDIUM_WORDS, notPrev: PHONE_MEDIUM_WORDS, strength: 0.6 },
  { type: 'meeting', head: ['visit'], needsActorAfter: false, with: [['to', 'in']], window: 4, strength: 0.55 },
  // leaders who clash or argue face to face met: "Trump and Zelenskyy clash in the Oval Office", "the row between Trump and Zelenskyy"
  { type: 'meeting', head: ['clash', 'row', 'spat', 'argue', 'quarrel', 'shouting'], actorsBefore: 2, personBefore: true, notNext: ['over', 'about', 'on'], strength: 0.55 },
  { type: 'meeting', head: ['clash', 'row', 'spat', 'argument', 'quarrel', 'confrontation'], with: [['between']], withAfter: true, window: 1, personAfter: true, strength: 0.55 },
  // "Putin visited a command post in the Kursk region", "Zelenskyy visited Kherson": a person's visit is a meeting
  // ("toured the front line near Kupiansk", "toured Izium": the visitor went round the place)
  { type: 'meeting', head: ['visited', 'toured'], actorsBefore: 1, personBefore: true, notPrev: ['was', 'were', 'been', 'be'], strength: 0.55 },
  // ... by a leader told by title: "the Supreme Commander-in-Chief visited the command post", "the President toured the front"
  { type: 'meeting', head: ['visited', 'toured'], leaderSubject: true, strength: 0.55 },
  // a headline's present: "Zelenskyy visits Kherson", "Macron tours Odesa port" (the place right after: "Zelenskyy's visits to the front" is a noun)
  { type: 'meeting', head: ['visits', 'tours'], actorsBefore: 1, personBefore: true, placeNext: true, strength: 0.55 },
  // "made a surprise trip to Bakhmut", "his first trip to Kyiv since the invasion": a named person's journey to a place
  { type: 'meeting', head: ['trip', 'journey'], with: [['to']], withAfter: true, window: 1, placeNext: true, personBefore: true, notPrecededBy: TRAVELLING_THINGS, strength: 0.55 },
  // "held a joint press conference with Lukashenko in Moscow": the two stood side by side
  { type: 'meeting', head: ['conference'], prev: ['press', 'news'], with: [['with']], withAfter: true, window: 1, needsActorAfter: true, strength: 0.6 },
  // "Putin hosted Xi at the Kremlin", "Zelenskyy received Witkoff in Kyiv", "was welcomed by Macron"
  // (the guest is the verb's object: "welcomed Trump's decision", "received a call from Trump" welcome and receive no one)
  // "President Trump greeted him on the steps", "greeted the Finnish president, Alexander Stubb, at the palace"
  { type: 'meeting', head: ['host', 'receive', 'welcome', 'greet'], guestObject: true, strength: 0.6 },
  // the guest as the subject of the passive: "Witkoff was received by Putin", "she was greeted by Macron at the Elysee"
  // ("the decision was welcomed by Zelenskyy" welcomes a thing)
  { type: 'meeting', head: ['hosted', 'received', 'welcomed', 'greeted'], before: [['was', 'were', 'been']], with: [['by']], withAfter: true, window: 1, personAfter: true, guestSubject: true, strength: 0.6 },
  // the guest told before, the host named: "Putin received him in the Kremlin", "Zelenskyy welcomed her in Kyiv"
  { type: 'meeting', head: ['host', 'receive', 'welcome', 'greet'], personBefore: true, with: [['him', 'her']], withAfter: true, window: 1, strength: 0.55 },
  // a person joining others where they meet: "Zelenskyy, who joined EU leaders in Brussels on Thursday", "joined the talks in
  // Istanbul" ("joined leaders in condemning the strike", "joined the call by video": no place, or a call)
  {
    type: 'meeting',
    head: ['join'],
    with: [['leader', 'leaders', 'counterparts', 'delegation', 'delegations', 'ministers', 'summit', 'talks', 'meeting', 'negotiations']],
    withAfter: true,
    window: 3,
    withInClause: true,
    personBefore: true,
    placeWithin: 6,
    notFollowedBy: PHONE_MEDIUM_WORDS,
    notFollowedWithin: 6,
    strength: 0.55,
  },
  // the guests named by their role: "hosted leaders from across Europe", "received the Chinese delegation"
  { type: 'meeting', head: ['host', 'receive'], with: [PARTICIPANT_WORDS], withAfter: true, window: 3, strength: 0.55 },
  // "a second round in Istanbul", "the third round of talks": a negotiation round
  // ("their second round of direct talks": a kind of talks between)
  { type: 'meeting', head: ['round'], prev: ['first', 'second', 'third', 'fourth', 'fifth', 'new', 'next', 'latest', 'another', 'fresh', 'final'], with: [['talks', 'negotiations', 'in']], withAfter: true, window: 3, strength: 0.6 },
  // a round of talks named again by its ordinal alone, set off by a comma, in a sentence about what talks settle: "The first
  // round, on 16 May, ended with a promise of an exchange", "The second round, held at the palace on 2 June, agreed a swap"
  // (a round of an election, of strikes or of sanctions tells none of these)
  { type: 'meeting', head: ['round'], prev: ['first', 'second', 'third', 'fourth', 'fifth', 'previous', 'latest', 'final'], with: [[',']], withAfter: true, window: 1, context: ['exchange', 'exchanges', 'swap', 'swaps', 'prisoners', 'memorandum', 'delegations', 'delegation', 'talks', 'negotiations', 'negotiators'], strength: 0.55 },
  // time spent with the other side is a meeting: "spent more than four hours with Putin", "after eight hours with Rubio's team"
  { type: 'meeting', head: ['hour', 'hours', 'minutes'], before: [['spend', 'spent', 'after']], with: [['with']], withAfter: true, window: 1, needsActorAfter: true, strength: 0.55 },
  // "the delegations sat down in Istanbul", "sat down with Witkoff", "sat across a table from each other", "sat opposite
  // Lavrov" (sitting with someone across a table is meeting them)
  { type: 'meeting', head: ['sit'], with: [['down', 'across', 'opposite', 'together', 'face-to-face']], withAfter: true, window: 1, needsActorAfter: true, strength: 0.6 },
  // hours sat with someone: "sat with Putin for more than three hours", "sitting with the Russian delegation in Riyadh"
  // ("sat with reporters", "sat with his family", "sat in the metro with neighbours" sit with no other side)
  { type: 'meeting', head: ['sit'], with: [['with']], withAfter: true, window: 1, needsActorAfter: true, notFollowedBy: [...AUDIENCES, ...OWN_GOVERNMENT], strength: 0.55 },
  // a handshake is two people met: "Trump and Putin shook hands in Anchorage", "shaking hands with Zelenskyy in Kyiv",
  // "a handshake between Xi and Putin" ("shook hands on the deal", "the news shook markets" name no other side)
  { type: 'meeting', head: ['shake'], with: [['hands', 'hand']], withAfter: true, window: 1, needsActorAfter: true, strength: 0.6 },
  { type: 'meeting', head: ['handshake'], with: [['between', 'with']], withAfter: true, window: 1, personAfter: true, strength: 0.6 },
  { type: 'meeting', head: ['summit', 'meeting', 'talks'], pairBefore: true, notFollowedBy: PHONE_MEDIUM_WORDS, strength: 0.65 },
  { type: 'meeting', head: ['summit', 'meeting', 'talks', 'visit'], notForms: ['visits', 'visited', 'meetings'], pairAfter: true, strength: 0.6 },
  // a journey made to see someone: "I was in Washington to see President Trump", "went to Ankara to see Erdogan"
  // ("waiting to see Putin's answer", "went to the polls to see Zelenskyy re-elected" see no one in person)
  { type: 'meeting', head: ['see'], notForms: ['sees', 'seeing', 'seen'], before: [['to'], ['in', 'travel', 'fly', 'go', 'come', 'arrive', 'head', 'visit']], personObject: true, notFollowedBy: ['re-elected', 'elected', 'sworn', 'win', 'lose', 'fall', 'go', 'resign'], strength: 0.55 },
  // "NATO leaders gathered in Washington", "foreign ministers convened in Brussels"
  { type: 'meeting', head: ['gather', 'convene', 'assemble'], before: [[...PARTICIPANT_WORDS]], placeNext: true, strength: 0.6 },
  // the sides meeting told as one plural subject: "the two delegations came together in Istanbul", "US and Ukrainian officials
  // huddled in Jeddah", "the foreign ministers conferred in Geneva" ("prices came together" names no one who meets)
  { type: 'meeting', head: ['come'], before: [[...PARTICIPANT_WORDS]], with: [['together']], withAfter: true, window: 1, strength: 0.6 },
  { type: 'meeting', head: ['huddle', 'confer'], before: [[...PARTICIPANT_WORDS]], placeNext: true, strength: 0.6 },
  // "held a round of consultations in Miami", "consultations between the two delegations opened in Geneva"
  { type: 'meeting', head: ['consultations'], with: [['hold', 'held', 'begin', 'began', 'open', 'opened', 'resume', 'resumed', 'between', 'round']], window: 3, notFollowedBy: PHONE_MEDIUM_WORDS, strength: 0.55 },
  // a meal shared is a meeting: "had lunch with Xi", "Zelenskyy and Trump had lunch at the White House", "a working dinner with Macron"
  { type: 'meeting', head: ['lunch', 'dinner', 'breakfast', 'banquet'], with: [['with']], withAfter: true, window: 1, needsActorAfter: true, notFollowedBy: [...AUDIENCES, ...OWN_GOVERNMENT, 'his', 'her', 'their', 'family'], strength: 0.55 },
  { type: 'meeting', head: ['lunch', 'dinner', 'breakfast'], actorsBefore: 2, personBefore: true, prev: ['had', 'have', 'has', 'for', 'over', 'working'], strength: 0.55 },
  // a named person travelling to a place is a visit: "Witkoff flew to Moscow", "Macron arrived in Kyiv",
  // "the envoy is due in Washington today" (weapons and aid also arrive and fly; "came under control" takes no place)
  { type: 'meeting', head: ['travel', 'arrive', 'fly', 'come', 'go', 'head', 'due', 'expect'], with: [['to', 'in', 'at']], withAfter: true, window: 1, placeNext: true, personBefore: true, actorsBefore: 1, yieldsToSameType: true, notPrecededBy: TRAVELLING_THINGS, strength: 0.55 },
  // a named person told to be somewhere is there on a visit: "Zelenskyy will be at the White House on Monday",
  // "was in Ankara on Monday for talks" (a meeting told in the same sentence dates the visit instead)
  { type: 'meeting', head: ['be', 'is', 'are', 'was', 'were', 'been'], with: [['in', 'at']], withAfter: true, window: 1, placeNext: true, personBefore: true, actorsBefore: 1, yieldsToSameType: true, abroad: true, strength: 0.5 },
  // a leader's visit told by coming or being where the story is, the place not named: "President Zelenskyy came here on
  // Sunday", "The President came today", "the Supreme Commander came to the command post of the group", "came to the town
  // itself", "Zelenskyy was in the city today" ("the order came today", "came to power", "came to the conclusion" have no
  // leader as subject or no site after)
  { type: 'meeting', head: ['come'], with: [['here', 'today', 'yesterday']], withAfter: true, window: 1, leaderSubject: true, yieldsToSameType: true, strength: 0.5 },
  { type: 'meeting', head: ['come', 'go', 'return'], with: [['to'], ['the'], VISITED_SITES], withAfter: true, window: 3, withInClause: true, leaderSubject: true, yieldsToSameType: true, strength: 0.5 },
  { type: 'meeting', head: ['was', 'were'], with: [['in', 'at'], ['the'], VISITED_SITES], withAfter: true, window: 3, withInClause: true, leaderSubject: true, yieldsToSameType: true, strength: 0.5 },
  // ... or by walking through it: "Zelenskyy walked through the central square", "the President walked across Kherson's
  // square" ("walked past" a car, "walked out of" a town, "walked away from" a deal go by or leave; no leader, no visit)
  { type: 'meeting', head: ['walk'], notForms: ['walking'], with: [['through', 'across', 'around', 'along'], [...VISITED_SITES, 'streets', 'centre', 'center']], withAfter: true, window: 5, withInClause: true, leaderSubject: true, yieldsToSameType: true, strength: 0.5 },
  // ... and a delegation or a group of leaders doing so: "NATO leaders arrived in Washington", "the Russian delegation flew to Istanbul"
  // leaders named by their states, the list between them and the verb: "the leaders of France, Germany, Britain and Poland
  // travelled to Kyiv" ("arms from France and Germany arrived in Kyiv": no leaders told)
  { type: 'meeting', head: ['leaders'], notPrev: ['military', 'rebel', 'opposition', 'party', 'business', 'religious', 'church', 'community', 'separatist', 'world'], with: [['travel', 'travelled', 'traveled', 'fly', 'flew', 'arrive'], ['to', 'in']], withAfter: true, window: 10, yieldsToSameType: true, strength: 0.55 },
  // a party told by its noun, the verb of arriving past what qualifies it: "An IAEA mission led by Rafael Grossi reached the
  // plant", "The leaders of France, Germany and Poland travelled to Kyiv", "a US delegation headed by Witkoff arrived in
  // Moscow" ("the delegation reached an agreement", with no place, is the agreement's)
  {
    type: 'meeting',
    head: ['mission', 'delegation', 'delegations', 'inspectors', 'envoy', 'envoys'],
    notPrev: ['rescue', 'combat', 'military', 'bombing', 'space', 'trade'],
    with: [['reach', 'arrive', 'travel', 'travelled', 'traveled', 'fly', 'flew', 'flown']],
    withAfter: true,
    window: 10,
    withInClause: true,
    placeWithin: 14,
    yieldsToSameType: true,
    strength: 0.55,
  },
  { type: 'meeting', head: ['travel', 'arrive', 'fly', 'come', 'go', 'head', 'due'], before: [[...PARTICIPANT_WORDS]], with: [['to', 'in']], withAfter: true, window: 1, placeNext: true, yieldsToSameType: true, notPrecededBy: TRAVELLING_THINGS, strength: 0.55 },

  { type: 'drone_strike', head: DRONE_NAMES, with: [ATTACK], window: 6, notNext: WEAPON_SITES, instrument: true, strength: 0.85 },
  // where a weapon comes down it strikes: "a missile fell on the station", "the drone landed on a house" ("drone sales fell" is no weapon's fall)
  { type: 'drone_strike', head: DRONE_NAMES, with: [['fall', 'land']], withAfter: true, window: 1, strength: 0.8 },
  { type: 'missile_strike', head: MISSILE_NAMES, with: [['fall', 'land']], withAfter: true, window: 1, strength: 0.8 },
  // weapons raining or falling on a place, past a comparison or an adverb: "more missiles than ever before fell on the
  // country: on Kyiv, on Dnipro, on Lviv", "drones rained down on Odesa all night" ("missile prices fell on Monday" is none)
  { type: 'missile_strike', head: ['missiles', 'rockets'], with: [['fall', 'rain'], ['on', 'onto', 'down']], withAfter: true, window: 6, notFollowedBy: WEAPON_STATISTICS, strength: 0.7 },
  { type: 'drone_strike', head: ['drones', 'shaheds'], with: [['fall', 'rain'], ['on', 'onto', 'down']], withAfter: true, window: 6, notFollowedBy: WEAPON_STATISTICS, strength: 0.7 },
  // weapons that set their target on fire struck it: "drones set a refinery in Kstovo on fire", "set the port ablaze"
  { type: 'drone_strike', head: DRONE_NAMES, with: [['set'], ['fire', 'ablaze', 'alight']], withAfter: true, window: 12, notNext: WEAPON_SITES, strength: 0.8 },
  { type: 'missile_strike', head: MISSILE_NAMES, with: [['set'], ['fire', 'ablaze', 'alight']], withAfter: true, window: 12, notNext: ['fire', 'launcher', 'launchers', ...WEAPON_SITES, ...WARSHIPS], strength: 0.8 },
  // officialese: "air defence systems intercepted and destroyed 27 unmanned aerial vehicles over Kursk region", "unmanned
  // surface vessels struck the bridge" (sea drones by their naval name)
  { type: 'drone_strike', head: ['unmanned'], with: [['aerial', 'vehicle', 'vehicles', 'surface', 'vessel', 'vessels', 'boat', 'boats'], ATTACK], window: 6, strength: 0.8 },
  // "rocket and artillery fire", "rocket launchers" are multiple-launch systems: shelling, below ("missiles were fired" is no compound)
  // ("the missile corvette was sunk": a ship that carries missiles)
  // a weapon used against a place: "Ukraine's use of ATACMS missiles against the Bryansk region", "used glide bombs against
  // Kostiantynivka" (permission to use one is no strike: modality reads "allowed Kyiv to use")
  { type: 'missile_strike', head: MISSILE_NAMES, before: [['use', 'used', 'using']], with: [['against']], withAfter: true, window: 4, notNext: WEAPON_SITES, strength: 0.7 },
  { type: 'drone_strike', head: DRONE_NAMES, before: [['use', 'used', 'using']], with: [['against']], withAfter: true, window: 4, notNext: WEAPON_SITES, strength: 0.7 },
  { type: 'air_strike', head: ['bomb'], before: [['use', 'used', 'using'], ['glide', 'guided', 'aerial', 'aviation']], with: [['against']], withAfter: true, window: 4, strength: 0.7 },
  // "Storm Shadows struck Sevastopol" (a storm, a shadow alone are no weapon)
  { type: 'missile_strike', head: ['shadow'], prev: ['storm'], with: [ATTACK], window: 6, instrument: true, strength: 0.85 },
  { type: 'missile_strike', head: MISSILE_NAMES, with: [ATTACK], window: 6, notNext: ['fire', 'launcher', 'launchers', ...WEAPON_SITES, ...WARSHIPS], notFollowedBy: ['artillery', 'mortar'], instrument: true, strength: 0.85 },
  { type: 'air_strike', head: ['airstrike', 'air-strike', 'airstrikes', 'air-strikes'], strength: 0.85 },
  // ("an attack by aerial and sea drones", "guided missiles hit": the word qualifies another weapon)
  { type: 'air_strike', head: ['glide', 'guided', 'aerial', 'aviation', 'helicopter', 'jet', 'warplane', 'bomber', 'aircraft'], with: [['bomb', 'strike', 'attack', 'raid', 'bombing', 'hit', 'destroy', 'drop', 'pound']], withAfter: true, window: 3, notFollowedBy: OTHER_WEAPONS, strength: 0.75 },
  // hyphenated and abbreviated glide bombs: "a glide-bomb attack on Kharkiv", "KABs hit the town"
  { type: 'air_strike', head: ['glide-bomb', 'glide-bombs', 'kab', 'kabs'], with: [[...ATTACK, 'drop']], window: 6, instrument: true, strength: 0.8 },
  // "an air strike", "air bombardment"; an "air attack" on a Ukrainian city is a drone and missile wave
  { type: 'air_strike', head: ['air'], with: [['strike', 'bombing', 'bombardment']], withAfter: true, window: 1, strength: 0.75 },
  // "Odesa was also hit overnight": a place struck with no weapon named takes the weapon of the
  // strike the article told just before (the type here is a placeholder the pipeline replaces)
  { type: 'drone_strike', head: ['hit', 'strike', 'attack', 'target', 'pound'], before: [['was', 'were']], placeSubject: true, weaponFromContext: true, strength: 0.55 },
  // the toll told in a strike story: "two people were killed in Odesa" (no weapon, no other event named)
  { type: 'drone_strike', head: ['kill', 'injure', 'wound'], before: [['was', 'were']], with: [['in']], withAfter: true, window: 1, placeNext: true, weaponFromContext: true, strength: 0.5 },
  // the toll with the place of a part of it: "Twelve people were killed, among them three children in the Zhytomyr region",
  // "four were wounded, including two in Sumy" (the weapon from the strike told before; with none told, no strike)
  { type: 'drone_strike', head: ['kill', 'injure', 'wound'], before: [['was', 'were']], with: [['including', 'among']], withAfter: true, window: 2, placeWithin: 9, weaponFromContext: true, strength: 0.5 },
  // the toll of a wave told place by place, each place fronted: "In Lviv, two people died; in Dnipro, a woman was killed"
  { type: 'drone_strike', head: ['kill', 'die', 'injure', 'wound'], placeFronted: true, notPrecededBy: ['nobody', 'no', 'none'], weaponFromContext: true, strength: 0.5 },
  // what was hit, told in a clause set in a place, in a story of strikes: "In Odesa, an office building and several houses
  // were damaged", "in Dnipro, where a maternity hospital was hit" (the weapon from the strike told around it; with none told,
  // no strike; an agent named after "by" is no strike told elsewhere: "In Kyiv, the minister's name was damaged by the affair")
  { type: 'drone_strike', head: ['hit', 'strike', 'damage', 'destroy'], notForms: ['hits', 'strikes', 'striking', 'hitting', 'damages', 'damaging', 'destroys', 'destroying', 'strike', 'damage', 'destroy'], before: [['was', 'were']], notFollowedBy: ['by'], notFollowedWithin: 2, placeSetsClause: true, weaponFromContext: true, strength: 0.5 },
  // explosions in a place, in a story of strikes: "Explosions in central Kyiv in the morning rush hour", "blasts rocked
  // Kharkiv overnight", "explosions were heard in Odesa" (the weapon from the strike told around it; with none told,
  // an explosion is no strike: "an explosion at a gas plant in Tula")
  { type: 'drone_strike', head: ['explosion', 'blast'], notForms: ['blasted', 'blasting'], with: [['in', 'over', 'across', 'rock', 'shake', 'hear', 'heard', 'thunder', 'echo', 'ring', 'rang']], withAfter: true, window: 3, placeWithin: 5, weaponFromContext: true, strength: 0.5 },
  // what strikes left, recorded place by place, in a story of strikes: "Impacts were recorded in Kyiv, Dnipro and Lviv",
  // "debris and damage reported in Kharkiv and Odesa", "attacks were also reported at two air bases in the Ryazan region",
  // "hits registered in three districts of Kharkiv" (the weapon from the strike told around it; with none told, no strike:
  // "damage was reported in the Kursk grid"; the verbs: "Kharkiv was hit, officials reported in a post" tells no place recorded)
  { type: 'drone_strike', head: ['hit', 'impact', 'damage', 'attack', 'strike', 'explosion', 'blast'], notForms: ['hit', 'hitting', 'impacted', 'impacting', 'damaged', 'damaging', 'attacked', 'attacking', 'struck', 'striking', 'blasted', 'blasting'], with: [['record', 'report', 'register', 'confirm']], window: 3, withInClause: true, placeWithin: 6, notPrecededBy: ['no', 'nobody', 'none', 'without'], weaponFromContext: true, strength: 0.5 },
  // the strike told again by what it did at places the sentence adds: "The same attack also damaged power facilities in
  // the Lviv region", "the barrage knocked out power in Kharkiv" (a damaged reputation has no place)
  { type: 'drone_strike', head: ['attack', 'strike', 'barrage', 'raid', 'bombardment'], notForms: ['attacked', 'attacking', 'struck', 'striking', 'strikes', 'attacks', 'raids'], prev: [...DETERMINERS, 'same'], with: [['damage', 'destroy', 'hit', 'cut', 'knock', 'kill', 'injure', 'wound']], withAfter: true, window: 3, withInClause: true, placeWithin: 12, weaponFromContext: true, strength: 0.5 },
  // a strike on aircraft or the airfields they stand on, told by its verb: "struck bombers at the Olenya and Belaya air bases",
  // "hit strategic bombers at an air base in the Murmansk region" (the weapon from the sentence or the story; with none
  // told, no strike; "hit Russian bombers" alone, with no place, is none either; "sanctions hit aircraft makers" trade)
  { type: 'drone_strike', head: ['hit', 'strike', 'attack', 'target'], notForms: ['strike', 'strikes', 'attack', 'attacks', 'hits'], with: [AIRFIELD_TARGETS], withAfter: true, window: 3, withInClause: true, placeWithin: 10, notFollowedBy: AIRCRAFT_TRADE, weaponFromContext: true, ownAct: true, strength: 0.55 },
  // ... or by a verb of crashing into them: "slammed into warplanes at four airbases", "crashed into bombers parked at Engels"
  { type: 'drone_strike', head: ['slam', 'crash', 'smash'], notForms: ['slams', 'crashes', 'smashes'], with: [['into'], AIRFIELD_TARGETS], withAfter: true, window: 3, withInClause: true, placeWithin: 10, notFollowedBy: AIRCRAFT_TRADE, weaponFromContext: true, ownAct: true, strength: 0.55 },
  // the strike named by its place, set before the noun: "the Sumy strike happened on Sunday", "since the Kramatorsk attack" (the
  // weapon from context; a place's possessive is its side's act, "Kyiv's strike on the refinery", and no target)
  { type: 'drone_strike', head: ['strike', 'attack', 'bombing'], notForms: ['strikes', 'attacks', 'bombings'], notNext: ['team', 'teams', 'group', 'groups', 'force', 'forces', 'drone', 'drones', 'missile', 'missiles', 'aircraft', 'capability', 'capabilities', 'package', 'weapons', 'helicopter', 'helicopters', 'brigade', 'unit', 'units'], placeBefore: true, weaponFromContext: true, strength: 0.5 },
  // the nominalised strike: "the strike on Poltava", "Tuesday's attack on Odesa" (the weapon, again, from context)
  // ("Saturday's strike on the Epicentr hypermarket", "the attack on the NORSI plant near Nizhny Novgorod": a named facility as the target)
  { type: 'drone_strike', head: ['strike', 'attack', 'raid', 'bombardment'], prev: DETERMINERS, with: [['on', 'against']], withAfter: true, window: 1, targetNext: true, weaponFromContext: true, strength: 0.55 },
  // the verbless line of a diary, ticker or digest: "Missiles on Kyiv this morning", "13 June: drones over Odesa again"
  // ("a ban on drones over Kyiv", "talks on missiles in Geneva": the weapon is itself the object of a preposition)
  { type: 'missile_strike', head: ['missiles', 'rockets'], with: [['on', 'onto', 'over']], withAfter: true, window: 1, placeNext: true, notPrev: VERBLESS_NOT_AFTER, strength: 0.6 },
  { type: 'drone_strike', head: ['drones', 'shaheds'], with: [['on', 'onto', 'over']], withAfter: true, window: 1, placeNext: true, notPrev: VERBLESS_NOT_AFTER, strength: 0.6 },
  { type: 'shelling', head: ['shells'], with: [['on', 'onto']], withAfter: true, window: 1, placeNext: true, notPrev: VERBLESS_NOT_AFTER, strength: 0.6 },
  // ("stopped shelling Kharkiv under the agreement", "to halt shelling": the shelling halted is a truce, above)
  { type: 'shelling', head: ['shelled', 'shelling'], notNext: ['company', 'companies'], notPrev: ['stop', 'stopped', 'stops', 'stopping', 'halt', 'halted', 'halts', 'halting', 'cease', 'ceased', 'ceases', 'end', 'ended', 'ends', 'suspend', 'suspended'], strength: 0.8 },
  // the noun "shells" is ammunition ("a shortage of artillery shells") unless they are fired or land
  { type: 'shelling', head: ['shells'], with: [['fire', 'land', 'hit', 'strike', 'rain', 'fall', 'kill', 'damage', 'pound']], window: 4, strength: 0.75 },
  // one shell told by what it did: "a shell went through the roof", "an artillery shell exploded in a yard" ("Shell said" is a company)
  {
    type: 'shelling',
    head: ['shell'],
    notForms: ['shells', 'shelled', 'shelling'],
    prev: ['a', 'an', 'one', 'another', 'the', 'artillery', 'tank', 'mortar', 'cluster', 'howitzer'],
    with: [['hit', 'strike', 'land', 'fall', 'explode', 'burst', 'kill', 'wound', 'injure', 'damage', 'pierce', 'tear', 'tore', 'rip', 'crash', 'slam', 'smash', 'go']],
    withAfter: true,
    window: 3,
    strength: 0.7,
  },
  { type: 'shelling', head: ['artillery', 'mortar', 'mlrs', 'grad', 'howitzer'], with: [['fire', 'attack', 'strike', 'barrage', 'hit', 'shelling', 'pound']], window: 4, strength: 0.75 },
  { type: 'shelling', head: ['rocket'], with: [['fire', 'launcher', 'launchers']], withAfter: true, window: 3, strength: 0.75 },
  // "assault brigades", "fighting age", "offensive weapons", "battle tanks" are kinds, not fights
  { type: 'armed_clash', head: ['fighting', 'clash', 'battle', 'firefight', 'skirmish', 'assault', 'offensive'], notNext: ['brigade', 'brigades', 'units', 'unit', 'groups', 'group', 'troops', 'rifle', 'rifles', 'vehicles', 'ship', 'ships', 'age', 'season', 'chance', 'spirit', 'capabilities', 'capability', 'weapons', 'potential', 'tank', 'tanks', 'drones', 'operations', 'forces', 'men', 'lines', 'flag', 'flags', 'plan', 'plans', 'gear', 'formation', 'formations', 'experience', 'readiness', 'helicopter', 'helicopters'], strength: 0.6 },
  // fights as a noun of combat, qualified ("heavy fights near Chasiv Yar") or going on ("the fights went on in Vovchansk"),
  // and the exchanges of fire of small arms ("a gunfight broke out", "a shootout at a checkpoint")
  { type: 'armed_clash', head: ['fights'], prev: ['heavy', 'fierce', 'intense', 'street', 'bitter', 'stubborn', 'bloody', 'positional', 'violent', 'close', 'hand-to-hand', 'the', 'new', 'fresh', 'ongoing'], strength: 0.6 },
  { type: 'armed_clash', head: ['fights'], with: [['continue', 'rage', 'go', 'break', 'erupt', 'intensify', 'flare', 'ongoing', 'underway']], withAfter: true, window: 2, strength: 0.6 },
  { type: 'armed_clash', head: ['gunfight', 'gunfights', 'shootout', 'shootouts', 'shoot-out', 'shoot-outs'], strength: 0.6 },
  // "assault groups stormed Krynky", "the enemy is storming Pokrovsk" (a storm is weather; "Storm Shadow" a missile)
  { type: 'armed_clash', head: ['stormed', 'storming', 'storms'], placeNext: true, strength: 0.6 },
  // general-staff tallies: "the enemy attacked 45 times near Pokrovsk", "131 combat engagements"
  { type: 'armed_clash', head: ['attack', 'storm', 'assault'], with: [['times']], withAfter: true, window: 2, strength: 0.7 },
  { type: 'armed_clash', head: ['engagement', 'engagements'], with: [['combat']], window: 1, strength: 0.65 },
  // assessments' idiom for ground fighting: "conducted offensive operations near Pokrovsk", "launched ground assaults"
  { type: 'armed_clash', head: ['conduct', 'launch', 'continue', 'resume'], with: [['offensive', 'ground', 'assault'], ['operation', 'operations', 'assault', 'assaults', 'attack', 'attacks']], withAfter: true, window: 3, strength: 0.65 },
  // "Russian forces also attacked near Kupiansk": an attack with no object but a place it was near
  { type: 'armed_clash', head: ['attack', 'assault'], before: [['force', 'troop', 'unit', 'army']], with: [['near']], withAfter: true, window: 1, strength: 0.65 },
  // "its troops crossed into Russia's Kursk region", "Russian columns crossed the border"
  // ("the Russians crossed the border": a people in the plural stands for its army)
  // ("the enemy crossed the border near Sudzha", "battalions crossed into": the army by its other names)
  // ("armed fighters crossed from Ukraine into Russia's Belgorod region", "a group of armed men crossed into": irregular
  // fighters by their arms, and the country they crossed from told between the verb and "into")
  { type: 'armed_clash', head: ['cross'], before: [CROSSING_RAIDERS], with: [['into', 'border']], withAfter: true, window: 4, strength: 0.65 },
  // "units pushed across the border into Kursk Oblast", "troops moved across the frontier"
  { type: 'armed_clash', head: ['push', 'move', 'go', 'went', 'advance', 'pour', 'roll', 'storm', 'burst', 'break'], before: [CROSSING_FORCES], with: [['across'], ['border', 'frontier']], withAfter: true, window: 3, strength: 0.6 },
  // ground forces crossing into territory: "a sabotage group invaded Grayvoron district" (the noun "incursion"
  // mostly names an invasion told elsewhere: "Putin called the incursion a provocation")
  { type: 'armed_clash', head: ['invaded'], strength: 0.6 },
  // the noun with the ground it went into, in a sentence that dates it: "launched its incursion into Kursk Oblast earlier this
  // month", "22-23 May 2023: armed incursion into Grayvoron district" ("Putin called the incursion into Kursk a provocation",
  // "since the incursion into Kursk": a naming or a state since it, not the crossing)
  { type: 'armed_clash', head: ['incursion', 'incursions'], with: [['into']], withAfter: true, window: 1, placeNext: true, datedOnly: true, yieldsToSameType: true, notPrecededBy: ['call', 'called', 'calls', 'calling', 'describe', 'described', 'describes', 'condemn', 'condemned', 'condemns', 'since'], strength: 0.6 },
  // ("incursion attempts; RU MoD claims repelled": a raid across the border beaten back)
  // troops fighting at a place, or attacking the other side's positions there: "Ukrainian and Russian units fought for control
  // of Chasiv Yar", "Russian troops attacked Ukrainian positions near Pokrovsk" ("fought for their rights in Kyiv": no army)
  { type: 'armed_clash', head: ['fought'], before: [['troop', 'troops', 'force', 'forces', 'unit', 'units', 'soldier', 'soldiers', 'brigade', 'brigades', 'battalion', 'battalions', 'marines', 'paratroopers']], with: [['for', 'in', 'near', 'around', 'over', 'outside', 'at']], withAfter: true, window: 1, placeWithin: 6, strength: 0.65 },
  { type: 'armed_clash', head: ['attack', 'assault', 'storm', 'shell'], before: [CROSSING_FORCES], with: [['positions', 'position', 'trenches', 'defences', 'defenses', 'lines', 'strongholds']], withAfter: true, window: 3, placeWithin: 7, strength: 0.6 },
  { type: 'armed_clash', head: ['repel', 'repulse'], with: [['attack', 'assault', 'offensive', 'attempt', 'incursion', 'incursions']], window: 5, strength: 0.75 },

  { type: 'territorial_capture', head: ['capture', 'seize', 'liberate', 'retake', 'recapture', 'overrun', 'seizure', 'liberation'], notOfPeople: true, strength: 0.85 },
  { type: 'territorial_capture', head: ['take', 'gain', 'establish', 'lose'], with: [['control']], window: 3, strength: 0.8 },
  // control taken back, a place right after: "regained control of Lyman", "regained full control of the town of Sudzha",
  // "wrested control of Kupiansk from Russian forces" ("restored control of the power grid" takes no place)
  { type: 'territorial_capture', head: ['regain', 'restore', 're-establish', 'reestablish', 'wrest', 'secure'], with: [['control']], withAfter: true, window: 2, placeNext: true, strength: 0.75 },
  // "came under Russian control"
  { type: 'territorial_capture', head: ['come'], with: [['under'], ['control']], withAfter: true, window: 3, strength: 0.75 },
  // "the villages were back under Ukrainian control" ("remained under Russian control" is a state)
  { type: 'territorial_capture', head: ['back'], with: [['under'], ['control']], withAfter: true, window: 3, strength: 0.7 },
  // a place declared now fully held: "Syrskyi reported that Sudzha was under full control of Ukrainian forces", "Kupiansk is
  // now under complete Russian control" ("has been under Russian control since 2014" tells a state, with no "full" or "now")
  { type: 'territorial_capture', head: ['under'], before: [['is', 'was', 'are', 'were']], with: [['full', 'complete', 'total', 'entire'], ['control']], withAfter: true, window: 4, placeSubject: true, notFollowedBy: ['since'], notFollowedWithin: 8, strength: 0.65 },
  { type: 'territorial_capture', head: ['under'], prev: ['now'], with: [['control']], withAfter: true, window: 3, placeSubject: true, notFollowedBy: ['since'], notFollowedWithin: 8, strength: 0.65 },
  // "Sudzha is fully under Ukrainian control", "the town was completely under Russian control" (the adverb for "full control")
  { type: 'territorial_capture', head: ['under'], prev: ['fully', 'completely', 'entirely'], with: [['control']], withAfter: true, window: 3, placeFallen: true, notFollowedBy: ['since'], notFollowedWithin: 8, strength: 0.65 },
  // "the town has been cleared of Russian troops", "Kupiansk was cleared of enemy forces" ("a corridor cleared of mines": no army)
  { type: 'territorial_capture', head: ['cleared'], with: [['of'], ['troops', 'forces', 'soldiers', 'units', 'invaders', 'occupiers', 'enemy']], withAfter: true, window: 3, placeFallen: true, strength: 0.65 },
  // "Vuhledar was given up in early October"; "Bucha, whose occupation ended in March"
  { type: 'territorial_capture', head: ['give'], with: [['up']], withAfter: true, window: 1, placeSubject: true, strength: 0.65 },
  // ... and the active, the place its object: "Ukraine gave up Pokrovsk on Wednesday" ("gave up hope in Kharkiv" gives up no place)
  { type: 'territorial_capture', head: ['give'], with: [['up']], withAfter: true, window: 1, placeNext: true, strength: 0.65 },
  { type: 'territorial_capture', head: ['occupation'], with: [['end']], withAfter: true, window: 2, strength: 0.65 },
  // "forces occupied Kupiansk", "troops secured Avdiivka" ("in occupied Melitopol" is an adjective)
  { type: 'territorial_capture', head: ['occupied', 'secured', 'overran'], placeNext: true, notPrev: [...DETERMINERS, 'in', 'of', 'from', 'temporarily', 'still', 'now', 'and', 'partly', 'partially', 'fully'], strength: 0.7 },
  // "Ukrainian troops left Avdiivka", "the garrison abandoned the town": the holder leaves
  { type: 'territorial_capture', head: ['leave', 'abandon'], before: [['troop', 'force', 'army', 'unit', 'soldier', 'defender', 'garrison']], placeNext: true, strength: 0.65 },
  { type: 'territorial_capture', head: ['take', 'enter'], placeNext: true, notPrecededBy: TAKEN_AS_DONE, strength: 0.7 },
  // entering told by how troops came in: "soldiers drove into Kherson", "columns rolled into the town", "marched into the city", "walked into Kherson"
  // ("went back into the city of Kherson", "came into Lyman": going or coming into a place, told of troops)
  { type: 'territorial_capture', head: ['drive', 'roll', 'march', 'ride', 'walk', 'go', 'come'], before: [['troop', 'force', 'soldier', 'unit', 'column', 'army', 'tank', 'russians', 'ukrainians']], with: [['into']], withAfter: true, window: 2, placeNext: true, strength: 0.65 },
  // the holder coming out, told by its troops or by a soldier in the first person: "the last units got out of Vuhledar",
  // "we walked out of Avdiivka" (a family coming out of a city, a convoy driving out of it, leave no ground)
  { type: 'territorial_capture', head: ['come', 'get', 'got', 'walk', 'slip', 'march'], before: [['troop', 'force', 'soldier', 'unit', 'army', 'garrison', 'defender', 'brigade', 'we']], with: [['out'], ['of']], withAfter: true, window: 2, placeNext: true, strength: 0.6 },
  // "the city had been taken", "Kupiansk was taken by Russian forces": the place taken as the subject of a passive
  // ("the decision was taken in Kyiv", "measures were taken because of Moscow's stance": a decision or a step taken, no ground)
  { type: 'territorial_capture', head: ['taken'], before: [['was', 'were', 'been']], placeSubject: true, notPrecededBy: TAKEN_AS_DONE, strength: 0.7 },
  // officialese for a retreat: "a decision was taken to regroup the troops located in the Izium area"
  { type: 'territorial_capture', head: ['regroup', 'regrouping', 'redeploy', 'redeployment'], with: [['troop', 'force', 'unit', 'grouping']], withAfter: true, window: 3, strength: 0.6 },
  // "Prigozhin claims full control of Bakhmut", "assumed control of the town"
  { type: 'territorial_capture', head: ['claim', 'assume'], with: [['control']], withAfter: true, window: 2, placeNext: true, strength: 0.65 },
  { type: 'territorial_capture', head: ['withdraw', 'withdrawal', 'retreat'], with: [['from']], window: 2, leavesGround: true, strength: 0.7 },
  // the forces withdrawn named between: "withdrew its forces from Avdiivka", "ordered the troops out of the town of Avdiivka"
  { type: 'territorial_capture', head: ['withdraw', 'order'], with: [WITHDRAWN_FORCES, ['from', 'out']], withAfter: true, window: 4, withInClause: true, placeWithin: 5, leavesGround: true, strength: 0.65 },
  // "troops pulled back from Velyka Novosilka", "pulled out of Kherson"
  { type: 'territorial_capture', head: ['pull'], with: [['back', 'out'], ['from', 'of']], withAfter: true, window: 2, placeNext: true, strength: 0.65 },
  // "confirms withdrawal of units" (the place named elsewhere in the sentence, as in a log line)
  { type: 'territorial_capture', head: ['withdrawal'], with: [['troop', 'troops', 'unit', 'units', 'force', 'forces', 'garrison']], withAfter: true, window: 3, strength: 0.65 },
  // "Wagner claimed Bakhmut on 20 May": a place claimed is a place taken
  { type: 'territorial_capture', head: ['claimed'], placeNext: true, strength: 0.65 },
  // "the loss of Vuhledar last week": a place lost is a place taken
  { type: 'territorial_capture', head: ['loss'], with: [['of']], withAfter: true, window: 1, placeNext: true, strength: 0.65 },
  // "the fall of Avdiivka", "fell to Russian forces" ("the return of fallen soldiers" is an adjective)
  // ("his plane fell out of the sky north of Moscow", "prices fell to their lowest in Moscow": no place fell)
  { type: 'territorial_capture', head: ['fall'], with: [['of', 'to']], withAfter: true, window: 2, placeFallen: true, strength: 0.65 },
  // "Avdiivka fell on Saturday", "Chasiv Yar has fallen": the place is the subject of the fall
  { type: 'territorial_capture', head: ['fell', 'fallen'], placeSubject: true, notNext: ['silent', 'quiet', 'dark', 'apart', 'short', 'victim', 'into', 'behind', 'below', 'under', 'asleep', 'sharply', 'by', 'back'], strength: 0.7 },
  // "raised the flag over Velyka Novosilka", "hoisted the Ukrainian flag above the town hall"
  { type: 'territorial_capture', head: ['raise', 'hoist', 'plant'], with: [['flag', 'flags'], ['over', 'above']], withAfter: true, window: 4, strength: 0.7 },
  // ... and the passive: "the Ukrainian flag was raised over Kherson's main square"
  { type: 'territorial_capture', head: ['raised', 'hoisted', 'planted'], before: [['flag', 'flags'], ['was', 'were', 'been', 'is', 'are']], with: [['over', 'above']], withAfter: true, window: 1, placeWithin: 3, strength: 0.7 },
  // "were pushed out of Robotyne", "drove Russian troops out of Kupiansk"
  // ("we drove out of Kharkiv" is a drive, not a driving out: "drove" needs its object before "out")
  { type: 'territorial_capture', head: ['pushed', 'drove', 'driven', 'forced', 'ousted', 'expelled', 'kicked', 'pulled'], with: [['out'], ['of']], withAfter: true, window: 4, notForms: ['drove'], strength: 0.7 },
  { type: 'territorial_capture', head: ['drove'], with: [['out'], ['of']], withAfter: true, window: 4, notNext: ['out', 'off', 'away', 'back', 'into', 'to', 'through'], strength: 0.7 },

  // ("troops are stopping the attack", "halted the advance": the enemy's attack is repelled, not paused)
  // ("a bus stop took a direct hit": a noun before "stop" makes it a place where vehicles stop)
  { type: 'ceasefire', head: ['halt', 'cease', 'stop', 'pause', 'suspend', 'refrain', 'moratorium', 'cessation'], with: [HALTED_FIGHTING], window: 4, withInClause: true, notNext: ['the', 'advance', 'offensive', 'enemy'], notPrev: ['bus', 'tram', 'trolleybus', 'train', 'metro', 'truck', 'pit', 'rest', 'whistle'], strength: 0.8 },
  // "refrain, for 30 days, from strikes on energy sites": the length told between the verb and what is refrained from
  // (the head is "from", the fighting right after it: "refrained for two days from commenting on the strikes" is no truce)
  { type: 'ceasefire', head: ['from'], before: [['refrain', 'refrained', 'refraining'], ['day', 'days', 'hour', 'hours', 'week', 'weeks', 'month', 'months']], with: [HALTED_FIGHTING], withAfter: true, window: 1, strength: 0.75 },
  // the fighting halted by someone, its phrase the subject of a passive: "strikes on energy facilities were halted for 30 days"
  // ("troops are stopping the attack" repel it; "flows were halted after drones hit" halts no fighting)
  {
    type: 'ceasefire',
    head: ['halt', 'cease', 'stop', 'pause', 'suspend'],
    notForms: ['halt', 'halts', 'halting', 'cease', 'ceases', 'ceasing', 'stop', 'stops', 'stopping', 'pause', 'pauses', 'pausing', 'suspend', 'suspends', 'suspending'],
    before: [['was', 'were', 'be', 'been', 'being', 'is', 'are']],
    with: [HALTED_FIGHTING],
    window: 6,
    withInClause: true,
    strength: 0.8,
  },
  // "stop all combat operations", "suspend offensive operations", "all military activity is to stop": the fighting itself
  // halted, however it is named ("stopped the enemy's operation" repels one: no determiner after the verb)
  {
    type: 'ceasefire',
    head: ['halt', 'cease', 'stop', 'pause', 'suspend', 'freeze', 'cessation', 'suspension'],
    with: [['combat', 'military', 'offensive', 'hostile'], ['operation', 'action', 'activity']],
    window: 4,
    withInClause: true,
    notNext: ['the', 'a', 'an', 'its', 'their', 'his', 'enemy'],
    strength: 0.75,
  },
  // an undertaking not to attack is a truce: "pledged not to strike energy infrastructure for 30 days", "agreed not to
  // attack each other's ports", "promised not to target civilian ships" ("said it would not strike Kyiv" undertakes nothing)
  // (the undertaking is the head: the negation after it is what is undertaken, not a denial of it)
  { type: 'ceasefire', head: UNDERTAKING, with: [['not', 'never'], ['to'], ['strike', 'attack', 'target', 'hit', 'shell', 'bomb', 'fire']], withAfter: true, window: 6, withInClause: true, strength: 0.7 },
  // the undertaking told by what neither side will do, in a sentence telling the accord: "Under the arrangement reached on
  // Friday, neither side will strike the other's ports", "the deal means neither army would shell the plant" ("neither side
  // would strike first, analysts said" tells no accord)
  // (the head is "neither": the negation it makes is what is undertaken, not a denial of the accord)
  {
    type: 'ceasefire',
    head: ['neither'],
    with: [['will', 'would', 'shall', "'ll"], ['strike', 'attack', 'target', 'shell', 'bomb', 'hit']],
    withAfter: true,
    window: 4,
    withInClause: true,
    context: ['agree', 'agreed', 'agreement', 'arrangement', 'deal', 'accord', 'pledge', 'pledged', 'commit', 'committed', 'promise', 'promised', 'truce', 'ceasefire', 'undertake', 'undertook', 'memorandum'],
    strength: 0.65,
  },
  // "ordered troops to hold their fire", "the silence regime": the translated and the soldier's words for a truce
  // ("held a fire drill", "held the fire back": the fire is a noun's modifier, or the thing held)
  { type: 'ceasefire', head: ['hold'], with: [['fire']], withAfter: true, window: 2, notNext: ['the', 'a', 'an'], notFollowedBy: ['safety', 'drill', 'drills', 'exercise', 'exercises', 'back', 'alarm', 'station'], strength: 0.7 },
  { type: 'ceasefire', head: ['silence'], with: [['regime', 'mode']], window: 2, strength: 0.7 },
  // "the guns fell silent": the fighting stopped
  { type: 'ceasefire', head: ['fall'], before: [['gun', 'weapon', 'artillery']], with: [['silent', 'quiet']], withAfter: true, window: 1, strength: 0.65 },
  { type: 'ceasefire', head: ['ceasefire', 'cease-fire', 'truce', 'armistice'], with: [['agree', 'declare', 'announce', 'accept', 'commit', 'begin', 'effect', 'start', 'order', 'observe', 'reach', 'implement', 'enter', 'force', 'broker', 'sign', 'run', 'last', 'introduce', 'instruct', 'establish', 'impose', 'proclaim', 'kicked', 'kicks', 'extend', 'prolong', 'renew']], window: 8, notNext: TRUCE_AS_MODIFIER, frameIsRemention: true, strength: 0.75 },
  // "a ceasefire took hold on Friday", "the truce appeared to take hold": it began (its holding alone re-tells it, below)
  { type: 'ceasefire', head: ['ceasefire', 'cease-fire', 'truce', 'armistice'], with: [['take', 'took', 'taken', 'takes', 'taking'], ['hold']], withAfter: true, window: 5, notNext: TRUCE_AS_MODIFIER, frameIsRemention: true, strength: 0.75 },
  // "a unilateral Easter truce", "the 30-day energy ceasefire": a truce named by its kind or length is a
  // particular one (its ending or breaking is a re-mention, below)
  // ("the 30-day pause that Putin accepted"; a pause in deliveries is aid)
  {
    type: 'ceasefire',
    head: ['ceasefire', 'cease-fire', 'truce', 'armistice', 'pause', 'moratorium'],
    prev: ['unilateral', 'easter', 'christmas', 'orthodox', 'energy', 'partial', 'temporary', 'humanitarian', 'one-day', 'two-day', 'three-day', '30-day', '72-hour', '24-hour'],
    // "the 30-day ceasefire plan", "an Easter truce proposal": about a truce, not one
    notNext: TRUCE_AS_MODIFIER,
    notFollowedBy: ['end', 'expire', 'collapse', 'violate', 'breach', 'break', 'hold', ...AID_OBJECTS],
    notFollowedWithin: 8,
    // "accused Moscow of violating the Easter truce": the object of a breach is a truce told before
    notPrecededBy: ['violate', 'breach', 'break', 'violation', 'violations'],
    frameIsRemention: true,
    strength: 0.7,
  },
  // a stretch without fighting that someone agreed, accepted or ordered is a truce: "Putin agreed to 30 days without strikes
  // on energy infrastructure", "the sides accepted 72 hours without shelling" ("the city had three days without air raid
  // alerts" is a lull: nobody undertook it; "Kyiv offered a week without strikes" is a proposal)
  {
    type: 'ceasefire',
    head: ['without'],
    before: [['day', 'days', 'hour', 'hours', 'week', 'weeks', 'month', 'months']],
    with: [['strike', 'strikes', 'attack', 'attacks', 'shelling', 'bombing', 'hostilities', 'fire', 'fighting']],
    withAfter: true,
    window: 2,
    context: ['agree', 'accept', 'declare', 'announce', 'order', 'pledge', 'promise', 'commit', 'observe', 'sign'],
    strength: 0.65,
  },
  // force renounced by agreement is a truce, partial when it names where: "agreements to eliminate the use of force in the
  // Black Sea", "both sides committed to refrain from the use of force at sea" ("urged Moscow to renounce the use of force"
  // undertakes nothing: an agreement or an undertaking must be told)
  {
    type: 'ceasefire',
    head: ['eliminate', 'refrain', 'renounce', 'forgo', 'forswear', 'end', 'halt', 'cease', 'stop', 'abandon'],
    with: [['use'], ['force']],
    withAfter: true,
    window: 5,
    withInClause: true,
    context: ['agree', 'agreement', 'agreements', 'deal', 'accord', 'arrangement', 'pledge', 'commit', 'undertake', 'promise'],
    besideAgreeing: true,
    strength: 0.65,
  },
  // a second truce told by "one" after the first, its length before it: "a 30-hour truce for Easter and a three-day one for
  // Victory Day", "declared a ceasefire for Christmas, then a 72-hour one in May" ("a three-day one" with no truce named
  // in the sentence is anything)
  {
    type: 'ceasefire',
    head: ['one'],
    prev: ['one-day', 'two-day', 'three-day', 'four-day', 'five-day', 'seven-day', '10-day', '14-day', '30-day', '12-hour', '24-hour', '30-hour', '36-hour', '48-hour', '72-hour', 'one-week', 'two-week', 'week-long', 'month-long'],
    context: ['truce', 'truces', 'ceasefire', 'ceasefires', 'cease-fire', 'armistice'],
    strength: 0.6,
  },
  // a truce violated, holding, running out: the truce is told of again, on a day that is not its start
  { type: 'ceasefire', head: ['ceasefire', 'cease-fire', 'truce', 'armistice'], with: [['violate', 'breach', 'break', 'violation', 'expire', 'hold', 'collapse', 'end']], window: 8, remention: true, strength: 0.6 },

  // ("the Donbas agreements signed in Minsk": plural agreements qualified by their signing are background)
  // ("signed the 100 Year Partnership with Zelenskyy", "signed a charter on strategic partnership": a partnership or charter
  // signed is a text of the parties as a treaty is)
  // (not a contract: news signs contracts for shells, catering or enlistment, a firm's or a soldier's, not a text of the parties)
  { type: 'agreement', head: ['sign'], with: [['deal', 'agreement', 'accord', 'memorandum', 'treaty', 'pact', 'declaration', 'partnership', 'charter', 'arrangement']], window: 6, notPrev: ['agreements', 'accords', 'deals', 'treaties'], strength: 0.85 },
  // "Russia and Ukraine have agreed to ensure safe navigation": two parties, as one subject, agreeing on a course
  // ("agreed to look at raising the level of the delegations", "agreed to consider a swap", "agreed to keep in contact":
  // agreeing to deliberate or to carry on settles nothing)
  { type: 'agreement', head: ['agreed'], actorsBefore: 2, before: [['and', 'both']], with: [['to', 'on', 'that']], withAfter: true, window: 3, onlyWhenNothingFollows: true, notFollowedBy: DELIBERATING, notFollowedWithin: 5, strength: 0.6 },
  // the passive with a long subject: "a deal to let grain out of Ukraine's ports was signed in Istanbul"
  // (a text named by its own title signs the same way: "The Initiative on the Safe Transportation of Grain ... was signed today",
  // "the protocol was signed in Minsk")
  { type: 'agreement', head: ['signed'], before: [['was', 'were']], with: [['deal', 'agreement', 'accord', 'memorandum', 'treaty', 'pact', 'initiative', 'protocol']], window: 12, strength: 0.75 },
  // "Four documents were signed in the presence of the two leaders", "the document was signed by both sides": the texts of a
  // visit or a ceremony, in a sentence that names who met (a court's or a bank's documents are none)
  {
    type: 'agreement',
    head: ['signed'],
    before: [['was', 'were']],
    with: [['document', 'documents']],
    window: 12,
    context: ['leaders', 'presidents', 'president', 'ministers', 'delegations', 'sides', 'parties', 'governments', 'countries', 'visit', 'talks', 'summit', 'ceremony'],
    strength: 0.7,
  },
  { type: 'agreement', head: ['deal', 'agreement', 'accord', 'memorandum', 'treaty', 'pact', 'arrangement'], with: [['reach', 'strike', 'seal', 'conclude', 'finalize', 'finalise', 'clinch', 'ink']], window: 5, strength: 0.75 },
  // "a deal brokered by Lukashenko", "the accord mediated by Turkey": the participle after the noun tells a deal made
  // ("offered to broker a deal" is an offer, "had brokered deals before" a boast)
  { type: 'agreement', head: ['deal', 'agreement', 'accord', 'memorandum', 'treaty', 'pact', 'arrangement'], with: [['brokered', 'mediated']], withAfter: true, window: 1, framesSettled: true, strength: 0.7 },
  // a text both sides sign: "Xi and Putin signed a joint statement", "will sign a joint communique" ("in a signed
  // statement, the ministry denied" is one side's)
  { type: 'agreement', head: ['sign'], with: [['joint'], ['statement', 'communique', 'communiqué']], withAfter: true, window: 3, strength: 0.7 },

  // "exchanged 390 people", "more people will be swapped": people traded are captives
  // ("the largest swap up to that point: 230 Ukrainians for 248 Russians")
  { type: 'prisoner_exchange', head: ['swap', 'exchange'], with: [['people', 'persons', 'men', 'civilians', 'citizens', 'nationals', 'ukrainians', 'russians']], window: 8, notFollowedBy: NOT_CAPTIVES_TRADED, notPrev: [...EXCHANGE_OF_WORDS, ...MARKET_EXCHANGE], notNext: MARKET_NEXT, strength: 0.75 },
  // "freed 120 people in the exchange", "brought home 95 defenders": released people, in a sentence about captivity
  { type: 'prisoner_exchange', head: ['release', 'free', 'return', 'repatriate', 'bring'], with: [['people', 'persons', 'men', 'civilians', 'citizens', 'home', 'ukrainians', 'russians']], window: 6, context: ['exchange', 'swap', 'captivity', 'captive', 'captives', 'prisoner', 'prisoners', 'pow', 'pows', 'defender', 'defenders', 'serviceman', 'servicemen', 'soldier', 'soldiers'], strength: 0.7 },
  // "the previous exchange took place on 5 February", "the swap was carried out a day after"
  // (when the sentence is about people held: "the exchange of views took place" is none)
  { type: 'prisoner_exchange', head: ['exchange', 'swap'], with: [['place', 'carried']], withAfter: true, window: 3, notFollowedBy: NOT_CAPTIVES_TRADED, notPrev: [...EXCHANGE_OF_WORDS, ...MARKET_EXCHANGE], notNext: MARKET_NEXT, context: [...CAPTIVES, 'ukrainians', 'russians', 'people', 'home'], strength: 0.7 },
  // the swap told by its going ahead, its subject long: "the exchange agreed in Istanbul on 16 May went ahead in three
  // stages", "the swap brokered by the UAE ran over three days", "the long-delayed exchange was finally completed on
  // Friday" (about people held, as above: "the exchange of views went ahead" is none; the noun, not "exchanged")
  {
    type: 'prisoner_exchange',
    head: ['exchange', 'swap'],
    notForms: ['exchanged', 'swapped', 'exchanging', 'swapping'],
    with: [['ahead', 'run', 'complete', 'proceed', 'conclude', 'finish', 'unfold', 'happen', 'carried']],
    withAfter: true,
    window: 12,
    notFollowedBy: [...NOT_CAPTIVES_TRADED, 'information', 'data', 'intelligence', 'experience', 'ideas', 'students'],
    notPrev: [...EXCHANGE_OF_WORDS, ...MARKET_EXCHANGE, 'cultural', 'student', 'academic', 'youth', 'school', 'scientific', 'information', 'data', 'intelligence'],
    notNext: MARKET_NEXT,
    context: [...CAPTIVES, 'ukrainians', 'russians', 'people', 'home', 'civilians'],
    strength: 0.7,
  },
  // "95 soldiers came home from captivity", "came back from Russian captivity"
  { type: 'prisoner_exchange', head: ['come'], with: [['home', 'back'], ['captivity']], withAfter: true, window: 5, strength: 0.7 },
  // a release answered by another is a swap: "X was freed in return", "released Y in exchange for Z"
  // (the verb: "the release was called the return of our people" re-tells a swap)
  { type: 'prisoner_exchange', head: ['freed', 'released'], with: [['in'], ['return', 'exchange']], withAfter: true, window: 10, strength: 0.7 },
  // one named detainee set free: "Russia freed Marc Fogel, a teacher held since 2021", "Belarus released Ihar Losik,
  // a journalist jailed in 2020" ("released Putin's schedule", "freed the village" hold no one)
  { type: 'prisoner_exchange', head: ['free', 'release'], personAfter: true, context: DETAINED, strength: 0.65 },
  { type: 'prisoner_exchange', head: ['freed', 'released'], before: [['was', 'were', 'been']], personBefore: true, context: DETAINED, strength: 0.6 },
  // "Ukraine received 909 bodies": the repatriation of the dead
  { type: 'prisoner_exchange', head: ['receive', 'hand'], with: [['bodies', 'remains']], withAfter: true, window: 4, strength: 0.7 },
  // "246 prisoners of war were handed over by each side"
  { type: 'prisoner_exchange', head: ['hand'], with: [['over', 'back'], CAPTIVES], window: 8, strength: 0.75 },
  // ("the two sides traded 175 prisoners each")
  { type: 'prisoner_exchange', head: ['swap', 'exchange', 'trade', 'release', 'return', 'repatriate', 'free', 'repatriation'], with: [CAPTIVES], window: 16, notFollowedBy: NOT_CAPTIVES_TRADED, notPrev: [...EXCHANGE_OF_WORDS, ...MARKET_EXCHANGE, ...DOCUMENTS_RELEASED], notNext: MARKET_NEXT, strength: 0.85 },
  // a swap named by its counts: "the 175-for-175 exchange", "a 1,000-for-1,000 swap", "an all-for-all exchange"
  { type: 'prisoner_exchange', head: ['swap', 'exchange', 'trade'], notForms: ['swapped', 'exchanged', 'traded', 'swapping', 'exchanging', 'trading'], countsBefore: true, notFollowedBy: NOT_CAPTIVES_TRADED, strength: 0.75 },
  // the counts alone, as lists and tickers write a swap: '"1000 for 1000", carried out on 23-25 May', "246 for 246 on
  // Saturday in the latest exchange" (in a sentence about captives or a swap: "won 3 for 3" is no swap)
  { type: 'prisoner_exchange', head: ['for'], countsAround: true, context: ['exchange', 'exchanges', 'swap', 'swaps', ...CAPTIVES, 'pows'], strength: 0.65 },

  // ("disbursed 4.2 billion euros", "earmarked 200 million")
  { type: 'aid_decision', head: ['approve', 'sign', 'announce', 'pledge', 'allocate', 'unveil', 'authorize', 'authorise', 'disburse', 'earmark', 'unblock', 'unfreeze'], with: [['billion', 'million']], window: 8, strength: 0.6 },
  // "released 3 billion dollars in budget support" (the verb: "a press release announces 2 billion" is the noun)
  { type: 'aid_decision', head: ['release'], notForms: ['releases'], notPrev: ['press', 'news', 'a', 'the', 'its', 'their', 'his', 'her', 'this', 'that'], with: [['billion', 'million']], window: 8, strength: 0.6 },
  // ("approved the 15th package of sanctions": a package of sanctions is no aid)
  { type: 'aid_decision', head: ['sign', 'announce', 'approve', 'pause', 'halt', 'resume', 'deliver', 'send', 'suspend', 'withhold', 'freeze', 'provide', 'allocate', 'unveil', 'stop', 'pledge', 'transfer', 'authorize', 'authorise', 'restart', 'restore', 'lift', 'suspension', 'resumption', 'approval', 'gift', 'donate', 'clear', 'pass', 'vote', 'disburse', 'earmark', 'unblock', 'unfreeze', 'disbursement'], with: [AID_OBJECTS], window: 8, notFollowedBy: ['sanction', 'restrictive'], notFollowedWithin: 8, strength: 0.75 },
  // missiles and drones given to Ukraine are aid, though alone they name strikes: "would supply SCALP long-range cruise
  // missiles to Ukraine", "will give Ukraine 100,000 drones", "pledged more interceptor missiles for Kyiv"
  // ("delivered a missile strike on Kyiv" gives a blow; "sent drones to Kyiv" attacks it: no "send" here)
  { type: 'aid_decision', head: GIVING_VERBS, with: [[...MISSILE_NAMES, ...DRONE_NAMES], GIVEN_TO_UKRAINE], withAfter: true, window: 10, withInClause: true, notFollowedBy: ['strike', 'strikes', 'blow', 'blows', 'attack', 'attacks', 'barrage'], notFollowedWithin: 6, strength: 0.7 },
  { type: 'aid_decision', head: ['supply'], prev: ['to', 'will', 'would', "'ll", 'and', 'also'], with: [[...MISSILE_NAMES, ...DRONE_NAMES], GIVEN_TO_UKRAINE], withAfter: true, window: 10, withInClause: true, strength: 0.7 },
  // arms or money given or committed to Ukraine: "would give Ukraine five more air-defence systems", "to give Ukraine a $50
  // billion loan", "the United States committed Bradley fighting vehicles to Ukraine" ("gives up a weapon", "committed to
  // sending tanks" is a promise to act, "Russia committed more tanks to the offensive" gives no one anything)
  { type: 'aid_decision', head: ['give', 'commit'], notNext: ['up', 'way', 'in', 'to'], with: [AID_OBJECTS, GIVEN_TO_UKRAINE], withAfter: true, window: 10, withInClause: true, strength: 0.7 },
  // arms paid for: "would fund a package of US-made weapons for Ukraine", "financed the purchase of Patriot systems"
  // (the nouns: "the fund", "a relief fund", "Finance Minister" fund nothing)
  { type: 'aid_decision', head: ['fund', 'finance'], notForms: ['funds', 'finances'], notPrev: [...DETERMINERS, 'relief', 'recovery', 'investment', 'pension', 'hedge', 'monetary', 'wealth', 'sovereign'], notNext: ['minister', 'ministers', 'ministry'], with: [AID_OBJECTS], withAfter: true, window: 8, strength: 0.7 },
  // "supply" is also a noun ("stopping arms and intelligence supply"): the verb is inflected or follows "to" or a modal
  { type: 'aid_decision', head: ['supplied', 'supplying'], with: [AID_OBJECTS], window: 8, strength: 0.75 },
  { type: 'aid_decision', head: ['supply'], prev: ['to', 'will', 'would', "'ll", 'and', 'also', 'not'], with: [AID_OBJECTS], window: 8, strength: 0.75 },
  // "Hungary blocked the aid package"; "aid remains blocked" is a state, not a decision
  // ("a shell hit a block of flats", "an apartment block": the noun, not the verb)
  { type: 'aid_decision', head: ['block', 'delay'], with: [AID_OBJECTS], window: 6, notNext: ['of'], notPrev: ['remain', 'remains', 'remained', 'stay', 'stays', 'still', 'been', 'a', 'an', 'the', 'apartment', 'residential', 'housing', 'tower', 'office'], strength: 0.65 },
  // "handed over the first F-16s", "hand over two more Patriot systems": arms given, as "delivered" is
  { type: 'aid_decision', head: ['hand'], with: [['over'], AID_OBJECTS], withAfter: true, window: 6, strength: 0.7 },
  // "intelligence sharing has been put on hold", "put weapons deliveries on hold"
  { type: 'aid_decision', head: ['put', 'place'], with: [['hold'], AID_OBJECTS], window: 8, strength: 0.7 },
  // "decided to hold back shipments of interceptors"
  { type: 'aid_decision', head: ['hold'], with: [['back'], AID_OBJECTS], withAfter: true, window: 6, strength: 0.7 },
  // "signed the bill", "passed the legislation": an aid decision when the sentence is about aid
  // ("passes a $95 billion foreign aid bill": the amount and the kind stand between the verb and the bill)
  { type: 'aid_decision', head: ['sign', 'pass', 'approve', 'adopt', 'enact'], with: [['bill', 'legislation', 'law', 'budget']], withAfter: true, window: 6, context: AID_CONTEXT, strength: 0.7 },

  // "Britain sanctioned Kirillov": the verb alone, with the country that imposes it as subject
  { type: 'sanctions', head: ['sanctioned'], actorsBefore: 1, notNext: ['oil', 'crude', 'tankers', 'vessels', 'ships', 'goods', 'entities', 'individuals', 'companies', 'banks', 'russian'], strength: 0.75 },
  { type: 'sanctions', head: ['sanction'], with: [[...SANCTIONING, 'new', 'fresh']], window: 6, strength: 0.8 },
  // a numbered package is one decision ("the 18th sanctions package"); "counts its sanctions in packages" is none
  { type: 'sanctions', head: ['sanction'], with: [ORDINALS], window: 3, strength: 0.75 },
  // sanctions as the instrument: "hit Rosneft and Lukoil with sanctions", "targeted tankers with new sanctions"
  { type: 'sanctions', head: ['sanction'], before: [['hit', 'target', 'punish', 'slap'], ['with']], strength: 0.75 },
  // listing: "added 40 firms to its sanctions list", "blacklisted 30 banks" ("the blacklisted banks" describes them;
  // "blacklisted thousands of companies" is a running tally of listings, not one decision)
  { type: 'sanctions', head: ['sanction'], before: [['add']], with: [['list', 'lists']], withAfter: true, window: 2, strength: 0.75 },
  // sanctions named by their day, as markets and digests write them: "after Washington's Friday sanctions on Gazprom Neft",
  // "Friday's sanctions against the oil majors" (the day makes them one decision)
  { type: 'sanctions', head: ['sanctions'], prev: WEEKDAYS, strength: 0.7 },
  // measures against a target in a sentence about sanctions: "Britain announced parallel measures against the two
  // companies" beside a designation ("new measures against drones" are air defence)
  { type: 'sanctions', head: ['measures'], with: [SANCTIONING, ['against']], window: 3, context: SANCTIONS_TOPIC, strength: 0.6 },
  // a numbered package told by what it lists: "the EU's 15th package added 52 more tankers to its list" (a numbered aid
  // package is announced, not listed)
  { type: 'sanctions', head: ['package'], prev: ORDINALS, with: [['add', 'list', 'blacklist', 'designate']], withAfter: true, window: 8, strength: 0.65 },
  { type: 'sanctions', head: ['blacklisted', 'blacklists'], notPrev: [...DETERMINERS, 'previously', 'already', 'been', 'be'], notFollowedBy: ['thousands', 'hundreds', 'dozens', 'scores'], notFollowedWithin: 2, strength: 0.7 },
  // "froze the assets of 20 officials" ("the frozen assets" are a state, and their use a debate)
  { type: 'sanctions', head: ['froze'], with: [['asset', 'assets']], withAfter: true, window: 3, strength: 0.7 },
  // the other forms of the freezing: "agreed to freeze any assets of Putin", "had frozen the assets of 14 oligarchs"
  // ("the frozen assets", "assets that were frozen in 2022" describe the holdings; "Western governments have frozen the
  // central bank's reserves": a plural "have" tallies years of measures, where one state's decision "has" or "had")
  { type: 'sanctions', head: ['freeze', 'freezing'], notForms: ['froze', 'freezes'], notPrev: [...DETERMINERS, 'asset', 'assets'], with: [FROZEN_HOLDINGS], withAfter: true, window: 4, strength: 0.7 },
  { type: 'sanctions', head: ['frozen'], prev: ['had', 'has'], with: [FROZEN_HOLDINGS], withAfter: true, window: 4, strength: 0.7 },
  // the noun: "slapped travel bans and asset freezes on 20 officials", "an asset freeze against the oligarch took effect"
  { type: 'sanctions', head: ['freeze', 'freezes'], prev: ['asset', 'assets'], with: [[...SANCTIONING, 'effect', 'on', 'against']], window: 6, strength: 0.7 },
  // cut from the payments network by a named state: "the US and the EU said banks would be removed from SWIFT" ("governments
  // have cut big banks from SWIFT" tallies the years' measures)
  { type: 'sanctions', head: ['swift'], before: [['remove', 'exclude', 'disconnect', 'cut', 'ban', 'expel', 'eject', 'bar', 'drop'], ['from']], actorsBefore: 1, strength: 0.7 },
  // trade and dealings with Russia barred, Russia after the verb as their other side: "banned exports of chips to Russia",
  // "prohibited U.S. persons from engaging in transactions with the Central Bank of Russia" ("banned fireworks", "Moscow
  // has barred imports of Western cars" are a state's own rules; "a ban", "the ban" are the noun, below; "the package bans
  // imports", "the law prohibits" tell in the present what a measure told elsewhere contains)
  { type: 'sanctions', head: ['ban', 'prohibit', 'bar'], notForms: ['bans', 'prohibits', 'bars', 'banning', 'prohibiting', 'barring'], notPrev: DETERMINERS, with: [DEALINGS, SANCTIONED_STATES], withAfter: true, withInClause: true, window: 12, strength: 0.65 },
  // the noun once imposed or in force: "the EU adopted a ban on Russian coal", "a ban on imports of Russian steel took
  // effect" ("called for a ban", "blocked a ban", "the ban has cost Moscow billions" impose none)
  { type: 'sanctions', head: ['ban', 'prohibition', 'embargo'], with: [[...SANCTIONING, 'effect', 'force'], SANCTIONED_STATES], window: 8, withInClause: true, strength: 0.65 },
  // the US Treasury's word for listing: "OFAC designated Gazprom Neft", "the designation of Gazprombank" (in a
  // sentence about sanctions; "designated as a terrorist group" or "his designated successor" are no listing)
  { type: 'sanctions', head: ['designate', 'designation'], notNext: ['as', 'a', 'an', 'his', 'her', 'successor'], context: ['sanction', 'treasury', 'ofac', 'asset', 'assets', 'entity', 'entities', 'individuals', 'vessel', 'vessels', 'tanker', 'tankers', 'blacklist'], strength: 0.7 },
  // a state designating what it lists by their kind: "the US designated both companies", "Britain designated the two oil
  // majors", "designated three Chinese firms" ("designated both companies as critical suppliers" names a role)
  {
    type: 'sanctions',
    head: ['designated', 'designates'],
    actorsBefore: 1,
    with: [['company', 'companies', 'firm', 'firms', 'bank', 'banks', 'subsidiaries', 'majors', 'producers', 'exporters', 'traders', 'refiners']],
    withAfter: true,
    withInClause: true,
    window: 4,
    notNext: ['as', 'a', 'an', 'his', 'her', 'successor'],
    notFollowedBy: ['as'],
    notFollowedWithin: 6,
    strength: 0.7,
  },
  // the EU's own word for them: "adopted a 14th package of restrictive measures"
  { type: 'sanctions', head: ['restrictive'], with: [['measure', 'measures'], [...SANCTIONING, 'package']], window: 6, strength: 0.75 },

  { type: 'assassination', head: ['assassinate', 'assassination'], strength: 0.85 },
  { type: 'assassination', head: ['killing', 'murder'], with: [['of']], window: 1, needsActorAfter: true, personAfter: true, strength: 0.7 },
  { type: 'assassination', head: ['kill', 'murder', 'shoot'], before: [['official', 'commander', 'general', 'colonel', 'mayor', 'officer', 'lawmaker', 'politician', 'blogger', 'journalist', 'deputy']], with: [['bomb', 'blast', 'explode', 'explosive', 'detonate', 'gunman', 'dead', 'targeted', 'assassin', 'sniper']], window: 10, strength: 0.65 },
  // the victim as the object: "a car bomb killed a senior Russian general in Moscow"
  { type: 'assassination', head: ['kill', 'murder', 'shoot'], before: [['bomb', 'blast', 'explosion', 'explosive', 'device', 'gunman', 'sniper', 'assassin']], with: [['general', 'commander', 'official', 'officer', 'colonel', 'mayor', 'lawmaker', 'politician', 'blogger', 'journalist', 'deputy']], withAfter: true, window: 4, strength: 0.65 },
  // ... the bomb's own place, time or hiding place told between it and its verb: "a car bomb in Balashikha, just east of
  // Moscow, killed Lieutenant General ...", "an explosion outside a residential building early this morning killed a
  // general" (the verb's own object: "bombs struck a store in Kharkiv, killing 12 people, officials said" killed no official)
  { type: 'assassination', head: ['kill', 'murder'], notForms: ['killing', 'murdering'], before: [['bomb', 'blast', 'explosion', 'explosive', 'device']], beforeWithin: 10, with: [['general', 'commander', 'official', 'officer', 'colonel', 'mayor', 'lawmaker', 'politician', 'blogger', 'journalist', 'deputy']], withAfter: true, window: 4, withInClause: true, strength: 0.65 },
  // ("killed by an IED": the improvised explosive device by its initials; "killed by the blast when a drone hit her
  // building": a named victim of a strike is no target of a killing)
  {
    type: 'assassination',
    head: ['kill', 'murder', 'shoot', 'die'],
    with: [['bomb', 'blast', 'explode', 'explosive', 'detonate', 'gunman', 'dead', 'head', 'sniper', 'assassin', 'poison', 'ied']],
    window: 8,
    personBefore: true,
    notFollowedBy: ['drone', 'drones', 'missile', 'missiles', 'rocket', 'rockets', 'shell', 'shells', 'shelling', 'airstrike', 'strike', 'glide'],
    notFollowedWithin: 10,
    strength: 0.65,
  },
  // "X Y was gunned down outside his home": a named person shot
  { type: 'assassination', head: ['gunned'], with: [['down']], withAfter: true, window: 1, personBefore: true, strength: 0.65 },

  // coder and liveblog logs label each line with its kind of event
  { type: 'meeting', head: ['meeting', 'talks', 'summit', 'visit'], label: true, strength: 0.6 },
  { type: 'phone_call', head: ['call'], label: true, strength: 0.6 },
  // ("withdrawal (RU)": the side that left lost the ground; "capture (RU claim)": the claim is read by the status)
  { type: 'territorial_capture', head: ['capture', 'recapture', 'withdrawal', 'liberation'], label: true, strength: 0.6 },
  { type: 'agreement', head: ['agreement', 'arrangement', 'accord', 'deal', 'pact'], label: true, strength: 0.6 },
  { type: 'missile_strike', head: ['missile', 'missiles'], label: true, strength: 0.6 },
  { type: 'drone_strike', head: ['drone', 'drones'], label: true, strength: 0.6 },
  { type: 'ceasefire', head: ['ceasefire', 'truce'], label: true, strength: 0.6 },
  { type: 'prisoner_exchange', head: ['exchange', 'swap'], label: true, notPrev: MARKET_EXCHANGE, notNext: MARKET_NEXT, strength: 0.6 },
  // ("2024-06-13 | Apulia | aid | G7 leaders agree a loan ...", "| military assistance |": aid labelled by its own name; not
  // sanctions: "SANCTIONS." and "SANCTIONS TALK." head a newsletter's section, and a sanctions field's line names its measures)
  { type: 'aid_decision', head: ['aid', 'assistance'], label: true, strength: 0.6 },

  { type: 'statement', head: ['warn', 'vow', 'demand', 'declare', 'insist', 'pledge', 'threaten', 'urge', 'reaffirm', 'accuse', 'condemn', 'announce', 'reject'], strength: 0.55 },
];

/**
 * A rule with every field of TriggerRule present (undefined when the rule leaves it out), all in one order. The
 * rules are written as object literals each naming only its own fields, so they came in dozens of shapes, and every
 * `rule.x` test of matchTriggers (some thirty per rule tried at a head word) was a megamorphic property lookup.
 * Objects of one shape are read by inline caches that stay monomorphic. The type lists every field (required, maybe
 * undefined), so a field added to TriggerRule and not here fails to compile instead of being dropped.
 */
export function withEveryField(rule: TriggerRule): { [K in keyof Required<TriggerRule>]: TriggerRule[K] } {
  return {
    type: rule.type, head: rule.head, with: rule.with, window: rule.window, before: rule.before, beforeWithin: rule.beforeWithin, withAfter: rule.withAfter,
    withInClause: rule.withInClause, notOfPeople: rule.notOfPeople, notNext: rule.notNext, notFollowedBy: rule.notFollowedBy, notFollowedWithin: rule.notFollowedWithin, notPrecededBy: rule.notPrecededBy,
    setting: rule.setting, label: rule.label, frameIsRemention: rule.frameIsRemention, instrument: rule.instrument, notForms: rule.notForms, leavesGround: rule.leavesGround,
    notPrev: rule.notPrev, prev: rule.prev, context: rule.context, remention: rule.remention, needsActorAfter: rule.needsActorAfter, actorsBefore: rule.actorsBefore,
    inPersonWhenPlaced: rule.inPersonWhenPlaced, personBefore: rule.personBefore, yieldsToSameType: rule.yieldsToSameType, personAfter: rule.personAfter, toPerson: rule.toPerson, personObject: rule.personObject,
    guestObject: rule.guestObject, guestSubject: rule.guestSubject, placeWithin: rule.placeWithin, countsBefore: rule.countsBefore, countsAround: rule.countsAround, pairBefore: rule.pairBefore, pairAfter: rule.pairAfter,
    framesSettled: rule.framesSettled, actorObject: rule.actorObject, onlyWhenNothingFollows: rule.onlyWhenNothingFollows, datedOnly: rule.datedOnly, weaponFromContext: rule.weaponFromContext, ownAct: rule.ownAct, placeBefore: rule.placeBefore, placeSubject: rule.placeSubject,
    placeFallen: rule.placeFallen, placeNext: rule.placeNext, targetNext: rule.targetNext, placeFronted: rule.placeFronted, placeSetsClause: rule.placeSetsClause, abroad: rule.abroad, fromPerson: rule.fromPerson,
    closesQuote: rule.closesQuote, besideAgreeing: rule.besideAgreeing, partnerAfterTime: rule.partnerAfterTime, leaderSubject: rule.leaderSubject, strength: rule.strength,
  };
}

/** Rules by head word, with their word groups as sets: a sentence is scanned once. */
/** A rule as matchTriggers reads it: its word groups as sets. */
interface CompiledRule {
  rule: TriggerRule;
  groups: Set<string>[];
  before: Set<string>[];
  notNext?: Set<string>;
  notFollowedBy?: Set<string>;
  notPrecededBy?: Set<string>;
  prev?: Set<string>;
  notPrev?: Set<string>;
  context?: Set<string>;
  setting?: Set<string>;
}
/** The rules a word heads, by its lemma and its form merged (rules of both once each, the lemma's first). */
export type HeadedRules = readonly CompiledRule[];
const RULES_BY_HEAD = new Map<string, CompiledRule[]>();
for (const rule of TRIGGER_RULES) {
  registerLemmas(rule.head);
  const groups = (rule.with ?? []).map((group) => registerLemmas(group));
  const before = (rule.before ?? []).map((group) => registerLemmas(group));
  const context = rule.context && registerLemmas(rule.context);
  const compiled = {
    rule: withEveryField(rule),
    groups,
    before,
    notNext: rule.notNext && new Set(rule.notNext),
    notFollowedBy: rule.notFollowedBy && new Set(rule.notFollowedBy),
    notPrecededBy: rule.notPrecededBy && registerLemmas(rule.notPrecededBy),
    prev: rule.prev && new Set(rule.prev),
    notPrev: rule.notPrev && new Set(rule.notPrev),
    context,
    setting: rule.setting && new Set(rule.setting),
  };
  for (const head of rule.head) {
    const list = RULES_BY_HEAD.get(head) ?? [];
    list.push(compiled);
    RULES_BY_HEAD.set(head, list);
  }
}

/** Opening quotation marks: a word in scare quotes ("a unilateral three-day 'ceasefire'") is still the noun of its phrase. */
const OPENING_QUOTE_MARKS = new Set(['"', '“']);

/** The head in scare quotes, its `prev` word (or a determiner across modifiers) before the opening mark: 'a three-day "ceasefire"'. */
function quotedAfter(tokens: Token[], head: number, prev: Set<string>): boolean {
  if (!OPENING_QUOTE_MARKS.has(tokens[head - 1]?.text ?? '') || head < 2) return false;
  return prev.has(tokens[head - 2].lower) || determinedAcrossModifiers(tokens, head - 1, prev);
}

/** Words that may stand between a determiner and its noun: "a very important and productive call". */
const MODIFIER = /^(?:very|and|more|most|[a-z]+(?:ive|ful|ant|ent|al|ous|ic|ly|ed|ing)|frank|tense|good|long|short|rare|new|first|second|third|direct)$/;

/** A length right before the noun, or a determiner up to four modifiers before it. */
function determinedAcrossModifiers(tokens: Token[], head: number, determiners: Set<string>): boolean {
  for (let j = head - 1; j >= Math.max(0, head - 5); j--) {
    const t = tokens[j];
    if (LENGTH_MODIFIER.test(t.lower)) return true;
    if (determiners.has(t.lower)) return j < head - 1;
    if (t.capitalized || !MODIFIER.test(t.lower)) return false;
  }
  return false;
}

/**
 * A possessive stands where a determiner would: "Monday's call", "Trump's call with Putin",
 * "Tuesday's strike on Odesa" (for rules whose `prev` words are determiners).
 */
function possessiveBefore(tokens: Token[], head: number, prev: Set<string>): boolean {
  const before = tokens[head - 1];
  return !!before && prev.has('the') && /\p{L}['’]s$/u.test(before.text);
}

/** "with"/"using" a few words before the weapon, and the attack verb earlier in the same clause. */
function instrumentVerbBefore(tokens: Token[], head: number, isVerb: (t: Token) => boolean): boolean {
  const link = tokens.slice(Math.max(0, head - 5), head).findLastIndex((t) => t.lower === 'with' || t.lower === 'using');
  if (link < 0) return false;
  const at = Math.max(0, head - 5) + link;
  for (let j = at - 1; j >= Math.max(0, at - 15); j--) {
    if (tokens[j].lower === ';' || tokens[j].lower === '—') return false;
    if (isVerb(tokens[j])) return true;
  }
  return false;
}

/** Words between a verb and the place it takes: "entered the city of Kherson", "took the key town of Soledar". */
const PLACE_NOUN_PHRASE = new Set(['back', 'out', 'into', 'from', 'the', 'on', 'against', 'full', 'control', 'city', 'town', 'village', 'settlement', 'port', 'cities', 'towns', 'villages', 'settlements', 'of', 'key', 'strategic', 'eastern', 'southern', 'northern', 'western', 'regional', 'capital', 'frontline', 'front-line']);

/** A place right after the head, or after "the (key) town of". */
function placeFollows(tokens: Token[], head: number, placeStarts: PlaceStarts): boolean {
  for (let j = head + 1, end = head + 7; j < Math.min(tokens.length, end); j++) {
    if (placeStarts.has(tokens[j].start)) return true;
    // "regained control over Kherson", "restored full control over the village of Robotyne" ("over" in place of "of")
    if (tokens[j].lower === 'over' && tokens[j - 1].lower === 'control') {
      end++;
      continue;
    }
    if (j > head + 1 && !PLACE_NOUN_PHRASE.has(tokens[j].lower)) return false;
  }
  return false;
}

/** Institutions housed in a building of their own, struck there: "the Military Institute of Communications", "the History Museum". */
export const INSTITUTION_KINDS = ['institute', 'university', 'academy', 'college', 'museum', 'cathedral', 'library', 'stadium'];
/** Kinds of building or site a strike lands on, named after a name of their own: "the Epicentr hypermarket", "the NORSI refinery". */
const FACILITIES = new Set(['plant', 'refinery', 'factory', 'depot', 'terminal', 'hypermarket', 'supermarket', 'mall', 'market', 'store', 'hospital', 'station', 'airfield', 'airport', 'base', 'port', 'shipyard', 'substation', 'dam', 'bridge', 'complex', 'centre', 'center', 'hotel', 'theatre', 'theater', ...INSTITUTION_KINDS]);

/** "on the Epicentr hypermarket", "against the NORSI oil refinery": the head's preposition, a capitalised name and a facility noun within a few words. */
function namedFacilityFollows(tokens: Token[], head: number): boolean {
  let j = head + 2;
  if (tokens[j]?.lower === 'the') j++;
  if (!tokens[j]?.capitalized) return false;
  for (const end = Math.min(tokens.length, j + 4); j < end; j++) if (FACILITIES.has(tokens[j].lower)) return true;
  return false;
}

/**
 * What may follow "called X" when it is a phone call: a time, a place, a purpose or the end of the
 * clause ("called Putin on Monday", "called Zelenskyy to discuss"). Anything else is a naming:
 * "called Zelenskyy a dictator", "calls Zelenskyy illegitimate".
 */
const CALL_OBJECT_NEXT = new Set(['', ',', ';', '—', '–', '(', 'on', 'in', 'at', 'to', 'for', 'and', 'after', 'before', 'during', 'from', 'about', 'over', 'again', 'back', 'late', 'later', 'last', 'this', 'earlier', 'twice', 'hours', 'days', 'shortly', 'overnight', 'yesterday', 'today', 'ahead', 'while', 'as', 'when', 'amid', 'by', 'with']);

/** A country's adjective written before a called person's office: "Russian", "French", "US" (from the offices' owners). */
const OBJECT_OWNER_WORDS = new Set(OFFICES.flatMap((owner) => owner.adjectives).filter((word) => !/\s/.test(word)).map((word) => word.toLowerCase()));

/** Words of an office written before a called person's name: "President", "Prime Minister", "Secretary-General". */
const OBJECT_TITLE_WORDS = new Set(['president', 'prime', 'minister', 'chancellor', 'premier', 'pope', 'king', 'queen', 'secretary', 'general', 'secretary-general', 'foreign', 'sultan', 'emir', 'crown', 'prince']);

/** An actor right after the head (past the office before a name), its capitalised words not possessive and not followed by a naming. */
function actorIsObject(tokens: Token[], head: number, actorStarts: ReadonlySet<number>): boolean {
  // ("Trump then called President Zelenskyy", "phones Prime Minister Starmer": the office before the name is the object's;
  // the wires' "called Russian President Vladimir Putin", "to telephone French President Emmanuel Macron": so is the
  // country's adjective before the office)
  let k = head + 1;
  const owned = !!tokens[k]?.capitalized && OBJECT_OWNER_WORDS.has(tokens[k].lower) && !actorStarts.has(tokens[k].start) && OBJECT_TITLE_WORDS.has(tokens[k + 1]?.lower ?? '');
  if (owned) k++;
  const titlesEnd = head + (owned ? 5 : 4);
  while (k < titlesEnd && tokens[k]?.capitalized && OBJECT_TITLE_WORDS.has(tokens[k].lower) && !actorStarts.has(tokens[k].start)) k++;
  const first = tokens[k];
  // "the call Trump held" is the noun
  if (DETERMINER_SET.has(tokens[head - 1]?.lower ?? '')) return false;
  if (!first || !actorStarts.has(first.start)) return false;
  let j = k;
  while (j < Math.min(tokens.length, head + (owned ? 6 : 5)) && tokens[j].capitalized) {
    if (/['’]s$/.test(tokens[j].text)) return false;
    j++;
  }
  return CALL_OBJECT_NEXT.has(tokens[j]?.lower ?? '');
}

const AUDIENCE_SET = new Set(AUDIENCES);

/** Words that tell when, between a call and its partner: "on Friday", "this afternoon", "so far", "yet", "earlier today". */
const TIME_BETWEEN = new Set([
  'on', 'this', 'that', 'afternoon', 'morning', 'evening', 'night', 'today', 'yesterday', 'tonight', 'yet', 'so', 'far', 'earlier', 'later', 'late', 'ever',
  ...WEEKDAYS, '"', '”', '’',
]);

/**
 * "had a long conversation this afternoon with Macron", 'the best call "so far" with Trump': the partner's "with" after
 * at least one word of time (right after the head, "with" is another rule's), then a person or a country.
 */
function partnerAfterTime(tokens: Token[], head: number, actorStarts: ReadonlySet<number>): boolean {
  let j = head + 1;
  while (j < Math.min(tokens.length, head + 6) && TIME_BETWEEN.has(tokens[j].lower)) j++;
  if (j === head + 1 || tokens[j]?.lower !== 'with') return false;
  return otherSideFollows(tokens, j, actorStarts) && !AUDIENCE_SET.has(tokens[j + 1]?.lower ?? '');
}

/** Two capitalised names joined by a hyphen: "Trump-Putin", "US-Russia" (one token). */
const NAME_PAIR = /^\p{Lu}[\p{L}.]+-\p{Lu}[\p{L}.]+$/u;

/**
 * Two people or countries with a spaced hyphen or dash between them, from token `at`: a log line's "phone | Trump - Putin,
 * approx. 2.5 h" (the hyphen is no token of its own; "Kyiv - Boryspil line" joins no actors).
 */
function spacedPairAt(text: string, tokens: Token[], at: number, actorStarts: ReadonlySet<number>): boolean {
  const [first, second] = [tokens[at], tokens[at + 1]];
  return !!first && !!second && actorStarts.has(first.start) && actorStarts.has(second.start) && /^\s+[-–—]\s+$/.test(text.slice(first.end, second.start));
}

/**
 * Whether two names joined by a hyphen or a dash stand right before the head: "Trump-Putin call", "Putin–Xi talks"
 * (the dash with no space around it: "WEDNESDAY — The summit" opens a line).
 */
function namePairBefore(tokens: Token[], head: number): boolean {
  if (NAME_PAIR.test(tokens[head - 1]?.text ?? '')) return true;
  if (head < 3) return false;
  const [first, dash, second] = [tokens[head - 3], tokens[head - 2], tokens[head - 1]];
  return first.capitalized && second.capitalized && (dash.text === '–' || dash.text === '—') && dash.start === first.end && second.start === dash.end;
}

/** Titles that name a head of state or government, or the supreme commander, without the name: "The President", "the Chancellor". */
const LEADER_TITLES = new Set(['president', 'chancellor', 'premier', 'pope', 'king', 'queen', 'commander-in-chief']);
/** Words that may stand between a subject and its verb: "Zelenskyy himself came", "the President also came". */
const BESIDE_SUBJECT = new Set(['himself', 'herself', 'also', 'then', 'finally', 'personally', 'again', 'briefly', 'first']);

/** Whether a leader is the subject right before tokens[head]: a named person, or a leader's title ("the Supreme Commander"). */
function leaderIsSubject(tokens: Token[], head: number, personStarts: ReadonlySet<number>): boolean {
  let j = head - 1;
  while (j >= 0 && BESIDE_SUBJECT.has(tokens[j].lower)) j--;
  const last = tokens[j];
  if (!last?.capitalized) return false;
  if (LEADER_TITLES.has(last.lower) || (last.lower === 'commander' && tokens[j - 1]?.lower === 'supreme') || (last.lower === 'minister' && tokens[j - 1]?.lower === 'prime')) return true;
  // the name's capitalised words, back to where the person starts: "Volodymyr Zelenskyy came"
  for (let k = j; k >= Math.max(0, j - 3) && tokens[k].capitalized; k--) if (personStarts.has(tokens[k].start)) return !/['’]s$/.test(last.text);
  return false;
}

/** A person's name at `at` (after a title or not), none of its capitalised words possessive. */
function nameFollows(tokens: Token[], at: number, personStarts: ReadonlySet<number>): boolean {
  // ("to US President Donald Trump": a title's capitalised words before the name)
  let j = at;
  while (j < Math.min(tokens.length, at + 4) && !personStarts.has(tokens[j].start) && (tokens[j].capitalized || TITLE_WORDS.has(tokens[j].lower))) j++;
  if (!tokens[j] || !personStarts.has(tokens[j].start)) return false;
  for (; j < tokens.length && tokens[j].capitalized; j++) if (/['’]s$/.test(tokens[j].text)) return false;
  return true;
}

/**
 * "Donald Trump's clash with Volodymyr Zelenskyy", "a clash with Zelenskyy": a clash one of whose sides is a person is a
 * row between people, not fighting (a person's possessive before it, or "with" and a person's name after it).
 */
function personalClash(tokens: Token[], head: number, personStarts: ReadonlySet<number>): boolean {
  if (tokens[head].lemma !== 'clash') return false;
  if (tokens[head + 1]?.lower === 'with' && nameFollows(tokens, head + 2, personStarts)) return true;
  const before = tokens[head - 1];
  if (!before || !/['’]s$/.test(before.text)) return false;
  for (let k = head - 1; k >= Math.max(0, head - 4) && tokens[k].capitalized; k--) if (personStarts.has(tokens[k].start)) return true;
  return false;
}

/** Marks that close a quotation. */
const CLOSING_QUOTES = new Set(['"', '”', "'", '’']);

/** What follows a caller's name when "a call from X" is an appeal, not a call: "for more air defence", "to end the war", "urging". */
const APPEAL_AFTER_CALLER = new Set(['for', 'to', 'urging', 'demanding', 'asking', 'that']);

/** A named person at `at` (as nameFollows) whose name is not followed by what makes the call an appeal. */
function callerFollows(tokens: Token[], at: number, personStarts: ReadonlySet<number>): boolean {
  if (!nameFollows(tokens, at, personStarts)) return titledCallerFollows(tokens, at);
  // past the name, or past a leader named by office ("a call from the Turkish leader to return to talks")
  let j = DETERMINER.test(tokens[at]?.lower ?? '') ? at + 1 : at;
  while (j < tokens.length && (tokens[j].capitalized || TITLE_WORDS.has(tokens[j].lower) || CALLER_OFFICES.has(tokens[j].lower))) j++;
  return !APPEAL_AFTER_CALLER.has(tokens[j]?.lower ?? '');
}

/** The word before a caller's office: "the Turkish leader", "his French counterpart". */
const DETERMINER = /^(?:the|his|her|their)$/;

/** Offices a caller is told by, unnamed: "the Turkish leader", "his French counterpart", "the US president". */
const CALLER_OFFICES = new Set(['leader', 'counterpart', 'president', 'chancellor', 'premier', 'minister', 'secretary', 'king', 'pope', 'envoy']);

/**
 * A caller told by office after a determiner and at most three capitalised or title words, not followed by what makes
 * the call an appeal: "a call from the Turkish leader", "from his French counterpart" ("a call from the president for
 * calm" appeals; "a call from the ministry" is no person).
 */
function titledCallerFollows(tokens: Token[], at: number): boolean {
  if (!DETERMINER.test(tokens[at]?.lower ?? '')) return false;
  let j = at + 1;
  while (j < Math.min(tokens.length, at + 5) && !CALLER_OFFICES.has(tokens[j].lower) && (tokens[j].capitalized || TITLE_WORDS.has(tokens[j].lower))) j++;
  if (!CALLER_OFFICES.has(tokens[j]?.lower ?? '')) return false;
  return !APPEAL_AFTER_CALLER.has(tokens[j + 1]?.lower ?? '');
}

/** Words of a title told before a guest's name: "the Finnish president,", "Chinese leader", "his Turkish counterpart". */
const GUEST_TITLE_WORDS = new Set(['the', 'his', 'her', 'their', ',', 'leader', 'counterpart', 'chancellor', 'king', 'queen', 'pope', 'premier', 'envoy', 'president', 'minister', 'secretary', 'senator', 'speaker']);

/** Offices a guest is told by, unnamed: "received the U.S. special envoy", "hosted the Saudi crown prince". */
const GUEST_OFFICES = new Set([...CALLER_OFFICES, 'prince', 'emir', 'queen', 'sheikh']);

/**
 * A guest told by office: a determiner, at most three capitalised or title words, the office, not possessive ("received
 * the U.S. special envoy in Moscow"; "welcomed the president's decision" welcomes a thing, "the minister's letter" too).
 */
function titledGuestFollows(tokens: Token[], at: number): boolean {
  if (!/^(?:the|his|her|their)$/.test(tokens[at]?.lower ?? '')) return false;
  let j = at + 1;
  while (j < Math.min(tokens.length, at + 5) && !GUEST_OFFICES.has(tokens[j].lower) && (tokens[j].capitalized || TITLE_WORDS.has(tokens[j].lower))) j++;
  const office = tokens[j];
  return !!office && GUEST_OFFICES.has(office.lower) && !/['’]s$/.test(office.text) && !/^['’]/.test(tokens[j + 1]?.text ?? '');
}

/** Whether a named person is the object at `at`, past up to six words of a title, and no possessive ("received Trump's letter"). */
function guestFollows(tokens: Token[], at: number, personStarts: ReadonlySet<number>): boolean {
  if (titledGuestFollows(tokens, at)) return true;
  let j = at;
  while (j < Math.min(tokens.length, at + 6) && !personStarts.has(tokens[j].start) && (tokens[j].capitalized || TITLE_WORDS.has(tokens[j].lower) || GUEST_TITLE_WORDS.has(tokens[j].lower))) j++;
  if (!tokens[j] || !personStarts.has(tokens[j].start)) return false;
  for (; j < tokens.length && tokens[j].capitalized; j++) if (/['’]s$/.test(tokens[j].text)) return false;
  return true;
}

/** A count of people: "246", "1,000", "ten", "a thousand" is read as "thousand". */
const COUNT = /^(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundred|thousand|all)$/;
const isCount = (t: Token | undefined) => !!t && COUNT.test(t.lower);
/** Two counts joined by "for", as one compound or hyphenated across tokens ("1,000-for-1,000" reads "1,000", "for-1", ",", "000"). */
const COUNTS_TRADED = /(?:^|\s)(?:\d[\d,]*|one|all)(?:-|\s)for(?:-|\s)(?:\d[\d,]*|one|all)$/;

const EXCHANGE_NOUNS = new Set(['exchange', 'exchanges', 'swap', 'swaps']);
const MARKET_BEFORE = new Set(MARKET_EXCHANGE);
const MARKET_AFTER = new Set(MARKET_NEXT);
const CAPTIVE_WORDS = new Set(CAPTIVES);

/**
 * A sentence whose only exchange is of markets and money ("Currency exchange: the hryvnia traded at 41 for 1",
 * "the exchange rate stood at 40 for 1"): its counts are a price, not a swap of people.
 */
function tradesMoney(tokens: Token[]): boolean {
  let market = false;
  for (let j = 0; j < tokens.length; j++) {
    if (CAPTIVE_WORDS.has(tokens[j].lower)) return false;
    if (EXCHANGE_NOUNS.has(tokens[j].lower) && (MARKET_BEFORE.has(tokens[j - 1]?.lower ?? '') || MARKET_AFTER.has(tokens[j + 1]?.lower ?? ''))) market = true;
  }
  return market;
}

/** People counted on each side of a swap: "1,000 Ukrainians for 1,000 Russians", "390 soldiers for 390". */
const PEOPLE_TRADED = new Set([...CAPTIVES, 'ukrainians', 'russians', 'people', 'civilians', 'soldiers', 'defenders', 'pows', 'men']);

/**
 * A count on each side of the head, quotes aside ("1000 for 1000", '"246 for 246"'), the first count's people
 * between it and the head or not: "1,000 Ukrainians for 1,000 Russians", "175 prisoners for 175".
 */
function countsTradedAround(tokens: Token[], head: number): boolean {
  if (!isCount(tokens[head + 1])) return false;
  let before = head - 1;
  if (tokens[before]?.lower === '"' || tokens[before]?.lower === '“') before--;
  if (isCount(tokens[before])) return true;
  return PEOPLE_TRADED.has(tokens[before]?.lower ?? '') && isCount(tokens[before - 1]);
}

/** Whether counts traded stand right before the head, a "prisoner" or "POW" aside: "the 175-for-175 (prisoner) exchange". */
function countsTradedBefore(tokens: Token[], head: number): boolean {
  let end = head;
  if (/^(?:prisoner|prisoners|pow|pows|prisoner-of-war)$/.test(tokens[end - 1]?.lower ?? '')) end--;
  const words = tokens.slice(Math.max(0, end - 4), end).map((t) => t.lower).join(' ').replace(/ ?, ?/g, ',');
  return COUNTS_TRADED.test(words);
}

/**
 * Whether both sides stand as one plural of participants a few words before the head: "the two presidents had talked",
 * "the two leaders spoke" ("both leaders spoke", "two ministers spoke at the forum": each of them spoke, to others).
 */
function bothSidesBefore(tokens: Token[], head: number): boolean {
  for (let j = Math.max(1, head - 5); j < head - 1; j++) {
    if (tokens[j].lower === 'two' && tokens[j - 1].lower === 'the' && PARTICIPANTS.has(tokens[j + 1].lemma) && tokens[j + 1].lower.endsWith('s')) return true;
  }
  return false;
}

/** Whether the words before the passive's auxiliary (and an adverb: "was warmly received") end a person's name, or are "he" or "she". */
function personSubjectOfPassive(tokens: Token[], head: number, personStarts: ReadonlySet<number>): boolean {
  let j = head - 1;
  if (tokens[j]?.lower.endsWith('ly')) j--;
  if (!PASSIVE_AUXILIARIES.has(tokens[j]?.lower ?? '') && tokens[j]?.lower !== 'been') return false;
  j--;
  if (tokens[j]?.lower === 'had' || tokens[j]?.lower === 'has' || tokens[j]?.lower === 'have') j--;
  if (tokens[j]?.lower === 'he' || tokens[j]?.lower === 'she') return true;
  for (let k = j; k >= Math.max(0, j - 3) && tokens[k].capitalized; k--) if (personStarts.has(tokens[k].start)) return true;
  return false;
}

/** Whether the head's clause (from the sentence start or the last semicolon) opens "In <place>," a few words before it. */
function placeFrontsClause(tokens: Token[], head: number, placeStarts: PlaceStarts, reach = 8): boolean {
  let start = head;
  while (start > 0 && tokens[start - 1].lower !== ';') start--;
  if (tokens[start]?.lower !== 'in' || !tokens[start + 1] || !placeStarts.has(tokens[start + 1].start)) return false;
  for (let j = start + 2; j < Math.min(head, start + 6); j++) if (tokens[j].lower === ',') return head - j <= reach;
  return false;
}

/** How far a passive verb may stand from the place its clause is set in: "In Odesa, an office building and several houses were damaged". */
const SET_CLAUSE_REACH = 14;

/**
 * The clause of the head is set in a place: it opens with "In Odesa," or it is a "where" clause right after the place
 * ("in Kyiv, where a warehouse was hit", "and in Kryvyi Rih, where officials said a school was damaged").
 */
function placeSetsClause(tokens: Token[], head: number, placeStarts: PlaceStarts): boolean {
  let j = head - 1;
  while (j >= 0 && head - j <= SET_CLAUSE_REACH && tokens[j].lower !== ';' && tokens[j].lower !== 'where') j--;
  if (j < 0 || head - j > SET_CLAUSE_REACH || tokens[j].lower === ';') return placeFrontsClause(tokens, head, placeStarts, SET_CLAUSE_REACH);
  // "where": a place right before its comma, its name read back over capitalised words
  if (tokens[j - 1]?.lower !== ',') return false;
  for (let k = j - 2; k >= 0 && k >= j - 4 && tokens[k].capitalized; k--) if (placeStarts.has(tokens[k].start)) return true;
  return false;
}

/** Words that end a clause read backwards from its verb: what stands beyond them is no subject of the verb. */
const CLAUSE_BEFORE = new Set([';', ':', '—', '–', 'and', 'but', 'while', 'when', 'because', 'that', 'which', 'where']);
const SUBJECT_REACH = 10;

/** A place among the few words before the head, in its clause: "Avdiivka, the last fortress of the Donbas, fell to". */
function placeEarlierInClause(tokens: Token[], head: number, placeStarts: PlaceStarts): boolean {
  for (let j = head - 1; j >= Math.max(0, head - SUBJECT_REACH) && !CLAUSE_BEFORE.has(tokens[j].lower); j--) if (placeStarts.has(tokens[j].start)) return true;
  return false;
}

/** Auxiliaries and adverbs between a subject and its verb: "Chasiv Yar has finally fallen", "Odesa was also hit". */
const BETWEEN_SUBJECT_AND_VERB = new Set(['has', 'had', 'have', 'is', 'are', 'was', 'were', 'been', 'also', 'again', 'finally', 'eventually', 'effectively', 'now', 'already', 'reportedly']);

/** A place in the capitalised words right before the head, across auxiliaries. */
function placeIsSubject(tokens: Token[], head: number, placeStarts: PlaceStarts): boolean {
  let j = head - 1;
  while (j >= 0 && head - j <= 3 && BETWEEN_SUBJECT_AND_VERB.has(tokens[j].lower)) j--;
  // "the town fell", "the city was struck": a place named before, told again by its kind
  if (j > 0 && (tokens[j].lower === 'city' || tokens[j].lower === 'town') && tokens[j - 1].lower === 'the' && placeStarts.has(tokens[j].start)) return true;
  for (const stop = j - 3; j >= 0 && j > stop && tokens[j].capitalized; j--) {
    if (placeStarts.has(tokens[j].start)) return true;
  }
  return false;
}

/** Words that may stand between a setting's preposition and its noun: "in a brief telephone call". */
const SETTING_WORDS = new Set(['a', 'an', 'the', 'their', 'his', 'her', 'its', 'this', 'that', 'phone', 'telephone', 'video', 'brief', 'long', 'lengthy', 'separate', 'later', 'recent', 'first', 'second', 'third', 'another', 'new', 'fresh', 'follow-up', 'latest', ...CALL_QUALITIES]);

/** A possessive that determines the noun as an article would: "in Tuesday's call", "during the leaders' conversation". */
const POSSESSIVE = /\p{L}(?:['’]s|s['’])$/u;

/** The index of the preposition when the trigger is the noun of its phrase ("in a telephone call"), else -1. */
export function settingOf(tokens: Token[], head: number, prepositions: ReadonlySet<string>): number {
  for (let j = head - 1; j >= Math.max(0, head - 4); j--) {
    if (prepositions.has(tokens[j].lower)) return j;
    if (!SETTING_WORDS.has(tokens[j].lower) && !LENGTH_MODIFIER.test(tokens[j].lower) && !POSSESSIVE.test(tokens[j].text)) return -1;
  }
  return -1;
}

/** Words a time frame opens with: "during the truce", "throughout the ceasefire". */
const FRAME_PREPOSITIONS = new Set(['during', 'throughout', 'amid', 'despite']);
/** Nouns that take a part of a frame: "on either day of the ceasefire", "in the first hours of the truce". */
const FRAME_PARTS = new Set(['day', 'days', 'hour', 'hours', 'night', 'nights', 'eve']);

/** Whether the trigger is the noun of a time frame for something else told in its sentence. */
export function isTimeFrame(tokens: Token[], head: number): boolean {
  for (let j = head - 1; j >= Math.max(0, head - 5); j--) {
    const word = tokens[j].lower;
    if (FRAME_PREPOSITIONS.has(word)) return true;
    if (word === 'of') return FRAME_PARTS.has(tokens[j - 1]?.lower ?? '');
    if (!DETERMINER_SET.has(word) && !LENGTH_MODIFIER.test(word) && !MODIFIER.test(word) && !/^\d+-day$/.test(word)) return false;
  }
  return false;
}

/** Nouns of attack that name a missile or drone wave when the sentence names such weapons. */
const AERIAL_ASSAULT_WORDS = registerLemmas(['assault', 'offensive', 'attack']);

const STRIKE_TYPES = new Set<EventType>(['drone_strike', 'missile_strike', 'air_strike', 'shelling']);
/** Nouns of a weapon that a participle may name the kind of: "a guided bomb", "an unguided rocket", "a modified drone". */
const WEAPON_KINDS = new Set(['bomb', 'missile', 'rocket', 'drone', 'shell', 'munition', 'projectile']);

/** The token offsets where a place starts: only asked, so that the caller may find its places on the first question. */
export type PlaceStarts = Pick<ReadonlySet<number>, 'has'>;

export interface TriggerMatch {
  rule: TriggerRule;
  head: number; // token index
}

/** Whether a token is the head word of some rule: a sentence with none has no trigger, whatever its places and actors. */
export function mayHoldTrigger(tokens: Token[]): boolean {
  return tokens.some((t) => rulesHeadedBy(t) !== null);
}

/**
 * The rules a token's word heads (null: none), looked up by lemma and form once per written word and kept with the
 * word's reading: the sentence's test (mayHoldTrigger) and matchTriggers asked RULES_BY_HEAD for every token, two or
 * three hash lookups of each word, where the reading is already the token's.
 */
function rulesHeadedBy(token: Token): HeadedRules | null {
  const reading = token.reading;
  if (reading.headed === undefined) {
    const byLemma = RULES_BY_HEAD.get(token.lemma);
    const byForm = token.lower === token.lemma ? undefined : RULES_BY_HEAD.get(token.lower);
    reading.headed = byLemma && byForm ? [...new Set([...byLemma, ...byForm])] : (byLemma ?? byForm ?? null);
  }
  return reading.headed;
}

/** Words of a title before a name: "with Russian Foreign Minister Sergey Lavrov", "met the Prime Minister of Poland". */
const TITLE_WORDS = new Set(['the', 'of', 'foreign', 'prime', 'deputy', 'vice', 'defence', 'defense', 'state', 'special', 'chief', 'first', 'former', 'acting', 'general', 'secretary', 'top']);

/**
 * The other side of a meeting or call after its head: an actor or a participant noun within four
 * words, or further on across the words of a title ("spoke today with Russian Foreign Minister Sergey Lavrov").
 */
function otherSideFollows(tokens: Token[], head: number, actorStarts: ReadonlySet<number>): boolean {
  for (let j = head + 1; j < Math.min(tokens.length, head + 10); j++) {
    const t = tokens[j];
    if (actorStarts.has(t.start) || PARTICIPANTS.has(t.lemma)) return true;
    if (j > head + 4 && !t.capitalized && !TITLE_WORDS.has(t.lower)) return false;
  }
  return false;
}

const ATTRIBUTIVE_BEFORE = new Set(['the', 'a', 'an', 'these', 'those']);

/**
 * Words naming a sport before a meeting: "the Diamond League meeting", "an athletics meeting", "the indoor meet", "a race
 * meeting". A meeting of sport is a competition, not a meeting between parties (the noun's other sense in news).
 */
const SPORTING = new Set([
  'diamond', 'athletics', 'athletic', 'indoor', 'outdoor', 'race', 'racing', 'swimming', 'gymnastics', 'olympic', 'paralympic', 'championship',
  'championships', 'tournament', 'prix', 'sports', 'sporting', 'diving', 'equestrian', 'rowing', 'cycling', 'track-and-field',
]);
/** How many words before a meeting noun a word of sport is looked for: "the Diamond League indoor meeting". */
const SPORTING_REACH = 3;

/** A meeting put on camera: "a televised meeting", "a Kremlin meeting shown on state television", "broadcast live". */
const TELEVISED = /\b(?:televised|broadcast|shown (?:live )?on (?:state )?(?:television|TV))\b/i;
/** A leader's own chiefs: "the chief of the General Staff", "its defence minister and commanders", "security officials". */
const OWN_CHIEFS = /\b(?:chief of (?:the )?general staff|defen[cs]e minister|(?:military|army) (?:chiefs|commanders)|commanders|generals|security officials)\b/i;

/**
 * "Putin told the chief of the General Staff at a Kremlin meeting shown on state television", "Russia announced it in a
 * televised meeting of its defence minister and commanders": a leader's meeting with his own chiefs on camera is the stage
 * of an order or an announcement, not talks between parties (a televised meeting of two leaders names no chiefs).
 */
function stagedMeetingWithChiefs(text: string | undefined, token: Token): boolean {
  return token.lower === 'meeting' && text !== undefined && TELEVISED.test(text) && OWN_CHIEFS.test(text);
}

/** "at the Diamond League meeting in Paris", "an athletics meet in Rome": the noun "meeting" or "meet" in its sporting sense. */
function sportingMeeting(tokens: Token[], head: number): boolean {
  if (!/^meet(?:ing|ings)?$/.test(tokens[head].lower) || tokens[head + 1]?.lower === 'with') return false;
  for (let j = head - 1; j >= 0 && head - j <= SPORTING_REACH; j--) {
    if (SPORTING.has(tokens[j].lower)) return true;
    if (!/^[\p{L}-]+$/u.test(tokens[j].text)) return false;
  }
  return false;
}
const PASSIVE_AUXILIARIES = new Set(['been', 'was', 'were', 'is', 'are', 'being']);

/** Whether the verb the head's rule needs after it comes in the passive, right after an auxiliary ("had been hit"). */
function patientOfPassive(tokens: Token[], head: number, window: number, groups: Set<string>[]): boolean {
  for (let j = head + 2; j <= Math.min(tokens.length - 1, head + window); j++) {
    // ("talks were under way": a preposition after the auxiliary is no participle)
    if (PASSIVE_AUXILIARIES.has(tokens[j - 1].lower) && tokens[j].lower !== 'under' && groups.some((group) => hasWordOf(group)(tokens[j]))) return true;
  }
  return false;
}

/** A test for a token whose lemma or form is in the group (module level: matchTriggers runs it per rule and token). */
const hasWordOf = (group: ReadonlySet<string>) => (t: Token) => group.has(t.lemma) || group.has(t.lower);

/** People one side takes from the other: what makes a capture the taking of prisoners. */
const TAKEN_PEOPLE = new Set([
  'soldier', 'soldiers', 'serviceman', 'servicemen', 'troops', 'prisoners', 'fighters', 'men', 'civilians', 'pilots', 'mercenaries', 'marines',
  'officers', 'commanders', 'people', 'defenders', 'conscripts', 'hostages', 'crew', 'sailors', 'them',
]);
const PLACE_PREPOSITIONS = new Set(['in', 'near', 'at', 'on', 'during', 'by', 'while', 'around', 'outside']);

/**
 * "captured 115 Russian soldiers" (people after the verb, past a count and adjectives), "soldiers captured in the
 * Kursk region", "most of them captured near Bakhmut" (a participle after people, then where): prisoners were
 * taken, not ground ("troops captured Avdiivka" has a place after it).
 */
function takesPeople(tokens: Token[], head: number): boolean {
  for (let j = head + 1; j < Math.min(tokens.length, head + 5); j++) {
    if (TAKEN_PEOPLE.has(tokens[j].lower)) return true;
    if (!/^(?:\d[\d,]*|[a-z-]+|[A-Z][a-z]+)$/.test(tokens[j].text) || PLACE_PREPOSITIONS.has(tokens[j].lower) || tokens[j].lower === 'the') break;
  }
  const participle = tokens[head].lower.endsWith('ed') && PLACE_PREPOSITIONS.has(tokens[head + 1]?.lower ?? '');
  return participle && tokens.slice(Math.max(0, head - 3), head).some((t) => TAKEN_PEOPLE.has(t.lower));
}

// The window tests below read tokens[from, to) in place, bounds clamped as slice() clamps them: matchTriggers runs
// them for every rule of every head word, where a sliced copy and a closure per test were garbage to collect.

/** Words that open another clause: what follows them is not the head's object ("halted after drones hit"). */
const CLAUSE_OPENING = new Set([',', ';', ':', '—', '–', '(', 'after', 'before', 'when', 'while', 'as', 'because', 'since', 'until', 'once']);

/**
 * Plural kinds of place a sentence may name unknown places by ("the Olenya and Belaya air bases", places.ts), one word
 * each; their colon or dash announces the list of them: "struck bombers at four air bases: Olenya, ...".
 */
export const PLURAL_SITE_KINDS = ['airbases', 'bases', 'airfields', 'airports', 'towns', 'villages', 'settlements', 'cities'];
const LISTED_KINDS = new Set(PLURAL_SITE_KINDS);
const LIST_OPENING = new Set([':', '—', '–']);

/**
 * Where the head's clause ends within tokens[from, to): the first clause opening, or `to` (a colon or dash after a plural
 * kind of site opens the list of them, still the clause's object).
 */
function clauseEndIn(tokens: Token[], from: number, to: number): number {
  for (let j = from, end = Math.min(to, tokens.length); j < end; j++) {
    if (CLAUSE_OPENING.has(tokens[j].lower) && !(LIST_OPENING.has(tokens[j].lower) && LISTED_KINDS.has(tokens[j - 1]?.lower ?? ''))) return j;
  }
  return to;
}

/**
 * Whether the first verb of `group` after a weapon at `head` (before `end`) is denied by "not", "n't" or "never" right
 * before it ("did not hit", "didn't strike", "never reached", "had not yet hit"); "not only hit" adds, it denies nothing.
 */
function weaponVerbDenied(tokens: Token[], head: number, end: number, group: ReadonlySet<string>): boolean {
  for (let j = head + 1, last = Math.min(end, tokens.length); j < last; j++) {
    if (!group.has(tokens[j].lemma) && !group.has(tokens[j].lower)) continue;
    // (next to the verb or one adverb away: "had not yet hit"; "drones, which were not seen on radar, hit" denies the seeing)
    for (let k = j - 1; k > head && k >= j - 2; k--) {
      const word = tokens[k].lower;
      if ((word === 'not' || word === 'never' || word.endsWith("n't")) && tokens[k + 1]?.lower !== 'only') return true;
    }
    return false;
  }
  return false;
}

/** Prepositions that open an aside set off by commas right after a verb: "signed, in Istanbul, the deal", "approved, after months of delay, a package". */
const ASIDE_OPENERS = new Set(['in', 'at', 'on', 'with', 'after', 'together', 'alongside', 'along', 'under', 'during', 'before', 'without', 'through', 'via', 'by']);

/** The closing comma of an aside opened by a preposition right after the head ("signed, in separate documents with Turkey, an ..."), or -1. */
function asideClosing(tokens: Token[], head: number): number {
  if (tokens[head + 1]?.lower !== ',' || !ASIDE_OPENERS.has(tokens[head + 2]?.lower ?? '')) return -1;
  for (let j = head + 3, end = Math.min(tokens.length, head + 16); j < end; j++) {
    const t = tokens[j].lower;
    if (t === ',') return j;
    if (t === ';' || t === '.' || t === ':' || t === '—' || t === '–') return -1;
  }
  return -1;
}

/** Whether a token of tokens[from, to) has its lemma or form in the group. */
function wordOfIn(tokens: Token[], from: number, to: number, group: ReadonlySet<string>): boolean {
  for (let j = Math.max(0, from), end = Math.min(to, tokens.length); j < end; j++) if (group.has(tokens[j].lemma) || group.has(tokens[j].lower)) return true;
  return false;
}

/** What one withdraws from that is no ground: accords, talks, bodies and undertakings. */
const ACCORDS_AND_BODIES = new Set([
  'agreement', 'agreements', 'deal', 'deals', 'treaty', 'treaties', 'accord', 'accords', 'pact', 'initiative', 'arrangement', 'memorandum', 'convention',
  'talks', 'negotiations', 'process', 'format', 'council', 'organisation', 'organization', 'alliance', 'commission', 'committee', 'court', 'assembly',
  'race', 'election', 'contest', 'service', 'market', 'markets', 'programme', 'program', 'project', 'commitment', 'commitments', 'obligations', 'demands', 'them', 'it',
]);
/** Words that end the phrase after "from": another phrase or clause begins. */
const PHRASE_END = new Set([',', ';', ':', '.', '—', '–', '(', 'and', 'or', 'but', 'after', 'before', 'under', 'in', 'on', 'at', 'to', 'by', 'with', 'as', 'for', 'of', 'which', 'that', 'when', 'while', 'amid']);

/**
 * "Russia's withdrawal from the agreement that allowed grain ships to sail", "withdrew from the Black Sea Grain
 * Initiative", "would not retreat from them": what is left is an accord, a forum or a position, not ground.
 */
function leavesAnAccord(tokens: Token[], head: number): boolean {
  const from = tokens.findIndex((t, k) => k > head && k <= head + 3 && t.lower === 'from');
  if (from < 0) return false;
  for (let j = from + 1; j < Math.min(tokens.length, from + 8) && !PHRASE_END.has(tokens[j].lower); j++) if (ACCORDS_AND_BODIES.has(tokens[j].lower)) return true;
  return false;
}

/** How many tokens of tokens[from, to) start where a mention starts (stopping once `enough` are counted). */
function startsIn(tokens: Token[], from: number, to: number, starts: PlaceStarts, enough = 1): number {
  let count = 0;
  for (let j = Math.max(0, from), end = Math.min(to, tokens.length); j < end && count < enough; j++) if (starts.has(tokens[j].start)) count++;
  return count;
}

/** A line of a pipe-separated log: its first field holds a date or a number ("2025-03-13 | Sudzha | capture | ..."). */
const LOG_LINE = /^[^|]*\d[^|]*\|/;
/**
 * A line of a log whose fields are set apart by middle dots, its first field a date or a number, with two dots at least:
 * "13.04.25 · Sumy · MSL ×2 · code: missile_strike", "#2514 · 04.04 · Kryvyi Rih · MSL" (a masthead's "FACT CHECK · Ukraine ·
 * Reading time 3 min" has no figure before its first dot).
 */
export const DOT_LOG_LINE = /^[^·\n]*\d[^·\n]*\s·\s[^\n]*\s·\s/;
/**
 * What may stand before the kind in its field: one or two lower-case modifiers ("technical talks", "prisoner exchange"), after
 * the desk's own key word for the field ("code: missile_strike", "Code: territorial capture"); a type id's underscore joins them.
 */
const FIELD_BEFORE = /^\s*(?:[Cc]ode:\s*)?(?:[a-z]+[\s_-]+){0,2}$/;
/**
 * What may follow it, the noun that ends the field: a bracketed side or source ("(RU claim)", "(US - RU)"), or the rest of a
 * type id ("missile_strike", "drone_strike").
 */
const FIELD_AFTER = /^(?:_[a-z]+)?\s*(?:\([^()|·]{0,40}\))?\s*$/;

/**
 * Whether the token is the kind of event a log line's own field names: "2025-03-18 | phone | Trump - Putin", "| capture
 * (RU claim) |", "| technical talks |", "· Sumy · MSL · code: missile_strike" (a field of its own, a few words at most: "| RU
 * MoD announces Sudzha retaken |" is a note, not a label). A dotted line's last field ends with the line.
 */
function typeField(text: string, token: Token): boolean {
  const separator = logSeparator(text);
  if (!separator) return false;
  const open = text.lastIndexOf(separator, token.start);
  if (open < 0) return false;
  let close = text.indexOf(separator, token.end);
  if (close < 0 && separator === '·') close = lineEnd(text, token.end);
  if (close < 0) return false;
  return FIELD_BEFORE.test(text.slice(open + 1, token.start)) && FIELD_AFTER.test(text.slice(token.end, close));
}

/** The separator of a log line's fields, '|' or '·', when the text is such a line. */
export function logSeparator(text: string): '|' | '·' | undefined {
  return LOG_LINE.test(text) ? '|' : DOT_LOG_LINE.test(text) ? '·' : undefined;
}

/** Where the line holding `from` ends: its newline, or the text's end. */
export function lineEnd(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end < 0 ? text.length : end;
}

/**
 * A word that opens a day: "the call on Friday afternoon lasted an hour", "after the call on 15 May" date the call (the
 * "on" of an appeal is followed by whom it calls on: "a call on Moscow to withdraw").
 */
const DAY_OPENER = new RegExp(String.raw`^(?:${WEEKDAYS.join('|')}|jan(?:uary)?|feb(?:ruary)?|march|april|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|\d{1,2}(?:st|nd|rd|th)?)$`, 'u');
function namesADay(token: Token | undefined): boolean {
  return !!token && DAY_OPENER.test(token.lower);
}

export function matchTriggers(
  tokens: Token[],
  actorStarts: ReadonlySet<number>,
  placeStarts: PlaceStarts,
  personStarts: ReadonlySet<number> = new Set(),
  /** The sentence the tokens were read from: a log line's type fields are read in it. */
  text?: string,
): TriggerMatch[] {
  // a speech, a hearing or an interview tells its speaker's own events in the first person: "Yesterday I hosted
  // leaders", "I called Putin on Monday" ("I" is a person, as a name would be)
  const speaker = mapped(kept(tokens, (t) => t.text === 'I'), (t) => t.start);
  if (speaker.length) {
    actorStarts = new Set([...actorStarts, ...speaker]);
    personStarts = new Set([...personStarts, ...speaker]);
  }
  const matches: TriggerMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const candidates = rulesHeadedBy(token);
    if (!candidates) continue;
    const next = tokens[i + 1]?.lower;
    const previous = tokens[i - 1]?.lower ?? '';
    for (const { rule, groups, before, notNext, notFollowedBy, notPrecededBy, prev, notPrev, context, setting } of candidates) {
      if (notNext && next && notNext.has(next) && !(next === 'on' && namesADay(tokens[i + 2]))) continue;
      if (notFollowedBy && wordOfIn(tokens, i + 1, i + 1 + (rule.notFollowedWithin ?? 3), notFollowedBy)) continue;
      if (notPrev && notPrev.has(previous)) continue;
      if (notPrecededBy && wordOfIn(tokens, i - 4, i, notPrecededBy)) continue;
      if (rule.notForms?.includes(token.lower)) continue;
      // (before the sentence-wide context test: "for" is the commonest head word)
      if (rule.countsAround && (!countsTradedAround(tokens, i) || tradesMoney(tokens))) continue;
      if (rule.notOfPeople && takesPeople(tokens, i)) continue;
      if (rule.leavesGround && leavesAnAccord(tokens, i)) continue;
      // "the released prisoners", "a shelled school": a participle after an article describes a noun told elsewhere
      // ("a guided bomb", "an unguided rocket": one naming the kind of weapon is the weapon's own name)
      if (!prev && ATTRIBUTIVE_BEFORE.has(previous) && token.lower.endsWith('ed') && !(STRIKE_TYPES.has(rule.type) && WEAPON_KINDS.has(tokens[i + 1]?.lemma ?? ''))) continue;
      if (rule.type === 'meeting' && (sportingMeeting(tokens, i) || stagedMeetingWithChiefs(text, token))) continue;
      if (rule.label && !/^\p{Lu}{3,}$/u.test(token.text) && !(text !== undefined && typeField(text, token))) continue;
      if (setting && settingOf(tokens, i, setting) < 0) continue;
      if (prev && !prev.has(previous) && !possessiveBefore(tokens, i, prev) && !determinedAcrossModifiers(tokens, i, prev) && !quotedAfter(tokens, i, prev)) continue;
      if (context && !wordOfIn(tokens, 0, tokens.length, context)) continue;
      if (groups.length) {
        const window = rule.window ?? 0;
        // "struck by glide bombs" puts the weapon after the verb and still makes it the attacker
        const passive = tokens.slice(Math.max(0, i - 3), i).some((t) => t.lower === 'by');
        const readsBefore = !rule.withAfter || passive;
        const instrumentOfVerb = rule.instrument && instrumentVerbBefore(tokens, i, (t) => groups.every((group) => hasWordOf(group)(t)));
        const afterEnd = rule.withInClause ? clauseEndIn(tokens, i + 1, i + window + 1) : i + window + 1;
        // "signed, in separate documents with Turkey, an arrangement": the words after an aside set off right after the head
        // are read as if it were not there
        const aside = window ? asideClosing(tokens, i) : -1;
        if (
          !instrumentOfVerb &&
          !groups.every((group) => (readsBefore && wordOfIn(tokens, i - window, i, group)) || wordOfIn(tokens, i + 1, afterEnd, group) || (aside > 0 && wordOfIn(tokens, aside + 1, aside + 1 + window, group)))
        )
          continue;
        if (rule.with?.includes(AID_OBJECTS) && !aidIn(tokens, readsBefore ? i - window : i + 1, afterEnd, i)) continue;
        // "41 aircraft had been hit": the noun before a passive verb is what was struck, not what struck
        if (rule.withAfter && !passive && patientOfPassive(tokens, i, window, groups)) continue;
        // "Drones did not hit Lviv", "the missiles never reached Kyiv": the weapon's own verb is denied (the mood read
        // before the weapon does not reach it)
        if (rule.instrument && !instrumentOfVerb && !passive && weaponVerbDenied(tokens, i, afterEnd, groups[0])) continue;
      }
      if (before.length && !before.every((group) => wordOfIn(tokens, i - (rule.beforeWithin ?? 6), i, group))) continue;
      // a meeting needs its other side: an actor or a place after it, or both sides before it
      // ("the two delegations met" names both sides in one plural)
      if (
        rule.needsActorAfter &&
        !tokens.slice(Math.max(0, i - 2), i).some((t) => PARTICIPANTS.has(t.lemma) && /s$/.test(t.lower)) &&
        !otherSideFollows(tokens, i, actorStarts) &&
        !startsIn(tokens, i + 1, i + 4, placeStarts) &&
        startsIn(tokens, i - 12, i, actorStarts, 2) < 2
      ) {
        continue;
      }
      if (rule.actorObject && !actorIsObject(tokens, i, actorStarts)) continue;
      if (rule.type === 'armed_clash' && personalClash(tokens, i, personStarts)) continue;
      if (rule.personAfter && !startsIn(tokens, i + 1, i + 6, personStarts)) continue;
      if (rule.toPerson && !(next === 'to' && nameFollows(tokens, i + 2, personStarts))) continue;
      if (rule.closesQuote && !CLOSING_QUOTES.has(next ?? '')) continue;
      if (rule.partnerAfterTime && !partnerAfterTime(tokens, i, actorStarts)) continue;
      if (rule.fromPerson && !(next === 'from' && callerFollows(tokens, i + 2, personStarts))) continue;
      if (rule.personObject && !nameFollows(tokens, i + 1, personStarts)) continue;
      if (rule.leaderSubject && !leaderIsSubject(tokens, i, personStarts)) continue;
      if (rule.guestObject && !guestFollows(tokens, i + 1, personStarts)) continue;
      if (rule.guestSubject && !personSubjectOfPassive(tokens, i, personStarts)) continue;
      if (rule.placeWithin && !startsIn(tokens, i + 1, clauseEndIn(tokens, i + 2, i + 1 + rule.placeWithin), placeStarts)) continue;
      if (rule.countsBefore && !countsTradedBefore(tokens, i)) continue;
      if (rule.pairBefore && !namePairBefore(tokens, i)) continue;
      if (rule.pairAfter && !NAME_PAIR.test(tokens[i + 1]?.text ?? '') && !(text !== undefined && spacedPairAt(text, tokens, i + 1, actorStarts))) continue;
      if (rule.placeBefore && !startsIn(tokens, i - 2, i, placeStarts)) continue;
      if (rule.actorsBefore && startsIn(tokens, i - 12, i, actorStarts, rule.actorsBefore) < rule.actorsBefore && !(rule.actorsBefore === 2 && bothSidesBefore(tokens, i))) continue;
      if (rule.personBefore && !startsIn(tokens, i - 30, i, personStarts)) continue;
      if (rule.placeSubject && !placeIsSubject(tokens, i, placeStarts)) continue;
      if (rule.placeNext && !placeFollows(tokens, i, placeStarts)) continue;
      if (rule.placeFallen && !placeFollows(tokens, i, placeStarts) && !placeEarlierInClause(tokens, i, placeStarts)) continue;
      if (rule.placeFronted && !placeFrontsClause(tokens, i, placeStarts)) continue;
      if (rule.placeSetsClause && !placeSetsClause(tokens, i, placeStarts)) continue;
      if (rule.targetNext && !placeFollows(tokens, i, placeStarts) && !namedFacilityFollows(tokens, i)) continue;
      matches.push({ rule: rule.frameIsRemention && isTimeFrame(tokens, i) ? { ...rule, remention: true } : rule, head: i });
    }
  }
  // "Britain announced its own package on Monday, designating 100 vessels": the package is the sanctions the sentence tells
  const sanctionsPackage = matches.some((m) => m.rule.type === 'sanctions') && !namesAidItself(tokens);
  const weapons = matches.filter((m) => !m.rule.weaponFromContext && STRIKE_TYPES.has(m.rule.type));
  const namesWeapon = weapons.length > 0;
  // "two soldiers were killed in fighting in Bakhmut" is told by the fighting
  const namesOtherEvent = matches.some((m) => !STRIKE_TYPES.has(m.rule.type) && m.rule.type !== 'statement');
  return matches.filter(
    (m) =>
      !(m.rule.yieldsToSameType && matches.some((other) => other.head !== m.head && !other.rule.yieldsToSameType && other.rule.type === m.rule.type && !afterOrBefore(tokens, other.head))) &&
      !(sanctionsPackage && m.rule.type === 'aid_decision') &&
      (!m.rule.onlyWhenNothingFollows ||
        !matches.some((other) => other.head > m.head && other.rule.type !== 'statement' && other.rule.type !== m.rule.type && !other.rule.besideAgreeing)) &&
      !(m.rule.framesSettled && matches.some((other) => other.rule.type === 'prisoner_exchange' || other.rule.type === 'ceasefire')) &&
      // "Kharkiv was struck by glide bombs" names its weapon
      !(m.rule.weaponFromContext && (weapons.some((w) => sameClause(tokens, w.head, m.head)) || (namesOtherEvent && !m.rule.ownAct))) &&
      // "attacked the grid with missiles and drones in one of the heaviest assaults of the war": the assault is that strike
      !(namesWeapon && m.rule.type === 'armed_clash' && AERIAL_ASSAULT_WORDS.has(tokens[m.head].lemma)),
  );
}

/**
 * A trigger told as what came before or after another act: "came to Downing Street on Saturday, before meeting the King on
 * Sunday", "flew to Paris after talks with Putin" — another event, that a journey does not yield to (it yields to the
 * talks it is for: "flew to Washington on Sunday for Monday's talks").
 */
function afterOrBefore(tokens: Token[], head: number): boolean {
  return tokens[head - 1]?.lower === 'before' || tokens[head - 1]?.lower === 'after';
}

/** "... were fired at Ukraine; two people were killed in Odesa": a weapon told in another clause leaves the toll its own. */
function sameClause(tokens: Token[], a: number, b: number): boolean {
  const from = Math.min(a, b);
  return !tokens.slice(from, Math.max(a, b)).some((t, k) => t.lower === ';' || (t.lower === ',' && /^(?:and|while|but|whereas)$/.test(tokens[from + k + 1]?.lower ?? '')));
}
