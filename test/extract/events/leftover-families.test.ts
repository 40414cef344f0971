/**
 * Leftover families (issue 3): classes earlier sessions found and left open, one table per phenomenon with
 * cases that must hold and cases that must not (written for these tests in our own words, not copied from
 * any corpus). Published on Saturday 14 June 2025 unless a row says otherwise.
 */
import { table } from './families.js';

table('coordinated verbs sharing one subject: a count of days before or closing the second verb dates it from the first date', [
  ['Drones set fire to a fuel depot in Kstovo on Tuesday and a day later struck a refinery in Ryazan.', ['drone_strike 2025-06-10 Kstovo', 'drone_strike 2025-06-11 Ryazan'], ['drone_strike 2025-06-10 Ryazan']],
  ['Russian troops entered Vovchansk on 10 June and two days later took Lukiantsi.', ['territorial_capture 2025-06-10 Vovchansk', 'territorial_capture 2025-06-12 Lukiantsi'], []],
  ['The army shelled Nikopol on Friday 6 June and then, three days later, shelled Marhanets.', ['shelling 2025-06-06 Nikopol', 'shelling 2025-06-09 Marhanets'], []],
  ['Drones hit Kyiv on Tuesday and struck Odesa a day later.', ['drone_strike 2025-06-10 Kyiv', 'drone_strike 2025-06-11 Odesa'], ['drone_strike 2025-06-10 Odesa']],
  ['Putin phoned Erdogan on Monday and the following day met Orban in Moscow.', ['phone_call 2025-06-09', 'meeting 2025-06-10 Moscow'], ['meeting 2025-06-09 Moscow']],
  // a new subject after the count is dated by it as well
  ['The truce began on 8 May and three days later Russian drones struck Kyiv.', ['drone_strike 2025-05-11 Kyiv'], []],
  // with no event told before it, the count is from the date of its own sentence
  ['Ukraine said on Friday that Russian troops had captured Kurakhove two days earlier.', ['territorial_capture 2025-06-11 Kurakhove'], ['territorial_capture 2025-06-12 Kurakhove']],
  // the count dates the verb it closes, not a trigger told before the date ("ended" is no event of ours)
  ['The truce began on 8 May and ended three days later.', ['ceasefire 2025-05-08'], ['ceasefire 2025-05-11']],
  // a count that moves no day, and a count from a named event, leave the date as it is
  ['A missile hit Dnipro on Wednesday evening and, hours later, drones attacked the city again.', ['missile_strike 2025-06-11 Dnipro'], ['missile_strike 2025-06-12 Dnipro']],
  ['On 19 May a sniper shot the commander near his home in Lviv and he died the same evening.', ['assassination 2025-05-19 Lviv'], ['assassination 2025-05-20 Lviv']],
]);

table('coordinated verbs sharing one subject: a date told after the first verb is its own, the second verb takes its own date', [
  ['Drones hit Kyiv on Tuesday and struck Odesa on Wednesday.', ['drone_strike 2025-06-10 Kyiv', 'drone_strike 2025-06-11 Odesa'], ['drone_strike 2025-06-10 Odesa']],
  ['Russian troops entered Vovchansk on 10 June and took Lukiantsi on 12 June.', ['territorial_capture 2025-06-12 Lukiantsi'], ['territorial_capture 2025-06-10 Lukiantsi']],
  ['Zelenskyy met Macron in Paris on Monday and spoke with Trump by phone on Wednesday.', ['meeting 2025-06-09 Paris', 'phone_call 2025-06-11'], ['phone_call 2025-06-09', 'meeting 2025-06-11 Paris']],
  ['Putin phoned Erdogan on Monday and met Orban in Moscow on Thursday.', ['phone_call 2025-06-09', 'meeting 2025-06-12 Moscow'], ['meeting 2025-06-09 Moscow']],
  // with no date of its own the second verb shares the first one's
  ['Drones hit Kyiv on Tuesday and struck Odesa as well.', ['drone_strike 2025-06-10 Kyiv', 'drone_strike 2025-06-10 Odesa'], []],
  // a fronted date is every verb's
  ['On Tuesday drones hit Kyiv and struck Odesa.', ['drone_strike 2025-06-10 Kyiv', 'drone_strike 2025-06-10 Odesa'], []],
]);

