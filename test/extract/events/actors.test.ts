import t from 'tap';
import { addSurnames, findActors, surnameMentions } from '../../../src/extract/events/actors.js';

const names = (text: string) => findActors(text).map((a) => `${a.name}/${a.kind}`);

const cases: Array<[string, string[]]> = [
  ['Putin told Zelenskiy nothing.', ['Vladimir Putin/person', 'Volodymyr Zelenskyy/person']],
  ['President Trump called the Kremlin.', ['Donald Trump/person', 'Russia/country']],
  ['Zelensky and Zelenskyy are one man.', ['Volodymyr Zelenskyy/person', 'Volodymyr Zelenskyy/person']],
  ['The White House and NATO agreed with the EU.', ['United States/country', 'NATO/organization', 'European Union/organization']],
  // "U.S. President" is an adjective before a title, not the country as an actor
  ['U.S. President Donald Trump spoke.', ['Donald Trump/person']],
  // an occupation before a name the gazetteer does not know makes it a person, as a title does
  ['Belarus freed the jailed teacher Olena Marchuk on Friday.', ['Belarus/country', 'Olena Marchuk/person']],
  ['The swap returned basketball player Jordan Whitfield to the United States.', ['Jordan Whitfield/person', 'United States/country']],
  // unknown people still come through: after a title, or before a speech verb
  ['Governor Oleh Syniehubov reported damage.', ['Oleh Syniehubov/person']],
  ['Ivanna Kovalenko said the shelling continued.', ['Ivanna Kovalenko/person']],
  ['Putinism is not a person.', []],
  // desk shorthand and coders' records name the two countries by their codes
  ['Desk note: RU–UA talks in Istanbul, under two hours.', ['Russia/country', 'Ukraine/country']],
  ['UA says it retook the village; RU denies it.', ['Ukraine/country', 'Russia/country']],
  // (a code inside a longer word is none)
  ['A UAV hit the RUAG plant.', []],
  ['Darya Dugina, the daughter of a philosopher, died.', ['Darya Dugina/person']],
  ['Blogger Vladlen Tatarsky was killed.', ['Vladlen Tatarsky/person']],
  // the departments that sanction, arm and speak for a state are that state, never a person before a speech verb
  ['The State Department announced new measures.', ['United States/country']],
  ['OFAC designated two oil majors.', ['United States/country']],
  ["The U.S. Department of the Treasury's Office of Foreign Assets Control acted.", ['United States/country', 'United States/country', 'United States/country']],
  ['The European Commission and the Council of the EU agreed.', ['European Union/organization', 'European Union/organization']],
  // a leader named by the office the news names him by
  ['Trump phoned the Ukrainian president after talking to the Russian leader.', ['Donald Trump/person', 'Volodymyr Zelenskyy/person', 'Vladimir Putin/person']],
  ['The Kremlin leader met the Ukrainian President.', ['Vladimir Putin/person', 'Volodymyr Zelenskyy/person']],
  // not an office holder: a longer word, an adjective of another noun
  ['The Russian presidential administration and the Ukrainian presidency replied.', []],
  // the legislature that votes the aid speaks for its state as the departments do
  ['Congress approved the package after the House of Representatives voted.', ['United States/country', 'United States/country']],
  // the other governments that sanction Russia and fund Ukraine
  ['Canada, Japan and Australia joined the measures.', ['Canada/country', 'Japan/country', 'Australia/country']],
  ['Tokyo and Seoul pledged loans; Norway and Switzerland froze assets.', ['Japan/country', 'South Korea/country', 'Norway/country', 'Switzerland/country']],
  // not a country: a word that starts like one
  ['Japanese lanterns and Canadian maple leaves.', []],
];

for (const [text, expected] of cases) {
  t.test(text, async (t) => {
    t.same(names(text), expected);
  });
}

t.test('offsets point at the alias in the sentence', async (t) => {
  const text = 'Talks with Sergey Lavrov ended.';
  const [lavrov] = findActors(text);
  t.equal(text.slice(lavrov.start, lavrov.end), 'Sergey Lavrov');
  t.equal(lavrov.name, 'Sergei Lavrov');
});

