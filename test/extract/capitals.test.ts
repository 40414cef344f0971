/**
 * Lines written in capitals (tickers, flashes, headlines) are read as running text writes them:
 * the same length, so offsets hold; their dates are found and keep the body's own words.
 */
import t from 'tap';
import { asRunningText } from '../../src/extract/capitals.js';
import { findDates } from '../../src/extract/dates/index.js';
import { referenceOf } from './dates/cases.js';

t.test('asRunningText rewrites only lines in capitals, to the same length', async (t) => {
  const rows: Array<[string, string]> = [
    ['ODESA: RUSSIAN MISSILE HITS GRAIN SHIP IN PORT ON FRIDAY', 'Odesa: Russian Missile Hits Grain Ship in Port on Friday'],
    ['NATO AND EU LEADERS MEET IN BRUSSELS', 'NATO and EU Leaders Meet in Brussels'],
    // running text, and short lines in capitals, stay as they are
    ['Russian drones hit Kharkiv on Friday.', 'Russian drones hit Kharkiv on Friday.'],
    ['NATO SUMMIT', 'NATO SUMMIT'],
    ['US AND UK', 'US AND UK'],
  ];
  for (const [line, running] of rows) {
    t.equal(asRunningText(line), running, line);
    t.equal(asRunningText(line).length, line.length, `${line}: same length`);
  }
});

t.test('dates of a line in capitals are found, with the line\'s own words and offsets', async (t) => {
  // Tuesday 27 May 2025
  const reference = referenceOf('2025-05-27T10:00:00Z');
  const rows: Array<{ text: string; expect: Array<[string, string]> }> = [
    { text: 'FLASH: RUSSIAN DRONES HIT KHARKIV ON FRIDAY, THREE DEAD', expect: [['FRIDAY', '2025-05-23']] },
    { text: 'KYIV SAYS 300 DRONES LAUNCHED OVERNIGHT INTO SUNDAY', expect: [['OVERNIGHT INTO SUNDAY', '2025-05-25']] },
    { text: 'MINISTERS TO MEET IN ISTANBUL ON JUNE 2, OFFICIALS SAY', expect: [['ON JUNE 2', '2025-06-02']] },
  ];
  for (const row of rows) {
    const found = findDates(row.text, reference);
    for (const [text, value] of row.expect) {
      const mention = found.find((m) => m.text.trim().toUpperCase().endsWith(text.replace(/^ON /, '')));
      t.ok(mention, `${row.text}: ${text} found`);
      if (!mention) continue;
      t.equal(row.text.slice(mention.charStart, mention.charEnd), mention.text, `${row.text}: text is the line's own`);
      t.equal(mention.value, value, `${row.text}: ${text}`);
    }
  }
});

t.test('capitals that are no date stay dateless', async (t) => {
  const reference = referenceOf('2025-05-27T10:00:00Z');
  for (const text of ['ZELENSKY SAYS PEACE MAY COME ONLY WITH STRONG GUARANTEES', 'WAR ENTERS A NEW PHASE AS TALKS STALL IN ISTANBUL']) {
    t.same(findDates(text, reference).filter((m) => m.kind === 'date').map((m) => m.text), [], text);
  }
});
