/**
 * Recall families: ways of telling an event that the extractor used to miss, one table per
 * phenomenon with cases that must hold and cases that must not (written for these tests in our own
 * words, not copied from any corpus).
 */
import t from 'tap';
import { extractArticle } from '../../../src/extract/index.js';
import { events, PUBLISHED, table } from './families.js';
import { tokenize } from '../../../src/extract/events/lexicon.js';
import { modalityAt } from '../../../src/extract/events/modality.js';

const typeAt = (type: string) => (got: string[]) => got.filter((line) => line.startsWith(type));

table('a strike landing on a building in a sentence without a place is placed by the sentence before or the headline', [
  [
    'Rescuers worked through the night in Zaporizhzhia. On Thursday a Russian missile hit a school, wounding six.',
    ['missile_strike 2025-06-12 Zaporizhzhia'],
    [],
  ],
  [
    '09:10 GMT — Officials say a Shahed drone struck the apartment block, killing two residents.',
    ['drone_strike 2025-06-14 Kharkiv'],
    [],
    'Live: drone attack on Kharkiv',
  ],
  // a named building is inside the place told around it
  [
    'Crowds gathered in Sumy on Friday. On Friday two guided bombs hit the Rainbow shopping centre.',
    ['air_strike 2025-06-13 Sumy'],
    [],
  ],
  // the sentence before names two cities: which one was hit is not told
  [
    'Sirens sounded in Kharkiv and Poltava. On Friday a missile hit an apartment block.',
    [],
    ['missile_strike 2025-06-13 Kharkiv', 'missile_strike 2025-06-13 Poltava'],
  ],
  // a weapon told landing where it went off: "exploded over", "fell on", "landed near"
  ['Crowds gathered in Vinnytsia on Friday. On Friday a cruise missile exploded over a car park near the concert hall.', ['missile_strike 2025-06-13 Vinnytsia'], []],
  ['Sirens sounded in Lutsk after midnight. On Friday a drone fell on a block of flats, starting a fire.', ['drone_strike 2025-06-13 Lutsk'], []],
  ['Families were queuing for water in Kherson. On Thursday a missile landed near the queue, wounding four.', ['missile_strike 2025-06-12 Kherson'], []],
  ['Sirens sounded in Kharkiv and Poltava. On Friday a missile exploded near a bus stop.', [], ['missile_strike 2025-06-13 Kharkiv', 'missile_strike 2025-06-13 Poltava']],
  // an institution struck in its own building lies in the place told around it, as a named school or theatre does
  ['Crowds gathered in Dnipro on Friday. On Friday two missiles hit the State Medical Academy, wounding eleven.', ['missile_strike 2025-06-13 Dnipro'], []],
  ['Drones struck Odesa overnight into Friday.\n\nKHERSON. The toll from Thursday\'s strike on the Agrarian University has risen to six, the governor said.', ['drone_strike 2025-06-12 Kherson'], []],
  // a named target that is no building is a place of its own, not the one told before
  ['Crowds gathered in Dnipro on Friday. On Friday two missiles hit the Kakhovka Reservoir.', [], ['missile_strike 2025-06-13 Dnipro']],
  // a launch or a count lands nowhere in particular: no city for it from the headline
  ['Russia fired 80 missiles and 60 drones at Ukraine overnight, the air force said.', [], ['missile_strike 2025-06-14 Lviv'], 'Lviv shelters fill as sirens sound'],
  // a named target that is no building may be a place the gazetteer lacks
  [
    'Officials met in Kherson on Friday. On Friday a drone hit the Antonivskyi crossing.',
    [],
    ['drone_strike 2025-06-13 Kherson'],
  ],
]);

table('"the city" in a paragraph of its own is the city the nearest sentence before it names', [
  [
    'Since the weekend\'s attack on Kherson the hospital has run short of beds.\n\nOn Thursday evening, Russian jets dropped three guided bombs on a market in the city, officials said.',
    ['air_strike 2025-06-12 Kherson'],
    [],
    'Hospital appeal: beds needed',
  ],
  [
    'Our volunteers have worked in Mykolaiv since March.\n\nA missile struck a warehouse on the edge of the town on Friday.',
    ['missile_strike 2025-06-13 Mykolaiv'],
    [],
  ],
  // the nearest sentence naming cities names two: which one is not told
  [
    'Power was cut in Odesa and Mykolaiv overnight.\n\nA missile struck a warehouse on the edge of the town on Friday.',
    [],
    ['missile_strike 2025-06-13 Odesa', 'missile_strike 2025-06-13 Mykolaiv'],
  ],
  // the city the sentence before names, not one named further back
  [
    'Drones hit Sumy on Tuesday.\n\nThe convoy reached Chernihiv on Thursday.\n\nOn Friday artillery pounded the city for an hour.',
    ['shelling 2025-06-13 Chernihiv'],
    ['shelling 2025-06-13 Sumy'],
  ],
]);

table('a bomb that killed an officer, its own place, time or hiding place told between it and the verb, is a killing', [
  ['A bomb under a parked van in Kursk on Wednesday morning killed a Russian colonel, investigators said.', ['assassination 2025-06-11 Kursk'], []],
  ['An explosion at an apartment block in Donetsk early on Monday killed a separatist commander.', ['assassination 2025-06-09 Donetsk'], []],
  ['A device hidden in a bouquet at a hotel in Moscow killed Major General Oleg Sidorov on Tuesday.', ['assassination 2025-06-10 Moscow'], []],
]);

table('a weapon that wrecked a building, with no city in its sentence, is placed by the sentence before', [
  ['Shelters filled in Kharkiv overnight. On Friday a missile brought down part of a five-storey block, killing four.', ['missile_strike 2025-06-13 Kharkiv'], []],
  ['Sirens sounded across Lviv before dawn. On Thursday a cruise missile tore through the top floors of an apartment building.', ['missile_strike 2025-06-12 Lviv'], []],
  ['Power went out in Odesa overnight. On Friday a drone ripped through the roof of a warehouse.', ['drone_strike 2025-06-13 Odesa'], []],
  // the sentence before names two cities: which one is not told
  ['Sirens sounded in Kharkiv and Poltava. On Friday a missile tore through an apartment building.', [], ['missile_strike 2025-06-13 Kharkiv', 'missile_strike 2025-06-13 Poltava']],
]);

table('a strike told by a verb of impact on a building, a named house or a named street, with no city in its sentence, is placed around it', [
  // a verb of impact with its "into", the target one of several
  ['Shelters filled across Odesa overnight. On Friday a Russian drone slammed into a nine-storey block of flats, killing three.', ['drone_strike 2025-06-13 Odesa'], []],
  ['Rescuers searched the rubble in Dnipro. On Friday a missile crashed into one of the oldest schools, wounding six.', ['missile_strike 2025-06-13 Dnipro'], []],
  // a named house is a building, not a town the gazetteer lacks
  ['On Thursday a cruise missile smashed into the Lypky printing house, killing four workers.', ['missile_strike 2025-06-12 Kharkiv'], [], 'Kharkiv counts its dead'],
  // a named square or street lies inside the city told around it
  ['Police cordoned off the centre of Sumy. On Thursday a ballistic missile hit the post office on Independence Square.', ['missile_strike 2025-06-12 Sumy'], []],
  ['On Friday a Shahed drone struck a café on Pushkinska Street, wounding two.', ['drone_strike 2025-06-13 Kharkiv'], [], 'Explosions rock Kharkiv'],
  // a country in the possessive qualifies the city told ("Ukraine's second city"): the headline's city is the place
  ['It was the third attack on Ukraine\'s second city this week. On Friday missiles slammed into a tram depot.', ['missile_strike 2025-06-13 Kharkiv'], [], 'Kharkiv under fire'],
  // a country named as the target of a wave still stops the search: the headline's city is where talks are held
  ['Overnight Russia fired 40 missiles at Ukraine. Separately, a missile hit a training ground, killing five.', [], ['missile_strike 2025-06-14 Istanbul'], 'Talks in Istanbul go ahead on Monday'],
  // the sentence before names two cities: which one was hit is not told
  ['Sirens sounded in Kharkiv and Poltava. On Friday a drone slammed into an apartment block.', [], ['drone_strike 2025-06-13 Kharkiv', 'drone_strike 2025-06-13 Poltava']],
  // no weapon, no strike
  ['Crowds gathered in Lviv. On Friday a truck slammed into a bus stop.', [], ['missile_strike 2025-06-13 Lviv', 'drone_strike 2025-06-13 Lviv']],
]);

table('what strikes left, recorded place by place ("impacts were recorded in", "damage reported in", "hits registered in"), is a strike at each place with the weapon told before, placed or not', [
  ['Russian drones hit Odesa overnight. Damage was also reported in Mykolaiv and Kherson.', ['drone_strike 2025-06-14 Mykolaiv', 'drone_strike 2025-06-14 Kherson'], []],
  ['Russian missiles hit Kyiv overnight. Officials reported damage in Kharkiv and Sumy.', ['missile_strike 2025-06-14 Kharkiv', 'missile_strike 2025-06-14 Sumy'], []],
  // the strike told before names no place: its weapon, the first it names, is that of the places recorded after it
  [
    'Russia fired missiles and drones at the country overnight in the largest attack of the year. Impacts were recorded in Kyiv, Lviv and Rivne.',
    ['missile_strike 2025-06-14 Kyiv', 'missile_strike 2025-06-14 Lviv', 'missile_strike 2025-06-14 Rivne'],
    ['drone_strike 2025-06-14 Lviv'],
  ],
  ['On Thursday drones and missiles struck across the country. Hits were registered in Poltava and Sumy.', ['drone_strike 2025-06-12 Poltava', 'drone_strike 2025-06-12 Sumy'], []],
  // nothing recorded is no strike
  ['Russian missiles hit Kyiv overnight. No damage was reported in Lviv.', [], ['missile_strike 2025-06-14 Lviv']],
  // with no strike told, damage is no strike; nor with a strike only threatened
  ['Storms swept the region on Friday. Damage was reported in Lviv and Rivne.', [], ['drone_strike 2025-06-13 Lviv', 'missile_strike 2025-06-13 Lviv']],
  ['Russia could fire missiles at the capital, officials warned on Friday. Damage was reported in Lviv after the storm.', [], ['missile_strike 2025-06-13 Lviv', 'missile_strike 2025-06-14 Lviv']],
]);

table('a log line whose own field names aid ("| aid |", "| military assistance |", "— AID —") tells an aid decision, as its other type fields tell their types', [
  ['2023-01-06 | Washington | military assistance | US commits Bradley fighting vehicles to Ukraine.', ['aid_decision 2023-01-06'], []],
  ['14.06.2024 — AID — G7 leaders agree a loan backed by frozen Russian assets.', ['aid_decision 2024-06-14'], []],
  ['2024-06-13 | Rome | aid | Italy adds a ninth package, its contents classified.', ['aid_decision 2024-06-13'], []],
  // aid in a note, or a field that names something else, is no label
  ['2025-03-11 | Kyiv | visit | talks on aid with the Danish prime minister.', ['meeting 2025-03-11 Kyiv'], ['aid_decision 2025-03-11']],
  ['2025-03-11 | Kherson | humanitarian aid convoy | trucks reached the city.', [], ['aid_decision 2025-03-11']],
  ['Aid workers reached Kherson on Friday.', [], ['aid_decision 2025-06-13']],
]);

table('arms or money given or committed to Ukraine ("would give Ukraine 18 F-16s", "committed Bradley vehicles to Ukraine") is an aid decision', [
  ['On Friday the Netherlands said it would give Ukraine 18 more F-16 jets.', ['aid_decision 2025-06-13'], []],
  ['Norway on Friday committed another 500 million crowns in military aid to Ukraine.', ['aid_decision 2025-06-13'], []],
  ['The United States on Friday committed Bradley fighting vehicles to Ukraine.', ['aid_decision 2025-06-13'], []],
  // forces committed to a battle are given to no one; "committed to" promises, "gave way" yields
  ['On Friday Russia committed more tanks to the offensive near Pokrovsk.', [], ['aid_decision 2025-06-13']],
  ['Germany said on Friday it remained committed to giving Ukraine more air defence.', [], ['aid_decision 2025-06-13']],
  ['On Friday the government gave way on weapons for Ukraine after a long row.', [], ['aid_decision 2025-06-13']],
]);

t.test('the context place is only for strikes', async (t) => {
  t.same(typeAt('territorial_capture')(events('Fighting went on near Pokrovsk. On Friday troops took the village.')), []);
});

table('rockets fired from a multiple rocket launcher are shelling, as the taxonomy counts them', [
  ['On Thursday the army fired rockets from a multiple launch rocket system at the centre of Kherson.', ['shelling 2025-06-12 Kherson'], ['missile_strike 2025-06-12 Kherson']],
  ['Rockets from MLRS launchers hit Nikopol on Friday.', ['shelling 2025-06-13 Nikopol'], ['missile_strike 2025-06-13 Nikopol']],
  // a rocket with no launcher named stays a missile
  ['On Friday a rocket hit a warehouse in Kharkiv.', ['missile_strike 2025-06-13 Kharkiv'], ['shelling 2025-06-13 Kharkiv']],
]);

table('troops coming in, told by how they came (drove, rolled, marched, rode into): a place entered is taken', [
  ['On Friday the first Ukrainian soldiers drove into Kherson to cheering crowds.', ['territorial_capture 2025-06-13 Kherson'], []],
  ['Russian columns rolled into Kupiansk on Thursday.', ['territorial_capture 2025-06-12 Kupiansk'], []],
  ['On Thursday troops had marched into the town.', ['territorial_capture 2025-06-12 Kherson'], [], 'Kherson after the retreat'],
  // people who are not troops drive into a city on an errand
  ['On Friday the mayor drove into Kharkiv for a meeting.', [], ['territorial_capture 2025-06-13 Kharkiv']],
  // a car driven into something is no capture
  ['On Friday a soldier drove a truck into a ditch near Sumy.', [], ['territorial_capture 2025-06-13 Sumy']],
]);

table('a people in the plural stands for its army when it crosses a border', [
  ['The Russians crossed the border near Vovchansk on Friday.', ['armed_clash 2025-06-13 Vovchansk'], []],
  // refugees crossing are no fighting
  ['On Friday thousands of refugees crossed the border near Sumy.', [], ['armed_clash 2025-06-13 Sumy']],
]);

table('leaders who clash or argue face to face held a meeting', [
  ['On Friday Trump and Zelenskyy clashed in the Oval Office.', ['meeting 2025-06-13'], []],
  ['The row between Emmanuel Macron and Viktor Orban on Thursday overshadowed the summit dinner.', ['meeting 2025-06-12'], []],
  // armies that clash fight; they do not meet
  ['Russian and Ukrainian troops clashed near Pokrovsk on Friday.', ['armed_clash 2025-06-13 Pokrovsk'], ['meeting 2025-06-13']],
  // arguing about a subject, at a distance, is no meeting
  ['On Friday Trump and Zelenskyy argued over the minerals deal.', [], ['meeting 2025-06-13']],
]);

table('a trigger with no place in its own clause takes the place of a clause with no trigger of its own', [
  // the weapon is named in a later clause
  ['On Friday Ukraine struck an airfield near Dzhankoi, and officials later said ATACMS missiles had been used in the attack.', ['missile_strike 2025-06-13 Dzhankoy'], []],
  // the fighting is told after the place it is about
  ['Airborne troops landed at Hostomel airport on Thursday, and fighting for the airfield went on all day.', ['armed_clash 2025-06-12 Hostomel'], []],
  // two triggers in the sentence: each keeps to its own clause
  ['On Friday drones hit Kharkiv, and artillery shelled Nikopol.', ['drone_strike 2025-06-13 Kharkiv', 'shelling 2025-06-13 Nikopol'], ['drone_strike 2025-06-13 Nikopol', 'shelling 2025-06-13 Kharkiv']],
]);

table('calls told with the verbs talk and ring, and in a headline present tense', [
  ['Trump talked with Putin on Tuesday.', ['phone_call 2025-06-10'], []],
  ['On Tuesday Macron talked to Zelenskyy for an hour.', ['phone_call 2025-06-10'], []],
  ['Erdogan rang Putin on Tuesday.', ['phone_call 2025-06-10'], []],
  ['Trump phones Putin on Tuesday as the deadline nears.', ['phone_call 2025-06-10'], []],
  // talking to an audience, face to face, or talks (the noun) are no call
  ['Zelenskyy talked to reporters in Kyiv on Tuesday.', [], ['phone_call 2025-06-10']],
  ['On Tuesday Trump and Zelenskyy talked face to face in Rome.', [], ['phone_call 2025-06-10']],
  ['Sirens rang out across Kyiv on Tuesday.', [], ['phone_call 2025-06-10']],
  ['Police seized the phones of two officials on Tuesday.', [], ['phone_call 2025-06-10']],
]);

table('more verbs of a truce starting, and captives coming home', [
  ['Putin proclaimed a truce on Tuesday.', ['ceasefire 2025-06-10'], []],
  ['A truce kicked in on Tuesday.', ['ceasefire 2025-06-10'], []],
  ['On Tuesday 95 Ukrainian soldiers came home from Russian captivity.', ['prisoner_exchange 2025-06-10'], []],
  // coming home from the front is no exchange
  ['On Tuesday the soldiers came home from the front for a week of leave.', [], ['prisoner_exchange 2025-06-10']],
  // a truce proclaimed only as a proposal stays a proposal
  ['On Tuesday Kyiv proclaimed its readiness for truce talks.', [], ['ceasefire 2025-06-10']],
]);

table('sanctions told as an instrument, a listing or an asset freeze', [
  ['On Tuesday the US hit Rosneft and Lukoil with sanctions.', ['sanctions 2025-06-10'], []],
  ['On Tuesday Britain targeted Russian oil tankers with new sanctions.', ['sanctions 2025-06-10'], []],
  ['On Tuesday Canada added 40 Russian firms to its sanctions list.', ['sanctions 2025-06-10'], []],
  ['The Treasury blacklisted 30 Russian banks on Tuesday.', ['sanctions 2025-06-10'], []],
  ['On Tuesday Japan froze the assets of 20 Russian officials.', ['sanctions 2025-06-10'], []],
  // what sanctions did, the assets already frozen, and a running tally of listings are no new decision
  ['Western sanctions hit the Russian economy hard on Tuesday.', [], ['sanctions 2025-06-10']],
  ['On Tuesday the EU debated using the frozen assets.', [], ['sanctions 2025-06-10']],
  ['By Tuesday the allies had blacklisted thousands of companies.', [], ['sanctions 2025-06-10']],
]);

table('a named person travelling to a place is a visit, told by the verb of the journey', [
  ['On Friday the French president, Emmanuel Macron, travelled to Kyiv by night train.', ['meeting 2025-06-13 Kyiv'], []],
  ['Steve Witkoff flew to Moscow on Thursday.', ['meeting 2025-06-12 Moscow'], []],
  ['Olaf Scholz arrived in Kyiv on Thursday.', ['meeting 2025-06-12 Kyiv'], []],
  ['President Zelenskyy came to Kharkiv on Friday.', ['meeting 2025-06-13 Kharkiv'], []],
  ['Marco Rubio is due in Riyadh on Tuesday.', ['meeting 2025-06-17 Riyadh'], []],
  // weapons, aid and debris arrive and fly too; they pay no visits
  ['Zelenskyy said on Friday that the first F-16 jets had arrived in Ukraine.', [], ['meeting 2025-06-13 Ukraine', 'meeting 2025-06-13']],
  ['Zelenskyy said on Friday that debris came down in Kyiv.', [], ['meeting 2025-06-13 Kyiv']],
  // a journey to talks told in the same sentence is dated by the talks
  ["Zelenskyy flew to Washington on Sunday for Monday's talks with Trump.", ['meeting 2025-06-09 Washington'], ['meeting 2025-06-08 Washington']],
  // no place to go to
  ['On Friday Zelenskyy said the village came under Russian control.', [], ['meeting 2025-06-13']],
]);

table("a wave told by its count, its target not named, lands in the attacker's opponent", [
  ["Ukraine's air force said on Saturday that Russia had launched 472 drones at the country overnight.", ['drone_strike 2025-06-14 Ukraine'], []],
  ['On Thursday Ukraine sent dozens of drones across the border.', ['drone_strike 2025-06-12 Russia'], ['drone_strike 2025-06-12 Ukraine']],
  // "missiles and drones": the weapon named first leads the wave
  ['Russia fired some 150 missiles and drones on Friday.', ['missile_strike 2025-06-13 Ukraine'], ['drone_strike 2025-06-13 Ukraine']],
  // a named target is where it landed
  ['On Friday Russia fired 40 missiles at Kharkiv.', ['missile_strike 2025-06-13 Kharkiv'], ['missile_strike 2025-06-13 Ukraine']],
  // a running total has no day of its own; no attacker, no side to land on
  ['Russia has launched thousands of drones since 2022.', [], ['drone_strike 2025-06-14 Ukraine']],
  ['On Friday 12 drones were shot down over the sea.', [], ['drone_strike 2025-06-13 Ukraine', 'drone_strike 2025-06-13 Russia']],
]);

table('a clause fronted by "a day after" is dated from the main clause that follows it', [
  ['A day after missiles struck the port of Odesa, smoke still rose over the harbour on Saturday.', ['missile_strike 2025-06-13 Odesa'], ['missile_strike 2025-06-14 Odesa']],
  ['Two days after drones hit Kharkiv, the mayor walked through the ruins on Thursday.', ['drone_strike 2025-06-10 Kharkiv'], ['drone_strike 2025-06-12 Kharkiv']],
  // a date inside the fronted clause is its own
  ['Hours after drones hit Kyiv on Friday, the mayor asked for more air defence on Saturday.', ['drone_strike 2025-06-13 Kyiv'], ['drone_strike 2025-06-12 Kyiv']],
  // no fronted clause: the date after the trigger is its own
  ['Drones hit Kharkiv, the mayor said on Thursday.', [], ['drone_strike 2025-06-11 Kharkiv']],
]);

