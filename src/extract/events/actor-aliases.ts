import type { ActorKind } from '../../domain/taxonomy.js';

/** Canonical actors and the names the news uses for them. Matching is case-sensitive on capitals. */
export interface ActorEntry {
  name: string;
  kind: ActorKind;
  /** A person's country (its entry's name): "the Kremlin" beside Putin adds no second actor. */
  country?: string;
  aliases: string[];
}

export const ACTORS: ActorEntry[] = [
  // (a leader named by office, "Trump phoned the Ukrainian president", is read through OFFICES below)
  {
    name: 'Vladimir Putin',
    kind: 'person',
    country: 'Russia',
    aliases: ['Vladimir Putin', 'Vladimir V. Putin', 'Putin'],
  },
  {
    name: 'Volodymyr Zelenskyy',
    kind: 'person',
    country: 'Ukraine',
    aliases: ['Volodymyr Zelenskyy', 'Volodymyr Zelensky', 'Volodymyr Zelenskiy', 'Zelenskyy', 'Zelensky', 'Zelenskiy'],
  },
  { name: 'Donald Trump', kind: 'person', country: 'United States', aliases: ['Donald Trump', 'Donald J. Trump', 'Trump'] },
  { name: 'Joe Biden', kind: 'person', country: 'United States', aliases: ['Joe Biden', 'Joseph Biden', 'Biden'] },
  { name: 'Marco Rubio', kind: 'person', country: 'United States', aliases: ['Marco Rubio', 'Rubio'] },
  { name: 'Antony Blinken', kind: 'person', country: 'United States', aliases: ['Antony Blinken', 'Anthony Blinken', 'Blinken'] },
  { name: 'Sergei Lavrov', kind: 'person', country: 'Russia', aliases: ['Sergei Lavrov', 'Sergey Lavrov', 'Lavrov'] },
  { name: 'Dmitry Peskov', kind: 'person', country: 'Russia', aliases: ['Dmitry Peskov', 'Dmitri Peskov', 'Peskov'] },
  { name: 'Recep Tayyip Erdogan', kind: 'person', country: 'Turkey', aliases: ['Recep Tayyip Erdogan', 'Recep Tayyip Erdoğan', 'Erdogan', 'Erdoğan'] },
  { name: 'Emmanuel Macron', kind: 'person', country: 'France', aliases: ['Emmanuel Macron', 'Macron'] },
  { name: 'Keir Starmer', kind: 'person', country: 'United Kingdom', aliases: ['Keir Starmer', 'Starmer'] },
  { name: 'Rishi Sunak', kind: 'person', country: 'United Kingdom', aliases: ['Rishi Sunak', 'Sunak'] },
  { name: 'Liz Truss', kind: 'person', country: 'United Kingdom', aliases: ['Liz Truss'] },
  { name: 'Boris Johnson', kind: 'person', country: 'United Kingdom', aliases: ['Boris Johnson'] },
  { name: 'Olaf Scholz', kind: 'person', country: 'Germany', aliases: ['Olaf Scholz', 'Scholz'] },
  { name: 'Friedrich Merz', kind: 'person', country: 'Germany', aliases: ['Friedrich Merz', 'Merz'] },
  { name: 'Xi Jinping', kind: 'person', country: 'China', aliases: ['Xi Jinping', 'Xi'] },
  { name: 'Steve Witkoff', kind: 'person', country: 'United States', aliases: ['Steve Witkoff', 'Witkoff'] },
  { name: 'Andriy Yermak', kind: 'person', country: 'Ukraine', aliases: ['Andriy Yermak', 'Andrii Yermak', 'Yermak'] },
  { name: 'Rustem Umerov', kind: 'person', country: 'Ukraine', aliases: ['Rustem Umerov', 'Umerov'] },
  { name: 'Andrii Sybiha', kind: 'person', country: 'Ukraine', aliases: ['Andrii Sybiha', 'Andriy Sybiha', 'Sybiha'] },
  { name: 'Dmytro Kuleba', kind: 'person', country: 'Ukraine', aliases: ['Dmytro Kuleba', 'Dmitry Kuleba', 'Kuleba'] },
  { name: 'Kirill Dmitriev', kind: 'person', country: 'Russia', aliases: ['Kirill Dmitriev', 'Dmitriev'] },
  { name: 'Yuri Ushakov', kind: 'person', country: 'Russia', aliases: ['Yuri Ushakov', 'Yury Ushakov', 'Ushakov'] },
  { name: 'Alexander Lukashenko', kind: 'person', country: 'Belarus', aliases: ['Alexander Lukashenko', 'Aleksandr Lukashenko', 'Lukashenko'] },
  { name: 'Mark Rutte', kind: 'person', aliases: ['Mark Rutte', 'Rutte'] },
  { name: 'Jens Stoltenberg', kind: 'person', aliases: ['Jens Stoltenberg', 'Stoltenberg'] },
  { name: 'Josep Borrell', kind: 'person', aliases: ['Josep Borrell', 'Borrell'] },
  { name: 'Ursula von der Leyen', kind: 'person', aliases: ['Ursula von der Leyen', 'von der Leyen'] },
  { name: 'Antonio Guterres', kind: 'person', aliases: ['Antonio Guterres', 'António Guterres', 'Guterres'] },
  { name: 'Rafael Grossi', kind: 'person', aliases: ['Rafael Grossi', 'Grossi'] },
  { name: 'Kaja Kallas', kind: 'person', aliases: ['Kaja Kallas', 'Kallas'] },
  { name: 'JD Vance', kind: 'person', country: 'United States', aliases: ['JD Vance', 'J.D. Vance', 'Vance'] },
  { name: 'Pete Hegseth', kind: 'person', country: 'United States', aliases: ['Pete Hegseth', 'Hegseth'] },
  { name: 'Giorgia Meloni', kind: 'person', aliases: ['Giorgia Meloni', 'Meloni'] },
  { name: 'Narendra Modi', kind: 'person', aliases: ['Narendra Modi', 'Modi'] },
  { name: 'Viktor Orban', kind: 'person', aliases: ['Viktor Orban', 'Viktor Orbán', 'Orban', 'Orbán'] },
  { name: 'Russia', kind: 'country', aliases: ['Russia', 'RU', 'the Kremlin', 'Kremlin', 'Moscow', 'Russian Federation', 'Russian forces', 'Russian troops', 'Russian military', 'Russian army'] },
  { name: 'Ukraine', kind: 'country', aliases: ['Ukraine', 'UA', 'Kyiv', 'Kiev', 'Ukrainian forces', 'Ukrainian troops', 'Ukrainian military', 'Ukrainian army'] },
  {
    name: 'United States',
    kind: 'country',
    // the departments that sanction, arm and speak for it: "OFAC designated", "the State Department said"
    aliases: [
      'United States', 'U.S.', 'US', 'USA', 'Washington', 'the White House', 'White House', 'Pentagon', 'the Pentagon', 'State Department',
      'Department of State', 'Treasury Department', 'Department of the Treasury', 'OFAC', 'Office of Foreign Assets Control', 'Commerce Department',
      'Department of Commerce', 'Defense Department', 'Department of Defense', 'Congress', 'House of Representatives',
    ],
  },
  { name: 'United Kingdom', kind: 'country', aliases: ['United Kingdom', 'Britain', 'U.K.', 'UK', 'London'] },
  { name: 'France', kind: 'country', aliases: ['France', 'Paris'] },
  { name: 'Germany', kind: 'country', aliases: ['Germany', 'Berlin'] },
  { name: 'China', kind: 'country', aliases: ['China', 'Beijing'] },
  { name: 'Turkey', kind: 'country', aliases: ['Turkey', 'Türkiye', 'Ankara'] },
  { name: 'Belarus', kind: 'country', aliases: ['Belarus', 'Minsk'] },
  { name: 'Poland', kind: 'country', aliases: ['Poland', 'Warsaw'] },
  { name: 'Iran', kind: 'country', aliases: ['Iran', 'Tehran'] },
  { name: 'North Korea', kind: 'country', aliases: ['North Korea', 'Pyongyang'] },
  { name: 'Saudi Arabia', kind: 'country', aliases: ['Saudi Arabia', 'Riyadh'] },
  { name: 'Qatar', kind: 'country', aliases: ['Qatar'] },
  { name: 'United Arab Emirates', kind: 'country', aliases: ['United Arab Emirates', 'UAE'] },
  // the other governments that sanction Russia and arm or fund Ukraine, named as such (their capitals are left to places)
  { name: 'Canada', kind: 'country', aliases: ['Canada', 'Ottawa'] },
  { name: 'Japan', kind: 'country', aliases: ['Japan', 'Tokyo'] },
  { name: 'Australia', kind: 'country', aliases: ['Australia', 'Canberra'] },
  { name: 'South Korea', kind: 'country', aliases: ['South Korea', 'Seoul'] },
  { name: 'Switzerland', kind: 'country', aliases: ['Switzerland'] },
  { name: 'Norway', kind: 'country', aliases: ['Norway'] },
  { name: 'Italy', kind: 'country', aliases: ['Italy'] },
  { name: 'Netherlands', kind: 'country', aliases: ['the Netherlands', 'Netherlands'] },
  { name: 'Sweden', kind: 'country', aliases: ['Sweden'] },
  { name: 'Denmark', kind: 'country', aliases: ['Denmark'] },
  { name: 'Hungary', kind: 'country', aliases: ['Hungary'] },
  { name: 'NATO', kind: 'organization', aliases: ['NATO', 'North Atlantic Treaty Organization'] },
  {
    name: 'European Union',
    kind: 'organization',
    aliases: ['European Union', 'EU', 'E.U.', 'Brussels', 'European Commission', 'European Council', 'Council of the European Union', 'Council of the EU'],
  },
  { name: 'IAEA', kind: 'organization', aliases: ['IAEA', 'International Atomic Energy Agency'] },
  { name: 'United Nations', kind: 'organization', aliases: ['United Nations', 'UN', 'U.N.', 'UN Security Council', 'Security Council'] },
  { name: 'Group of Seven', kind: 'organization', aliases: ['G7', 'Group of Seven'] },
  { name: 'Wagner Group', kind: 'group', aliases: ['Wagner Group', 'Wagner'] },
  { name: 'Hamas', kind: 'group', aliases: ['Hamas'] },
];