t.test('a decision told by a department or another donor government carries that government as its actor', async (t) => {
  const { extractArticle } = await import('../../../src/extract/index.js');
  const rows: Array<[string, string, string]> = [
    ['On Friday the State Department announced sanctions on 20 Russian companies.', 'sanctions', 'United States'],
    ['OFAC on Thursday designated Rosneft and Lukoil.', 'sanctions', 'United States'],
    ['Canada on Tuesday imposed sanctions on 76 individuals.', 'sanctions', 'Canada'],
    ['On Wednesday Japan pledged $4.5 billion in aid to Ukraine.', 'aid_decision', 'Japan'],
    ['The European Commission on Friday adopted its 18th sanctions package.', 'sanctions', 'European Union'],
    ['On Saturday the House of Representatives approved $61 billion in military aid for Ukraine.', 'aid_decision', 'United States'],
    // a call partner named by his office
    ['Trump spoke by phone to the Russian president on Tuesday.', 'phone_call', 'Vladimir Putin'],
    ['On Sunday Macron held a call with the Ukrainian leader.', 'phone_call', 'Volodymyr Zelenskyy'],
    // a reduced relative clause after the event's noun names who decided it
    ['The firm has assessed the 18th package of sanctions against Russia, adopted by the Council of the European Union on Friday, 13 June 2025.', 'sanctions', 'European Union'],
    ['The new package of sanctions against Moscow, approved by Canada on Tuesday, lists 76 people.', 'sanctions', 'Canada'],
    ['A fresh package of military aid for Kyiv, jointly announced by Norway and Denmark on Thursday, includes air defence.', 'aid_decision', 'Norway'],
  ];
  for (const [body, type, actor] of rows) {
    const { events } = extractArticle({ title: 'Test', body, publishedAt: '2025-06-14T12:00:00Z' }, { now: new Date('2025-06-14T12:00:00Z') });
    const event = events.find((e) => e.type === type);
    t.ok(event?.actors.some((a) => a.name === actor), `${body} → ${type} by ${actor} (got ${JSON.stringify(event?.actors)})`);
  }
  // a department beside its own country's leader is the leader's office, not a second party to a call
  const { events } = extractArticle({ title: 'Test', body: 'On Monday Rubio spoke by phone with Lavrov, the State Department said.', publishedAt: '2025-06-14T12:00:00Z' }, { now: new Date('2025-06-14T12:00:00Z') });
  t.same(events.find((e) => e.type === 'phone_call')?.actors.map((a) => a.name), ['Marco Rubio', 'Sergei Lavrov']);
});

t.test("a congress or a house of representatives is the United States' only when nothing names another owner", async (t) => {
  // the United States read from the body itself, not from a "US" before it
  const us = (text: string) => findActors(text).filter((a) => a.name === 'United States' && /^(?:Congress|House of Representatives)$/.test(text.slice(a.start, a.end))).length;
  const rows: Array<[string, number]> = [
    ['Congress approved the package on Saturday.', 1],
    ['The US Congress and the U.S. House of Representatives voted.', 2],
    ['The Republican-led Congress passed the bill.', 1],
    ['The United States Congress passed the bill.', 1],
    // another state's, or a body of something else
    ["China's National People's Congress approved the law.", 0],
    ["Brazil's Congress approved an aid package.", 0],
    ['The Peruvian Congress voted on Monday.', 0],
    ["Japan's House of Representatives passed the sanctions bill.", 0],
    ['The Congress of Local and Regional Authorities met in Strasbourg.', 0],
  ];
  for (const [text, count] of rows) t.equal(us(text), count, text);
});

/** The surnames of the people `sentences` name in full, read in order (as the pipeline reads an article's). */
const surnamesIn = (sentences: string[]) => {
  const surnames = new Map<string, string>();
  for (const sentence of sentences) addSurnames(surnames, findActors(sentence));
  return surnames;
};
/** The people surnameMentions reads in `text` after the earlier sentences `before`, as "name@offset". */
const bySurname = (before: string[], text: string) =>
  surnameMentions(text, findActors(text), surnamesIn(before)).map((a) => `${a.name}@${a.start}`);

const surnameCases: Array<[string, string[], string, string[]]> = [
  ['a titled person, then the surname alone', ['Governor Oleh Syniehubov reported damage.'], 'Two people were hurt, according to Syniehubov.', ['Oleh Syniehubov@35']],
  ['a person before a speech verb, then the surname at the start', ['Ivanna Kovalenko said the shelling continued.'], 'Kovalenko added that schools were shut.', ['Ivanna Kovalenko@0']],
  // the gazetteer's people are found by their own aliases already
  ['a known leader adds nothing', ['President Vladimir Putin spoke.'], 'Putin then left.', []],
  // a surname another name of the sentence covers is that person's
  ['another first name with the same surname', ['Governor Oleh Syniehubov reported damage.'], 'Anna Syniehubov said the roof fell in.', []],
  // two people of one surname: the surname alone names neither
  ['two earlier people of one surname', ['Governor Oleh Kovalenko spoke.', 'Minister Ivanna Kovalenko replied.'], 'Kovalenko left.', []],
  // a surname that is also a month or a weekday is never read alone
  ['a month is no surname', ['Prime Minister Theresa May spoke.'], 'The talks resumed in May.', []],
  // a body read as a speaking person ("the Defence Ministry said") lends no surname, nor does a word after an article
  ['a body\'s last word is no surname', ['The Defence Ministry said the attack failed.'], 'Ministry officials and the Ministry met.', []],
  ['a surname after an article is a noun', ['Governor Oleh Syniehubov reported damage.'], 'They met at the Syniehubov.', []],
  ['only whole words', ['Governor Oleh Syniehubov reported damage.'], "Syniehubovs and pre-Syniehubov times.", []],
];
for (const [name, before, text, expected] of surnameCases) {
  t.test(`surname mention: ${name}`, async (t) => {
    t.same(bySurname(before, text), expected, text);
  });
}