table('a call told by what was said over it, a listing told as a designation, a release answered by another', [
  ['Two days earlier, Putin had told Trump by telephone that Russia would respond.', ['phone_call 2025-06-12'], []],
  ['On Tuesday Macron assured Zelenskyy over the phone that the aid would come.', ['phone_call 2025-06-10'], []],
  // an audience told by phone gives an interview, not a call between leaders
  ['On Friday Zelenskyy told reporters by phone that the front was holding.', [], ['phone_call 2025-06-13']],
  ['On Friday the Treasury designated 180 vessels of the shadow fleet.', ['sanctions 2025-06-13'], []],
  ['The move follows the designation of Gazprombank by the Treasury on Tuesday.', ['sanctions 2025-06-10'], []],
  ['On Friday Zelenskyy designated a new army chief.', [], ['sanctions 2025-06-13']],
  ['On Tuesday Russia freed an American teacher; a Russian hacker held in the United States was freed in return.', ['prisoner_exchange 2025-06-10'], []],
  ['On Friday the ministry released a statement in response to the strike.', [], ['prisoner_exchange 2025-06-13']],
]);

table('a site named with its kind (bridge, strait, bay, air base) is a place the gazetteer lacks; ships are sunk', [
  ['On Friday sea drones struck the Crimean Bridge.', ['drone_strike 2025-06-13 Crimean Bridge'], []],
  ['Naval drones sank a Russian patrol ship in the Kerch Strait on Tuesday.', ['drone_strike 2025-06-10 Kerch Strait'], []],
  ['On Friday the defence ministers met at Ramstein Air Base.', ['meeting 2025-06-13 Ramstein Air Base'], []],
  // a bridge with no name is no place of its own
  ['On Friday Russian drones hit a bridge in Kharkiv.', ['drone_strike 2025-06-13 Kharkiv'], []],
  // a ship named by the missiles it carries is no missile strike
  ['On Friday the missile corvette was sunk near Odesa.', [], ['missile_strike 2025-06-13 Odesa']],
]);

table('a delegation or a group of leaders travelling is a visit too; a host receiving a guest told before', [
  ['On Tuesday NATO leaders arrived in Washington for the anniversary.', ['meeting 2025-06-10 Washington'], []],
  ['The Russian delegation flew to Istanbul on Thursday.', ['meeting 2025-06-12 Istanbul'], []],
  ['Witkoff landed in Moscow on Thursday. Putin received him in the Kremlin on Friday.', ['meeting 2025-06-13 Moscow'], []],
  // a shipment arrives; a country receives weapons
  ['On Friday officials said the first shipment of shells had arrived in Ukraine.', [], ['meeting 2025-06-13 Ukraine', 'meeting 2025-06-13']],
  ['On Friday Zelenskyy said Ukraine had received them.', [], ['meeting 2025-06-13']],
]);

table('a wave that reached a city struck it', [
  ['The missile strike on Kyiv was one part of a barrage that on Monday also reached Kharkiv and Odesa.', ['missile_strike 2025-06-09 Kyiv', 'missile_strike 2025-06-09 Kharkiv', 'missile_strike 2025-06-09 Odesa'], []],
  // troops that reach a town have not taken it
  ['On Monday Russian troops reached Pokrovsk.', [], ['territorial_capture 2025-06-09 Pokrovsk']],
]);

table('weapons aimed at a target by their count are fired, not a goal', [
  ['Overnight into Sunday, Russia aimed more than 200 missiles and drones at the power grid.', ['missile_strike 2025-06-08 Ukraine'], []],
  ['On Sunday Russia aimed 80 drones at Kyiv.', ['drone_strike 2025-06-08 Kyiv'], []],
  // an aim is still a goal
  ['On Sunday Russia said the strikes aimed to cripple the grid in Kyiv.', [], ['missile_strike 2025-06-08 Kyiv', 'drone_strike 2025-06-08 Kyiv']],
]);

/** Each event of a type as its sorted actors' names: which parties the extractor gave it. */
function partiesOf(body: string, type: string): string[] {
  const { events: found } = extractArticle({ title: 'Test', body, publishedAt: PUBLISHED }, { now: new Date(PUBLISHED) });
  return found.filter((e) => e.type === type).map((e) => e.actors.map((a) => a.name).sort().join(' + '));
}

t.test('the parties of an event told in a main clause are not those of the clause fronting it', async (t) => {
  const rows: Array<[string, string, string[], string[]]> = [
    // the call before, told in the fronted clause, is not this call's party
    ['On Tuesday Trump spoke with Putin by phone. After hanging up with Putin on Tuesday, Trump called Zelenskyy.', 'phone_call', ['Donald Trump + Vladimir Putin', 'Donald Trump + Volodymyr Zelenskyy'], []],
    ['Hours before Biden spoke on Wednesday, Scholz said Germany would send 14 tanks to Ukraine.', 'aid_decision', ['Germany + Olaf Scholz + Ukraine'], ['Germany + Joe Biden + Olaf Scholz + Ukraine']],
    // a trigger inside the fronted clause keeps that clause's parties
    ['After meeting Erdogan in Ankara on Tuesday, Zelenskyy spoke with Putin by phone.', 'phone_call', ['Vladimir Putin + Volodymyr Zelenskyy'], []],
    // no fronted clause: the whole sentence's parties
    ['When Trump called Putin on Tuesday, the two leaders discussed the war.', 'phone_call', ['Donald Trump + Vladimir Putin'], []],
  ];
  for (const [body, type, present, absent] of rows) {
    const got = partiesOf(body, type);
    for (const p of present) t.ok(got.includes(p), `${body}\n  has ${p} (got ${JSON.stringify(got)})`);
    for (const p of absent) t.notOk(got.includes(p), `${body}\n  lacks ${p} (got ${JSON.stringify(got)})`);
  }
});

t.test('one call noun read by two rules is one call: its parties are the sentence\'s, not its comma clause\'s', async (t) => {
  const rows: Array<[string, string, string[]]> = [
    ['Trump said on Monday that talks would begin soon, after a call with Putin.', 'phone_call', ['Donald Trump + Vladimir Putin']],
    ['In a call with Trump on Tuesday, Putin agreed to halt strikes on power plants.', 'phone_call', ['Donald Trump + Vladimir Putin']],
  ];
  for (const [body, type, present] of rows) {
    const got = partiesOf(body, type);
    for (const p of present) t.ok(got.includes(p), `${body}\n  has ${p} (got ${JSON.stringify(got)})`);
  }
});

t.test('the parties named in a clause trailing a call or meeting that tells another talk are that talk\'s', async (t) => {
  const rows: Array<[string, string, string[], string[]]> = [
    // the talk of the trailing clause is no call of its own: its party leaves the main clause's call
    ['On Tuesday Macron spoke with Putin. Macron spoke with Zelenskyy after hanging up with Putin.', 'phone_call', ['Emmanuel Macron + Vladimir Putin', 'Emmanuel Macron + Volodymyr Zelenskyy'], []],
    ['Scholz met Erdogan in Ankara on Tuesday before meeting Zelenskyy in Kyiv.', 'meeting', ['Olaf Scholz + Recep Tayyip Erdogan', 'Olaf Scholz + Volodymyr Zelenskyy'], ['Olaf Scholz + Recep Tayyip Erdogan + Volodymyr Zelenskyy']],
    // a call told in the trailing clause beside one told in the main clause: each with its own parties
    ['Zelenskyy spoke with Macron on Monday ahead of Macron\'s conversation with Putin.', 'phone_call', ['Emmanuel Macron + Volodymyr Zelenskyy', 'Emmanuel Macron + Vladimir Putin'], []],
    // no talk in the main clause: its subject is a party of the trailing clause's call
    ['Putin agreed on Tuesday to halt strikes on power plants after a phone call with Trump.', 'phone_call', ['Donald Trump + Vladimir Putin'], []],
    ['Trump said on Monday that talks would begin soon, after a call with Putin.', 'phone_call', ['Donald Trump + Vladimir Putin'], []],
    // a trailing clause with no talk in it keeps the sentence's parties
    ['Merz met Macron in Paris on Friday after a dinner hosted by Tusk.', 'meeting', ['Emmanuel Macron + Friedrich Merz'], []],
  ];
  for (const [body, type, present, absent] of rows) {
    const got = partiesOf(body, type);
    for (const p of present) t.ok(got.includes(p), `${body}\n  has ${p} (got ${JSON.stringify(got)})`);
    for (const p of absent) t.notOk(got.includes(p), `${body}\n  lacks ${p} (got ${JSON.stringify(got)})`);
  }
});

t.test('two states deciding sanctions or aid on one day took two decisions', async (t) => {
  const rows: Array<[string, string, string[]]> = [
    ['On Tuesday Britain imposed sanctions on 20 tankers. The EU adopted its 18th sanctions package on Tuesday.', 'sanctions', ['United Kingdom', 'European Union']],
    ['On Tuesday the EU adopted its 18th sanctions package, and Britain announced new sanctions on 20 tankers.', 'sanctions', ['European Union', 'United Kingdom']],
    ['Hours before Biden spoke on Wednesday, Scholz said Germany would send 14 tanks. On Wednesday Biden announced that the United States would provide 31 tanks.', 'aid_decision', ['Germany + Olaf Scholz', 'Joe Biden + United States']],
    // one decider told twice, or the decision and its recipient, is one decision
    ['On Tuesday the EU approved 5 billion euros in military aid for Ukraine. On Tuesday Kallas said the aid package would go to ammunition.', 'aid_decision', ['European Union + Ukraine']],
    ['On Tuesday the EU adopted its 18th sanctions package against Russia, which adds 20 tankers to the sanctions list.', 'sanctions', ['European Union + Russia']],
    // a clause re-telling the same sanctions with no subject of its own adds none
    ['On Wednesday the Treasury announced sanctions against Rosneft, the first major sanctions Trump has imposed on Moscow.', 'sanctions', ['Donald Trump']],
  ];
  for (const [body, type, expected] of rows) t.same(partiesOf(body, type), expected, body);
});

table('a heading that names a place by its region ("Town, X region.") places the strike told under it', [
  ['4.2 Bucha, Kyiv region. On Friday a cruise missile struck a school gym.', ['missile_strike 2025-06-13 Bucha'], []],
  ['Lozova, Kharkiv region. At dawn on Friday, two drones hit a grain silo.', ['drone_strike 2025-06-13 Lozova'], []],
  // a person set before a region is no place
  ['Zelenskyy, Kharkiv region. On Friday a missile struck a school.', [], ['missile_strike 2025-06-13 Zelenskyy']],
  // a country set before a region is told as a country, not a town
  ['Ukraine, Sumy region. On Friday a missile struck a school.', [], ['missile_strike 2025-06-13 Ukraine']],
  // the region in brackets, as a bulletin or a log files an item under its date and place
  ['2025-06-13, Bila Tserkva (Kyiv oblast). In the early hours two drones hit a warehouse; a guard was hurt.', ['drone_strike 2025-06-13 Bila Tserkva'], []],
  ['2025-06-12, Zaporizhzhia (Zaporizhzhia region). A guided missile struck a repair depot in the afternoon.', ['missile_strike 2025-06-12 Zaporizhzhia'], []],
  // a bracketed region follows other headings too: only a name the gazetteer knows is a place there
  ['2025-06-13, Summary (Kyiv oblast). In the early hours two drones hit a warehouse.', [], ['drone_strike 2025-06-13 Summary']],
]);

table('a strike named by its place set before the noun ("the Sumy strike") takes its weapon from the story', [
  ['Drones hit Kharkiv overnight into Saturday.\n\nThe Poltava strike happened on Thursday, a little after seven in the evening.', ['drone_strike 2025-06-12 Poltava'], []],
  ['Missiles hit Kharkiv overnight into Saturday.\n\nThe toll of the Dnipro attack on Wednesday rose to nine, the governor said.', ['missile_strike 2025-06-11 Dnipro'], []],
  // a noun after "strike" makes it a modifier: "strike teams", "strike drones"
  ['Drones hit Kharkiv overnight into Saturday.\n\nIn Poltava strike teams were put on alert on Thursday.', [], ['drone_strike 2025-06-12 Poltava']],
  // with no strike told in the story, no weapon: no strike
  ['The Poltava strike happened on Thursday, a little after seven in the evening.', [], ['drone_strike 2025-06-12 Poltava', 'missile_strike 2025-06-12 Poltava']],
]);

table('place names a desk writes in capitals inside running text (coder notes, military summaries) are read as places', [
  // one line per site, the region after the site in brackets; the day from the item the lines belong to
  [
    '1. 12 June 2025 - drone attacks on airfields, one line per site.\n1a. BORISOGLEBSK AB (VORONEZH OBL.) - drone strike. CONF.\n1b. MOROZOVSK AB (ROSTOV OBL.) - drone strike. CONF.',
    ['drone_strike 2025-06-12 Voronezh Oblast', 'drone_strike 2025-06-12 Rostov Oblast'],
    [],
  ],
  // a region's noun in capitals names the region, not its city
  ['On Thursday drones struck an airfield in KALUGA OBL., officials said.', ['drone_strike 2025-06-12 Kaluga Oblast'], ['drone_strike 2025-06-12 Kaluga']],
  // a dateline's capitals stay a dateline: the strike is where the sentence says
  ['ODESA, Ukraine (Example Wire) - Drones hit a warehouse in Izmail on Thursday.', ['drone_strike 2025-06-12 Izmail'], ['drone_strike 2025-06-12 Odesa']],
  // a word in capitals the gazetteer does not know is no place
  ['On Thursday drones struck the TARGET ALPHA depot, officials said.', [], ['drone_strike 2025-06-12 Target Alpha']],
]);

table('a paragraph headed by a place line (a caption, a log entry) places the strikes told under it', [
  ['Photo 2 of 5. 2025-06-13, Kharkiv, Saltivskyi district. Neighbours clear glass from a block damaged in a Russian missile attack early on Friday.', ['missile_strike 2025-06-13 Kharkiv'], []],
  ['2025-06-13, Odesa. Firefighters stand by a warehouse after Russian drones hit it during the night.', ['drone_strike 2025-06-13 Odesa'], []],
  // a sentence that tells more than its places is no heading
  ['Rescuers from Kharkiv drove to Izium on Friday. Neighbours cleared glass after a Russian missile attack early on Friday.', [], ['missile_strike 2025-06-13 Kharkiv', 'missile_strike 2025-06-13 Izium']],
  // the heading's place is the paragraph's, not the next paragraph's
  ['2025-06-13, Odesa. Firefighters worked all day.\n\nNeighbours cleared glass after a Russian missile attack early on Friday.', [], ['missile_strike 2025-06-13 Odesa']],
]);

table('one named detainee set free is a release from captivity', [
  ['On Tuesday Belarus released Ihar Losik, a journalist jailed since 2020.', ['prisoner_exchange 2025-06-10'], []],
  ['Anna Kovalenko, a Ukrainian teacher held since 2022, was freed on Tuesday.', ['prisoner_exchange 2025-06-10'], []],
  ['A day after Russia freed Mark Hollis, an American student held since 2023, the two leaders spoke on Wednesday.', ['prisoner_exchange 2025-06-10'], []],
  // released from a hospital, a schedule released, a village freed: no one held
  ['Ihar Losik, a Belarusian journalist, was released from hospital on Tuesday.', [], ['prisoner_exchange 2025-06-10']],
  ["On Tuesday the Kremlin released Putin's schedule for the week.", [], ['prisoner_exchange 2025-06-10']],
  ['On Tuesday Ukrainian troops freed the village of Robotyne, held by Russia since 2022.', [], ['prisoner_exchange 2025-06-10']],
]);

t.test('a person set in apposition to a role with a nationality is a person', async (t) => {
  t.same(partiesOf('On Tuesday Belarus released Ihar Losik, a Belarusian journalist jailed since 2020.', 'prisoner_exchange'), ['Belarus + Ihar Losik']);
});

table('a line written in capitals (a ticker, a flash) names its places and parties as running text would', [
  ['18:12 — KHARKIV REGION: TWO DEAD AFTER RUSSIAN DRONE ATTACK ON IZIUM OVERNIGHT', ['drone_strike 2025-06-14 Izium'], []],
  ['20:52 — US AND UKRAINIAN DELEGATIONS HOLD TALKS IN RIYADH', ['meeting 2025-06-14 Riyadh'], []],
  // a line in ordinary case is read as it is: a capitalised word stays no place
  ['On Friday Hope Street residents said a drone attack hit the market.', [], ['drone_strike 2025-06-13 Hope']],
]);

t.test('the parties of a line written in capitals', async (t) => {
  t.same(partiesOf('21:20 — ZELENSKYY AND MACRON HOLD TALKS IN PARIS ON FRIDAY', 'meeting'), ['Emmanuel Macron + Volodymyr Zelenskyy']);
});

t.test('two calls or two meetings told in one sentence are two events, each with its own parties', async (t) => {
  const rows: Array<[string, string, string[]]> = [
    ['On Tuesday Erdogan spoke with Macron and later with Putin.', 'phone_call', ['Emmanuel Macron + Recep Tayyip Erdogan', 'Recep Tayyip Erdogan + Vladimir Putin']],
    ['On Tuesday Erdogan talked to Macron and then to Putin.', 'phone_call', ['Emmanuel Macron + Recep Tayyip Erdogan', 'Recep Tayyip Erdogan + Vladimir Putin']],
    ["Trump hosted Zelenskyy at the White House on Monday, three days after meeting Putin in Alaska.", 'meeting', ['Donald Trump + Volodymyr Zelenskyy', 'Vladimir Putin']],
    // one call with a later topic, one meeting told twice: one event
    ['On Tuesday Erdogan spoke with Macron and later with reporters.', 'phone_call', ['Emmanuel Macron + Recep Tayyip Erdogan']],
    ['Trump met Zelenskyy at the White House on Monday, and the meeting lasted two hours.', 'meeting', ['Donald Trump + Volodymyr Zelenskyy']],
  ];
  for (const [body, type, expected] of rows) t.same(partiesOf(body, type), expected, body);
});

table('a list whose later items name their own kind ("and the villages of X and Y") takes each settlement', [
  ['On Thursday Russian troops captured the town of Sudzha and the villages of Makhnovka and Kurilovka.', ['territorial_capture 2025-06-12 Sudzha', 'territorial_capture 2025-06-12 Makhnovka', 'territorial_capture 2025-06-12 Kurilovka'], []],
  ['On Friday Ukrainian forces retook the village of Robotyne and the settlement of Verbove.', ['territorial_capture 2025-06-13 Robotyne', 'territorial_capture 2025-06-13 Verbove'], []],
  // an actor after "and" ends the list
  ['On Thursday troops took the town of Sudzha and the Kremlin said so.', ['territorial_capture 2025-06-12 Sudzha'], ['territorial_capture 2025-06-12 Kremlin']],
]);

table('a named person told to be somewhere abroad, or expected there, is there on a visit', [
  ['Erdogan said Zelenskyy would be in Ankara on Tuesday.', ['meeting 2025-06-17 Ankara'], []],
  ['Macron was in Warsaw on Thursday for talks on air defence.', ['meeting 2025-06-12 Warsaw'], []],
  ['Kaja Kallas is expected in Kyiv on Tuesday.', ['meeting 2025-06-17 Kyiv'], []],
  // a leader at home pays no visit; a place's people and things are not visitors
  ['On Friday Zelenskyy was in Kyiv when the sirens sounded.', [], ['meeting 2025-06-13 Kyiv']],
  ['On Friday the shells were in Kharkiv within hours.', [], ['meeting 2025-06-13 Kharkiv']],
  ['The next round of aid is expected in Poland on Friday.', [], ['meeting 2025-06-13 Poland']],
  // "expected to" a verb, not a place: the plan is told by the verb
  ['On Friday Macron is expected to announce new aid.', [], ['meeting 2025-06-13']],
]);

table('a speaker tells their own events in the first person (speeches, hearings, interviews)', [
  ['On Thursday I phoned President Macron.', ['phone_call 2025-06-12'], []],
  ['Last Tuesday I called Erdogan to thank him.', ['phone_call 2025-06-10'], []],
  ['Yesterday I hosted ministers from twelve countries in Kyiv.', ['meeting 2025-06-13 Kyiv'], []],
  // a first person with no one called or met
  ['On Thursday I called for calm.', [], ['phone_call 2025-06-12']],
  ['On Thursday I received letters from soldiers.', [], ['meeting 2025-06-12']],
  // being somewhere is no visit of the speaker's: a reporter or a letter writer says "I was in" as often
  ['I was in Warsaw in 2014 and saw the crowds.', [], ['meeting 2014-01-01 Warsaw']],
]);

table('a facility whose name opens with its town is in that town', [
  ['On Friday an air strike hit the Mariupol Drama Theatre.', ['air_strike 2025-06-13 Mariupol'], []],
  ['Drones struck the Ryazan Oil Refinery on Friday.', ['drone_strike 2025-06-13 Ryazan'], []],
  // after "the", a town's name before anything else is still read as before (a river, a region named like the town)
  ['On Friday shells fell on the west bank of the Dnipro.', [], ['shelling 2025-06-13 Dnipro']],
]);