/**
 * Offices the news names a leader by ("the German chancellor", "the President of Ukraine", "Britain's prime
 * minister"), with who held each from which day: the holder is read at the article's day, so "the British
 * prime minister" is Johnson in April 2022 and Starmer in March 2025. Each holder is an ACTORS name; a
 * holder holds the office from `from` until the next holder's `from`.
 */
export interface Office {
  /** The office's own words, lower case ("prime minister"), and what else names its holder ("leader"). */
  titles: string[];
  holders: Array<{ name: string; from: string }>;
}
export interface OfficeHolder {
  /** The ACTORS entry whose offices these are (a country, or a body such as NATO). */
  of: string;
  /** How the news qualifies the office: "the US president", "the NATO secretary general". */
  adjectives: string[];
  /** How the news names the country after "of" and before "'s": "the President of Ukraine", "Britain's leader". */
  names: string[];
  offices: Office[];
}

export const OFFICES: OfficeHolder[] = [
  {
    of: 'United States',
    adjectives: ['US', 'U.S.', 'American', 'United States'],
    names: ['the United States', 'America', 'the US', 'the U.S.'],
    offices: [
      { titles: ['president', 'leader', 'head of state'], holders: [{ name: 'Joe Biden', from: '2021-01-20' }, { name: 'Donald Trump', from: '2025-01-20' }] },
      { titles: ['secretary of state', 'top diplomat'], holders: [{ name: 'Antony Blinken', from: '2021-01-26' }, { name: 'Marco Rubio', from: '2025-01-21' }] },
      { titles: ['vice president', 'vice-president'], holders: [{ name: 'JD Vance', from: '2025-01-20' }] },
    ],
  },
  {
    of: 'Russia',
    adjectives: ['Russian', 'Kremlin'],
    names: ['Russia', 'the Russian Federation'],
    offices: [
      { titles: ['president', 'leader', 'head of state'], holders: [{ name: 'Vladimir Putin', from: '2012-05-07' }] },
      { titles: ['foreign minister', 'top diplomat'], holders: [{ name: 'Sergei Lavrov', from: '2004-03-09' }] },
    ],
  },
  {
    of: 'Ukraine',
    adjectives: ['Ukrainian'],
    names: ['Ukraine'],
    offices: [
      { titles: ['president', 'leader', 'head of state'], holders: [{ name: 'Volodymyr Zelenskyy', from: '2019-05-20' }] },
      { titles: ['foreign minister', 'top diplomat'], holders: [{ name: 'Dmytro Kuleba', from: '2020-03-04' }, { name: 'Andrii Sybiha', from: '2024-09-05' }] },
    ],
  },
  {
    of: 'United Kingdom',
    adjectives: ['British', 'UK', 'U.K.'],
    names: ['Britain', 'the United Kingdom', 'the UK', 'the U.K.'],
    offices: [
      {
        titles: ['prime minister', 'premier', 'leader'],
        holders: [
          { name: 'Boris Johnson', from: '2019-07-24' },
          { name: 'Liz Truss', from: '2022-09-06' },
          { name: 'Rishi Sunak', from: '2022-10-25' },
          { name: 'Keir Starmer', from: '2024-07-05' },
        ],
      },
    ],
  },
  {
    of: 'France',
    adjectives: ['French'],
    names: ['France'],
    offices: [{ titles: ['president', 'leader', 'head of state'], holders: [{ name: 'Emmanuel Macron', from: '2017-05-14' }] }],
  },
  {
    of: 'Germany',
    adjectives: ['German'],
    names: ['Germany'],
    offices: [{ titles: ['chancellor', 'leader'], holders: [{ name: 'Olaf Scholz', from: '2021-12-08' }, { name: 'Friedrich Merz', from: '2025-05-06' }] }],
  },
  {
    of: 'Turkey',
    adjectives: ['Turkish'],
    names: ['Turkey', 'Türkiye'],
    offices: [{ titles: ['president', 'leader', 'head of state'], holders: [{ name: 'Recep Tayyip Erdogan', from: '2014-08-28' }] }],
  },
  {
    of: 'China',
    adjectives: ['Chinese'],
    names: ['China'],
    offices: [{ titles: ['president', 'leader', 'head of state'], holders: [{ name: 'Xi Jinping', from: '2013-03-14' }] }],
  },
  {
    of: 'Belarus',
    adjectives: ['Belarusian'],
    names: ['Belarus'],
    offices: [{ titles: ['president', 'leader', 'head of state'], holders: [{ name: 'Alexander Lukashenko', from: '1994-07-20' }] }],
  },
  {
    of: 'Italy',
    adjectives: ['Italian'],
    names: ['Italy'],
    offices: [{ titles: ['prime minister', 'premier', 'leader'], holders: [{ name: 'Giorgia Meloni', from: '2022-10-22' }] }],
  },
  {
    of: 'Hungary',
    adjectives: ['Hungarian'],
    names: ['Hungary'],
    offices: [{ titles: ['prime minister', 'premier', 'leader'], holders: [{ name: 'Viktor Orban', from: '2010-05-29' }] }],
  },
  {
    of: 'NATO',
    adjectives: ['NATO'],
    names: ['NATO', 'the alliance'],
    offices: [{ titles: ['secretary general', 'secretary-general', 'chief'], holders: [{ name: 'Jens Stoltenberg', from: '2014-10-01' }, { name: 'Mark Rutte', from: '2024-10-01' }] }],
  },
  {
    of: 'United Nations',
    adjectives: ['UN', 'U.N.'],
    names: ['the United Nations', 'the UN', 'the U.N.'],
    offices: [{ titles: ['secretary general', 'secretary-general', 'chief'], holders: [{ name: 'Antonio Guterres', from: '2017-01-01' }] }],
  },
  {
    of: 'IAEA',
    adjectives: ['IAEA'],
    names: ['the IAEA', 'the International Atomic Energy Agency'],
    offices: [{ titles: ['director general', 'director-general', 'chief'], holders: [{ name: 'Rafael Grossi', from: '2019-12-03' }] }],
  },
  {
    of: 'European Union',
    adjectives: ['EU', 'E.U.'],
    names: ['the EU', 'the European Union'],
    offices: [
      { titles: ['foreign policy chief', 'top diplomat', 'foreign affairs chief'], holders: [{ name: 'Josep Borrell', from: '2019-12-01' }, { name: 'Kaja Kallas', from: '2024-12-01' }] },
      { titles: ['commission president'], holders: [{ name: 'Ursula von der Leyen', from: '2019-12-01' }] },
    ],
  },
];

