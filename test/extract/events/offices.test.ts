import t from 'tap';
import { findActors } from '../../../src/extract/events/actors.js';
import { extractArticle } from '../../../src/extract/index.js';

const names = (text: string, day: string) => findActors(text, day).map((a) => a.name);

// [text, the article's day, who it names]
const cases: Array<[string, string, string[]]> = [
  // an office is read as whoever held it on the article's day
  ['The German chancellor spoke to Putin.', '2024-05-01', ['Olaf Scholz', 'Vladimir Putin']],
  ['The German chancellor spoke to Putin.', '2025-06-01', ['Friedrich Merz', 'Vladimir Putin']],
  ["Britain's prime minister arrived in Kyiv by train.", '2022-04-09', ['Boris Johnson', 'Ukraine']],
  ["Britain's prime minister arrived in Kyiv by train.", '2022-09-20', ['Liz Truss', 'Ukraine']],
  ["Britain's prime minister arrived in Kyiv by train.", '2023-05-01', ['Rishi Sunak', 'Ukraine']],
  ["Britain's prime minister arrived in Kyiv by train.", '2025-03-01', ['Keir Starmer', 'Ukraine']],
  ['The President of the United States called the President of Ukraine.', '2023-02-20', ['Joe Biden', 'Volodymyr Zelenskyy']],
  ['The President of the United States called the President of Ukraine.', '2025-03-12', ['Donald Trump', 'Volodymyr Zelenskyy']],
  ['The US Secretary of State met his Russian counterpart.', '2023-03-02', ['Antony Blinken']],
  ['The US Secretary of State met his Russian counterpart.', '2025-05-15', ['Marco Rubio']],
  ["Ukraine's foreign minister flew to Beijing.", '2024-07-23', ['Dmytro Kuleba', 'China']],
  ["Ukraine's foreign minister flew to Beijing.", '2024-10-01', ['Andrii Sybiha', 'China']],
  ['The NATO secretary general visited the front.', '2024-07-10', ['Jens Stoltenberg']],
  ['The NATO Secretary-General visited the front.', '2025-06-24', ['Mark Rutte']],
  ["The EU's top diplomat and the UN chief were there.", '2024-06-01', ['Josep Borrell', 'Antonio Guterres']],
  ["The EU's top diplomat and the UN chief were there.", '2025-02-01', ['Kaja Kallas', 'Antonio Guterres']],
  // written either way, at a sentence's start or inside it
  ['The Kremlin leader met the Ukrainian President.', '2025-02-01', ['Vladimir Putin', 'Volodymyr Zelenskyy']],
  ['The Turkish president hosted the French President and the British Prime Minister.', '2025-02-01', ['Recep Tayyip Erdogan', 'Emmanuel Macron', 'Keir Starmer']],
  // an office before a full name is that name's title, whoever holds the office today
  ['The US President Barack Obama imposed the first sanctions.', '2025-02-01', ['Barack Obama']],
  // not the holder: a former one, an elect one, no country
  ['The former US president criticised the aid.', '2025-02-01', []],
  ['The US president-elect promised a deal.', '2024-11-20', []],
  // an office whose holder that day the table does not know leaves its country as the actor
  ['The US vice president spoke.', '2023-03-01', ['United States']],
  ['The US vice president spoke.', '2025-03-01', ['JD Vance']],
  ['The president said the talks would go on.', '2025-02-01', []],
  // before anyone the table lists held it
  ['The British prime minister spoke.', '2019-01-01', []],
  // not an office: a longer word
  ['The Russian leadership and the Ukrainian presidency replied.', '2025-02-01', []],
];

for (const [text, day, expected] of cases) {
  t.test(`${text} (${day})`, async (t) => {
    t.same(names(text, day), expected);
  });
}

t.test('without a day an office is read as its latest holder', async (t) => {
  t.same(names('The German chancellor spoke.', '9999-12-31'), ['Friedrich Merz']);
  t.same(findActors('The German chancellor spoke.').map((a) => a.name), ['Friedrich Merz']);
});

t.test('events whose parties are named by office carry their holders, and no country of the office as a place', async (t) => {
  // [body, published, type, parties]
  const rows: Array<[string, string, string, string[]]> = [
    ['The US president and the Russian leader met in Alaska on Friday.', '2025-08-18T09:00:00Z', 'meeting', ['Donald Trump', 'Vladimir Putin']],
    ['The President of Ukraine held a phone call with the German chancellor on Tuesday.', '2024-03-08T09:00:00Z', 'phone_call', ['Volodymyr Zelenskyy', 'Olaf Scholz']],
    ["On Monday Britain's prime minister spoke by phone with the President of Ukraine.", '2022-04-13T09:00:00Z', 'phone_call', ['Boris Johnson', 'Volodymyr Zelenskyy']],
  ];
  for (const [body, publishedAt, type, parties] of rows) {
    const { events } = extractArticle({ title: 'Test', body, publishedAt }, { now: new Date(publishedAt) });
    const event = events.find((e) => e.type === type);
    t.same(event?.actors.map((a) => a.name), parties, `${body} → ${type} by ${parties.join(', ')}`);
    t.notOk(event?.places.some((p) => p.name === 'Ukraine' || p.name === 'United Kingdom'), `${body}: no place from the office's name`);
  }
});