table('a weapon that falls or lands on something strikes it', [
  ['On Friday a missile fell on the railway station in Kramatorsk.', ['missile_strike 2025-06-13 Kramatorsk'], []],
  ['A drone landed on a block of flats in Sumy on Friday.', ['drone_strike 2025-06-13 Sumy'], []],
  // what falls without being a weapon, or a weapon's output falling, is no strike
  ['Missile production in Russia fell by a third on Friday.', [], ['missile_strike 2025-06-13 Russia']],
  ['Drone sales fell in Kharkiv on Friday.', [], ['drone_strike 2025-06-13 Kharkiv']],
]);

table('a meeting of a named body, and a conference held or hosted, is a meeting', [
  ['On Friday, at a meeting of NATO defence ministers in Brussels, Hegseth spoke about air defence.', ['meeting 2025-06-13 Brussels'], []],
  ['Warsaw hosts the Ukraine Recovery Conference on Tuesday.', ['meeting 2025-06-17'], []],
  // a leader's own officials, a meeting of minds, a press conference
  ['On Friday Putin chaired a meeting of security officials.', [], ['meeting 2025-06-13']],
  ['The talks on Friday were no meeting of minds, officials said.', [], ['meeting 2025-06-13']],
  ['On Friday Zelenskyy held a press conference in Kyiv.', [], ['meeting 2025-06-13 Kyiv']],
]);

table('hours spent with the other side are a meeting', [
  ['On Friday the US envoy spent more than four hours with Putin in Moscow.', ['meeting 2025-06-13 Moscow'], []],
  ['After nine hours with the Russian team on Friday, the delegation flew home.', ['meeting 2025-06-13'], []],
  // hours spent with no other side
  ['On Friday residents spent hours in shelters with their children.', [], ['meeting 2025-06-13']],
  ['After 24 hours with no power, Kharkiv residents said on Friday they were cold.', [], ['meeting 2025-06-13']],
]);

table('troops walking into a place enter it', [
  ['On Friday Ukrainian soldiers walked into Kherson.', ['territorial_capture 2025-06-13 Kherson'], []],
  // people who are not troops walk in on an errand
  ['On Friday two aid workers walked into Kherson.', [], ['territorial_capture 2025-06-13 Kherson']],
]);

table('weapons that set their target on fire struck it', [
  ['On Friday drones set an oil depot in Bryansk on fire.', ['drone_strike 2025-06-13 Bryansk'], []],
  ['Ukrainian drones set the fuel terminal at Novorossiysk ablaze on Friday.', ['drone_strike 2025-06-13 Novorossiysk'], []],
  // a fire with no weapon setting it, and a weapon that sets nothing on fire
  ['On Friday a short circuit set a warehouse in Bryansk on fire.', [], ['drone_strike 2025-06-13 Bryansk']],
  ['On Friday Russia set up a drone factory near Yelabuga after a fire.', [], ['drone_strike 2025-06-13 Yelabuga']],
]);

table('a call made to a named person is a phone call', [
  ['On Friday Macron placed a call to President Donald Trump.', ['phone_call 2025-06-13'], []],
  ['After the talks on Friday the European leaders joined Zelenskyy in a call to Trump.', ['phone_call 2025-06-13'], []],
  // a call to arms, or to someone's defence, reaches no one on the phone
  ['On Friday Zelenskyy made a call to arms in Kyiv.', [], ['phone_call 2025-06-13']],
  ["On Friday Macron answered the call to Zelenskyy's defence.", [], ['phone_call 2025-06-13']],
]);

table('a strike named by its noun lands on a facility told by its own name', [
  ['Drones hit Ryazan on Monday. The strike on the Novatek terminal near Ust-Luga on Tuesday halted loadings.', ['drone_strike 2025-06-10 Ust-Luga'], []],
  ['Glide bombs hit Kharkiv on Thursday. Friday\'s attack on the Karavan shopping centre killed six.', ['air_strike 2025-06-13 Kharkiv'], []],
  // an attack on a body or a person is no strike on a building
  ['Glide bombs hit Kharkiv on Thursday. On Friday the attack on the Kremlin leadership was condemned.', [], ['air_strike 2025-06-13 Kharkiv']],
]);

table('the toll of a wave told place by place, each place fronted, is a strike on each place', [
  ['Russia fired 300 drones at Ukraine overnight into Friday. In Lutsk, three people died; in Poltava, a man was killed.', ['drone_strike 2025-06-13 Lutsk', 'drone_strike 2025-06-13 Poltava'], []],
  // no one hurt is no toll; a place of speaking fronts no toll
  ['Drones hit Kharkiv on Friday. In Lutsk, the mayor said nobody was injured.', [], ['drone_strike 2025-06-13 Lutsk']],
  ['In Kyiv, Zelenskyy said on Friday that thousands of soldiers had died since January.', [], ['drone_strike 2025-06-13 Kyiv']],
]);

table('an item filed under a place label before a colon (region-by-region updates, tickers, digests) lies at that place', [
  ['ODESA: Drones hit a grain terminal and two lorries in the early hours, no casualties.', ['drone_strike 2025-06-14 Odesa'], []],
  ['Mykolaiv: a Russian missile struck a shipyard on Thursday.', ['missile_strike 2025-06-12 Mykolaiv'], []],
  ['KHERSON REGION: Artillery shelled two riverside villages overnight, wounding a farmer.', ['shelling 2025-06-14 Kherson Oblast'], []],
  ['Dnipropetrovsk region: guided bombs fell on a farm on Friday.', ['air_strike 2025-06-13 Dnipropetrovsk Oblast'], []],
  ['16:40 — POLTAVA: MISSILE SLAMS INTO GAS PLANT, THREE HURT', ['missile_strike 2025-06-14 Poltava'], []],
  ['- Sumy: a drone struck a minibus near the market on Friday morning.', ['drone_strike 2025-06-13 Sumy'], []],
  ['Kyiv city: debris of a downed drone fell on a kindergarten overnight.', ['drone_strike 2025-06-14 Kyiv'], []],
  // the rest of the item's paragraph lies there too
  ['Odesa region: a quiet evening. Later, drones hit a fuel depot near the port on Friday.', ['drone_strike 2025-06-13 Odesa Oblast'], []],
  // a label that is no place names none
  ['WEATHER: Drones hit a grain terminal in the early hours.', [], ['drone_strike 2025-06-14 Odesa']],
  ['Fighting: drones struck a fuel depot on Friday.', [], ['drone_strike 2025-06-13 Fighting']],
  ['The governor said: a missile hit the grain terminal on Friday.', [], ['missile_strike 2025-06-13 Odesa']],
  // a place inside a longer label (an office, a company) is not where the item happened
  ['ODESA PORT AUTHORITY: a missile struck a grain terminal on Friday.', [], ['missile_strike 2025-06-13 Odesa']],
  // the place told in the item itself wins over its label
  ['KHARKIV REGION: drones struck a substation in Chuhuiv on Friday.', ['drone_strike 2025-06-13 Chuhuyiv'], ['drone_strike 2025-06-13 Kharkiv Oblast']],
]);

table('a question for a word (which, who, where, why, with whom) about the past takes its dated event as given', [
  ['Which two banks did the EU hit with sanctions on Thursday?', ['sanctions 2025-06-12'], []],
  ['Q: Why did Russia fire cruise missiles at Lutsk on Friday?', ['missile_strike 2025-06-13 Lutsk'], []],
  ['4. Who did Zelenskyy meet in Oslo on Monday?', ['meeting 2025-06-09 Oslo'], []],
  ['Where did the two negotiating teams meet on Wednesday?', ['meeting 2025-06-11'], []],
  ['How many drones struck Kharkiv overnight into Friday?', ['drone_strike 2025-06-13 Kharkiv'], []],
  ['What did the missile that struck Sumy on Sunday destroy?', ['missile_strike 2025-06-08 Sumy'], []],
  // a yes/no question, a question in the present, future or conditional, "what if": nothing is asserted
  ['Did Russian drones hit a school in Sumy on Friday?', [], ['drone_strike 2025-06-13 Sumy']],
  ['Who will meet Putin in Minsk on Monday?', [], ['meeting 2025-06-16 Minsk']],
  ['What would a truce on Friday mean for grain prices?', [], ['ceasefire 2025-06-13']],
  ['What if drones struck Kharkiv again on Monday?', [], ['drone_strike 2025-06-09 Kharkiv', 'drone_strike 2025-06-16 Kharkiv']],
  ['Why do drones hit Kharkiv almost every night?', [], ['drone_strike 2025-06-14 Kharkiv']],
  ["Why didn't Russia attack Kyiv on Monday?", [], ['missile_strike 2025-06-09 Kyiv', 'drone_strike 2025-06-09 Kyiv']],
  // an undated question re-mentions what was told elsewhere ("What did you discuss in the call?")
  ['Q: What did you and Erdogan discuss in the phone call?', [], ['phone_call 2025-06-14']],
]);

table('a participle naming the kind of weapon after an article is part of the weapon ("a guided bomb"), not a description of a noun told elsewhere', [
  ['On Friday a guided bomb hit a clinic in Kupiansk.', ['air_strike 2025-06-13 Kupiansk'], []],
  ['A guided aerial bomb struck a supermarket in Kharkiv on Thursday.', ['air_strike 2025-06-12 Kharkiv'], []],
  ['An unguided rocket hit a bus station in Kherson on Friday.', ['missile_strike 2025-06-13 Kherson'], []],
  // a participle before another noun still describes it: no event
  ['The shelled school in Kherson reopened on Friday.', [], ['shelling 2025-06-13 Kherson']],
  ['The released prisoners reached Chernihiv on Friday.', [], ['prisoner_exchange 2025-06-13 Chernihiv']],
]);

table("a local authority's city or region (mayor, governor, regional or city administration) is where what it reports happened", [
  ['Poltava Mayor Kateryna Yamshchykova said two drones hit a bakery on Thursday.', ['drone_strike 2025-06-12 Poltava'], []],
  ["A missile struck a grain silo on Friday, Mykolaiv's mayor said.", ['missile_strike 2025-06-13 Mykolaiv'], []],
  ['Shelling damaged a water pipeline on Friday, the Kherson regional administration said.', ['shelling 2025-06-13 Kherson Oblast'], []],
  ['The Sumy governor wrote on Telegram that a drone hit a bus stop on Thursday.', ['drone_strike 2025-06-12 Sumy Oblast'], []],
  ['08:10 — KURSK GOVERNOR: DRONE HITS CAR ON HIGHWAY, DRIVER HURT', ['drone_strike 2025-06-14 Kursk Oblast'], []],
  // a target the sentence names comes first
  ['Kharkiv Mayor Ihor Terekhov said drones hit the town of Chuhuiv on Friday.', ['drone_strike 2025-06-13 Chuhuyiv'], ['drone_strike 2025-06-13 Kharkiv']],
  ['The Kyiv city council said drones hit Zhytomyr on Friday.', ['drone_strike 2025-06-13 Zhytomyr'], ['drone_strike 2025-06-13 Kyiv']],
  // an official with no place, or a national government named by its capital, places nothing
  ['Governor Oleh Syniehubov said drones hit a car on Friday.', [], ['drone_strike 2025-06-13 Kharkiv Oblast']],
  ['Kyiv officials said drones hit a car on Friday.', [], ['drone_strike 2025-06-13 Kyiv']],
]);

table('meetings held in two countries on one day are two meetings, not one told twice', [
  [
    'At the summit in Rome, Biden called an emergency meeting of G7 leaders on Wednesday. NATO envoys met in Brussels on Wednesday at Warsaw\'s request.',
    ['meeting 2025-06-11 Rome', 'meeting 2025-06-11 Brussels'],
    [],
  ],
  ['Zelenskyy met Tusk in Warsaw on Monday and later held talks with Scholz in Berlin.', ['meeting 2025-06-09 Warsaw', 'meeting 2025-06-09 Berlin'], []],
  // one meeting told twice in one country stays one
  ['Zelenskyy met Erdogan in Ankara on Thursday. The Ankara talks lasted three hours, Erdogan said on Thursday.', ['meeting 2025-06-12 Ankara'], []],
]);

table('"the next meeting", "their next call": still to come, a plan when dated, else no event', [
  ['The next meeting of the two delegations will be held in Istanbul on Monday.', ['meeting 2025-06-16 Istanbul'], []],
  // "the next day" dates the event, it does not make it a plan
  ['Talks opened in Geneva on Thursday and resumed there the next day.', ['meeting 2025-06-12 Geneva'], []],
]);

t.test('the modality of "the next" event: planned when dated, else a prospect', async (t) => {
  const at = (text: string, word: string, dated: boolean) => {
    const tokens = tokenize(text);
    return modalityAt(tokens, tokens.findIndex((tk) => tk.lower === word), text, dated);
  };
  t.equal(at('Starmer suggested, in French, that the next meeting take place in London.', 'meeting', false), 'hypothetical');
  t.equal(at('Their next call is set for Monday.', 'call', true), 'planned');
  t.equal(at('Starmer said the meeting took place in London.', 'meeting', false), 'occurred');
});

table('a name the gazetteer lacks is a place when the sentence tells its kind (air bases, airfields, villages) or its region', [
  ['On Friday drones struck bombers at the Engels and Shaykovka air bases.', ['drone_strike 2025-06-13 Engels', 'drone_strike 2025-06-13 Shaykovka'], []],
  ['On Friday drones launched from lorries struck Russian airfields including Morozovsk and Millerovo.', ['drone_strike 2025-06-13 Morozovsk', 'drone_strike 2025-06-13 Millerovo'], []],
  ['Drones hit Savasleyka and Borisoglebsk, two bases that hold fighter jets, on Friday.', ['drone_strike 2025-06-13 Savasleyka', 'drone_strike 2025-06-13 Borisoglebsk'], []],
  ['Troops took Pishchane in the Kharkiv region on Friday.', ['territorial_capture 2025-06-13 Pishchane/Kharkiv Oblast'], []],
  // a day, an opening word or a people's adjective is no place of that kind
  ['On Thursday in the Sumy region, drones hit a bus.', ['drone_strike 2025-06-12 Sumy Oblast'], ['drone_strike 2025-06-12 On Thursday']],
  ['Drones hit Russian and Belarusian air bases on Friday.', [], ['drone_strike 2025-06-13 Belarusian', 'drone_strike 2025-06-13 Russian']],
  ['Zelenskyy in the Kharkiv region said drones hit a bus on Thursday.', [], ['drone_strike 2025-06-12 Zelenskyy']],
]);

table('aid given, released or frozen by the verbs of money and arms (disburse, release, earmark, unblock, hand over, froze)', [
  ['The EU disbursed 4.2 billion euros to Ukraine on Thursday.', ['aid_decision 2025-06-12'], []],
  ['Japan released 3 billion dollars in budget support for Kyiv on Friday.', ['aid_decision 2025-06-13'], []],
  ['Berlin unblocked a 500 million euro tranche for Ukraine on Thursday.', ['aid_decision 2025-06-12'], []],
  ['Denmark earmarked 200 million euros for Ukrainian arms production on Friday.', ['aid_decision 2025-06-13'], []],
  ['Belgium handed over the first F-16s to Ukraine on Thursday.', ['aid_decision 2025-06-12'], []],
  ['Washington froze all military aid to Ukraine on Friday.', ['aid_decision 2025-06-13'], []],
  // prisoners released or bodies handed over are an exchange; a state of being frozen, or assets frozen, no decision
  ['Russia released 1,000 prisoners of war on Friday.', ['prisoner_exchange 2025-06-13'], ['aid_decision 2025-06-13']],
  ['Kyiv handed over the bodies of 900 soldiers on Friday.', [], ['aid_decision 2025-06-13']],
  ['The loan is backed by frozen Russian assets worth 300 billion dollars, the EU said on Friday.', [], ['aid_decision 2025-06-13']],
  ['Aid remains frozen, officials said on Friday.', [], ['aid_decision 2025-06-13']],
]);

table('a headline passive without its "was" names its place as the subject ("Kyiv hit by drones overnight")', [
  ['Kyiv hit by drones overnight, two dead', ['drone_strike 2025-06-14 Kyiv'], []],
  ['Kherson shelled again on Friday as evacuation continues', ['shelling 2025-06-13 Kherson'], []],
  ['Sumy, Kharkiv hit by Russian missiles on Thursday', ['missile_strike 2025-06-12 Sumy', 'missile_strike 2025-06-12 Kharkiv'], []],
  ['Kupiansk retaken by Ukrainian troops on Friday', ['territorial_capture 2025-06-13 Kupiansk'], []],
  ['07:40 — Zaporizhzhia attacked by drones overnight', ['drone_strike 2025-06-14 Zaporizhzhia'], []],
  // a verb with an object is no passive
  ['Kyiv captured the mood of the week, critics said on Friday.', [], ['territorial_capture 2025-06-13 Kyiv']],
  ['Moscow hit back at the sanctions on Friday.', [], ['missile_strike 2025-06-13 Moscow', 'drone_strike 2025-06-13 Moscow']],
]);

table('"release" of money is the verb, not the noun of a press release', [
  ['The government will release 2 billion dollars for Ukraine on Monday.', ['aid_decision 2025-06-16'], []],
  ['A press release on Friday put the package at 2 billion.', [], ['aid_decision 2025-06-13']],
]);

table('verbs of impact that also mean harsh words place their object only when a weapon is their subject', [
  ['Russian missiles slammed into the port of Izmail on Friday.', ['missile_strike 2025-06-13 Izmail'], []],
  ['Two ballistic missiles slam Poltava on Thursday, killing nine', ['missile_strike 2025-06-12 Poltava'], []],
  ['Drones battered Zaporizhzhia for four hours on Friday night.', ['drone_strike 2025-06-13 Zaporizhzhia'], []],
  ['Rockets smashed Kramatorsk on Thursday, the governor said.', ['missile_strike 2025-06-12 Kramatorsk'], []],
  // a leader or a critic who slams a city says hard words about it
  ['Zelenskyy slammed Moscow on Friday over the missile attacks.', [], ['missile_strike 2025-06-13 Moscow']],
  ['Critics slam Kyiv over drone procurement on Friday', [], ['drone_strike 2025-06-13 Kyiv']],
]);

table('a struck thing owned by a city ("hit Odesa\'s port") places the strike in the city', [
  ['Rockets hit Mykolaiv\'s shipyard on Thursday, the governor said.', ['missile_strike 2025-06-12 Mykolaiv'], []],
  ['A drone struck Kharkiv\'s northern district on Friday.', ['drone_strike 2025-06-13 Kharkiv'], []],
  ['Guided bombs pounded Kostiantynivka\'s centre on Friday.', ['air_strike 2025-06-13 Kostiantynivka'], []],
  // people of a city are no target
  ['Officials in Kyiv\'s government said on Friday that drones were being built.', [], ['drone_strike 2025-06-13 Kyiv']],
]);

table('a city naming a strike as its attribute, across the weapon and without an article in a headline', [
  ['Poltava missile strike on Thursday: death toll rises to 51', ['missile_strike 2025-06-12 Poltava'], []],
  ['Kharkiv drone attack overnight leaves three hurt', ['drone_strike 2025-06-14 Kharkiv'], []],
  ['The Sumy missile attack of Thursday killed eleven.', ['missile_strike 2025-06-12 Sumy'], []],
  ['Lviv drone raid overnight damages a school', ['drone_strike 2025-06-14 Lviv'], []],
  // a city naming makers or a fair of drones names no strike
  ['Odesa drone makers unveiled a new model on Friday.', [], ['drone_strike 2025-06-13 Odesa']],
  ['Kyiv drone fair opens on Friday with 200 exhibitors', [], ['drone_strike 2025-06-13 Kyiv']],
]);

table('a missile or drone named by its model alone is the weapon (Storm Shadows, Kh-22, Tochka-U, Lancet)', [
  ['British Storm Shadows struck a headquarters in Melitopol on Thursday.', ['missile_strike 2025-06-12 Melitopol'], []],
  ['A Kh-22 hit an apartment block in Dnipro on Friday, the air force said.', ['missile_strike 2025-06-13 Dnipro'], []],
  ['A Tochka-U came down on the station in Kramatorsk on Friday.', ['missile_strike 2025-06-13 Kramatorsk'], []],
  ['Zircons were launched at Kyiv on Friday, officials said.', ['missile_strike 2025-06-13 Kyiv'], []],
  ['A Lancet destroyed a howitzer near Kherson on Friday.', ['drone_strike 2025-06-13 Kherson'], []],
  // a weapon promised, refused or made is no strike; a storm and a shadow are no weapon
  ['Britain will send more Storm Shadows to Ukraine, officials said on Friday.', [], ['missile_strike 2025-06-13 Ukraine']],
  ['Germany again refused to deliver Taurus missiles, the chancellor said in Berlin on Friday.', [], ['missile_strike 2025-06-13 Berlin']],
  ['A storm hit Odesa on Friday, flooding streets.', [], ['missile_strike 2025-06-13 Odesa', 'drone_strike 2025-06-13 Odesa']],
  ['Lancet drone maker shows a new model in Moscow on Friday', [], ['drone_strike 2025-06-13 Moscow']],
]);

