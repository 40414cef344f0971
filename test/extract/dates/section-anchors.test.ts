/**
 * Dates anchored by a document's own sections: a diary's or a letter's dated entries, a post's
 * stamp, a timeline's items, a line that is nothing but a date heading the paragraphs below it,
 * and the year a document's title is about. Within such a section "today", "this morning",
 * "yesterday" and a bare "20 April" are read against the section's day or year, not the
 * publication's; the section ends at the next heading. Each row gives the span of every
 * expression named (start..end when they differ), null when it must not be read as a date.
 */
import { spanTable as table } from './span-table.js';

table("a diary's or a letter's dated entry: its relative words count from the entry's day", [
  {
    name: 'entries headed by a day and a weekday, the year from the title',
    title: 'A medic’s notebook from Izium, autumn 2022',
    text: 'The notebook was given to us this spring.\n\n12 September, Monday. Shelling stopped this morning. We drove in at noon.\n\n15 September. Yesterday they found the graves; today the prosecutors came.',
    publishedAt: '2023-09-12T07:00:00Z',
    expect: [['12 September', '2022-09-12'], ['this morning', '2022-09-12'], ['Yesterday', '2022-09-14'], ['today', '2022-09-15']],
  },
  {
    name: 'a letter headed by its day: "tomorrow" is the day after it',
    title: 'Letters from the front, 2023',
    text: '3 June. Dear Mum, we leave for the river tomorrow. Do not worry.',
    publishedAt: '2024-01-20T07:00:00Z',
    expect: [['3 June', '2023-06-03'], ['tomorrow', '2023-06-04']],
  },
  {
    name: 'without a year in the title an entry is the latest such day before publication',
    text: '2 March. The sirens went on all night. This morning the power came back.',
    publishedAt: '2025-03-20T07:00:00Z',
    expect: [['2 March', '2025-03-02'], ['This morning', '2025-03-02']],
  },
  {
    name: 'an entry holds its own paragraph only: the next paragraph is told from publication again',
    text: '2 March. The sirens went on all night.\n\nToday the council met.',
    publishedAt: '2025-03-20T07:00:00Z',
    expect: [['Today', '2025-03-20']],
  },
  {
    name: "a caption's date and place: its relative words are the photograph's day",
    text: 'Picture 4 of 6. 2024-03-02, Odesa, port area. Divers search the harbour a day after the strike; today the cranes are still.',
    publishedAt: '2024-03-09T12:00:00Z',
    expect: [['2024-03-02', '2024-03-02'], ['today', '2024-03-02']],
  },
  {
    name: 'negative: a date then a clause of running text heads nothing',
    text: '24 February, the day everything changed. Today the square is empty.',
    publishedAt: '2025-02-26T12:00:00Z',
    expect: [['Today', '2025-02-26']],
  },
  {
    name: 'negative: a date inside a sentence heads nothing',
    text: 'The convoy left on 3 June. Today it reached the border.',
    publishedAt: '2025-07-01T10:00:00Z',
    expect: [['on 3 June', '2025-06-03'], ['Today', '2025-07-01']],
  },
  {
    name: 'negative: a date that is the subject of its sentence heads nothing',
    text: '3 June was the quietest day of the month. Today the shelling resumed.',
    publishedAt: '2025-07-01T10:00:00Z',
    expect: [['Today', '2025-07-01']],
  },
  {
    name: 'negative: "Yesterday." alone is a sentence of the story, not a calendar heading',
    text: 'Yesterday. That is when the order came, and today the troops are gone.',
    publishedAt: '2025-07-01T10:00:00Z',
    expect: [['today', '2025-07-01']],
  },
]);

