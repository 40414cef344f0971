import t from 'tap';
import { findPlaces, HEADLINE_PASSIVE, HEADLINE_VERB } from '../../../src/extract/events/places.js';
import { splitSentences } from '../../../src/extract/events/sentences.js';
import { devCorpusBodies } from '../../helpers/db.js';

/**
 * headlineSubjects runs HEADLINE_PASSIVE ("Kyiv hit by drones overnight") only on a line where HEADLINE_VERB finds one
 * of its verbs: a speed gate, right only if every line the pattern matches passes it.
 */
t.test('every line HEADLINE_PASSIVE matches passes the gate, and its places are found', async (t) => {
  const rows: Array<[string, string[]]> = [
    ['Kyiv hit by drones overnight', ['Kyiv']],
    ['Kherson shelled again as evacuations go on', ['Kherson']],
    ['Sumy, Kharkiv and Poltava struck by missiles', ['Sumy', 'Kharkiv', 'Poltava']],
    ['09:40 — Odesa attacked early, port damaged', ['Odesa']],
    ['Live updates: Pokrovsk captured by Russian forces', ['Pokrovsk']],
    ['Mykolaiv bombed; two dead', ['Mykolaiv']],
    ['Zaporizhzhia targeted twice', ['Zaporizhzhia']],
  ];
  for (const [line, names] of rows) {
    t.ok(HEADLINE_PASSIVE.exec(line), `HEADLINE_PASSIVE matches: ${line}`);
    t.ok(HEADLINE_VERB.test(line), `the gate lets it through: ${line}`);
    const found = findPlaces(line, new Set(['UA', 'RU'])).map((p) => p.place.name);
    for (const name of names) t.ok(found.includes(name), `${name} found in: ${line}`);
  }
  // lines the pattern leaves alone either way ("Washington struck a deal": no agent or time after the verb)
  for (const line of ['Washington struck a deal with Kyiv', 'Officials said the talks went well', 'Kyiv and Moscow trade blame']) {
    t.notOk(HEADLINE_PASSIVE.exec(line), `no headline passive: ${line}`);
  }
  let matched = 0;
  let sentences = 0;
  let missed = 0;
  for (const body of devCorpusBodies()) {
    for (const s of splitSentences(body)) {
      sentences++;
      if (!HEADLINE_PASSIVE.exec(s.text)) continue;
      matched++;
      if (!HEADLINE_VERB.test(s.text)) missed++;
    }
  }
  t.ok(sentences > 1000 && matched >= 2, `${sentences} dev sentences, ${matched} headline passives`);
  t.equal(missed, 0, 'every dev sentence the pattern matches passes the gate');
});