table('coordinated verbs sharing one subject: ", and" before a verb with no subject of its own keeps the weapon of the clause', [
  ['Missiles struck Odesa on Monday, and the next day hit Mykolaiv.', ['missile_strike 2025-06-09 Odesa', 'missile_strike 2025-06-10 Mykolaiv'], []],
  ['Glide bombs pounded Kupiansk on Thursday, and then destroyed a bridge in Izium.', ['air_strike 2025-06-12 Kupiansk', 'air_strike 2025-06-12 Izium'], []],
  // a clause with a subject of its own keeps its own trigger: the missiles are not the drones' (nor the other way)
  ['Drones struck Kyiv on Tuesday, and Russia fired missiles at Lviv.', ['drone_strike 2025-06-10 Kyiv', 'missile_strike 2025-06-10 Lviv'], ['drone_strike 2025-06-10 Lviv']],
  ['Missiles struck Odesa on Monday, and the port reopened on Wednesday.', ['missile_strike 2025-06-09 Odesa'], []],
]);

table('a meeting, call or swap called off, cancelled, postponed or put off did not happen', [
  // the verb of undoing before its object
  ['Trump cancelled his meeting with Putin, the White House said on Wednesday.', [], ['meeting 2025-06-11']],
  ["Kyiv scrapped Thursday's meeting with the Russian delegation.", [], ['meeting 2025-06-12']],
  ['Moscow postponed the prisoner exchange planned for Sunday.', [], ['prisoner_exchange 2025-06-15']],
  // the passive after its subject, past asides between commas
  ['Negotiations due in Istanbul on Monday were delayed by a week.', [], ['meeting 2025-06-09 Istanbul']],
  ['The visit to Kyiv by the chancellor on Friday was put off indefinitely.', [], ['meeting 2025-06-13 Kyiv', 'meeting 2025-06-13']],
  ['A meeting of defence ministers at Rzeszow, Poland, which had been planned for Saturday, was called off after the storm.', [], ['meeting 2025-06-14 Rzeszow', 'meeting 2025-06-14']],
  // held after all, or another thing's fate in a subordinate clause
  ['Putin and Orban met in Budapest on Tuesday after the summit had been postponed twice.', ['meeting 2025-06-10 Budapest'], []],
  ['Talks resumed in Geneva on Friday after being postponed in May.', ['meeting 2025-06-13 Geneva'], []],
  ['The two sides held talks in Riyadh on Monday, a day after the round planned for Sunday was pushed back.', ['meeting 2025-06-09 Riyadh'], []],
  // aid delayed is a decision about aid, not a meeting called off
  ['The US delayed weapons deliveries to Ukraine on Monday.', ['aid_decision 2025-06-09'], []],
]);

table('historical present in timelines, chronologies and headlines: the verb in the present still names its place', [
  ['3 June – Ukrainian forces retake Robotyne after weeks of fighting.', ['territorial_capture 2025-06-03 Robotyne'], []],
  ['3 June – Russia captures Avdiivka.', ['territorial_capture 2025-06-03 Avdiivka'], []],
  ['12 May: Russia strikes Avdiivka with cruise missiles.', ['missile_strike 2025-05-12 Avdiivka'], []],
  ['1 March: Russia strikes the central square of Kharkiv with a cruise missile.', ['missile_strike 2025-03-01 Kharkiv'], []],
  ['2 June: Delegations meet in Istanbul for a second round. 3 June: Russian missiles hit Odesa.', ['meeting 2025-06-02 Istanbul', 'missile_strike 2025-06-03 Odesa'], []],
  // a name after a noun is no place struck: "Storm Shadow" is a missile
  ['On Tuesday Ukraine fired British Storm Shadow missiles at Kursk Oblast.', [], ['missile_strike 2025-06-10 Shadow']],
  // a timeline entry told in the future is planned
  ['24 June: NATO leaders will meet in The Hague.', ['meeting 2025-06-24 The Hague'], []],
]);