table("a post's or a ticker's stamp heads its entry, in any order", [
  {
    name: 'bracketed stamps, newest last, published the next morning',
    text: '[14 April, 21:10] The bridge was hit today, the governor says.\n\n[15 April, 07:45] Overnight the ferry stopped; repairs start tomorrow.',
    publishedAt: '2024-04-15T09:00:00Z',
    expect: [['today', '2024-04-14'], ['Overnight', '2024-04-15'], ['tomorrow', '2024-04-16']],
  },
  {
    name: 'stamps newest first, each with a label before it',
    text: 'CHANNEL 2 [15 April, 07:45] Quiet today.\n\nCHANNEL 1 [14 April, 21:10] They struck the depot this evening.',
    publishedAt: '2024-04-15T09:00:00Z',
    expect: [['today', '2024-04-15'], ['this evening', '2024-04-14']],
  },
  {
    name: "a liveblog's dated entries with their time: each entry's relative words are its own day",
    text: 'Saturday 19 April, 17:20 GMT — The truce begins; the guns were quiet this evening.\n\n20 April 2025 at 09:05 – Kyiv says shelling went on overnight.',
    publishedAt: '2025-04-22T10:00:00Z',
    expect: [['this evening', '2025-04-19'], ['overnight', '2025-04-20']],
  },
  {
    name: 'negative: a date and a time inside running text head nothing',
    text: 'The truce began on 19 April, 18:00 Moscow time. This evening the guns are quiet.',
    publishedAt: '2025-04-22T10:00:00Z',
    expect: [['This evening', '2025-04-22']],
  },
  {
    name: 'a stamp in figures without a year is a day on or before publication, day first when dotted',
    text: 'CHANNEL 1 [02.09, 08:15] Yesterday evening they crossed the river.\n\n[03.09, 22:40] Quiet tonight.',
    publishedAt: '2024-09-04T06:00:00Z',
    expect: [['02.09', '2024-09-02'], ['Yesterday', '2024-09-01'], ['03.09', '2024-09-03'], ['tonight', '2024-09-03']],
  },
  {
    name: 'the document states month first: its stamps are read so',
    text: 'Times are EST; dates are MM/DD.\n[09/02, 08:15] Crews arrived.',
    publishedAt: '2024-09-04T06:00:00Z',
    expect: [['09/02', '2024-09-02']],
  },
  {
    name: 'negative: figures in brackets inside running text are no stamp',
    text: 'The index moved within [7.08, 9.10] over the quarter.\nThe ranges [12.03, 14:20] were quoted.',
    publishedAt: '2024-09-04T06:00:00Z',
    expect: [['7.08', null], ['12.03', null]],
  },
]);

table('a timeline item is of the year its section or its title is about', [
  {
    name: 'bulleted items under month headings, the year from the title, published the next January',
    title: 'The war in 2024: a chronology',
    text: 'April\n* 20 April – The House passes the aid bill.\n• 24 April: The president signs it.\n\nNovember\n- 21 November – A new missile strikes Dnipro.',
    publishedAt: '2025-01-06T10:00:00Z',
    expect: [['20 April', '2024-04-20'], ['24 April', '2024-04-24'], ['21 November', '2024-11-21']],
  },
  {
    name: 'items out of order keep the year: a list of the year newest first',
    title: 'Key dates of 2024',
    text: '* 25 December – Strikes on the power grid.\n* 17 February – The garrison withdraws.',
    publishedAt: '2025-01-06T10:00:00Z',
    expect: [['25 December', '2024-12-25'], ['17 February', '2024-02-17']],
  },
  {
    name: 'year lines head their sections, and the next one ends the first',
    text: '## 2023\n\nOn 3 May drones reached the capital.\n\n## 2024\n\nOn 3 May a ship was sunk in the bay.',
    publishedAt: '2025-01-06T10:00:00Z',
    expect: [['On 3 May', '2023-05-03'], ['On 3 May#2', '2024-05-03']],
  },
  {
    name: 'a month-and-year line heads its list',
    text: 'March 2024:\n\n* 12 March – Talks open in Geneva.',
    publishedAt: '2025-06-01T10:00:00Z',
    expect: [['12 March', '2024-03-12']],
  },
  {
    name: 'negative: the title year dates entries only, not the running text below them',
    title: 'Timeline of the 2024 offensive',
    text: 'The next round of talks is expected on 20 January.',
    publishedAt: '2025-01-06T10:00:00Z',
    expect: [['on 20 January', '2025-01-20']],
  },
  {
    name: 'negative: a title counting from a year, or naming two, gives none',
    title: 'Key dates since 2022',
    text: '* 17 February – The garrison withdraws.',
    publishedAt: '2025-01-06T10:00:00Z',
    expect: [['17 February', '2024-02-17']],
  },
  {
    name: 'negative: a title year after publication does not date past entries',
    title: 'Plans for 2027',
    text: '* 3 March – Ministers meet in Brussels.',
    publishedAt: '2026-03-10T10:00:00Z',
    expect: [['3 March', '2026-03-03']],
  },
]);