table('fights as a noun of combat, gunfights and shootouts, and troops storming a place are armed clashes', [
  ['Heavy fights went on near Chasiv Yar on Friday, the General Staff said.', ['armed_clash 2025-06-13 Chasiv Yar'], []],
  ['On Thursday the fights continued in the streets of Toretsk.', ['armed_clash 2025-06-12 Toretsk'], []],
  ['Gunfights broke out in Vovchansk on Friday.', ['armed_clash 2025-06-13 Vovchansk'], []],
  ['A shootout erupted at a checkpoint near Belgorod on Friday.', ['armed_clash 2025-06-13 Belgorod'], []],
  ['Russian assault groups stormed Krynky on Thursday.', ['armed_clash 2025-06-12 Krynki'], []],
  ['On Friday the enemy is storming Pokrovsk from three sides.', ['armed_clash 2025-06-13 Pokrovsk'], []],
  // fighting corruption or inflation, a storm over a city, a prize fight are no combat
  ['Zelenskyy vowed on Friday to fight corruption in Kyiv.', [], ['armed_clash 2025-06-13 Kyiv']],
  ['The fight against inflation in Moscow went on on Friday.', [], ['armed_clash 2025-06-13 Moscow']],
  ['A storm lashed Odesa on Friday, flooding streets.', [], ['armed_clash 2025-06-13 Odesa']],
  ['Boxing: two title fights in Lviv on Friday drew big crowds.', [], ['armed_clash 2025-06-13 Lviv']],
]);

table('one shell told by what it did is shelling', [
  ['Yesterday a shell went through the roof of the hospital in Vovchansk.', ['shelling 2025-06-13 Vovchansk'], []],
  ['A shell exploded in a courtyard in Nikopol on Friday.', ['shelling 2025-06-13 Nikopol'], []],
  ['An artillery shell tore into a bus in Kherson on Friday.', ['shelling 2025-06-13 Kherson'], []],
  // a company, a shell of a building, a shell made are none
  ['Shell went ahead with its exit from Sakhalin on Friday, the company said in Moscow.', [], ['shelling 2025-06-13 Moscow']],
  ['Only the shell of the theatre in Mariupol was left standing on Friday.', [], ['shelling 2025-06-13 Mariupol']],
]);

table('the verbless line of a diary, ticker or digest: a weapon on or over a place', [
  ['Missiles on Kyiv this morning, we heard it on the radio.', ['missile_strike 2025-06-14 Kyiv'], []],
  ['Friday, 13 June — drones over Odesa, power out in two districts.', ['drone_strike 2025-06-13 Odesa'], []],
  ['13 June: shells on Nikopol again, two wounded.', ['shelling 2025-06-13 Nikopol'], []],
  // a weapon that is itself the object of a preposition or a verb is no strike
  ['A ban on drones over Kyiv took effect on Friday.', [], ['drone_strike 2025-06-13 Kyiv']],
  ['The factory that makes shells in Kyiv doubled its output on Friday.', [], ['shelling 2025-06-13 Kyiv']],
  ['Lawmakers debated limits for missiles on Friday in Kyiv.', [], ['missile_strike 2025-06-13 Kyiv']],
]);

table('troops going into a place, the holder coming out of it, a place taken as a passive subject', [
  ['On Friday, Ukraine\'s soldiers went back into the city of Kherson.', ['territorial_capture 2025-06-13 Kherson'], []],
  ['The first Ukrainian soldiers came into Lyman on Friday, residents said.', ['territorial_capture 2025-06-13 Lyman'], []],
  ['The garrison slipped out of Mariupol on Friday under cover of darkness.', ['territorial_capture 2025-06-13 Mariupol'], []],
  ['A little before dawn on Friday we walked out of Avdiivka.', ['territorial_capture 2025-06-13 Avdiivka'], []],
  ['Bakhmut is a ruin. On Friday Prigozhin announced that the city had been taken.', ['territorial_capture 2025-06-13 Bakhmut'], []],
  ['Kupiansk had been taken by Russian forces by Friday, officials said.', ['territorial_capture 2025-06-13 Kupiansk'], []],
  // people leaving or reporters arriving take no ground; a decision taken is no place taken
  ['On Friday we drove out of Kharkiv towards Lviv with the children.', [], ['territorial_capture 2025-06-13 Kharkiv']],
  ['The family came out of Mariupol through a humanitarian corridor on Friday.', [], ['territorial_capture 2025-06-13 Mariupol']],
  ['Reporters went into Kherson on Friday with the troops.', [], ['territorial_capture 2025-06-13 Kherson']],
  ['Bakhmut was shelled all week. On Friday the decision had been taken to evacuate the city.', [], ['territorial_capture 2025-06-13 Bakhmut']],
]);

table('a question word left after "of", "over", "near" asks about a dated event as given, as a quiz does', [
  ['On 3 May, two drones exploded over the dome of which building in Moscow?', ['drone_strike 2025-05-03 Moscow'], []],
  ['On Thursday a missile killed nine people near which village in Kharkiv region?', ['missile_strike 2025-06-12 Kharkiv Oblast'], []],
  ['On Friday, drones hit the roof of which hospital in Odesa?', ['drone_strike 2025-06-13 Odesa'], []],
  // a yes/no question, or one about the future, asserts nothing
  ['Will drones hit the centre of which city in Ukraine next week?', [], ['drone_strike 2025-06-16 Ukraine']],
  ['Did drones hit the roof of the hospital in Odesa on Friday?', [], ['drone_strike 2025-06-13 Odesa']],
]);

table('an event a past day owns ("yesterday\'s missile attack", "last night\'s raid") is presupposed in any mood', [
  ['The mayor asked residents to light candles for the victims of yesterday\'s missile attack on Dnipro.', ['missile_strike 2025-06-13 Dnipro'], []],
  ['If last night\'s missile strike on Kharkiv shows anything, it is that air defence is thin.', ['missile_strike 2025-06-14 Kharkiv'], []],
  ['Kyiv wants Moscow to pay for yesterday\'s drone strike on Sumy.', ['drone_strike 2025-06-13 Sumy'], []],
  // a day to come owns a plan, and a strike merely threatened is owned by no day
  ['Kyiv wants to stop tomorrow\'s drone strike on Sumy.', [], ['drone_strike 2025-06-15 Sumy']],
  ['Moscow threatened a missile strike on Kyiv if the talks fail, officials said on Friday.', [], ['missile_strike 2025-06-13 Kyiv']],
]);

table('a weapon used against a place is a strike; leave to use one is a permission', [
  ['Moscow condemned Ukraine\'s use of ATACMS missiles against the Belgorod region on Thursday.', ['missile_strike 2025-06-12 Belgorod Oblast'], []],
  ['Russia used glide bombs against Kostiantynivka on Friday, the governor said.', ['air_strike 2025-06-13 Kostiantynivka'], []],
  ['On Friday Ukraine used long-range drones against a refinery in Saratov.', ['drone_strike 2025-06-13 Saratov'], []],
  // permitted, approved, restricted or banned use
  ['Washington allowed Kyiv to use ATACMS against targets in Kursk region on Friday.', [], ['missile_strike 2025-06-13 Kursk Oblast']],
  ['Britain has approved the use of Storm Shadows against targets in Russia, officials said on Friday.', [], ['missile_strike 2025-06-13 Russia']],
  ['Britain lifted restrictions on the use of Storm Shadows against targets in Russia on Friday.', [], ['missile_strike 2025-06-13 Russia']],
]);

table('a sentence that notes an event asserts it: "noted", "notes", "noting" are no negation', [
  ['The ministry noted that drones struck an oil depot in Bryansk on Friday.', ['drone_strike 2025-06-13 Bryansk'], []],
  ['The company notes the meeting of the two delegations in Istanbul on Thursday.', ['meeting 2025-06-12 Istanbul'], []],
  ['Noting that missiles hit Odesa on Friday, the minister asked for more air defence.', ['missile_strike 2025-06-13 Odesa'], []],
  // a real negation still negates
  ['The ministry said no drones struck Bryansk on Friday.', [], ['drone_strike 2025-06-13 Bryansk']],
  ['The two delegations did not meet in Istanbul on Thursday.', [], ['meeting 2025-06-12 Istanbul']],
]);

table('a guest greeted, welcomed or hosted is met; a decision or a call welcomed or received is not', [
  ['Zelenskyy\'s car pulled up at the West Wing on Friday, and President Trump greeted him on the steps.', ['meeting 2025-06-13'], []],
  ['On Friday Stubb greeted the Ukrainian president, Volodymyr Zelenskyy, at the palace in Helsinki.', ['meeting 2025-06-13 Helsinki'], []],
  ['On Thursday Putin hosted Chinese leader Xi Jinping in the Kremlin.', ['meeting 2025-06-12 Moscow'], []],
  ['Erdogan welcomed Zelenskyy in Ankara on Friday.', ['meeting 2025-06-13 Ankara'], []],
  ['On Friday Zelenskyy was warmly welcomed by Emmanuel Macron in Paris.', ['meeting 2025-06-13 Paris'], []],
  ['On Friday he was greeted by Erdogan in Ankara.', ['meeting 2025-06-13 Ankara'], []],
  ['Trump\'s decision was welcomed by Zelenskyy in Kyiv on Friday.', [], ['meeting 2025-06-13 Kyiv']],
  // the object is a thing of the person's, or no one
  ['On Friday Zelenskyy welcomed Trump\'s decision to send more Patriots.', [], ['meeting 2025-06-13']],
  ['On Friday Zelenskyy welcomed the decision by Trump in Kyiv.', [], ['meeting 2025-06-13 Kyiv']],
  ['On Friday Zelenskyy received a phone call from Trump.', ['phone_call 2025-06-13'], ['meeting 2025-06-13']],
  ['Residents of Kharkiv greeted the news with relief on Friday.', [], ['meeting 2025-06-13 Kharkiv']],
]);

table('leaders who shake hands, or sit with each other for hours, met', [
  ['On Friday Trump and Putin shook hands on the tarmac in Anchorage.', ['meeting 2025-06-13 Anchorage'], []],
  ['On Thursday Grossi spent the morning in Kyiv shaking hands with Volodymyr Zelenskyy.', ['meeting 2025-06-12 Kyiv'], []],
  ['A handshake between Xi Jinping and Vladimir Putin in Moscow on Friday opened the visit.', ['meeting 2025-06-13 Moscow'], []],
  ['On Friday Witkoff sat with Vladimir Putin in Moscow for more than three hours.', ['meeting 2025-06-13 Moscow'], []],
  ['Sybiha sat with the Chinese delegation in Geneva on Thursday.', ['meeting 2025-06-12 Geneva'], []],
  // shaking or sitting with no other side
  ['The explosion shook buildings in Kyiv on Friday.', [], ['meeting 2025-06-13 Kyiv']],
  ['On Friday Zelenskyy shook hands with soldiers in Bakhmut.', [], ['meeting 2025-06-13 Bakhmut']],
  ['On Friday the mayor sat with reporters in Odesa.', [], ['meeting 2025-06-13 Odesa']],
  ['On Friday you sat in the metro in Kyiv with your neighbours.', [], ['meeting 2025-06-13 Kyiv']],
]);

table('a prisoner swap named by the counts traded ("the 175-for-175 exchange", "1000 for 1000")', [
  ['On Friday Russia and Ukraine carried out a 175-for-175 exchange.', ['prisoner_exchange 2025-06-13'], []],
  ['Kyiv and Moscow held a 1,000-for-1,000 swap on Friday.', ['prisoner_exchange 2025-06-13'], []],
  ['The talks led to the largest exchange of the war, "1000 for 1000", carried out on 12 June.', ['prisoner_exchange 2025-06-12'], []],
  ['246 for 246 on Friday, in the latest exchange before Easter.', ['prisoner_exchange 2025-06-13'], []],
  // a participle of agreeing after the swap dates the agreeing: the day the line leads with dates the swap
  ['12–13 June 2025 — The 500-for-500 exchange agreed in Istanbul on 2 June is carried out in two stages.', ['prisoner_exchange 2025-06-12 Istanbul'], ['prisoner_exchange 2025-06-02 Istanbul']],
  // counts of other things, or an exchange of fire or blows
  ['The two sides began a tit-for-tat exchange of drone strikes on Friday.', [], ['prisoner_exchange 2025-06-13']],
  ['On Friday the units kept up a 3-for-3 exchange of fire near Pokrovsk.', [], ['prisoner_exchange 2025-06-13']],
  ['Shakhtar went 3 for 3 on Friday.', [], ['prisoner_exchange 2025-06-13']],
  ['On Friday the ministry bought 100 drones for 1,000 dollars each.', [], ['prisoner_exchange 2025-06-13']],
]);

table('explosions in a place, in a story of strikes, are that strike at the place; with no strike told they are none', [
  ['On Friday missiles hit Kharkiv at dawn. Explosions also in central Poltava in the morning rush hour.', ['missile_strike 2025-06-13 Poltava'], []],
  ['Drones struck Odesa overnight into Friday. Blasts rocked Izmail an hour later, officials said.', ['drone_strike 2025-06-13 Izmail'], []],
  ['On Friday explosions were heard in Sumy and Konotop; missiles had been launched from Kursk.', ['missile_strike 2025-06-13 Sumy', 'missile_strike 2025-06-13 Konotop'], []],
  // no strike anywhere in the story: an accident, a demolition, a figure of speech
  ['An explosion at a gas plant in Tula on Friday killed two workers, the company said.', [], ['drone_strike 2025-06-13 Tula', 'missile_strike 2025-06-13 Tula']],
  ['On Friday the opposition blasted the minister in Kyiv over the budget.', [], ['drone_strike 2025-06-13 Kyiv']],
]);

table('the strike told again by what it did at places the sentence adds ("the same attack also damaged ... in the Lviv region")', [
  [
    'Early on Friday Russian cruise missiles struck two apartment blocks in Ternopil. The same attack also damaged power lines in the Lviv region and in the Rivne region.',
    ['missile_strike 2025-06-13 Ternopil', 'missile_strike 2025-06-13 Lviv Oblast', 'missile_strike 2025-06-13 Rivne Oblast'],
    [],
  ],
  ['Drones hit Kharkiv on Friday night. The attack knocked out power in Izium.', ['drone_strike 2025-06-13 Izium'], []],
  // an attack of words, or one that damaged no place
  ['On Friday Kyiv condemned the strike on Sumy. The attack damaged trust between the allies.', [], ['drone_strike 2025-06-13 Kyiv']],
]);

table('strikes at one place told in the entries of two days are two strikes', [
  [
    'From Thursday to Saturday our app sent 9 alerts.\n\nTHURSDAY 12 JUNE\n07:10 — Missiles hit Kharkiv at dawn.\n07:40 — Blasts also in Poltava and Sumy.\n\nFRIDAY 13 JUNE\n06:55 — Second morning running: missiles hit a power plant in Poltava.',
    ['missile_strike 2025-06-12 Poltava', 'missile_strike 2025-06-13 Poltava', 'missile_strike 2025-06-12 Sumy'],
    [],
  ],
]);

table('an event dated by a list of days is told once per day; two days running, or "between" two days, are one span', [
  ['The talks in Geneva, which took place on 9 March and 14 April, were hosted by the Swiss side.', ['meeting 2025-03-09 Geneva', 'meeting 2025-04-14 Geneva'], []],
  ['Drones hit Odesa on 3 June, 7 June and 11 June, the governor said.', ['drone_strike 2025-06-03 Odesa', 'drone_strike 2025-06-07 Odesa', 'drone_strike 2025-06-11 Odesa'], []],
  // a span, not a list
  ['Drones hit Odesa between 3 June and 5 June.', ['drone_strike 2025-06-03 Odesa'], ['drone_strike 2025-06-05 Odesa']],
  ['Baltic defence ministers met in Vilnius on Monday and Tuesday.', ['meeting 2025-06-09 Vilnius'], ['meeting 2025-06-10 Vilnius']],
]);

table('weapons that fall or rain on places, past a comparison or an adverb, struck them', [
  ['On Friday more missiles than ever before fell on the country: on Kharkiv, on Poltava, on Sumy.', ['missile_strike 2025-06-13 Kharkiv', 'missile_strike 2025-06-13 Poltava', 'missile_strike 2025-06-13 Sumy'], []],
  ['More drones than ever before fell on Odesa on Friday night.', ['drone_strike 2025-06-13 Odesa'], []],
  ['Rockets again fell on Kherson on Friday, the governor said.', ['missile_strike 2025-06-13 Kherson'], []],
  // what of a weapon is counted or traded falls in a market's sense
  ['Missile prices fell on Friday in Moscow.', [], ['missile_strike 2025-06-13 Moscow']],
  ['On Friday drone exports fell sharply in China.', [], ['drone_strike 2025-06-13 China']],
]);

t.test('a meeting of several days told by the day it ended ends on that day', async (t) => {
  const span = (body: string) => extractArticle({ title: 'Test', body, publishedAt: PUBLISHED }, { now: new Date(PUBLISHED) }).events.filter((e) => e.type === 'meeting').map((e) => `${e.startDate}..${e.endDate}`);
  t.same(span("NATO's two-day summit in Vilnius ended on Wednesday with no timetable."), ['2025-06-10..2025-06-11']);
  t.same(span('The three-day talks in Geneva concluded on Friday.'), ['2025-06-11..2025-06-13']);
  // a day it opened or was held on is its first
  t.same(span('The two-day summit in Vilnius opened on Tuesday.'), ['2025-06-10..2025-06-11']);
  // what was done on the day told "after a N-day summit" came after it: that day was its last (7b6f3c0)
  t.same(span('The leaders left Brussels on Friday after a two-day summit.'), ['2025-06-12..2025-06-13']);
  t.same(span('EU leaders left Brussels yesterday after a two-day summit on defence.'), ['2025-06-12..2025-06-13']);
  t.same(span('Macron flew home on Thursday after a three-day visit to Kyiv.'), ['2025-06-10..2025-06-12']);
  // a summit told by its length is a meeting; a day before it, with no "after", is its first
  t.same(span('On Monday the leaders gathered in Rome for a two-day summit.'), ['2025-06-09..2025-06-10']);
});

table('a call told from the side that took it: "received a call from X" is a phone call; "a call from X for Y" is an appeal', [
  ['Putin received a call from Erdogan on Tuesday.', ['phone_call 2025-06-10'], []],
  ['On Friday Zelenskyy took a call from US President Donald Trump.', ['phone_call 2025-06-13'], []],
  ['The Kremlin said Putin had a lengthy call from Macron on Wednesday about the plant.', ['phone_call 2025-06-11'], []],
  ['Starmer fielded a late-night call from Zelenskyy on Thursday.', ['phone_call 2025-06-12'], []],
  // an appeal made by someone, not a call made to someone
  ['Kyiv welcomed a call from Zelenskyy for more air defence on Friday.', [], ['phone_call 2025-06-13']],
  ['There was a call from Trump to end the war on Tuesday.', [], ['phone_call 2025-06-10']],
  ['On Monday allies answered a call from Scholz urging faster deliveries.', [], ['phone_call 2025-06-09']],
  // no person named after "from"
  ['The appeal followed a call from the Vatican on Sunday.', [], ['phone_call 2025-06-08']],
]);

table('a call quoted whole as the readout judged it, its partner after the quotation', [
  ['Trump said on Monday he had "a very good call" with Putin.', ['phone_call 2025-06-09'], []],
  ["Zelenskyy said on Friday he had had 'a productive conversation' with Starmer.", ['phone_call 2025-06-13'], []],
  ['On Tuesday Macron described “a frank call” with Putin lasting two hours.', ['phone_call 2025-06-10'], []],
  // a quoted phrase that is no call, and a call that is an appeal
  ['He said on Thursday the strike was "a wake-up call" for Europe.', [], ['phone_call 2025-06-12']],
  ['On Friday she issued "a call" for calm.', [], ['phone_call 2025-06-13']],
]);

table('a truce extended, renewed or taking hold is a truce, dated by that day', [
  ['Both sides extended the ceasefire on Thursday for another month.', ['ceasefire 2025-06-12'], []],
  ['The ceasefire was renewed on Monday for a further 60 days.', ['ceasefire 2025-06-09'], []],
  ['Moscow prolonged the Easter truce on Sunday by a day.', ['ceasefire 2025-06-08'], []],
  ['A fragile truce took hold on Friday after weeks of fighting.', ['ceasefire 2025-06-13'], []],
  ['Ceasefire takes hold in eastern Ukraine', ['ceasefire 2025-06-14'], []],
  // a truce only hoped to take hold, a truce that holds, a line named after a truce
  ['Officials hoped the ceasefire would take hold, but shelling resumed on Friday.', [], ['ceasefire 2025-06-13']],
  ['Russia wants to extend its control beyond the ceasefire line on Friday.', [], ['ceasefire 2025-06-13']],
  ['The truce held on Friday despite sporadic shelling.', [], ['ceasefire 2025-06-13']],
]);

table('a visit is held where the visitor went: "visited Kherson", "toured Izium", "a trip to Bakhmut", "a visit to Odesa"', [
  ['Macron visited Kherson on Monday.', ['meeting 2025-06-09 Kherson'], []],
  ['On Monday Zelenskyy visited Lviv and met the mayor.', ['meeting 2025-06-09 Lviv'], []],
  ['Zelenskyy toured the front line near Kupiansk on Thursday.', ['meeting 2025-06-12 Kupiansk'], []],
  ['On Friday Zelenskyy made a surprise trip to Bakhmut.', ['meeting 2025-06-13 Bakhmut'], []],
  ['On Friday Starmer paid a visit to Odesa.', ['meeting 2025-06-13 Odesa'], []],
  ['Macron tours Odesa port as drones circle', ['meeting 2025-06-14 Odesa'], []],
  ['Zelenskyy visits Izium', ['meeting 2025-06-14 Izium'], []],
  // things and crowds travel too, and a band tours: no visitor named before them
  ['The aid convoy\'s journey to Kharkiv took three days, the ministry said on Friday.', [], ['meeting 2025-06-13 Kharkiv']],
  ['Zelenskyy said on Friday that refugees faced a long journey to Lviv.', [], ['meeting 2025-06-13 Lviv']],
  ['The orchestra toured Odesa on Friday.', [], ['meeting 2025-06-13 Odesa']],
]);