table('seats of power: a meeting at one is held in its city; a seat that speaks is a government, not a place', [
  ['Trump hosted Zelenskyy at the White House on Friday.', ['meeting 2025-06-13 Washington'], []],
  ['Zelenskyy met Trump in the Oval Office on Monday.', ['meeting 2025-06-09 Washington'], []],
  ['Putin received Orban at the Kremlin on Thursday.', ['meeting 2025-06-12 Moscow'], []],
  ['Starmer met Zelenskyy in Downing Street on Saturday.', ['meeting 2025-06-14 London'], []],
  ['Macron welcomed Zelenskyy at the Elysee Palace on Wednesday.', ['meeting 2025-06-11 Paris'], []],
  // the seat as the one who speaks gives no place
  ['The Kremlin said on Friday that Putin and Trump had spoken by phone.', ['phone_call 2025-06-13'], []],
  ['Downing Street said on Monday that Starmer would meet Zelenskyy in Kyiv on Thursday.', ['meeting 2025-06-19 Kyiv'], ['meeting 2025-06-19 London']],
  // a row between leaders in a seat of power is no fighting there
  ['The decision followed the clash between Trump and Zelenskyy in the Oval Office on Friday.', [], ['armed_clash 2025-06-13 Washington']],
]);

table('anaphora: "the town", "the city" point back to the one place the sentence before named', [
  ['Kherson was occupied in March 2022. Ukrainian troops liberated the city on 11 November.', ['territorial_capture 2024-11-11 Kherson'], []],
  ['Fighting raged around Avdiivka for months. On Saturday the town fell.', ['territorial_capture 2025-06-14 Avdiivka'], []],
  ['Bakhmut was under fire for ten months. Wagner claimed the city on 20 May.', ['territorial_capture 2025-05-20 Bakhmut'], []],
  ['Pokrovsk is a logistics hub. Drones struck the city on Friday.', ['drone_strike 2025-06-13 Pokrovsk'], []],
  // two places before: which one is meant is not told
  ['Kherson and Mykolaiv were shelled for weeks. Drones struck the city on Friday.', [], ['drone_strike 2025-06-13 Kherson', 'drone_strike 2025-06-13 Mykolaiv']],
  // across a paragraph break, with no city of the article's own, the nearest sentence naming one city is meant;
  // "the city council" and "the town of X" are no pointers back
  ['Pokrovsk is a logistics hub.\n\nDrones struck the city on Friday.', ['drone_strike 2025-06-13 Pokrovsk'], []],
  ['Kherson and Mykolaiv are river ports.\n\nDrones struck the city on Friday.', [], ['drone_strike 2025-06-13 Kherson', 'drone_strike 2025-06-13 Mykolaiv']],
  ['Drones struck Kyiv on Friday. In Odesa, the city council met on Saturday.', ['drone_strike 2025-06-13 Kyiv'], ['drone_strike 2025-06-13 Odesa']],
  // a place named to locate another is not the one meant; "the village" is seldom a city told before
  ['Fighting went on near Pokrovsk. On Friday the town fell.', [], ['territorial_capture 2025-06-13 Pokrovsk']],
  ['Shelling hit Kupiansk on Monday. On Friday troops took the village.', [], ['territorial_capture 2025-06-13 Kupiansk']],
]);

table('an order that a withdrawal begin is a decision of its day, not the withdrawal done', [
  ['On Wednesday the minister ordered the withdrawal of troops from Kherson to begin.', [], ['territorial_capture 2025-06-11 Kherson']],
  ['On Tuesday the general ordered the retreat from Lyman to start at dawn.', [], ['territorial_capture 2025-06-10 Lyman']],
  // an order reported with the move done, and a command confirming it, tell the withdrawal
  ['Syrskyi said early on Saturday that he had ordered troops to withdraw from Avdiivka.', ['territorial_capture 2025-06-14 Avdiivka'], []],
  ['25 Jan: Eastern Command confirms withdrawal from Soledar.', ['territorial_capture 2025-01-25 Soledar'], []],
]);

