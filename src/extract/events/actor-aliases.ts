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
  // (each leader also by the office the news of 2022-2025 names him by: "Trump phoned the Ukrainian president")
  {
    name: 'Vladimir Putin',
    kind: 'person',
    country: 'Russia',
    aliases: ['Vladimir Putin', 'Vladimir V. Putin', 'Putin', 'the Russian president', 'the Russian President', 'The Russian president', 'the Russian leader', 'The Russian leader', 'the Kremlin leader', 'The Kremlin leader'],
  },
  {
    name: 'Volodymyr Zelenskyy',
    kind: 'person',
    country: 'Ukraine',
    aliases: [
      'Volodymyr Zelenskyy', 'Volodymyr Zelensky', 'Volodymyr Zelenskiy', 'Zelenskyy', 'Zelensky', 'Zelenskiy', 'the Ukrainian president', 'the Ukrainian President',
      'The Ukrainian president', 'the Ukrainian leader', 'The Ukrainian leader',
    ],
  },
  { name: 'Donald Trump', kind: 'person', country: 'United States', aliases: ['Donald Trump', 'Donald J. Trump', 'Trump'] },
  { name: 'Joe Biden', kind: 'person', country: 'United States', aliases: ['Joe Biden', 'Joseph Biden', 'Biden'] },
  { name: 'Marco Rubio', kind: 'person', country: 'United States', aliases: ['Marco Rubio', 'Rubio'] },
  { name: 'Sergei Lavrov', kind: 'person', country: 'Russia', aliases: ['Sergei Lavrov', 'Sergey Lavrov', 'Lavrov'] },
  { name: 'Dmitry Peskov', kind: 'person', country: 'Russia', aliases: ['Dmitry Peskov', 'Dmitri Peskov', 'Peskov'] },
  { name: 'Recep Tayyip Erdogan', kind: 'person', country: 'Turkey', aliases: ['Recep Tayyip Erdogan', 'Recep Tayyip Erdoğan', 'Erdogan', 'Erdoğan'] },
  { name: 'Emmanuel Macron', kind: 'person', country: 'France', aliases: ['Emmanuel Macron', 'Macron'] },
  { name: 'Keir Starmer', kind: 'person', country: 'United Kingdom', aliases: ['Keir Starmer', 'Starmer'] },
  { name: 'Olaf Scholz', kind: 'person', country: 'Germany', aliases: ['Olaf Scholz', 'Scholz'] },
  { name: 'Friedrich Merz', kind: 'person', country: 'Germany', aliases: ['Friedrich Merz', 'Merz'] },
  { name: 'Xi Jinping', kind: 'person', country: 'China', aliases: ['Xi Jinping', 'Xi'] },
  { name: 'Steve Witkoff', kind: 'person', country: 'United States', aliases: ['Steve Witkoff', 'Witkoff'] },
  { name: 'Andriy Yermak', kind: 'person', country: 'Ukraine', aliases: ['Andriy Yermak', 'Andrii Yermak', 'Yermak'] },
  { name: 'Rustem Umerov', kind: 'person', country: 'Ukraine', aliases: ['Rustem Umerov', 'Umerov'] },
  { name: 'Andrii Sybiha', kind: 'person', country: 'Ukraine', aliases: ['Andrii Sybiha', 'Andriy Sybiha', 'Sybiha'] },
  { name: 'Kirill Dmitriev', kind: 'person', country: 'Russia', aliases: ['Kirill Dmitriev', 'Dmitriev'] },
  { name: 'Yuri Ushakov', kind: 'person', country: 'Russia', aliases: ['Yuri Ushakov', 'Yury Ushakov', 'Ushakov'] },
  { name: 'Alexander Lukashenko', kind: 'person', country: 'Belarus', aliases: ['Alexander Lukashenko', 'Aleksandr Lukashenko', 'Lukashenko'] },
  { name: 'Mark Rutte', kind: 'person', aliases: ['Mark Rutte', 'Rutte'] },
  { name: 'Ursula von der Leyen', kind: 'person', aliases: ['Ursula von der Leyen', 'von der Leyen'] },
  { name: 'Antonio Guterres', kind: 'person', aliases: ['Antonio Guterres', 'António Guterres', 'Guterres'] },
  { name: 'Rafael Grossi', kind: 'person', aliases: ['Rafael Grossi', 'Grossi'] },
  { name: 'Kaja Kallas', kind: 'person', aliases: ['Kaja Kallas', 'Kallas'] },
  { name: 'JD Vance', kind: 'person', country: 'United States', aliases: ['JD Vance', 'J.D. Vance', 'Vance'] },
  { name: 'Pete Hegseth', kind: 'person', country: 'United States', aliases: ['Pete Hegseth', 'Hegseth'] },
  { name: 'Giorgia Meloni', kind: 'person', aliases: ['Giorgia Meloni', 'Meloni'] },
  { name: 'Narendra Modi', kind: 'person', aliases: ['Narendra Modi', 'Modi'] },
  { name: 'Viktor Orban', kind: 'person', aliases: ['Viktor Orban', 'Viktor Orbán', 'Orban', 'Orbán'] },
  { name: 'Russia', kind: 'country', aliases: ['Russia', 'the Kremlin', 'Kremlin', 'Moscow', 'Russian Federation', 'Russian forces', 'Russian troops', 'Russian military', 'Russian army'] },
  { name: 'Ukraine', kind: 'country', aliases: ['Ukraine', 'Kyiv', 'Kiev', 'Ukrainian forces', 'Ukrainian troops', 'Ukrainian military', 'Ukrainian army'] },
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

/** Words that introduce a person's name: "President X Y", "Foreign Minister X Y". */
export const PERSON_TITLES = [
  'President', 'Prime Minister', 'Chancellor', 'Minister', 'Foreign Minister', 'Defence Minister',
  'Defense Minister', 'Secretary', 'Secretary of State', 'Senator', 'Sen.', 'Gen.', 'General',
  'Governor', 'Gov.', 'Mayor', 'Commander', 'spokesman', 'spokeswoman', 'spokesperson', 'envoy',
  'Ambassador', 'MP', 'speaker', 'blogger', 'lawmaker', 'activist', 'journalist', 'Lieutenant General', 'Major General', 'Dr.', 'Rep.', 'King', 'Pope', 'Colonel', 'Col.', 'Lt.', 'Admiral', 'Adm.',
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