table('a line that is only a day heads the paragraphs below it until the next heading', [
  {
    name: 'a dated diary page over several paragraphs',
    text: 'Tuesday 14 March 2023\n\nThe sirens woke us this morning.\n\nYesterday had been quiet.\n\nThursday 16 March 2023\n\nToday the trains ran again.',
    publishedAt: '2023-04-01T10:00:00Z',
    expect: [['this morning', '2023-03-14'], ['Yesterday', '2023-03-13'], ['Today', '2023-03-16']],
  },
  {
    name: "a letter's place-and-date line or its greeting with the date heads the letter, the year carried to the next",
    text: 'Kherson, 12 November 2022\n\nDear Olha, yesterday we reached the square.\n\nDear Mum, 3 December\n\nThis morning we crossed the river.',
    publishedAt: '2023-07-01T10:00:00Z',
    expect: [['yesterday', '2022-11-11'], ['This morning', '2022-12-03']],
  },
  {
    name: 'negative: a line with a clause besides its date heads nothing',
    text: 'Kherson was freed, 12 November 2022\n\nYesterday the mayor spoke.',
    publishedAt: '2023-07-01T10:00:00Z',
    expect: [['Yesterday', '2023-06-30']],
  },
  {
    name: 'a heading in the future of publication still dates its section (an agenda)',
    text: 'Monday 9 June 2025\n\nThe ministers meet this afternoon; the vote is tomorrow.',
    publishedAt: '2025-06-05T10:00:00Z',
    expect: [['this afternoon', '2025-06-09'], ['tomorrow', '2025-06-10']],
  },
  {
    name: 'a month heading ends the day above it',
    text: '2 May 2024\n\nThe bridge closed this morning.\n\n## June\n\nThis morning the bridge reopened.',
    publishedAt: '2024-06-20T10:00:00Z',
    expect: [['this morning', '2024-05-02'], ['This morning', '2024-06-20']],
  },
  {
    name: 'negative: a date that opens a paragraph of running text heads no section',
    text: 'On 2 May 2024 the bridge closed.\n\nThis morning it reopened.',
    publishedAt: '2024-06-20T10:00:00Z',
    expect: [['This morning', '2024-06-20']],
  },
]);