table('a weapon opening a clause of its own after "and" or a comma, when a weapon led the clause before, strikes only its own places', [
  ['Overnight drones hit Kyiv and missiles struck Lviv, officials said.', ['drone_strike 2025-06-14 Kyiv', 'missile_strike 2025-06-14 Lviv'], ['drone_strike 2025-06-14 Lviv', 'missile_strike 2025-06-14 Kyiv']],
  ['On Friday Shahed drones attacked Odesa and Iskander missiles slammed into Kharkiv.', ['drone_strike 2025-06-13 Odesa', 'missile_strike 2025-06-13 Kharkiv'], ['drone_strike 2025-06-13 Kharkiv', 'missile_strike 2025-06-13 Odesa']],
  ['Drones hit a school in Sumy, rockets kill 4 in Kherson region in Thursday raids', ['drone_strike 2025-06-12 Sumy', 'missile_strike 2025-06-12 Kherson Oblast'], ['drone_strike 2025-06-12 Kherson Oblast', 'missile_strike 2025-06-12 Sumy']],
  ['On Monday artillery shelled Nikopol and drones struck a bus in Kherson.', ['shelling 2025-06-09 Nikopol', 'drone_strike 2025-06-09 Kherson'], ['shelling 2025-06-09 Kherson', 'drone_strike 2025-06-09 Nikopol']],
  // weapons named together lead one clause: the first-named strikes every place, the second is one strike of the same wave
  // (told at its first place: see precision-families, "a wave told with two weapons over several places")
  ['Russian missiles and drones struck Ternopil and Lviv on Wednesday.', ['missile_strike 2025-06-11 Ternopil', 'missile_strike 2025-06-11 Lviv', 'drone_strike 2025-06-11 Ternopil'], ['drone_strike 2025-06-11 Lviv']],
  ['Drones and missiles hit Kyiv and the Zhytomyr region on Sunday night.', ['drone_strike 2025-06-08 Zhytomyr Oblast', 'missile_strike 2025-06-08 Kyiv'], []],
  // no weapon before the comma: an opening phrase, not a clause of its own
  ['On Sunday drones hit Kyiv. In the capital, a drone set fire to the roof of a ministry.', ['drone_strike 2025-06-08 Kyiv'], []],
]);

table('a translation\'s "in the <town>" is the town; a village "in western <region>" is the place, its region only locates it', [
  ['On 12 June the occupiers dropped two guided bombs on the market in the Sumy, inside were many people.', ['air_strike 2025-06-12 Sumy'], []],
  // a town named like a river stays the river after "the": a translation's Dnipro is lost, the river is never a target
  ['Two days before, on the 10th of June, the enemy by the rockets hit the depot in the Dnipro, where three workers perished.', [], ['missile_strike 2025-06-10 Dnipro']],
  ['On 11 June the enemy by the drones attacked the bus station in the Kherson, two persons were injured.', ['drone_strike 2025-06-11 Kherson'], []],
  ['Russian forces attacked near Novoprokopivka in western Zaporizhzhia Oblast on June 12.', ['armed_clash 2025-06-12 Novoprokopivka/Zaporizhzhia Oblast'], ['armed_clash 2025-06-12 Zaporizhzhia Oblast']],
  ['On Thursday glide bombs hit Siversk in northern Donetsk Oblast.', ['air_strike 2025-06-12 Siversk'], ['air_strike 2025-06-12 Donetsk Oblast']],
]);

table('a struck facility placed by the town it stands near is a target beside the places named outright', [
  ['On Sunday drones struck Kyiv and an oil depot near Bila Tserkva.', ['drone_strike 2025-06-08 Kyiv', 'drone_strike 2025-06-08 Bila Tserkva'], []],
  ['Drones hit Engels air base in the Saratov region and a refinery outside Ryazan on Monday.', ['drone_strike 2025-06-09 Engels', 'drone_strike 2025-06-09 Ryazan'], []],
  ['Missiles hit Odesa and two substations around Izmail on Tuesday night.', ['missile_strike 2025-06-10 Odesa', 'missile_strike 2025-06-10 Izmail'], []],
  // a vicinity with no facility before it is still only a vicinity
  ['On Monday missiles hit Kharkiv and villages near Chuhuiv.', ['missile_strike 2025-06-09 Kharkiv'], ['missile_strike 2025-06-09 Chuhuiv']],
  ['Glide bombs struck Sumy on Friday, near the border with Russia.', ['air_strike 2025-06-13 Sumy'], []],
  // a capture takes only the place itself, never the town an airfield stands near
  ['On Monday Russian troops captured Hostomel airport near Kyiv.', ['territorial_capture 2025-06-09 Hostomel'], ['territorial_capture 2025-06-09 Kyiv']],
]);

