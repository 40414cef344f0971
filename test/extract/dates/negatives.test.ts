/** Things that must NOT become dates (kind 'date'): the false friends of a date parser. */
import t from 'tap';
import { findDates } from '../../../src/extract/dates/index.js';
import { referenceOf } from './cases.js';

const PUBLISHED = '2025-07-07T08:00:00Z';

const notDates: { name: string; text: string }[] = [
  { name: '"may" the modal verb', text: 'Russia may strike again, officials warned.' },
  { name: '"May" the modal at the start of a sentence', text: 'May the talks succeed, he said.' },
  { name: 'May the surname', text: 'Theresa May said the plan was sound.' },
  { name: '"march" the noun', text: 'Thousands joined a march on the capital.' },
  { name: '"March" the verb at the start of a sentence', text: 'March forward, the commander ordered.' },
  { name: '30 days alone', text: 'Both sides agreed to halt attacks for 30 days.' },
  { name: 'a 72-hour truce', text: 'They announced a 72-hour truce.' },
  { name: 'counts of drones with a thousands separator', text: 'Russia launched 2,000 drones in the attack.' },
  { name: 'counts of drones that look like a year', text: 'Russia has launched 2022 drones since the start of the campaign.' },
  { name: 'counts of jobs', text: 'The plant will create 1,500 jobs.' },
  { name: 'military time', text: 'The convoy left at 2100 hours.' },
  { name: 'military time that looks like a year', text: 'The convoy left at 1900 hours.' },
  { name: 'a four-figure clock with its zone after "from"', text: 'The guns were to fall silent from 1800 Moscow time.' },
  { name: 'a four-figure clock in GMT after "until"', text: 'The halt runs until 2100 GMT, the ministry said.' },
  { name: 'a four-figure clock in local time after "by"', text: 'Crews must withdraw by 0600 local time.' },
  { name: 'a four-figure clock in hours after "until"', text: 'The curfew lasts until 2200 hours.' },
  { name: 'a count after a preposition', text: 'Inspectors found problems in 1500 cases.' },
  { name: 'a time of day alone', text: 'The statement came at 3 pm.' },
  { name: 'money', text: 'The contract is worth $2022 million.' },
  { name: 'a percentage', text: 'Output rose 2020% over the decade.' },
  { name: 'an index named with a number', text: 'The Russell 2000 Index fell.' },
  { name: 'February 30 is impossible', text: 'The memo was dated February 30, 2024.' },
  { name: 'an impossible ISO date', text: 'The memo was dated 2024-02-30.' },
  { name: 'an ambiguous slash date', text: 'The memo of 3/4/2025 leaked.' },
  { name: '"second" the ordinal', text: 'It was the second attack this month on the grid.' },
  { name: '"sun" and "fall"', text: 'Prices fall as the sun sets.' },
  { name: 'the past week is a stretch of time', text: 'Prices fell over the past week.' },
  { name: 'a holiday naming a thing, no preposition', text: 'The Christmas truce collapsed within a day.' },
  { name: 'a holiday before a noun', text: 'Troops rehearsed on the Victory Day parade ground.' },
  { name: 'a holiday as an occasion', text: 'The truce declared for Orthodox Christmas was broken.' },
  { name: 'a period of someone\'s own: its last week in office', text: 'In its last week in office, the administration sanctioned two oil firms.' },
  { name: 'a period of someone\'s own: his next year at the club', text: 'He said his next year at the club would be his last.' },
  { name: 'a period of someone\'s own: their last month in power', text: 'During their last month in power the ministers signed forty decrees.' },
  { name: 'a period of someone\'s own: the envoy\'s last week', text: "The envoy's last week in Moscow was spent in meetings." },
  { name: 'Easter naming a thing, no preposition', text: 'The Easter truce collapsed within hours.' },
  { name: 'Easter as an occasion', text: 'The pause declared for Easter was broken.' },
  { name: 'Easter before a noun', text: 'Children painted eggs on Easter morning traditions in class.' },
  { name: 'an island named after Easter', text: 'The ship stopped on Easter Island.' },
  { name: 'the Good Friday Agreement is a treaty', text: 'Negotiators cited the Good Friday Agreement as a model.' },
  { name: 'day and night is a habit, not a day', text: 'Crews work during the day and night to restore power.' },
  { name: 'during the day of an event is an anchor, not the day told', text: 'Flags flew during the day of mourning.' },
  { name: 'now', text: 'The city is now under curfew.' },
  { name: 'hours after an event is an anchor, not a date', text: 'Hours after the call, drones struck.' },
  { name: 'the Sunday Times', text: 'He told the Sunday Times about the plan.' },
  { name: 'a lasting duration under a day', text: 'The meeting lasted nearly an hour.' },
  { name: 'a day after a gerund is no anchor clause and no date', text: 'Prices rose a day after falling sharply.' },
  { name: 'at the end of the day is an idiom', text: 'At the end of the day, the talks are what matter.' },
  { name: 'the day of an event is no day told', text: 'They opened the day of mourning with prayers.' },
  { name: 'an ordinal before a noun is no day of the month', text: 'Crowds gathered on the 10th anniversary of the invasion.' },
  { name: 'an ordinal without a preposition is no day', text: 'He finished the 5th in the race.' },
  { name: 'in the week since an event is a stretch of time', text: 'In the week since the attack, nobody came.' },
  { name: 'Black Monday is a named day', text: 'Analysts recalled the crash known as Black Monday.' },
  { name: 'a named day in quotes is a day of history', text: "The crash is remembered as 'Bloody Sunday' by traders." },
  { name: '"May" the optative at the start of a sentence', text: 'May God protect them, the priest said.' },
  { name: 'an overnight journey is a kind of trip', text: 'The minister reached Kyiv after a twelve-hour overnight journey by rail.' },
  { name: 'the overnight train is a service', text: 'Delegates took the overnight train from Przemysl.' },
  { name: 'an overnight curfew is a standing rule', text: 'The city kept its overnight curfew in place.' },
  { name: 'overnight stays', text: 'Hotels reported fewer overnight stays than a year before.' },
  { name: 'an overnight shift', text: 'Nurses on the overnight shift moved patients to the basement.' },
  { name: 'figures shaped like a date-time group with a day above 31', text: 'Crates stamped 991400Z JUL 25 were unloaded.' },
  { name: 'a four-figure clock with its zone letter alone', text: 'The aircraft landed at 1430Z, the base said.' },
  { name: 'an overnight sleeper bus', text: 'Refugees crossed the border on an overnight bus to Warsaw.' },
  { name: 'a Roman numeral in a war\'s name is no month', text: 'Veterans of World War II laid wreaths at the memorial.' },
  { name: 'a Roman numeral in a pope\'s name is no month', text: 'A statue of Pope John Paul II stands by the cathedral.' },
  { name: 'a Roman numeral naming a phase is no month', text: 'Phase II of the reconstruction plan covers the dams.' },
  { name: 'a paragraph number with a Roman numeral is no date', text: 'The ruling rests on Article 5.IV of the statute.' },
];