table("a digest's lead names the day of the clock-time lines below it", [
  {
    name: 'a morning briefing of the day before, newest first, times then a dash',
    text: 'Our overnight briefing covers what happened on Sunday, 8 June.\n\n21:40 — Drones hit Kharkiv tonight, the mayor says.\n\n07:15 — Air raid alerts across the east overnight.',
    publishedAt: '2025-06-09T05:00:00Z',
    expect: [['tonight', '2025-06-08'], ['overnight#2', '2025-06-08']],
  },
  {
    name: 'oldest first, bracketed times with a zone, the lead in figures',
    text: 'What our reporters filed on 2025-06-06, as it came in.\n\n[09:10 BST] Sirens in Kyiv this morning.\n\n[18:30 BST] The council meets today in emergency session.',
    publishedAt: '2025-06-07T08:00:00Z',
    expect: [['this morning', '2025-06-06'], ['today', '2025-06-06']],
  },
  {
    name: 'a middle dot after the time, the lead a weekday alone',
    text: 'The alerts you got yesterday, Thursday.\n\n19:05 · Port of Odesa hit this evening.\n\n06:30 · Power cut in Sumy this morning.',
    publishedAt: '2025-06-13T06:00:00Z',
    expect: [['this evening', '2025-06-12'], ['this morning', '2025-06-12']],
  },
  {
    name: 'negative: a lead dated years back is history, not the digest day',
    text: 'The war began on 24 February 2022.\n\n14:05 — Sirens in Kyiv today.\n\n15:30 — All clear in Kyiv this afternoon.',
    publishedAt: '2025-06-13T16:00:00Z',
    expect: [['today', '2025-06-13'], ['this afternoon', '2025-06-13']],
  },
  {
    name: 'negative: a lead that looks ahead dates no timed line',
    text: 'Talks are due in Geneva on Monday, 16 June.\n\n09:05 — Drones over Kyiv this morning.\n\n10:40 — Trains delayed today.',
    publishedAt: '2025-06-13T12:00:00Z',
    expect: [['this morning', '2025-06-13'], ['today', '2025-06-13']],
  },
  {
    name: 'negative: one timed line is no run',
    text: 'We looked back at Thursday, 12 June.\n\n09:05 — Drones over Kyiv this morning, officials say.',
    publishedAt: '2025-06-13T12:00:00Z',
    expect: [['this morning', '2025-06-13']],
  },
  {
    name: 'negative: a run opening the text has no lead: a first line dates only itself',
    text: '08:02 — Drones hit Moscow in a Tuesday morning raid.\n\n07:51 — Shelling of Kherson overnight.\n\n07:40 — The mayor will speak tomorrow.',
    publishedAt: '2025-06-11T08:00:00Z',
    expect: [['overnight', '2025-06-11'], ['tomorrow', '2025-06-12']],
  },
  {
    name: 'negative: a first timed line with a named zone is no lead of the next',
    text: '13:40 Kyiv time – The toll from yesterday\'s strike on Sumy rose to 35.\n\n13:05 – Moscow said on Monday it had hit a meeting of officers.\n\n12:20 – Berlin called it a war crime today.',
    publishedAt: '2025-04-14T11:00:00Z',
    expect: [['Monday', '2025-04-14'], ['today', '2025-04-14']],
  },
  {
    name: 'negative: a date two paragraphs above the run is not its lead',
    text: 'Drones hit Lviv on Thursday, 12 June.\n\nThe city is cleaning up.\n\n09:05 — Sirens in Kyiv this morning.\n\n10:40 — Trains delayed today.',
    publishedAt: '2025-06-13T12:00:00Z',
    expect: [['this morning', '2025-06-13'], ['today', '2025-06-13']],
  },
]);

table("a signed comment's relative words count from its signature's day", [
  {
    name: "a talk page's comments, each signed with a time and a day",
    text: '== Odesa ==\nThe port was hit yesterday, before dawn. Please add it. — Harbourwatch (talk) 08:15, 3 March 2025 (UTC)\n:Done, and the mayor spoke today. — K.Levko (talk) 19:02, 4 March 2025 (UTC)',
    publishedAt: '2025-05-20T10:00:00Z',
    expect: [['yesterday', '2025-03-02'], ['today', '2025-03-04']],
  },
  {
    name: "a weekday in a signed comment is the one on or before the signature's day",
    text: 'Fifty for fifty on Saturday, at the border. Can someone add it? -- Mirka, 10:20, April 22, 2025',
    publishedAt: '2025-06-07T21:00:00Z',
    expect: [['Saturday', '2025-04-19'], ['April 22, 2025', '2025-04-22']],
  },
  {
    name: 'a forum post: "last Monday" and a future "on Monday" from the post\'s day',
    text: 'They agreed last Monday; the first stage is expected on Monday. ~~ N. Orlova 9:40 pm, 7 June 2025',
    publishedAt: '2025-07-01T10:00:00Z',
    expect: [['last Monday', '2025-06-02'], ['Monday', '2025-06-09']],
  },
  {
    name: 'negative: a line closing with a date but no clock time is no signature',
    text: 'Drones hit Kyiv yesterday — the mayor said so on 3 March 2025',
    publishedAt: '2025-05-20T10:00:00Z',
    expect: [['yesterday', '2025-05-19']],
  },
  {
    name: 'negative: a signature dates its own line only',
    text: 'Agreed. — Harbourwatch (talk) 08:15, 3 March 2025 (UTC)\nThe council met yesterday.',
    publishedAt: '2025-05-20T10:00:00Z',
    expect: [['yesterday', '2025-05-19']],
  },
]);