table('an undertaking not to attack is a truce: "pledged not to strike", "agreed not to attack", "promised never to target"', [
  ["Russia pledged on Tuesday not to strike Ukraine's energy infrastructure for 30 days.", ['ceasefire 2025-06-10'], []],
  ["Both sides agreed on Tuesday not to attack each other's ports.", ['ceasefire 2025-06-10'], []],
  ['Moscow promised on Friday never to target civilian ships in the Black Sea.', ['ceasefire 2025-06-13'], []],
  ['The two sides undertook on Tuesday not to fire on the nuclear plant.', ['ceasefire 2025-06-10'], []],
  // saying one will not strike undertakes nothing; an undertaking refused or of something else is no truce
  ['Putin said on Friday he would not strike Kyiv.', [], ['ceasefire 2025-06-13']],
  ['Moscow refused on Friday to promise not to attack the city.', [], ['ceasefire 2025-06-13']],
  ['NATO pledged on Friday not to send troops to Ukraine.', [], ['ceasefire 2025-06-13']],
  ['Kyiv vowed on Friday to strike back, not to negotiate.', [], ['ceasefire 2025-06-13']],
]);

table('a place the gazetteer lacks, named with an apposition that calls it a settlement, is where the strike hit', [
  ['Yesterday afternoon a missile fell on a grain dryer in Zolotarivka, a Polish village six kilometres from the border.', ['missile_strike 2025-06-13 Zolotarivka'], []],
  ['A drone hit a house in Khutirske, a village near the border, on Friday.', ['drone_strike 2025-06-13 Khutirske'], []],
  ['On Friday a missile struck Hrozenka, a small town in the south.', ['missile_strike 2025-06-13 Hrozenka'], []],
  ['In Pidlisne, a hamlet of 300 people, a drone hit the school on Friday.', ['drone_strike 2025-06-13 Pidlisne'], []],
  // a month, a person, or a name whose apposition is no settlement is no place
  ['A drone hit a house in March, a month after the town was retaken.', [], ['drone_strike 2025-03-01 March']],
  ['Drones struck Kharkiv on Friday, hitting Oleksandr, a man from the village.', [], ['drone_strike 2025-06-13 Oleksandr']],
  ['A missile hit a school in Zolotarivka, a family-run farm near the border, on Friday.', [], ['missile_strike 2025-06-13 Zolotarivka']],
]);

table('the medium as one noun: "held a videoconference with", "a video-call between" is a call', [
  ['Zelenskyy held a videoconference with EU leaders on Thursday.', ['phone_call 2025-06-12'], []],
  ['On Monday there was a video-call between the two foreign ministers, Lavrov and Wang Yi.', ['phone_call 2025-06-09'], []],
  ['Macron and Scholz held a teleconference with Zelenskyy on Friday.', ['phone_call 2025-06-13'], []],
  // an audience is no other side; a medium with no other side is no call
  ['Zelenskyy held a videoconference with reporters on Friday.', [], ['phone_call 2025-06-13']],
  ['Zelenskyy addressed the summit by videoconference on Friday.', [], ['phone_call 2025-06-13']],
]);

table('a place given up, left by forces withdrawn or ordered out, or under a flag raised over it, changed hands', [
  ['Ukraine gave up Pokrovsk on Wednesday.', ['territorial_capture 2025-06-11 Pokrovsk'], []],
  ['Ukraine withdrew its forces from Avdiivka on Saturday.', ['territorial_capture 2025-06-14 Avdiivka'], []],
  ['On Saturday Syrskyi ordered the troops out of Avdiivka.', ['territorial_capture 2025-06-14 Avdiivka'], []],
  ['Zelenskyy ordered the units out of Kupiansk on Friday.', ['territorial_capture 2025-06-13 Kupiansk'], []],
  ['The Ukrainian flag was raised over Kherson on Friday.', ['territorial_capture 2025-06-13 Kherson'], []],
  // hope, an ambassador, a barracks, a deal: nothing of the ground changes hands
  ['Residents gave up hope in Kharkiv on Friday.', [], ['territorial_capture 2025-06-13 Kharkiv']],
  ['On Friday the general ordered troops out of their barracks in Kharkiv.', [], ['territorial_capture 2025-06-13 Kharkiv']],
  ['Kyiv withdrew its ambassador from Minsk on Friday.', [], ['territorial_capture 2025-06-13 Minsk']],
  ['Russia withdrew its forces from the grain deal talks in Istanbul on Friday.', [], ['territorial_capture 2025-06-13 Istanbul']],
]);

table('missiles and drones given to Ukraine, and arms paid for, are aid ("would supply SCALP missiles to Ukraine", "fund weapons for Ukraine")', [
  ['On Tuesday, France said it would supply long-range cruise missiles to Ukraine.', ['aid_decision 2025-06-10'], []],
  ['Germany pledged on Thursday to deliver 20 more air-defence missiles to Kyiv.', ['aid_decision 2025-06-12'], []],
  ['Germany will provide Ukraine with more IRIS-T missiles, Berlin said on Friday.', ['aid_decision 2025-06-13'], []],
  ['Britain gave Ukrainian forces 10,000 drones on Wednesday.', ['aid_decision 2025-06-11'], []],
  ['The Netherlands said on Friday it would fund a package of US-made weapons for Ukraine.', ['aid_decision 2025-06-13'], []],
  // a blow delivered, drones sent at a city, arms given to another state, a minister of finance
  ['Russia delivered a massive missile strike on Kyiv on Friday.', [], ['aid_decision 2025-06-13']],
  ['Russia sent 200 drones to Kyiv on Friday night.', [], ['aid_decision 2025-06-13']],
  ['Iran supplied Shahed drones to Russia on Friday.', [], ['aid_decision 2025-06-13']],
  ["Ukraine's Finance Minister said on Friday that the war would last.", [], ['aid_decision 2025-06-13']],
]);

table('an army by any of its names crossing or pushing across a border is fighting where it crossed', [
  ['On Tuesday the enemy crossed the border near Sudzha with tanks.', ['armed_clash 2025-06-10 Sudzha'], []],
  ['Two battalions crossed into the Kursk region on Tuesday.', ['armed_clash 2025-06-10 Kursk Oblast'], []],
  ['Ukrainian units pushed across the border into Kursk Oblast on Tuesday.', ['armed_clash 2025-06-10 Kursk Oblast'], []],
  ['On Friday the occupiers moved across the border near Vovchansk.', ['armed_clash 2025-06-13 Vovchansk'], []],
  // people and goods crossing a border do not fight
  ['Refugees crossed the border into Poland on Friday.', [], ['armed_clash 2025-06-13 Poland']],
  ['Trucks with grain pushed across the border near Izmail on Friday.', [], ['armed_clash 2025-06-13 Izmail']],
  ['The president crossed the border into Poland by train on Friday.', [], ['armed_clash 2025-06-13 Poland']],
]);

t.test('a truce or talks reported to begin on a day ("said a truce would begin on Saturday") are planned, not a mere possibility', async (t) => {
  const planned = (body: string) => extractArticle({ title: 'Test', body, publishedAt: PUBLISHED }, { now: new Date(PUBLISHED) }).events.map((e) => `${e.type} ${e.startDate} ${e.status}`);
  t.same(planned('The Kremlin said on Thursday that a truce would begin on Saturday at 18:00.'), ['ceasefire 2025-06-14 planned']);
  t.same(planned('Officials said a ceasefire would take effect at midnight on Monday.'), ['ceasefire 2025-06-16 planned']);
  t.same(planned('Ankara said on Friday that a new round of talks would start in Istanbul on Monday.').filter((l) => l.startsWith('meeting')), ['meeting 2025-06-16 planned']);
  // a truce that would help, or would begin only on a condition, is no plan
  t.same(planned('The Kremlin said a truce would help the talks on Friday.'), []);
  t.same(planned('Zelenskyy said on Friday that a truce would begin only if Russia stopped its strikes.'), []);
});

table('the sides meeting as one plural subject ("came together", "huddled", "conferred"), consultations held, and a meal shared are meetings', [
  ['Ukrainian and Russian delegations came together in Istanbul on Friday.', ['meeting 2025-06-13 Istanbul'], []],
  ['US and Ukrainian officials huddled in Jeddah on Tuesday.', ['meeting 2025-06-10 Jeddah'], []],
  ['The foreign ministers conferred in Geneva on Monday.', ['meeting 2025-06-09 Geneva'], []],
  ['Ukrainian and US negotiators held a round of consultations in Miami on Sunday.', ['meeting 2025-06-08 Miami'], []],
  ['Zelenskyy and Trump had lunch at the White House on Friday.', ['meeting 2025-06-13 Washington'], []],
  ['On Friday Macron had dinner with Zelenskyy at the Elysee.', ['meeting 2025-06-13 Paris'], []],
  // things that come together, a meal with one's own people
  ['The pieces came together in Kyiv on Friday.', [], ['meeting 2025-06-13 Kyiv']],
  ['Zelenskyy had dinner with his family in Lviv on Friday.', [], ['meeting 2025-06-13 Lviv']],
  ['Zelenskyy had lunch with soldiers in Kharkiv on Friday.', [], ['meeting 2025-06-13 Kharkiv']],
]);

table('a meeting told by its schedule ("talks are due to resume", "the summit is set for Thursday", "is expected at the summit") is planned', [
  ['Talks are due to resume in Geneva on Monday.', ['meeting 2025-06-16 Geneva'], []],
  ['The summit is set for Thursday in Vilnius.', ['meeting 2025-06-19 Vilnius'], []],
  ['Negotiations are scheduled to open in Riyadh on Monday.', ['meeting 2025-06-16 Riyadh'], []],
  ['Zelenskyy is expected at the leaders\' summit in Copenhagen next Thursday.', ['meeting 2025-06-19 Copenhagen'], []],
  // a cause, a consequence
  ['The talks set off a wave of optimism in Kyiv on Friday.', [], ['meeting 2025-06-13 Kyiv']],
]);

table('a call told by what both sides did by phone, or by the one called as the passive subject', [
  ['Macron and Zelenskyy discussed air defence by phone on Friday.', ['phone_call 2025-06-13'], []],
  ['Putin and Erdogan agreed by telephone on Tuesday to extend the grain deal.', ['phone_call 2025-06-10'], []],
  ['Zelenskyy was called by Trump on Friday.', ['phone_call 2025-06-13'], []],
  ['On Wednesday Scholz was phoned by Putin.', ['phone_call 2025-06-11'], []],
  // one side only; a naming; a meeting convened
  ['Zelenskyy discussed the plan by phone on Friday.', [], ['phone_call 2025-06-13']],
  ['Kyiv was called by Putin the mother of Russian cities on Friday.', [], ['phone_call 2025-06-13']],
  ['The meeting was called by Macron for Friday.', [], ['phone_call 2025-06-13']],
]);

table('a truce told on one day and another scheduled weeks later are two truces; an announcement and the start it names within days are one', [
  [
    'Putin declared an Orthodox Christmas truce on Friday. Later the Kremlin said a second truce would run from 1 to 3 July.',
    ['ceasefire 2025-06-13', 'ceasefire 2025-07-01'],
    [],
  ],
  [
    'Kyiv agreed to a moratorium on energy strikes on 2 June. On Friday Russia said a new ceasefire would take effect on 30 June.',
    ['ceasefire 2025-06-02', 'ceasefire 2025-06-30'],
    [],
  ],
  [
    'The guns fell silent on 3 June under a local truce, residents said. Officials announced on Thursday that a wider ceasefire was due to begin on 1 July.',
    ['ceasefire 2025-06-03', 'ceasefire 2025-07-01'],
    [],
  ],
  // the announcement and the start days after it are one truce, dated by its start
  ['Russia announced a three-day truce on Monday. The truce will run from 19 to 21 June.', ['ceasefire 2025-06-19'], ['ceasefire 2025-06-09']],
  ['On Thursday the Kremlin declared a truce that will take effect on Sunday.', ['ceasefire 2025-06-15'], ['ceasefire 2025-06-12']],
]);

t.test('a truce lasting until a weekday, or until a holiday named with its weekday, ends on that weekday on or after its start', async (t) => {
  const spans = (body: string) =>
    extractArticle({ title: 'Test', body, publishedAt: PUBLISHED }, { now: new Date(PUBLISHED) })
      .events.filter((e) => e.type === 'ceasefire')
      .map((e) => `${e.startDate}..${e.endDate}`);
  // told on Saturday 14 June: "Sunday" after a start today is tomorrow, not the Sunday before
  t.same(spans('Putin announced a "holiday truce" this afternoon, starting at six in the evening today and lasting until the end of Trinity Sunday.'), ['2025-06-14..2025-06-15']);
  t.same(spans('The Kremlin declared a ceasefire today, starting at noon and running until midnight on Sunday.'), ['2025-06-14..2025-06-15']);
  t.same(spans('The Kremlin announced a truce on Tuesday, starting on Wednesday and lasting until the end of Friday.'), ['2025-06-11..2025-06-13']);
  // a truce that ran: the past tense of "run" tells its days
  t.same(spans('The truce ran from Saturday evening until the end of Sunday.'), ['2025-06-07..2025-06-08']);
  t.same(spans('The ceasefire ran for three days from Tuesday.'), ['2025-06-10..2025-06-12']);
  // a weekday after a start told on an earlier day
  t.same(spans('On Thursday Moscow declared a truce lasting until Sunday.'), ['2025-06-12..2025-06-15']);
});

table('a call as the setting of a telling, determined by a possessive day ("in Tuesday\'s call", "during yesterday\'s conversation")', [
  ['Putin told Trump in Tuesday\'s call that he would free more prisoners.', ['phone_call 2025-06-10'], []],
  ['Erdogan assured Zelenskyy during yesterday\'s conversation that Ankara would host talks.', ['phone_call 2025-06-13'], []],
  ['In Wednesday\'s call, Macron pressed Putin on the nuclear plant.', ['phone_call 2025-06-11'], []],
  ['Scholz warned Putin in Thursday\'s hour-long call about the risks of escalation.', ['phone_call 2025-06-12'], []],
  // an appeal, a briefing and an address are no call
  ['The minister replied in Tuesday\'s call for evidence.', [], ['phone_call 2025-06-10']],
  ['Zelenskyy told lawmakers in Tuesday\'s address that the front was holding.', [], ['phone_call 2025-06-10']],
]);

t.test('a truce reported to "be in force", "in effect" or "in place" from a day is planned, as one reported to begin', async (t) => {
  const truces = (body: string) =>
    extractArticle({ title: 'Test', body, publishedAt: PUBLISHED }, { now: new Date(PUBLISHED) })
      .events.filter((e) => e.type === 'ceasefire')
      .map((e) => `${e.startDate}..${e.endDate} ${e.status}`);
  t.same(truces('The Kremlin said on Wednesday that a truce would be in force from June 20.'), ['2025-06-20..2025-06-20 planned']);
  t.same(truces('A Kremlin spokesman said on Wednesday a truce would be in force from June 20 to June 22.'), ['2025-06-20..2025-06-22 planned']);
  t.same(truces('Officials said on Friday a moratorium on energy strikes would be in effect from Monday.'), ['2025-06-16..2025-06-16 planned']);
  // a truce that would be in force only on a condition, or would merely be good, is none
  t.same(truces('Analysts said a truce would be in force only if both sides agreed.'), []);
  t.same(truces('Diplomats said on Friday that a truce would be in their interest.'), []);
});

table('a state designating companies, firms or banks told by their kind lists them for sanctions; a role or a naming is no listing', [
  ['The US on Wednesday designated both companies and 34 of their subsidiaries.', ['sanctions 2025-06-11'], []],
  ['Britain designated the two oil majors on Wednesday.', ['sanctions 2025-06-11'], []],
  ['On Tuesday Washington designated three Chinese firms that supplied drone parts.', ['sanctions 2025-06-10'], []],
  ['Canada designated four Russian banks on Friday.', ['sanctions 2025-06-13'], []],
  ['The Pentagon designated both companies as critical suppliers on Wednesday.', [], ['sanctions 2025-06-11']],
  ['Russia designated two Western banks as unfriendly on Friday.', [], ['sanctions 2025-06-13']],
  ['The company designated Smith its new chief executive on Monday.', [], ['sanctions 2025-06-09']],
]);

table('a call taken from a caller told by office, unnamed ("from the Turkish leader", "from his French counterpart")', [
  ['Zelenskyy took a call from the Turkish leader on Thursday.', ['phone_call 2025-06-12'], []],
  ['Putin received a call from his French counterpart on Friday.', ['phone_call 2025-06-13'], []],
  ['Starmer received a call from the US president, Downing Street said on Thursday.', ['phone_call 2025-06-12'], []],
  // an appeal from an office, and a call from an institution, are no phone call
  ['The minister answered a call from the president for calm on Friday.', [], ['phone_call 2025-06-13']],
  ['Kyiv heeded a call from the Turkish leader to return to talks on Friday.', [], ['phone_call 2025-06-13']],
  ['Zelenskyy received a call from the ministry on Friday.', [], ['phone_call 2025-06-13']],
]);

t.test('a truce window whose ends state no year is read in the year nearer the telling ("from the start of May 8 until the end of May 10")', async (t) => {
  const truce = (body: string, publishedAt: string) => events(body, 'Test', publishedAt).filter((line) => line.startsWith('ceasefire'));
  // announced ten days ahead: the clause's past ("has ordered") does not send the start a year back
  t.same(truce('Putin has ordered a three-day ceasefire, the Kremlin said on Monday, running from the start of May 8 until the end of May 10.', '2025-04-28T11:30:00Z'), ['ceasefire 2025-05-08']);
  t.same(truce('The army has been ordered to stop firing, the ministry said, from the beginning of 6 January until the end of 7 January.', '2025-01-03T09:00:00Z'), ['ceasefire 2025-01-06']);
  // told after it ran, and across a new year
  t.same(truce('The truce ran from the start of May 8 until the end of May 10, officials said.', PUBLISHED), ['ceasefire 2025-05-08']);
  t.same(truce('Russia observed a truce from the start of December 30 until the end of January 2.', '2025-03-01T09:00:00Z'), ['ceasefire 2024-12-30']);
});

t.test('a truce to start at a clock time on the weekday it was announced starts that day, and keeps the end its "until" tells', async (t) => {
  const truce = (body: string, publishedAt: string) =>
    extractArticle({ title: 'Test', body, publishedAt }, { now: new Date(publishedAt) })
      .events.filter((e) => e.type === 'ceasefire')
      .map((e) => `${e.startDate}..${e.endDate}`);
  // told on Sunday 20 April of Saturday's announcement
  const SUNDAY = '2025-04-20T15:00:00Z';
  t.same(truce('Putin announced the pause on Saturday, saying his forces would stop all military activity from 6 p.m. Moscow time (1500 GMT) on Saturday until midnight after Easter Sunday.', SUNDAY), ['2025-04-19..2025-04-20']);
  t.same(truce('The Kremlin said on Saturday that the truce would begin at 18:00 on Saturday.', SUNDAY), ['2025-04-19..2025-04-19']);
  t.same(truce('On Saturday Moscow declared that its troops would halt all attacks from noon on Saturday until the end of Sunday.', SUNDAY), ['2025-04-19..2025-04-20']);
  // with no clock time the same weekday is a week on, as before ("announced on Thursday a truce that comes into force on Thursday")
  t.same(truce('The Kremlin announced on Thursday a truce that comes into force on Thursday.', SUNDAY), ['2025-04-24..2025-04-24']);
});

table('a sentence defining an indefinite noun ("A ceasefire is an agreement ... to stop firing", "a truce has a start time") tells no event', [
  ['A ceasefire is an agreement, or a unilateral order, to stop firing.', [], ['ceasefire 2025-06-14']],
  ['A truce has a start time, a line, and someone who checks whether it holds.', [], ['ceasefire 2025-06-14']],
  ['A prisoner exchange is a deal in which both sides release captives.', [], ['prisoner_exchange 2025-06-14']],
  ['An armistice needs a body that checks both sides stop shooting.', [], ['ceasefire 2025-06-14']],
  // an indefinite subject that did something, or a truce in force, is news
  ['A truce is in force along the whole front, the ministry said on Friday.', ['ceasefire 2025-06-13'], []],
  ['A ceasefire agreed on Tuesday is a first step, the White House said.', ['ceasefire 2025-06-10'], []],
  ['A drone hit a school in Sumy on Friday, officials said.', ['drone_strike 2025-06-13 Sumy'], []],
]);

table('a swap told by its going ahead, its subject long ("the exchange agreed in Doha last week went ahead on Thursday"), or by counts of people on each side of "for"', [
  ['The exchange mediated by Qatar and the Vatican over several months finally went ahead on Thursday near the Belarusian border; 95 people crossed back.', ['prisoner_exchange 2025-06-12'], []],
  ['The swap that Ankara had spent weeks arranging ran over two days, from Tuesday to Wednesday; in all, 48 Ukrainians were on the buses.', ['prisoner_exchange 2025-06-10'], []],
  ['The exchange negotiated in Geneva last month was completed on Wednesday: 84 Ukrainians for 84 Russians.', ['prisoner_exchange 2025-06-11 Geneva'], []],
  // the participle's date is the agreeing's, the date after it the swap's
  ['The exchange agreed in Doha last week went ahead on Thursday, and 90 civilians crossed the border.', ['prisoner_exchange 2025-06-12 Doha'], ['prisoner_exchange 2025-06-02 Doha']],
  ['In the second exchange of the month, agreed after weeks of haggling over names and lists, the two sides on Friday handed back 64 Ukrainians for 64 Russians.', ['prisoner_exchange 2025-06-13'], []],
  // no captives traded
  ['The exchange of views went ahead on Friday with 40 people in the room.', [], ['prisoner_exchange 2025-06-13']],
  ['The exchange of intelligence between the allies went ahead on Friday, involving 30 people.', [], ['prisoner_exchange 2025-06-13']],
  ['The cultural exchange between schools went ahead on Friday with 40 people.', [], ['prisoner_exchange 2025-06-13']],
  ['The stock exchange ran normally on Friday, employing 300 people.', [], ['prisoner_exchange 2025-06-13']],
  ['Ticket exchange: 2 adults for 2 children went to the concert on Friday.', [], ['prisoner_exchange 2025-06-13']],
]);