table('departments and the other sanctioning and donor governments are the actors of their decisions; a country named as a place stays a place', [
  ['On Friday the State Department announced sanctions on 20 Russian companies.', ['sanctions 2025-06-13'], []],
  ['OFAC on Thursday designated Rosneft and Lukoil.', ['sanctions 2025-06-12'], []],
  ['Canada on Tuesday imposed sanctions on 76 individuals.', ['sanctions 2025-06-10'], []],
  ['On Wednesday Japan pledged $4.5 billion in aid to Ukraine.', ['aid_decision 2025-06-11'], []],
  ['Zelenskyy was in Canada on Monday for the G7 summit, where he met Prime Minister Mark Carney.', [], ['meeting 2025-06-09 Cañada']],
]);

table('a push alert stamped with its day and time and filed under a place label lies there', [
  ['Alerts from the weekend.\n\nSAT 14 JUN · 11:02 — Istanbul: Russian and Ukrainian delegations sit down for a third round of talks.', ['meeting 2025-06-14 Istanbul'], []],
  ['Alerts from the weekend.\n\nFri 13 June, 22:40 — Kharkiv: drones hit a warehouse and a petrol station.', ['drone_strike 2025-06-13 Kharkiv'], []],
  ['Alerts from the weekend.\n\nFRI 13 JUN · 06:15 — Odesa region: a missile struck port infrastructure overnight.', ['missile_strike 2025-06-13 Odesa Oblast'], []],
  // a label that is a speaker or a rubric names no place
  ['Alerts from the weekend.\n\nSAT 14 JUN · 13:30 — Umerov: the delegations met for an hour and agreed to swap all wounded prisoners.', [], ['meeting 2025-06-14 Umerov']],
  ['Alerts from the weekend.\n\nSAT 14 JUN · 08:00 — Diplomacy: the foreign ministers met in Geneva.', ['meeting 2025-06-14 Geneva'], []],
]);

table('"as well as" continues a list of struck places; a present passive subject is struck', [
  ['On Monday missiles likewise struck Sumy and Konotop, as well as Izium and Kupiansk in the Kharkiv region.', ['missile_strike 2025-06-09 Izium', 'missile_strike 2025-06-09 Kupiansk'], ['missile_strike 2025-06-09 Kharkiv Oblast']],
  ['Russian drones struck Sumy on Tuesday as well as Poltava.', ['drone_strike 2025-06-10 Sumy', 'drone_strike 2025-06-10 Poltava'], []],
  ['12 June – Kharkiv is hit again by drones; a school burns.', ['drone_strike 2025-06-12 Kharkiv'], []],
  // a habit in the present stays no event
  ['Kyiv is attacked by drones almost every night.', [], ['drone_strike 2025-06-14 Kyiv']],
]);

table('a seat of power where talks are hosted is its city, and keeps two meetings of one day in two cities apart', [
  ['On Friday Russian and Ukrainian delegations met at the Dolmabahçe Palace for two hours. Later that day Zelenskyy, attending a summit in Tirana, met Macron.', ['meeting 2025-06-13 Istanbul', 'meeting 2025-06-13 Tirana'], []],
  ['Zelenskyy received Scholz at the Mariinskyi Palace on Monday.', ['meeting 2025-06-09 Kyiv'], []],
  // a seat is never a strike's target
  ['On Monday a drone fell near the Dolmabahce Palace gardens, officials said.', [], ['drone_strike 2025-06-09 Istanbul']],
]);

table('each settlement of a captured list is a capture, known to GeoNames or not', [
  ['Russia said on Tuesday its troops had taken the villages of Zelenivka, Pishchane and Berestok.', ['territorial_capture 2025-06-10 Zelenivka', 'territorial_capture 2025-06-10 Pishchane', 'territorial_capture 2025-06-10 Berestok'], []],
  ['On Monday Russian forces captured Dachne and Berestok.', ['territorial_capture 2025-06-09 Dachne', 'territorial_capture 2025-06-09 Berestok'], []],
  ['Zelenskyy announced on Sunday that the villages of Arkhanhelske and Dudchany were back under Ukrainian control.', ['territorial_capture 2025-06-08 Dudchany'], []],
  // fighting "in the areas of" settlements is near them, not in them
  ['On 12 June units went on the offensive in the areas of the settlements of Zelenivka and Berestok in Sudzha district.', [], ['armed_clash 2025-06-12 Zelenivka', 'armed_clash 2025-06-12 Berestok']],
  // a name after the list that an actor owns is no settlement
  ['On Friday Russia captured Vuhledar and President Putin congratulated the troops.', ['territorial_capture 2025-06-13 Vuhledar'], ['territorial_capture 2025-06-13 President Putin']],
]);