table("a record's header naming its day (minutes, a register, a form's \"Date:\") dates the record's relative words", [
  {
    name: 'minutes with a "Date:" field: yesterday is the day before the sitting, not before publication',
    text: 'PARISH COUNCIL OF LOWFORD — Minutes of the ordinary meeting\nDate: Tuesday, 3 June 2025, 19:00 · Place: Village hall\n\nThe Chair recalled yesterday\'s drone attack on Odesa. Councillors heard that a convoy left on Saturday.',
    publishedAt: '2025-06-09T10:00:00Z',
    expect: [['Tuesday, 3 June 2025', '2025-06-03'], ['yesterday', '2025-06-02'], ['Saturday', '2025-05-31']],
  },
  {
    name: 'a register "Session of" its day',
    text: 'TOWN OF NORDEN — Register of deliberations\nSession of Thursday 10 March 2022 · Convened on 3 March 2022\n\nThe Mayor reported that she spoke with the Mayor of Irpin yesterday evening and again this morning.',
    publishedAt: '2022-03-15T09:00:00Z',
    expect: [['yesterday', '2022-03-09'], ['this morning', '2022-03-10']],
  },
  {
    name: 'a memo "Dated" its day',
    text: 'Dated 2 February 2024\n\nThe board was told today that the shipment had been stopped at the border.',
    publishedAt: '2024-02-09T09:00:00Z',
    expect: [['today', '2024-02-02']],
  },
  {
    name: 'a dated sentence of running text is no header: the publication day stays',
    text: 'The meeting of 2 February 2024 approved the budget.\n\nToday the board met again.',
    publishedAt: '2024-02-09T09:00:00Z',
    expect: [['Today', '2024-02-09']],
  },
  {
    name: 'a dated sentence opening the text, going on after a comma, is no header either',
    text: 'The meeting of 2 February 2024, chaired by the mayor, approved the budget.\n\nToday the board met again.',
    publishedAt: '2024-02-09T09:00:00Z',
    expect: [['Today', '2024-02-09']],
  },
  {
    name: 'a header line far down the text is no record\'s head',
    text: `${'Drones hit Kharkiv overnight, officials said. '.repeat(10)}\nDate: 2 February 2024\n\nToday the board met.`,
    publishedAt: '2024-02-09T09:00:00Z',
    expect: [['Today', '2024-02-09']],
  },
]);

table('a lead dating the text it quotes ("wrote this letter on 3 March"): the quoted paragraphs are told on that day', [
  {
    name: "a soldier's note: its yesterday and tomorrow count from the day it was written",
    text: 'The soldier wrote this note to his wife on 3 March, a day after the bridge fell.\n\n"We crossed the river yesterday. Tomorrow we rest."',
    publishedAt: '2025-03-20T07:00:00Z',
    expect: [['yesterday', '2025-03-02'], ['Tomorrow', '2025-03-04']],
  },
  {
    name: 'a message sent on a day: its weekdays are of that week',
    text: 'Her message, sent on Wednesday 4 June, reached us a week later.\n\n"On Monday the drones hit the school. Today we sleep in the metro."',
    publishedAt: '2025-06-14T07:00:00Z',
    expect: [['Monday', '2025-06-02'], ['Today', '2025-06-04']],
  },
  {
    name: 'the first unquoted paragraph is told from publication again',
    text: 'He posted these lines on 3 March.\n\n"Yesterday we moved west."\n\nToday his unit is in reserve.',
    publishedAt: '2025-03-20T07:00:00Z',
    expect: [['Yesterday', '2025-03-02'], ['Today', '2025-03-20']],
  },
  {
    name: 'a quotation after a lead that dates no writing is told on the publication day',
    text: 'He was wounded on 3 March.\n\n"Yesterday we moved west," he said.',
    publishedAt: '2025-03-20T07:00:00Z',
    expect: [['Yesterday', '2025-03-19']],
  },
]);