table('a truce in scare quotes ("a unilateral three-day \\"ceasefire\\"") is the noun its kind or length names, as without them', [
  ['The foreign ministry noted the announcement by Moscow today of a unilateral two-day "ceasefire" from 20 to 21 June.', ['ceasefire 2025-06-20'], []],
  ['Moscow\'s unilateral "ceasefire" for the Orthodox holiday covers Friday and Saturday.', ['ceasefire 2025-06-13'], []],
  ['Officials called it theatre: a one-day "truce" that started on Thursday at noon.', ['ceasefire 2025-06-12'], []],
  // talk about a truce, quoted, is still talk; a quoted truce broken is one told before
  ['Kyiv mocked the "ceasefire talks" held in Geneva on Friday.', [], ['ceasefire 2025-06-13']],
  ['The so-called "truce" was broken 400 times on Friday, Kyiv said.', [], ['ceasefire 2025-06-13']],
]);

table('a stretch without fighting that someone agreed, accepted or ordered ("agreed to 30 days without strikes on energy sites") is a truce', [
  ['On Tuesday Moscow agreed to 30 days without strikes on power plants.', ['ceasefire 2025-06-10'], []],
  ['The commanders accepted on Thursday 48 hours without shelling around the dam so engineers could work.', ['ceasefire 2025-06-12'], []],
  ['What the Kremlin ordered on Wednesday was modest: ten days without attacks on ports.', ['ceasefire 2025-06-11'], []],
  // a lull nobody undertook, an offer, a stretch told as background
  ['Kharkiv had three days without air raid alerts this week.', [], ['ceasefire 2025-06-09', 'ceasefire 2025-06-14']],
  ['Kyiv offered on Tuesday a month without strikes on energy sites.', [], ['ceasefire 2025-06-10']],
  ['After two weeks without strikes, drones returned to Odesa on Friday.', [], ['ceasefire 2025-06-13', 'ceasefire 2025-05-30']],
]);

table('force renounced by an agreement or an undertaking ("agreements to eliminate the use of force in the Black Sea") is a truce', [
  ['Washington said on Tuesday it had brokered agreements with both sides to eliminate the use of force in the Sea of Azov.', ['ceasefire 2025-06-10'], []],
  ['Both navies agreed on Thursday to refrain from the use of force at sea.', ['ceasefire 2025-06-12'], []],
  ['Under the deal signed on Friday, the two states pledge to renounce the use of force along the border.', ['ceasefire 2025-06-13'], []],
  // the accord stays an accord beside the truce it makes
  ['Russia and Ukraine have agreed to ensure safe navigation and eliminate the use of force in the Black Sea, Washington said on Tuesday.', ['agreement 2025-06-10', 'ceasefire 2025-06-10'], []],
  // an appeal, a refusal, a condemnation undertake nothing
  ['The UN council urged Russia on Tuesday to renounce the use of force.', [], ['ceasefire 2025-06-10']],
  ['Moscow agreed on Tuesday to talks but refused to renounce the use of force.', [], ['ceasefire 2025-06-10']],
  ['The ministers condemned the use of force against civilians on Tuesday.', [], ['ceasefire 2025-06-10']],
]);

table('control taken back ("regained control of Lyman", "wrested control of Vovchansk") is a capture, a place right after it', [
  ['Ukrainian troops regained control of Kupiansk on Thursday after weeks of fighting.', ['territorial_capture 2025-06-12 Kupiansk'], []],
  ['On 2 May 2024, Russian forces regained control of the town of Sudzha, the ministry said.', ['territorial_capture 2024-05-02 Sudzha'], []],
  ['Kyiv said on Monday its forces had wrested control of Vovchansk from Russian troops.', ['territorial_capture 2025-06-09 Vovchansk'], []],
  // control of a thing, or of a place's grid, takes no ground
  ['Engineers restored control of the power grid in Kharkiv on Friday.', [], ['territorial_capture 2025-06-13 Kharkiv']],
  ['The government regained control of its finances on Friday.', [], ['territorial_capture 2025-06-13']],
]);

table('the other side of a meeting told by office ("met the crown prince", "received the U.S. special envoy"); the two presidents who talked', [
  ['Zelenskyy met the crown prince in Jeddah on Monday.', ['meeting 2025-06-09 Jeddah'], []],
  ['Putin received the U.S. special envoy at the Kremlin on Thursday.', ['meeting 2025-06-12 Moscow'], []],
  // a thing of the office's is no guest
  ['Zelenskyy welcomed the president\'s decision on Friday.', [], ['meeting 2025-06-13']],
  ['The Kremlin said the two presidents had talked for nearly an hour on Thursday.', ['phone_call 2025-06-12'], []],
  ['The two leaders spoke for ninety minutes on Tuesday, aides said.', ['phone_call 2025-06-10'], []],
  // each of them spoke, to others
  ['Both leaders spoke on Thursday about the summit.', [], ['phone_call 2025-06-12']],
  ['Two ministers spoke at the forum in Davos on Thursday.', [], ['phone_call 2025-06-12', 'meeting 2025-06-12 Davos']],
]);

table('a meeting told as what came before or after another ("came to Downing Street on Saturday, before meeting the King on Sunday") is a second meeting', [
  ['Zelenskyy came to Downing Street on Friday, before meeting the King on Saturday.', ['meeting 2025-06-13 London', 'meeting 2025-06-14 London'], []],
  ['Zelenskyy came to London on Thursday, before talks with Starmer on Friday.', ['meeting 2025-06-12 London', 'meeting 2025-06-13 London'], []],
  // a journey for the talks is the talks
  ["Zelenskyy flew to Washington on Sunday for Monday's talks with Trump.", ['meeting 2025-06-09 Washington'], ['meeting 2025-06-08 Washington']],
]);

table('a person joining others where they meet ("who joined EU leaders in Brussels on Thursday") is at a meeting', [
  ['Zelenskyy, who joined EU leaders in Brussels on Thursday, welcomed both decisions.', ['meeting 2025-06-12 Brussels'], []],
  ['On Monday Zelenskyy joined Nordic leaders in Oslo for a security dinner.', ['meeting 2025-06-09 Oslo'], []],
  ['Rutte joined the Ukrainian delegation in Geneva late on Sunday.', ['meeting 2025-06-08 Geneva'], []],
  // joining others in an act, joining an alliance, joining by video
  ['Zelenskyy joined leaders in condemning the strike on Thursday.', [], ['meeting 2025-06-12']],
  ['Sweden joined NATO in March 2024.', [], ['meeting 2024-03-01']],
  ['On Friday Macron joined the talks by video from Paris.', [], ['meeting 2025-06-13 Paris']],
]);

table('"and that" after an event told opens a second thing told, not a relative clause that denies the event', [
  ['Ushakov said on Thursday that the two presidents had talked for nearly an hour and that Putin would not step back.', ['phone_call 2025-06-12'], []],
  ['Officials said on Friday that the swap had taken place and that no one was left behind, with 84 soldiers back home.', ['prisoner_exchange 2025-06-13'], []],
  // a relative clause that denies its noun still does
  ['On Friday they discussed a ceasefire that Moscow has shown no sign of accepting.', [], ['ceasefire 2025-06-13']],
]);

table('an aside set off by commas right after the verb ("signed, in Geneva, an accord") does not part the verb from its object', [
  ['On Tuesday the two foreign ministers signed, in the presence of the Swiss president, an accord on grain corridors.', ['agreement 2025-06-10'], []],
  ['Kyiv and Warsaw signed, after two years of talks, a treaty on border crossings on Wednesday.', ['agreement 2025-06-11'], []],
  ['On Monday the sides signed, with Qatar as witness, an arrangement to return deported children.', ['agreement 2025-06-09'], []],
  // what is signed after the aside must be a text of the parties, within the verb's reach
  ['On Friday both delegations signed, in the end, only the minutes of the meeting, and the accord itself was left for later.', [], ['agreement 2025-06-13']],
  ['On Friday the envoy signed, in Geneva, the guest book of the museum.', [], ['agreement 2025-06-13']],
]);

table('documents signed at a visit or a ceremony ("four documents were signed in the presence of the two leaders") are an agreement', [
  ['Six documents were signed on Tuesday in the presence of both presidents.', ['agreement 2025-06-10'], []],
  ['Two documents on energy were signed on Friday by the ministers of Moldova and Romania.', ['agreement 2025-06-13'], []],
  ['After the talks, the document was signed on Wednesday by both delegations.', ['agreement 2025-06-11'], []],
  // a court's, a notary's or a buyer's documents are no accord between parties
  ['Court documents were signed by the judge on Tuesday.', [], ['agreement 2025-06-10']],
  ['The purchase documents were signed on Thursday at the notary office.', [], ['agreement 2025-06-12']],
]);

table('a person\'s meeting or call with a named partner and a day of its own ("Trump\'s summit with Putin in Anchorage on Friday") is told anew, not re-mentioned', [
  ['Merz met Zelenskyy in Berlin on Thursday. The visit came a week after Macron\'s summit with Putin in Geneva on 5 June.', ['meeting 2025-06-12 Berlin', 'meeting 2025-06-05 Geneva'], []],
  ['Scholz hosted Duda in Berlin on Thursday. It followed Macron\'s call with Xi on Tuesday.', ['phone_call 2025-06-10'], []],
  // with no day of its own after it, a possessive still points back to the event told before
  ['Macron spoke to Xi on Tuesday. On Thursday officials said Macron\'s call with Xi had gone well.', ['phone_call 2025-06-10'], ['phone_call 2025-06-12']],
]);

table('a relative clause telling how a meeting ended or what it yielded ("a summit that ended without a deal") denies the outcome, not the meeting', [
  ['Macron hosted Xi at a summit in Paris on Tuesday that ended without a joint statement.', ['meeting 2025-06-10 Paris'], []],
  ['The foreign ministers held talks in Ankara on Thursday which produced no breakthrough.', ['meeting 2025-06-12 Ankara'], []],
  ['Erdogan received both envoys in Istanbul on Monday for talks that closed with no agreement on a truce.', ['meeting 2025-06-09 Istanbul'], []],
  // a relative clause that denies the event itself still does
  ['Diplomats had planned a summit in Vienna on Friday that never took place.', [], ['meeting 2025-06-13']],
  ['The envoys spoke of talks in Riyadh on Monday that did not happen.', [], ['meeting 2025-06-09']],
]);

table('a call whose partner comes after words of time ("a long conversation this afternoon with Macron", "the best call yet with Trump")', [
  ['Zelenskyy says he had "probably the best conversation" so far with Donald Trump this afternoon.', ['phone_call 2025-06-14'], []],
  ['Zelenskyy said he had the best call yet with Trump on Friday.', ['phone_call 2025-06-13'], []],
  ['Zelenskyy said he had a "very productive" conversation on Thursday with Macron.', ['phone_call 2025-06-12'], []],
  ['Scholz said he had a long conversation this morning with Erdogan.', ['phone_call 2025-06-14'], []],
  // a press call, a call with an office, an appeal
  ['Zelenskyy held a call on Friday with reporters in Kyiv.', [], ['phone_call 2025-06-13']],
  ['Trump renewed his call on Friday for a ceasefire with Russia.', [], ['phone_call 2025-06-13']],
]);

table('the bare verb "telephone"/"phone" after "to" or a modal, the one called right after, is a call', [
  ['Trump broke off his talks with European leaders on Friday to telephone Putin.', ['phone_call 2025-06-13'], []],
  ['Macron said on Thursday that he would phone Putin later in the day.', ['phone_call 2025-06-12'], []],
  ['Erdogan will telephone Zelenskyy on Sunday, his office said.', ['phone_call 2025-06-15'], []],
  // a phone as a thing, calling no one named
  ['He stepped out on Friday to phone his wife.', [], ['phone_call 2025-06-13']],
  ['On Friday she used the phone Trump gave her.', [], ['phone_call 2025-06-13']],
  ['Residents were told on Friday to phone the emergency services.', [], ['phone_call 2025-06-13']],
]);

table('talks told as in progress ("Talks are under way at a hotel in Jeddah", "negotiations got underway") are a meeting', [
  ['Talks were under way in Istanbul on Friday, officials said.', ['meeting 2025-06-13 Istanbul'], []],
  ['The summit got under way in Vilnius on Friday with a dinner.', ['meeting 2025-06-13 Vilnius'], []],
  ['Negotiations got underway in Geneva on Thursday.', ['meeting 2025-06-12 Geneva'], []],
  // what is under way is the preparing, or the talks are by phone
  ['Preparations for the talks were under way in Geneva on Friday.', [], ['meeting 2025-06-13 Geneva']],
  ['Telephone talks were under way on Friday.', [], ['meeting 2025-06-13']],
]);

table('control regained "over" a place ("regained control over Kherson") is a capture as "of" is', [
  ['On Friday Ukrainian forces regained control over Kherson.', ['territorial_capture 2025-06-13 Kherson'], []],
  ['Ukrainian troops restored full control over the village of Robotyne on Thursday.', ['territorial_capture 2025-06-12 Robotyne'], []],
  // control sought, or over a sea, is no capture
  ['On Friday Moscow sought control over the Black Sea.', [], ['territorial_capture 2025-06-13']],
]);

table('a place declared now fully held ("Sudzha was under full control of Ukrainian forces", "is now under Russian control") was taken', [
  ['Syrskyi reported on Thursday that Sudzha was under full control of Ukrainian forces.', ['territorial_capture 2025-06-12 Sudzha'], []],
  ['Avdiivka is now under Russian control, the ministry said on Friday.', ['territorial_capture 2025-06-13 Avdiivka'], []],
  ['Avdiivka was under complete Russian control by Friday.', ['territorial_capture 2025-06-13 Avdiivka'], []],
  // a state that has lasted, or being under fire, is no capture
  ['Donetsk has been under Russian control since 2014, he said on Friday.', [], ['territorial_capture 2025-06-13 Donetsk']],
  ['Avdiivka was under fire on Friday.', [], ['territorial_capture 2025-06-13 Avdiivka']],
  ['Kupiansk was under full Ukrainian control since 2022, officials said on Friday.', [], ['territorial_capture 2025-06-13 Kupiansk']],
]);

table('force renounced by agreement, told by "stop using force", is a truce', [
  ['Washington said on Tuesday both countries had agreed to stop using force in the Black Sea.', ['ceasefire 2025-06-10'], []],
  ['The two navies pledged on Friday to stop using force against merchant shipping.', ['ceasefire 2025-06-13'], []],
  // an appeal undertakes nothing
  ['Moscow urged Kyiv on Tuesday to stop using force.', [], ['ceasefire 2025-06-10']],
]);

table('a text named by its own title ("the Initiative ...", "the protocol") was signed as a deal is', [
  ['The Initiative on the Safe Passage of Grain was signed today in Istanbul.', ['agreement 2025-06-14 Istanbul'], []],
  ['The protocol was signed in Minsk on Friday.', ['agreement 2025-06-13 Minsk'], []],
  // launched, not signed
  ['The initiative was launched in Paris on Friday.', [], ['agreement 2025-06-13 Paris']],
]);

table('an incursion repelled is a clash', [
  ['Russian border guards repelled an incursion near Tetkino in the Kursk region on Tuesday.', ['armed_clash 2025-06-10 Tetkino/Kursk Oblast'], []],
  ['2025-06-10 | Belgorod obl. | RVC incursion attempts; RU MoD claims repelled.', ['armed_clash 2025-06-10 Belgorod Oblast'], []],
  // a drone raid beaten off by air defence is no ground clash
  ['Air defences repelled a drone raid on Moscow on Tuesday.', [], ['armed_clash 2025-06-10 Moscow']],
]);

table('a second truce told by "one" after the first ("a 30-hour truce for Easter and a three-day one for Victory Day") is a truce of its own days', [
  [
    'Putin declared a 30-hour truce for Easter, from 19 to 20 April, and a three-day one for Victory Day, from 8 to 10 May.',
    ['ceasefire 2025-04-19', 'ceasefire 2025-05-08'],
    [],
  ],
  ['Russia announced a Christmas ceasefire on 6 January and a 72-hour one for Victory Day on 8 May.', ['ceasefire 2025-01-06', 'ceasefire 2025-05-08'], []],
  // "one" of something else, or with no truce in the sentence
  ['The festival on Friday was a three-day one.', [], ['ceasefire 2025-06-13']],
  ['The ministry proposed on Friday a 30-day one.', [], ['ceasefire 2025-06-13']],
]);

t.test('the shared subject makes the second call its own event, with both its parties', async (t) => {
  const calls = (body: string) =>
    extractArticle({ title: 'Test', body, publishedAt: PUBLISHED }, { now: new Date(PUBLISHED) })
      .events.filter((e) => e.type === 'phone_call')
      .map((e) => e.actors.map((a) => a.name).join('+'));
  t.same(calls('On Monday Trump talked to Putin for two hours, then joined a call with Zelenskyy and European leaders.'), ['Donald Trump+Vladimir Putin', 'Donald Trump+Volodymyr Zelenskyy']);
  t.same(calls('On Friday Macron spoke with Putin, and later held a call with Zelenskyy.'), ['Emmanuel Macron+Vladimir Putin', 'Emmanuel Macron+Volodymyr Zelenskyy']);
  // a clause with a subject of its own keeps it
  t.same(calls('On Friday Macron spoke with Putin, and Zelenskyy held a call with Erdogan.'), ['Emmanuel Macron+Vladimir Putin', 'Volodymyr Zelenskyy+Recep Tayyip Erdogan']);
  // one call told once
  t.same(calls('On Friday Macron spoke with Putin for two hours.'), ['Emmanuel Macron+Vladimir Putin']);
});

table('a meeting told as what another came after, past its subject ("came two days after Macron met Zelenskyy in Kyiv"), is a second meeting', [
  ["Monday's summit in Paris came two days after Macron met Zelenskyy in Kyiv.", ['meeting 2025-06-09 Paris', 'meeting 2025-06-07 Kyiv'], []],
  ['The Rome talks on Friday came a day after Meloni hosted Zelenskyy in Rome.', ['meeting 2025-06-13 Rome', 'meeting 2025-06-12 Rome'], []],
  // one meeting with a time word
  ['Macron met Zelenskyy in Kyiv on Friday after Scholz arrived.', ['meeting 2025-06-13 Kyiv'], ['meeting 2025-06-12 Kyiv']],
]);

table('a log line whose type cell is followed by the pair of names ("2025-06-10 | phone | Trump-Putin, ~1 h") tells that event', [
  ['2025-06-10 | phone | Trump-Putin, ~1 h; RU: no change in aims.', ['phone_call 2025-06-10'], []],
  ['2025-06-11 | call | Macron-Zelenskyy, 40 min.', ['phone_call 2025-06-11'], []],
  ['2025-06-12 | Istanbul | talks | Umerov-Medinsky, under 2 h.', ['meeting 2025-06-12 Istanbul'], []],
  // a pair after a noun of something else, or no pair
  ['2025-06-12 | Kyiv | blackout | Kyiv-Boryspil line down.', [], ['phone_call 2025-06-12', 'meeting 2025-06-12 Kyiv']],
  ['2025-06-13 | phone | outage across the city.', [], ['phone_call 2025-06-13']],
]);

t.test('two people joined by a hyphen ("the Trump-Putin call") are both parties; states so joined ("the Russia-Ukraine war") are none', async (t) => {
  const parties = (body: string) =>
    extractArticle({ title: 'Test', body, publishedAt: PUBLISHED }, { now: new Date(PUBLISHED) }).events.map((e) => `${e.type}:${e.actors.map((a) => a.name).join('+')}`);
  t.same(parties('The Trump-Putin call on Friday lasted two hours.'), ['phone_call:Donald Trump+Vladimir Putin']);
  t.same(parties('2025-06-10 | phone | Trump-Zelenskyy, ~1 h.'), ['phone_call:Donald Trump+Volodymyr Zelenskyy']);
  t.same(parties('The Russia-Ukraine talks in Istanbul on Friday lasted two hours.'), ['meeting:']);
});

table('a strike "at the region" after a sentence naming one city is a strike there ("fired 19 missiles at the region")', [
  [
    'Odesa was attacked again overnight into Friday. According to the governor, the Russians fired 19 missiles at the region; nine were shot down.',
    ['missile_strike 2025-06-13 Odesa'],
    [],
  ],
  ['Sirens sounded in Dnipro before dawn. Overnight the enemy attacked the region with 14 Shahed drones.', ['drone_strike 2025-06-14 Dnipro'], []],
  // a region named for something else, or with no one city before it
  ["A drone hit Odesa on Friday. On Saturday drones struck the region's capital, Kharkiv.", ['drone_strike 2025-06-14 Kharkiv'], ['drone_strike 2025-06-14 Odesa']],
  ['Sirens sounded in Dnipro and Kharkiv before dawn. Overnight the enemy attacked the region with 14 Shahed drones.', [], ['drone_strike 2025-06-14 Dnipro', 'drone_strike 2025-06-14 Kharkiv']],
]);

