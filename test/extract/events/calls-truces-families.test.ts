/**
 * Killings, truces, calls and exchanges as writers nobody tuned on tell them (issue 3). Sentences written for these
 * tests, not copied from any corpus; published on Saturday 14 June 2025 unless a row says otherwise.
 */
import { table } from './families.js';

table('a named person shot dead, gunned down or killed by a bomb is a killing, whatever the name', [
  // wire, an apposition between the name and the killing
  ['Oleksiy Hrytsenko, a former district mayor, was shot dead outside his home in Poltava on Thursday.', ['assassination 2025-06-12 Poltava'], []],
  // no title, no apposition
  ['Serhii Melnyk was gunned down in Kherson on Wednesday.', ['assassination 2025-06-11 Kherson'], []],
  // a relative clause as the apposition
  ['Pavlo Dyachenko, who ran the regional recruitment office, was killed by a bomb planted under his car on Friday.', ['assassination 2025-06-13'], []],
  // a coder's log line: no verb of being, the field names the kind loosely
  ['2025-06-10 | Kharkiv | shooting | Ihor Danylenko, a local council deputy, shot dead at a bus stop', ['assassination 2025-06-10 Kharkiv'], []],
  // a rank by its abbreviation, the device by its initials
  ['Lt Gen Viktor Sokolenko was killed by an IED in Moscow on Tuesday.', ['assassination 2025-06-10 Moscow'], []],
]);

table('people counted, or a named victim of a strike, are no targeted killing', [
  ['Two Ukrainians were shot dead at a checkpoint on Friday.', [], ['assassination 2025-06-13']],
  ['Several Russians were killed by a blast in Belgorod on Friday.', [], ['assassination 2025-06-13']],
  ['Viktor Hrebin was killed in a missile strike on Dnipro on Friday.', ['missile_strike 2025-06-13 Dnipro'], ['assassination 2025-06-13']],
  ['Maria Koval, 34, was killed by the blast when a drone hit her building in Kharkiv on Friday.', ['drone_strike 2025-06-13 Kharkiv'], ['assassination 2025-06-13']],
]);