/** Words that introduce a person's name: "President X Y", "Foreign Minister X Y". */
export const PERSON_TITLES = [
  'President', 'Prime Minister', 'Chancellor', 'Minister', 'Foreign Minister', 'Defence Minister',
  'Defense Minister', 'Secretary', 'Secretary of State', 'Senator', 'Sen.', 'Gen.', 'General',
  'Governor', 'Gov.', 'Mayor', 'Commander', 'spokesman', 'spokeswoman', 'spokesperson', 'envoy',
  'Ambassador', 'MP', 'speaker', 'blogger', 'lawmaker', 'activist', 'journalist', 'Lieutenant General', 'Major General', 'Lt Gen', 'Lt-Gen', 'Maj Gen', 'Dr.', 'Rep.', 'King', 'Pope', 'Colonel', 'Col.', 'Lt.', 'Admiral', 'Adm.',
  // an occupation before the name, as wires write someone the gazetteer does not know: "the American teacher Marc Fogel",
  // "basketball player Brittney Griner", "Wall Street Journal reporter Evan Gershkovich"
  'teacher', 'reporter', 'correspondent', 'student', 'musician', 'athlete', 'player', 'nurse', 'lawyer', 'priest', 'artist',
  'businessman', 'businesswoman', 'writer', 'politician', 'dissident',
];

/**
 * Aliases that name a country by its seat of power ("the Kremlin", "Washington", "Kyiv"). Said next to
 * one of that country's leaders they are the leader's office speaking, not a second party.
 */
export const SEATS_OF_POWER = new Set([
  'the Kremlin', 'Kremlin', 'Moscow', 'Kyiv', 'Kiev', 'Washington', 'the White House', 'White House', 'Pentagon', 'the Pentagon',
  'London', 'Paris', 'Berlin', 'Beijing', 'Ankara', 'Minsk', 'Warsaw', 'Tehran', 'Pyongyang', 'Riyadh', 'Brussels', 'Ottawa', 'Tokyo', 'Canberra', 'Seoul',
  // a department beside its own leader is that leader's office too: "Rubio spoke to Lavrov, the State Department said"
  'State Department', 'Department of State', 'Treasury Department', 'Department of the Treasury', 'OFAC', 'Office of Foreign Assets Control',
  'Commerce Department', 'Department of Commerce', 'Defense Department', 'Department of Defense', 'Congress', 'House of Representatives',
]);