table('what neither side will do, in a sentence telling the accord ("Under the arrangement reached on Friday, neither side will strike the other\'s ports"), is a truce', [
  ["Under the arrangement reached on Friday, neither side will strike the other's ports.", ['ceasefire 2025-06-13'], []],
  ['The two armies agreed on Friday that neither will attack the dam while repairs go on.', ['ceasefire 2025-06-13'], []],
  // no accord told, or nothing undertaken
  ['Neither side will strike first, analysts said on Friday.', [], ['ceasefire 2025-06-13']],
  ['Neither Kyiv nor Moscow commented on the deal on Friday.', [], ['ceasefire 2025-06-13']],
]);

table('shelling stopped, halted or ended is no shelling ("stopped shelling Kharkiv under the agreement")', [
  ['Russian forces stopped shelling Kharkiv on Friday under the new agreement.', ['ceasefire 2025-06-13'], ['shelling 2025-06-13 Kharkiv']],
  ['The army halted shelling of Kherson on Friday for the exchange of bodies.', [], ['shelling 2025-06-13 Kherson']],
  // shelling told, or resumed, is shelling
  ['Russian forces shelled Kharkiv on Friday.', ['shelling 2025-06-13 Kharkiv'], []],
  ['Russian troops resumed shelling Kherson on Friday.', ['shelling 2025-06-13 Kherson'], []],
]);

table('a party told by its noun arriving somewhere ("An IAEA mission led by Grossi reached the plant", "the leaders of France, Germany and Poland travelled to Kyiv") is a visit', [
  ['A US delegation led by Witkoff reached Moscow on Friday.', ['meeting 2025-06-13 Moscow'], []],
  ['On Friday an IAEA mission headed by its director general arrived in Kyiv after a delay of several hours.', ['meeting 2025-06-13 Kyiv'], []],
  ['The leaders of France, Germany and Poland travelled to Kyiv on Friday.', ['meeting 2025-06-13 Kyiv'], []],
  ['On Friday the leaders of Italy, Spain and Portugal flew to Washington together.', ['meeting 2025-06-13 Washington'], []],
  // a rescue mission, arms, or leaders coming to an agreement visit no one
  ['A rescue mission arrived in Kharkiv on Friday.', [], ['meeting 2025-06-13 Kharkiv']],
  ['Arms from France and Germany arrived in Kyiv on Friday, ministers said.', [], ['meeting 2025-06-13 Kyiv']],
  ['The leaders of both parties came to an agreement in principle in Kyiv on Friday.', [], ['meeting 2025-06-13 Kyiv']],
]);

table('a strike at sea "off" a coastal place is placed there ("sea drones sank a patrol ship off Sevastopol", "2024-02-14 | off Alupka | ...")', [
  ['Ukrainian sea drones sank a Russian patrol ship off Sevastopol on Friday.', ['drone_strike 2025-06-13 Sevastopol'], []],
  ['2025-06-13 | off Novorossiysk | UKR naval drones hit landing ship.', ['drone_strike 2025-06-13 Novorossiysk'], []],
  // "off" of a verb places nothing
  ['The talks in Istanbul were called off on Friday.', [], ['meeting 2025-06-13 Istanbul']],
]);

table('troops fighting at a place, or attacking the other side\'s positions there, is a clash', [
  ['Ukrainian and Russian units fought for control of Chasiv Yar on Friday.', ['armed_clash 2025-06-13 Chasiv Yar'], []],
  ['Russian troops attacked Ukrainian positions near Pokrovsk on Friday.', ['armed_clash 2025-06-13 Pokrovsk'], []],
  ['On Friday Ukrainian forces assaulted Russian trenches outside the village of Robotyne.', ['armed_clash 2025-06-13 Robotyne'], []],
  // no army, or an army's history
  ['Activists fought for their rights in Kyiv on Friday.', [], ['armed_clash 2025-06-13 Kyiv']],
  ['He built a private army that fought in Syria and Libya from 2014.', [], ['armed_clash 2014-01-01']],
]);

table('a pipe-separated log line names its kind of event in a field of its own, in any case ("2025-03-13 | Sudzha | capture (RU claim) | ...")', [
  ['2025-06-10 | Ankara (TR) | talks | RU and UA delegations, about two hours | src: MFA', ['meeting 2025-06-10 Ankara'], []],
  ['2025-06-11 | Vovchansk, Kharkiv obl. (UA) | capture (RU claim) | RU MoD says its units hold the town | src: RU MoD', ['territorial_capture 2025-06-11 Vovchansk'], []],
  ['2025-06-08 | Lyman | withdrawal (UA) | General Staff confirms units moved to new lines | src: UA GS', ['territorial_capture 2025-06-08 Lyman'], []],
  ['2025-06-12 | phone | Macron - Erdogan, 40 min | Black Sea shipping discussed | src: Elysee', ['phone_call 2025-06-12'], []],
  ['2025-06-12 | Geneva | arrangement | sides sign a protocol on returning deported children | src: ICRC', ['agreement 2025-06-12 Geneva'], []],
  ['2025-06-09 | Abu Dhabi | prisoner exchange (RU - UA) | 84 for 84 | mediation: UAE', ['prisoner_exchange 2025-06-09 Abu Dhabi'], []],
  ['2025-06-07 | Istanbul | technical talks | experts on both sides, about four hours', ['meeting 2025-06-07 Istanbul'], []],
  ['2025-06-06 | call | Starmer - Zelenskyy, 30 min | air defence for the winter', ['phone_call 2025-06-06'], []],
  // the word in a note, not the field's kind; a statement's field; a pipe line with no date or number before
  ['2025-06-10 | Kyiv | statement | the minister says no talks are planned this month | src: MFA', [], ['meeting 2025-06-10']],
  ['2025-06-10 | Kyiv | aid | a deal on minerals is still under negotiation, officials say | src: MoF', [], ['agreement 2025-06-10']],
  ['Forum thread: talks | Board: diplomacy | last post Friday', [], ['meeting 2025-06-13']],
  ['2025-06-10 | Kharkiv | not coded | the word capture appears in the source title only', [], ['territorial_capture 2025-06-10 Kharkiv']],
  // a phone field is a call only with the two sides after it, each a person or a country
  ['2025-06-11 | phone | Kyiv - Boryspil lines down for six hours', [], ['phone_call 2025-06-11']],
]);

table('an incursion into a place, dated in its own sentence, is the crossing itself ("launched its incursion into Kursk Oblast earlier this month")', [
  ['Ukraine launched an incursion into the Bryansk region on Friday.', ['armed_clash 2025-06-13 Bryansk Oblast'], []],
  ['12-13 June 2025: armed incursion into Shebekino district (Belgorod obl.) by volunteer units.', ['armed_clash 2025-06-12 Shebekino'], []],
  // told with the crossing in the same sentence: one clash, the crossing's
  ['Ukrainian troops crossed into the Bryansk region on Friday, the largest incursion into Russia this year.', ['armed_clash 2025-06-13 Bryansk Oblast'], []],
]);

table('a log line whose fields middle dots set apart names its place in a cell of its own and its kind in a field ("12.06.2025 · Kharkiv · ... · code: missile_strike")', [
  ['12.06.2025 · Kharkiv (city centre) · 2× ballistic · 4 KIA / 30 WIA · code: missile_strike', ['missile_strike 2025-06-12 Kharkiv'], []],
  ['#0412 · 11.06.2025 · Odesa (port) · drone · grain silo burned · src: regional admin', ['drone_strike 2025-06-11 Odesa'], []],
  ['10.06.2025 · Vovchansk, Kharkiv obl. · Code: territorial capture · RU MoD says its units hold the town', ['territorial_capture 2025-06-10 Vovchansk'], []],
  // a masthead or a byline set apart by dots has no date before its first dot; a note that merely mentions the word
  ['MORNING DIGEST · Kharkiv · missile · 5-minute read', [], ['missile_strike 2025-06-13 Kharkiv']],
  ['12.06.2025 · Kharkiv · the word missile appears in a headline we did not code · not coded', [], ['missile_strike 2025-06-12 Kharkiv']],
]);

table('ground an army holds ("regained control of Robotyne", "full control over Kotlyne") is a place even when the gazetteer lacks it', [
  ['On Friday Ukrainian troops regained control of Robotyne.', ['territorial_capture 2025-06-13 Robotyne'], []],
  ['Russian forces established full control over Kotlyne on Friday, the ministry said.', ['territorial_capture 2025-06-13 Kotlyne'], []],
  ['Wagner fighters took control of Klishchiivka on Friday, Prigozhin claimed.', ['territorial_capture 2025-06-13 Klishchiivka'], []],
  // no army holding it: a company, a board, a party
  ['The bank lost control of Gazprombank on Friday.', [], ['territorial_capture 2025-06-13 Gazprombank']],
  ['The state regained control of Ukrnafta on Friday.', [], ['territorial_capture 2025-06-13 Ukrnafta']],
]);

table('names listed before "in the X region" each lie in it ("Borisoglebsk and Baltimor in the Voronezh region")', [
  ['Drones struck two airfields on Friday: Borisoglebsk and Baltimor in the Voronezh region.', ['drone_strike 2025-06-13 Borisoglebsk', 'drone_strike 2025-06-13 Baltimor/Voronezh Oblast'], []],
  ['On Friday drones hit Marinovka and Millerovo in the Rostov region.', ['drone_strike 2025-06-13 Marinovka', 'drone_strike 2025-06-13 Millerovo'], []],
  // the region's own name is no place of its own; a lone known town is found as before
  ['On Friday drones hit Millerovo in the Rostov region.', ['drone_strike 2025-06-13 Millerovo'], ['drone_strike 2025-06-13 Rostov Oblast']],
]);

table('a place the gazetteer lacks keeps the region that locates it ("Kotlyne, Donetsk Oblast", "Kotlyne (Donetsk oblast)", "in the X region")', [
  ['On Friday Russian forces captured Kotlyne, Donetsk Oblast.', ['territorial_capture 2025-06-13 Kotlyne/Donetsk Oblast'], ['territorial_capture 2025-06-13 Donetsk Oblast']],
  // a bracketed region qualifies the place before it: one event, not a second in the region
  ['On Friday Russian forces captured Kotlyne (Donetsk oblast), the ministry said.', ['territorial_capture 2025-06-13 Kotlyne/Donetsk Oblast'], ['territorial_capture 2025-06-13 Donetsk Oblast']],
  ['Russian troops took Stupochky in Donetsk Oblast on Friday.', ['territorial_capture 2025-06-13 Stupochky/Donetsk Oblast'], []],
  ['Smoke rose over Shaykovka air base in the Kaluga region after a drone attack on Friday.', ['drone_strike 2025-06-13 Shaykovka air base/Kaluga Oblast'], []],
  // a known town is placed by its coordinates: no region beside it
  ['On Friday Russian forces captured Pokrovsk, Donetsk Oblast.', ['territorial_capture 2025-06-13 Pokrovsk'], ['territorial_capture 2025-06-13 Pokrovsk/Donetsk Oblast']],
]);

table('accords signed in several places, told in one sentence ("agreements with Scholz in Berlin and with Macron in Paris"), are one per place', [
  ['Zelensky signed security agreements with Mark Rutte in The Hague and with Giorgia Meloni in Rome on Friday.', ['agreement 2025-06-13 The Hague', 'agreement 2025-06-13 Rome'], []],
  ['On Friday the minister signed two defence deals, in Oslo with Jonas Gahr Store and in Stockholm with Ulf Kristersson.', ['agreement 2025-06-13 Oslo', 'agreement 2025-06-13 Stockholm'], []],
  ['The prime minister had been in Warsaw and Vilnius on Friday and signed two accords, one with Donald Tusk and one with Gitanas Nauseda.', ['agreement 2025-06-13 Warsaw', 'agreement 2025-06-13 Vilnius'], []],
  // one accord, with talks elsewhere before it; one place; a singular accord
  ['On Friday Kyiv signed an agreement in Warsaw after talks in Berlin.', ['agreement 2025-06-13 Warsaw'], ['agreement 2025-06-13 Berlin']],
  ['On Friday Ukraine signed grain agreements with Turkey and the UN in Istanbul.', ['agreement 2025-06-13 Istanbul'], []],
  ['Zelensky signed a security agreement with Keir Starmer in London on Friday, then flew to Paris and Berlin.', ['agreement 2025-06-13 London'], ['agreement 2025-06-13 Paris', 'agreement 2025-06-13 Berlin']],
]);

t.test('each accord signed apart keeps its own partner', async (t) => {
  const parties = (body: string) =>
    extractArticle({ title: 'Test', body, publishedAt: PUBLISHED }, { now: new Date(PUBLISHED) }).events.map((e) => `${e.places[0]?.name}:${e.actors.map((a) => a.name).join('+')}`);
  t.same(parties('Zelensky signed security agreements with Olaf Scholz in Berlin and with Emmanuel Macron in Paris on Friday.'), [
    'Berlin:Volodymyr Zelenskyy+Olaf Scholz',
    'Paris:Volodymyr Zelenskyy+Emmanuel Macron',
  ]);
});

table('ground "fully under" one side\'s control, or "cleared of" the other side\'s troops, was taken ("Sudzha is fully under Ukrainian control")', [
  ['On Friday Syrskyi reported that Sudzha is fully under Ukrainian control.', ['territorial_capture 2025-06-13 Sudzha'], []],
  ['On Friday the ministry said Vovchansk was completely under Russian control.', ['territorial_capture 2025-06-13 Vovchansk'], []],
  ['Kupiansk was cleared of enemy forces on Friday.', ['territorial_capture 2025-06-13 Kupiansk'], []],
  [
    "The commander said on Friday that the town of Sudzha in Russia's Kursk region has been cleared of Russian troops and is fully under Ukrainian control.",
    ['territorial_capture 2025-06-13 Sudzha'],
    [],
  ],
  // cleared of something that is no army; control of no side over ground
  ['Kupiansk was cleared of snow on Friday.', [], ['territorial_capture 2025-06-13 Kupiansk']],
  ['On Friday ships followed a corridor cleared of mines out of Odesa.', [], ['territorial_capture 2025-06-13 Odesa']],
  ['On Friday the minister said the Kyiv airspace is fully under control.', [], ['territorial_capture 2025-06-13 Kyiv']],
]);

table('the toll with the place of a part of it ("Twelve were killed, among them three children in the Zhytomyr region") places the strike told before', [
  [
    'Russia launched 300 drones overnight. Twelve people were killed, among them three children in the Zhytomyr region; Kyiv and Khmelnytskyi were also hit.',
    ['drone_strike 2025-06-14 Zhytomyr Oblast', 'drone_strike 2025-06-14 Kyiv'],
    [],
  ],
  ['Russian missiles struck Kharkiv overnight. Four people were wounded, including two in Sumy.', ['missile_strike 2025-06-14 Sumy'], []],
  ['09:40 — Drones hit Odesa overnight. Five people were injured, among them a child in Izmail, the governor said.', ['drone_strike 2025-06-14 Izmail'], []],
  // no strike told before it; the toll of fighting
  ['Four people were wounded, including two in Sumy, in a road accident on Friday.', [], ['drone_strike 2025-06-13 Sumy', 'missile_strike 2025-06-13 Sumy']],
  ['Twelve soldiers were killed in the fighting, among them three in Bakhmut.', [], ['drone_strike 2025-06-14 Bakhmut']],
]);

table('a list with a serial comma ("struck Odesa, Mykolaiv, and Kherson") keeps its last place: ", and" before it ends the list, not the clause', [
  ['Drones struck Odesa, Mykolaiv, and Kherson on Friday.', ['drone_strike 2025-06-13 Odesa', 'drone_strike 2025-06-13 Mykolaiv', 'drone_strike 2025-06-13 Kherson'], []],
  ['On Friday Russian drones attacked Sumy, Poltava, and Chernihiv.', ['drone_strike 2025-06-13 Chernihiv'], []],
  ['10:15 — Missiles hit Lviv, Lutsk, and Rivne overnight, the air force says.', ['missile_strike 2025-06-14 Rivne'], []],
  // ", and" that opens a clause of its own stays a clause break
  ['Drones hit Sumy, Poltava, and Kharkiv was shelled on Friday.', ['shelling 2025-06-13 Kharkiv'], ['drone_strike 2025-06-13 Kharkiv']],
  ['Drones hit Kyiv on Friday, and Russia said it was retaliating.', ['drone_strike 2025-06-13 Kyiv'], ['drone_strike 2025-06-13 Russia']],
]);

// A register names the kind of its entries once, in its headline or heading; its dated entries then name only the sides
// or the counts. (Registers, logs and lists headed by their kind: calls, exchanges, meetings.)
table('a register headed by its kind: each dated entry naming two sides joined by a dash, or counts traded, is one of that kind', [
  // a calls log, entries under a weekday and a date, the sides joined by an en dash or a spaced hyphen
  [
    'CALLS DIARY — running log of leaders\' telephone contacts.\n\nMon 2 Jun — Erdogan–Zelenskyy. About forty minutes; Black Sea shipping.\n\nThu 5 Jun — Macron - Putin, two hours, no readout from Paris.',
    ['phone_call 2025-06-02', 'phone_call 2025-06-05'],
    [],
    'Leaders\' calls: the log',
  ],
  // two pairs on one line are two calls
  [
    'Phone calls register (extract).\n\n4 June 2025 — Trump–Putin, then Trump–Zelenskyy.',
    ['phone_call 2025-06-04'],
    [],
    'Phone calls register, June 2025',
  ],
  // an exchange register: counts for counts, or counts brought back to each side, in pipe-separated fields
  [
    'PRISONER SWAP REGISTER. Fields: date | numbers | mediator.\n\n2025-05-06 | 205 for 205 | United Arab Emirates\n\n2025-04-19 | 246 returned to Ukraine; 246 to Russia | —',
    ['prisoner_exchange 2025-05-06', 'prisoner_exchange 2025-04-19'],
    [],
    'Exchange register: swaps of prisoners of war in 2025',
  ],
  // an entry opening with the counts, its date after them, under a section heading of a list page
  ['Swaps of 2025 — notes for the list.\n\n== Spring ==\n\n300 for 300 on Friday, the UAE mediating. Please add a row.', ['prisoner_exchange 2025-06-13'], [], 'Talk:List of prisoner swaps, 2025'],
  // a meetings list
  [
    'Summits and visits, as listed by the desk.\n\nTue 10 Jun — Starmer–Zelenskyy in London, an hour at Downing Street.',
    ['meeting 2025-06-10'],
    [],
    'List of meetings, June 2025',
  ],
]);

table('what a register heading does not make an event of', [
  // the heading itself is a label of the whole, no exchange
  ['EXCHANGE REGISTER (extract). Published figures only.\n\n2025-05-06 | 205 for 205 | United Arab Emirates', ['prisoner_exchange 2025-05-06'], ['prisoner_exchange 2025-06-14'], 'Exchange register'],
  // a log of several kinds names no one kind for its entries: a pair alone is no call
  [
    'DIPLOMACY + STRIKES LOG.\n\nMon 2 Jun — Erdogan–Zelenskyy; see the readouts.',
    [],
    ['phone_call 2025-06-02', 'meeting 2025-06-02'],
    'Calls, strikes and incidents log',
  ],
  // no register: a line with a date and two names joined by a dash is a pair, not a call
  ['Mon 2 Jun — Erdogan–Zelenskyy: what the two leaders want from Istanbul.', [], ['phone_call 2025-06-02'], 'Analysis: what comes after Istanbul'],
  // an entry naming one side only, or one opening without its date
  [
    'Leaders\' calls log.\n\nMon 2 Jun — Erdogan, remarks to reporters on grain.\n\nAs noted, Trump–Putin contacts were frequent.',
    [],
    ['phone_call 2025-06-02', 'phone_call 2025-06-14'],
    'Leaders\' calls log, June',
  ],
  // counts opening a paragraph of an article that is no register
  ['Notes from the border.\n\n300 for 300 on Friday, someone shouted at the crossing; nobody knew what it meant.', [], ['prisoner_exchange 2025-06-13'], 'Notes from the border'],
  // a count in an exchange register's entry that is no count traded
  ['Exchange register (extract).\n\n2025-05-06 | talks on a swap continued | —', [], ['prisoner_exchange 2025-05-06'], 'Exchange register'],
]);

// A leader's visit told by coming or being where the story is, with the place unnamed or named by its kind (interviews,
// diaries, soldiers' channels, translated communiqués, talk pages): the leader by name or by title is the subject.
table('a leader coming or being here, at the front, at the command post, in the town: a visit', [
  ['Q: The Prime Minister came here on Thursday. What did you ask him for?\nA: Generators.', ['meeting 2025-06-12'], []],
  ['On Friday Emmanuel Macron came to the front line near Kupiansk and handed out medals.', ['meeting 2025-06-13 Kupiansk'], []],
  ['Our unit is proud. The Commander-in-Chief came to the positions of the brigade yesterday and thanked the crews.', ['meeting 2025-06-13'], []],
  ['The Chancellor came today, stayed an hour and left by train.', ['meeting 2025-06-14'], []],
  ['On 10 June the President visited the command post of the eastern group of forces.', ['meeting 2025-06-10'], []],
  ['Volodymyr Zelenskyy himself went to the town on Wednesday to meet the defenders.', ['meeting 2025-06-11'], []],
  ['Olaf Scholz was in the city on Tuesday, the regional governor said.', ['meeting 2025-06-10'], []],
]);