for (const c of notDates) {
  t.test(c.name, async (t) => {
    const dates = findDates(c.text, referenceOf(PUBLISHED)).filter((m) => m.kind === 'date');
    // "this month" in the ordinal case is a real date; every other date found is a false one.
    const falseDates = dates.filter((m) => m.text !== 'this month');
    t.same(falseDates.map((m) => m.text), [], c.text);
  });
}

t.test('a quantity is not a date, but the year beside it is', async (t) => {
  const dates = findDates('In 2022, 1,500 jobs and 2022 drones were counted.', referenceOf(PUBLISHED)).filter((m) => m.kind === 'date');
  t.same(dates.map((m) => [m.text, m.value]), [['2022', '2022']]);
});

t.test('anchors that are no anchors', async (t) => {
  const kinds = (text: string) => findDates(text, referenceOf(PUBLISHED)).map((m) => [m.kind, m.text]);
  t.same(kinds('Strikes were halted for 30 days after the call.'), [['duration', 'for 30 days']], 'a length after "for" is no offset');
  t.same(kinds('Prices rose days after Russia struck the port.'), [], 'a vague count is no offset');
  t.same(kinds('The vote came a day after falling turnout.'), [], 'a gerund is no clause');
  t.same(kinds('The truce began two days before Ramadan.'), [], 'an offset whose anchor is not understood is no length either');
  t.same(kinds('The truce began two days before Easter.'), [['date', 'Easter']], 'Easter is a day, and no length either');
});

t.test('"overnight" before an event or after a verb is the night told', async (t) => {
  const days = (text: string) => findDates(text, referenceOf(PUBLISHED)).filter((m) => m.kind === 'date').map((m) => [m.text, m.value]);
  t.same(days('Russia launched an overnight attack on Kyiv.'), [['overnight', '2025-07-07']]);
  t.same(days('The overnight strikes knocked out power in Odesa.'), [['overnight', '2025-07-07']]);
  t.same(days('Drones struck the port overnight, officials said.'), [['overnight', '2025-07-07']]);
  t.same(days('Trains ran overnight to carry the wounded west.'), [['overnight', '2025-07-07']]);
});