table('coming, going or being somewhere that is no visit by a leader', [
  // no leader as the subject
  ['The order came today, the soldiers said.', [], ['meeting 2025-06-14']],
  ['The commander came to the command post on Friday.', [], ['meeting 2025-06-13']],
  ["Trump's envoy came here on Sunday.", [], ['meeting 2025-06-08']],
  ['Zelenskyy said the decision came yesterday.', [], ['meeting 2025-06-13']],
  // a leader coming to something that is no site
  ['Zelenskyy came to power in 2019 promising peace.', [], ['meeting 2019-01-01']],
  ['On Friday Putin came to the conclusion that the talks were useless.', [], ['meeting 2025-06-13']],
  ['The President came under fire on Thursday for the decision.', [], ['meeting 2025-06-12']],
]);

// A call whose parties are told in a relative clause after it (wire copy, trackers, readouts): "a call in which X urged Y".
table('a call or conversation "in which" or "during which" a named person acted: a call', [
  ['Moscow announced the pause on Thursday, hours after a call in which Erdogan pressed Putin to stop the strikes.', ['phone_call 2025-06-12'], []],
  ['Thu 12 Jun — Kremlin orders a local truce, hours after a conversation in which Macron urged one.', ['phone_call 2025-06-12'], []],
  ['On Friday Zelenskyy had a long conversation during which Starmer promised more air defence.', ['phone_call 2025-06-13'], []],
]);

table('"a call in which" that is no phone call', [
  // no one named in the clause
  ['The call in which nothing was agreed lasted an hour on Friday.', [], ['phone_call 2025-06-13']],
  // a call for something, a wake-up call
  ['On Friday Zelenskyy issued a call, in which Biden was named, for more jets.', [], ['phone_call 2025-06-13']],
  ['It was a wake-up call in which Putin showed his hand on Friday.', [], ['phone_call 2025-06-13']],
]);

// A meeting proposed for a day to come (wire, radio bulletin, explainer, communiqué): planned, dated by the day after it.
table('talks proposed, offered or invited to for a day ahead: a planned meeting on that day', [
  ['Putin proposed that the two delegations meet in Istanbul on Thursday.', ['meeting 2025-06-19 Istanbul'], []],
  ['The Kremlin invited the Ukrainian delegation to a new round of talks in Minsk on 20 June.', ['meeting 2025-06-20 Minsk'], []],
  // the proposing has a day of its own: the meeting takes the day after its word
  ['Putin proposed on Tuesday that talks resume in Istanbul on Thursday.', ['meeting 2025-06-19 Istanbul'], ['meeting 2025-06-17 Istanbul', 'meeting 2025-06-10 Istanbul']],
  // an earlier round named in the proposal does not date it
  ['He proposed that the delegations resume the negotiations broken off in 2022, in Geneva on Tuesday.', ['meeting 2025-06-17 Geneva'], ['meeting 2022-01-01 Geneva']],
]);

table('a meeting proposed with no day ahead, or in doubt, stays an idea', [
  ['Zelenskyy proposed a meeting with Putin.', [], ['meeting 2025-06-14']],
  ['Putin proposed on Tuesday that talks resume.', [], ['meeting 2025-06-17', 'meeting 2025-06-10']],
  ['If Putin proposed talks in Istanbul on Thursday, Kyiv would come.', [], ['meeting 2025-06-19 Istanbul']],
  ["Kyiv rejected Putin's offer of talks in Istanbul on Thursday.", [], ['meeting 2025-06-19 Istanbul']],
  // what happened before is not dated by the talks proposed after it
  [
    'The four leaders, who travelled to Kyiv together on Saturday, telephoned Trump from the capital during the visit.\n\nLate on Sunday Putin proposed that the delegations meet in Istanbul on Thursday.',
    ['meeting 2025-06-19 Istanbul'],
    ['phone_call 2025-06-19'],
  ],
]);

t.test('a sentence opened by "earlier on <day>", "earlier in the day" or "earlier that day" tells another event than those of its kind told before it', async (t) => {
  const rows: Array<[string, string, string[]]> = [
    // another meeting held before the one told first, the same day
    [
      'The foreign ministers of Brazil and India met in Geneva on Thursday for two hours of talks. Earlier on Thursday, the Swiss president hosted a breakfast meeting with the Indian delegation.',
      'meeting',
      ['meeting 2025-06-12 Geneva', 'meeting 2025-06-12'],
    ],
    [
      'Envoys of Armenia and Azerbaijan held talks in Vienna on Tuesday. Earlier in the day, the Austrian chancellor met the Armenian envoy at his office.',
      'meeting',
      ['meeting 2025-06-10 Vienna', 'meeting 2025-06-10'],
    ],
    // the meeting told again, or resumed later that day, is the same meeting
    ['Envoys of Armenia and Azerbaijan held talks in Vienna on Tuesday. The talks lasted four hours.', 'meeting', ['meeting 2025-06-10 Vienna']],
    ['Envoys of Armenia and Azerbaijan held talks in Vienna on Tuesday. Later that day, the talks resumed after a break.', 'meeting', ['meeting 2025-06-10 Vienna']],
    // "earlier" inside the sentence, not opening it, is no step back
    ['Envoys of Armenia and Azerbaijan held talks in Vienna on Tuesday. The talks had been planned earlier that day.', 'meeting', ['meeting 2025-06-10 Vienna']],
  ];
  for (const [body, type, expected] of rows) t.same(events(body).filter((line) => line.startsWith(type)), expected, body);
});

t.test('a state adopting "new", "parallel" or "its own" measures right after a sentence telling sanctions took sanctions of its own', async (t) => {
  const rows: Array<[string, string, string[]]> = [
    ['On Thursday Japan adopted a package of sanctions on Russian banks. Canada announced new measures the same day.', 'sanctions', ['Japan', 'Canada']],
    ['On Thursday the US Treasury barred dealings with three Russian banks under new sanctions. The EU adopted a parallel prohibition on Thursday.', 'sanctions', ['United States', 'European Union']],
    ['On Thursday the EU adopted its 20th sanctions package. Norway imposed its own restrictions a day later.', 'sanctions', ['European Union', 'Norway']],
    // not done, or negated: no second decision
    ['On Thursday the EU adopted its 20th sanctions package. Norway did not announce new measures.', 'sanctions', ['European Union']],
    ['On Thursday the EU adopted its 20th sanctions package. Norway will announce new measures next month.', 'sanctions', ['European Union']],
    ['On Thursday the EU adopted its 20th sanctions package. Norway said it might adopt similar measures.', 'sanctions', ['European Union']],
    // measures after a sentence telling no sanctions are no sanctions; nor measures with no decider named
    ['On Thursday storms flooded the port of Gdansk. Poland announced new measures the same day.', 'sanctions', []],
    ['On Thursday the EU adopted its 20th sanctions package. New measures were announced the same day.', 'sanctions', ['European Union']],
    // measures in the next paragraph are told apart from the package
    ['On Thursday the EU adopted its 20th sanctions package.\n\nPoland announced new measures to guard its border the same day.', 'sanctions', ['European Union']],
  ];
  for (const [body, type, expected] of rows) t.same(partiesOf(body, type), expected, body);
});

table('a verb of striking whose object is aircraft or an airfield at a place tells a strike, its weapon named earlier in the sentence or the story', [
  // the weapon is the subject, set apart from its verb by an aside
  ['On Sunday its drones, carried across the border in lorries, had struck bombers at the Olenya air base in the Murmansk region.', ['drone_strike 2025-06-08 Olenya air base/Murmansk Oblast'], []],
  ['On Friday cruise missiles, launched from ships far out in the Black Sea overnight, struck aircraft at an airfield near Kursk.', ['missile_strike 2025-06-13 Kursk'], []],
  // told beside talks the sentence dates: both events
  [
    'Talks opened in Geneva on Monday, a day after small drones launched from trucks hit strategic bombers at Belaya air base in the Irkutsk region.',
    ['meeting 2025-06-09 Geneva', 'drone_strike 2025-06-08 Belaya air base/Irkutsk Oblast'],
    [],
  ],
  // no weapon in the sentence: the story's
  ['Drones hit Odesa on Thursday. On Friday the security service struck bombers at an air base in the Saratov region.', ['drone_strike 2025-06-13 Saratov Oblast'], []],
  // no weapon anywhere: no strike
  ['On Friday the security service struck bombers at an air base in the Saratov region.', [], ['drone_strike 2025-06-13 Saratov Oblast']],
  // the aircraft trade is no airfield
  ['Drones hit Odesa on Thursday. On Friday new sanctions hit aircraft makers in Moscow.', [], ['drone_strike 2025-06-13 Moscow']],
]);

table('an event told in a "since" clause dated by a day of its own is read in that clause: the main clause\'s perfect, state and habit are not its', [
  ['Kharkiv has been under fire since Russian units took Vovchansk earlier this month.', ['territorial_capture 2025-06-01 Vovchansk'], []],
  ['Kharkiv has been under constant fire since Russian units took Vovchansk earlier this month.', ['territorial_capture 2025-06-01 Vovchansk'], []],
  ['Pokrovsk has been under constant pressure since Russian troops captured Avdiivka in February.', ['territorial_capture 2025-02-01 Avdiivka'], []],
  // a "since" clause with no day of its own only dates the state
  ['Kharkiv has been under constant fire since Russian units took Vovchansk.', [], ['territorial_capture 2025-06-14 Vovchansk']],
  // the habit of the main clause stays its own
  ['Odesa has been shelled every night since the talks collapsed.', [], ['shelling 2025-06-14 Odesa']],
  ['Russian drones have hit Kharkiv every night since the talks collapsed on Monday.', [], ['drone_strike 2025-06-14 Kharkiv', 'drone_strike 2025-06-09 Kharkiv']],
]);

table('a strike landing on a building in a sentence that names only a country ("one of the largest in Ukraine") is placed by the city told around it', [
  ['Firefighters worked in Sumy all night. On Friday a ballistic missile hit the bread factory, one of the biggest in Ukraine, wounding nine.', ['missile_strike 2025-06-13 Sumy'], ['missile_strike 2025-06-13 Ukraine']],
  ['On Thursday a Shahed drone struck a grain warehouse, among the largest in Ukraine, starting a fire.', ['drone_strike 2025-06-12 Izmail'], ['drone_strike 2025-06-12 Ukraine'], 'Drones pound Izmail port'],
  // no city told around it: the country stays the place, no city is made up
  ['On Friday a cruise missile hit a power plant in western Ukraine, cutting supplies.', ['missile_strike 2025-06-13 Ukraine'], ['missile_strike 2025-06-13 Kyiv']],
  // the sentence before names two cities: which one was hit is not told, the country stays
  ['Sirens sounded in Kharkiv and Poltava. On Friday a missile hit a hospital, one of the oldest in Ukraine.', [], ['missile_strike 2025-06-13 Kharkiv', 'missile_strike 2025-06-13 Poltava']],
]);

table('a strike on a nuclear site is placed at the site: the exclusion zone town GeoNames lacks, a plant named with its kind', [
  ['Early on Thursday a drone struck the arch that covers the old reactor at Chornobyl.', ['drone_strike 2025-06-12 Chornobyl'], []],
  ['A drone hit the roof over Chernobyl\'s ruined reactor on Wednesday, the agency said.', ['drone_strike 2025-06-11 Chornobyl'], []],
  ['The Khmelnytskyi Nuclear Power Plant was hit by drones on Friday, the regulator said.', ['drone_strike 2025-06-13 Khmelnytskyi Nuclear Power Plant'], []],
  // not struck: a visit to the plant is a visit
  ['Inspectors visited the Rivne nuclear power station on Friday.', [], ['drone_strike 2025-06-13', 'missile_strike 2025-06-13']],
]);

table('a leader walking through a square, the streets or a town of a place visited it ("walked past", "walked away from" do not)', [
  ['On Thursday Zelenskyy walked through the central square of Izium and thanked the soldiers.', ['meeting 2025-06-12 Izium'], []],
  ["Macron walked across Odesa's harbour square on Friday with the mayor.", ['meeting 2025-06-13 Odesa'], []],
  ['The President walked through the streets of Bucha on Monday, laying flowers at a memorial.', ['meeting 2025-06-09 Bucha'], []],
  // the place named earlier: the visit is dated all the same
  ['Ukrainian troops entered Snihurivka on Tuesday. Two days later President Zelenskyy walked across the town square himself.', ['meeting 2025-06-12 Snihurivka'], []],
  // a visit in one country and talks in another on one day are two meetings
  [
    "On Monday Zelenskyy walked through Kherson's central square. In Ankara, CIA Director William Burns met Sergei Naryshkin, the Russian spy chief.",
    ['meeting 2025-06-09 Kherson', 'meeting 2025-06-09 Ankara'],
    [],
  ],
]);

table("a place coordinated with the strike's own by its preposition, past an aside, is one more place of that strike", [
  ['On Friday drones hit houses in Poltava, where two people were hurt, and in Rivne.', ['drone_strike 2025-06-13 Poltava', 'drone_strike 2025-06-13 Rivne'], []],
  ['On Friday missiles struck a depot in Sumy, and also in the Chernihiv region, where a substation burned.', ['missile_strike 2025-06-13 Sumy', 'missile_strike 2025-06-13 Chernihiv Oblast'], []],
  ['On Friday drones damaged flats in Odesa, and in Izmail in the south.', ['drone_strike 2025-06-13 Odesa', 'drone_strike 2025-06-13 Izmail'], []],
  // a coordinated place that opens a clause of its own belongs to that clause
  ['On Friday drones hit Kharkiv, and in Kyiv, missiles struck a plant.', ['drone_strike 2025-06-13 Kharkiv', 'missile_strike 2025-06-13 Kyiv'], ['drone_strike 2025-06-13 Kyiv', 'missile_strike 2025-06-13 Kharkiv']],
  ['On Friday drones hit houses in Kharkiv, and in Kyiv the ministers met.', ['drone_strike 2025-06-13 Kharkiv'], ['drone_strike 2025-06-13 Kyiv']],
]);

table('a weapon whose verb is added to, not denied, still struck: "not only"', [
  ['On Friday drones not only hit Poltava but also Kremenchuk.', ['drone_strike 2025-06-13 Poltava'], []],
  ['On Friday missiles struck Rivne, though they did not hit the airport.', ['missile_strike 2025-06-13 Rivne'], []],
]);

table('a leader called by telephone with the office before the name ("called President X") is a call; "called President X a liar" names him', [
  ['On Monday Macron called President Zelenskyy to discuss air defence.', ['phone_call 2025-06-09'], []],
  ['On Tuesday Scholz called Prime Minister Donald Tusk.', ['phone_call 2025-06-10'], []],
  ['Biden and Erdogan spoke on Wednesday; Biden then called President Zelenskyy.', ['phone_call 2025-06-11'], []],
  ['On Thursday Lavrov called President Zelenskyy a puppet of the West.', [], ['phone_call 2025-06-12']],
  ["On Thursday Orban called President Zelenskyy's plan unrealistic.", [], ['phone_call 2025-06-12']],
]);

table('"the willing" of a coalition names who met, no wish: the meeting took place', [
  // the group's usual name, as the subject's complement or the subject
  ['On Thursday in Rome, leaders of the coalition of the willing met with Zelenskyy.', ['meeting 2025-06-12 Rome'], []],
  ['The so-called coalition of the willing met in London on Tuesday to plan a reassurance force.', ['meeting 2025-06-10 London'], []],
  ['Envoys of the coalition of the willing held talks in Paris on Wednesday.', ['meeting 2025-06-11 Paris'], []],
  // being willing is still a wish, whoever is willing
  ['The Kremlin said on Thursday that Putin was willing to meet Zelenskyy in Istanbul.', [], ['meeting 2025-06-12 Istanbul']],
  ['Kyiv is willing to hold talks in Geneva on Friday, an aide said.', [], ['meeting 2025-06-13 Geneva']],
]);

table('a gapped clause, "and" a further partner and a day of its own, tells the same act with that partner on that day', [
  ['Zelenskyy met Macron in Paris on Monday and Starmer in London on Thursday.', ['meeting 2025-06-09 Paris', 'meeting 2025-06-12 London'], []],
  ['American negotiators met the Ukrainian delegation on Monday, and the Russian delegation on Tuesday.', ['meeting 2025-06-09', 'meeting 2025-06-10'], []],
  ['Erdogan phoned Putin on Monday and Zelenskyy on Wednesday.', ['phone_call 2025-06-09', 'phone_call 2025-06-11'], []],
  ['Kyiv signed a security pact with Oslo on Tuesday and a similar document with Copenhagen on Thursday.', ['agreement 2025-06-10', 'agreement 2025-06-12'], []],
  // the same partner again is AND_AGAIN's, a verb of its own is another act
  ['Zelenskyy met Macron in Paris on Monday and thanked Starmer on Thursday.', ['meeting 2025-06-09 Paris'], ['meeting 2025-06-12']],
  ['Zelenskyy met Macron on Monday and said on Thursday that the talks had gone well.', ['meeting 2025-06-09'], ['meeting 2025-06-12']],
]);

table('a round of talks named again by its ordinal alone, set off by a comma, where the sentence tells what talks settle', [
  ['The first round, on 9 June, had also ended with a promise to swap prisoners.', ['meeting 2025-06-09'], []],
  ['The second round, held at the Ciragan Palace on Monday, led to the largest exchange of the year.', ['meeting 2025-06-09'], []],
  // an election's round, a shell: no talks
  ['The first round, on 1 June, left the two candidates far apart.', [], ['meeting 2025-06-01']],
  ['The first round, fired at dawn on Monday, hit a school.', [], ['meeting 2025-06-09']],
]);

table('the parties named again by "they" or "the two": they met, with a time, a place or a length right after the verb', [
  ['Trump invited Putin to Alaska. They met on Friday at an air base.', ['meeting 2025-06-13'], []],
  ['Erdogan and Zelenskyy had not spoken for months. The two men met in Ankara on Tuesday.', ['meeting 2025-06-10 Ankara'], []],
  ['Macron flew to Rome to see Meloni. The pair met for two hours on Wednesday.', ['meeting 2025-06-11 Rome'], []],
  // an object after the verb is no meeting of the parties: a deadline, resistance
  ['The negotiators were given until Friday. They met the deadline on Friday.', [], ['meeting 2025-06-13']],
  ['Russian troops pushed towards the town. They met fierce resistance on Thursday.', [], ['meeting 2025-06-12']],
]);

table('a town after "a"/"an" that names the building an event happened in is the event\'s place', [
  ['On Friday a colonel was killed when a bomb went off in a Donetsk restaurant.', ['assassination 2025-06-13 Donetsk'], []],
  ['On Thursday a Russian missile hit a Dnipro clinic, wounding nine.', ['missile_strike 2025-06-12 Dnipro'], []],
  // a compound adjective built on a town names no place of its own
  ['On Thursday a Russian missile hit a Kyiv-owned warehouse near Brovary.', [], ['missile_strike 2025-06-12 Kyiv']],
]);

table('irregular fighters crossing a border, the country they left told between the verb and "into", are a clash', [
  ['On Tuesday armed saboteurs crossed from Ukraine into the Bryansk region and fired on a village.', ['armed_clash 2025-06-10 Bryansk Oblast'], []],
  ['On Tuesday the militias crossed into the Kursk region near Tetkino.', ['armed_clash 2025-06-10 Kursk Oblast'], []],
  ['On Wednesday Russian troops crossed from Belarus into the Chernihiv region.', ['armed_clash 2025-06-11 Chernihiv Oblast'], []],
]);

table('a plural kind of site announcing its list after a colon or a dash: one strike per site listed', [
  [
    'On Sunday drones struck bombers at three air bases: Shaykovka in the Kaluga region, Morozovsk near Rostov and Engels, south of Saratov.',
    ['drone_strike 2025-06-08 Shaykovka/Kaluga Oblast', 'drone_strike 2025-06-08 Morozovsk', 'drone_strike 2025-06-08 Engels'],
    [],
  ],
  // ... and a verb of crashing into the aircraft there
  ['On Sunday drones slammed into jets at two airfields — Millerovo in the Rostov region and Savasleyka in the Nizhny Novgorod region.', ['drone_strike 2025-06-08 Millerovo', 'drone_strike 2025-06-08 Savasleyka'], []],
  // a list that is no target of a strike holds none
  ['On Sunday the minister toured three cities: Lviv, Lutsk and Rivne.', [], ['drone_strike 2025-06-08 Lviv', 'drone_strike 2025-06-08 Lutsk']],
]);

table('"before the talks" points back to the story\'s talks, not to talks dated only inside a "since" frame', [
  ['Negotiators met in Geneva on Monday. The meeting, the third round since the talks opened on 2 June, was short. A day before the talks, drones struck Kursk.', ['drone_strike 2025-06-08 Kursk'], ['drone_strike 2025-06-01 Kursk']],
  ['The delegations met in Geneva on Monday for the third round since the talks opened on 2 June. A day before the talks, drones struck Kursk.', ['drone_strike 2025-06-08 Kursk'], ['drone_strike 2025-06-01 Kursk']],
]);

table('sanctions told as "fresh" are new ones: the word of the decision may stand further off', [
  ['Japan on Tuesday unveiled fresh sanctions on Russian banks.', ['sanctions 2025-06-10'], []],
  ['On Monday Norway announced 4 billion crowns in military aid for Ukraine and fresh sanctions on Russian tankers.', ['sanctions 2025-06-09', 'aid_decision 2025-06-09'], []],
  // the word alone, with nothing imposed, is none
  ['Fresh shelling hit Kherson on Monday as sanctions talks stalled in Brussels.', [], ['sanctions 2025-06-09']],
]);
