import t from 'tap';
import { TRIGGER_RULES, matchTriggers, withEveryField, type TriggerRule } from '../../../src/extract/events/triggers.js';
import { tokenize } from '../../../src/extract/events/lexicon.js';

/** The fields a rule sets, undefined ones left out: what its tests read. */
const setFields = (rule: object) => Object.fromEntries(Object.entries(rule).filter(([, value]) => value !== undefined));

t.test('withEveryField keeps every field a rule sets, with the same values', async (t) => {
  t.ok(TRIGGER_RULES.length > 100, 'the rule table is read');
  for (const [i, rule] of TRIGGER_RULES.entries()) {
    const full = withEveryField(rule);
    t.same(setFields(full), setFields(rule), `rule ${i} (${rule.type}: ${rule.head[0]})`);
    // the same objects, not copies: word lists are compared by identity nowhere, but nothing is rebuilt either
    for (const key of Object.keys(rule) as Array<keyof TriggerRule>) if (full[key] !== rule[key]) t.fail(`rule ${i}: ${key} is not the rule's own value`);
  }
});

t.test('every rule comes out with one list of fields in one order (one object shape)', async (t) => {
  const orders = new Set(TRIGGER_RULES.map((rule) => Object.keys(withEveryField(rule)).join(',')));
  t.equal(orders.size, 1);
  // the rules as written have many shapes: what the single shape is for
  t.ok(new Set(TRIGGER_RULES.map((rule) => Object.keys(rule).join(','))).size > 20);
  // every field any rule sets is in that list
  const listed = new Set([...orders][0].split(','));
  for (const rule of TRIGGER_RULES) for (const key of Object.keys(rule)) if (!listed.has(key)) t.fail(`field ${key} is not carried`);
});

t.test('matches carry the rules with every field, read as the rules were written', async (t) => {
  const text = 'Putin and Trump spoke by phone on Tuesday, and Russian drones struck Odesa overnight.';
  const tokens = tokenize(text);
  const matches = matchTriggers(tokens, new Set([0, 10]), new Set([text.indexOf('Odesa')]), new Set([0, 10]));
  t.same([...new Set(matches.map((m) => m.rule.type))].sort(), ['drone_strike', 'phone_call']);
  for (const m of matches) {
    const written = TRIGGER_RULES.filter((rule) => rule.type === m.rule.type && rule.strength === m.rule.strength && rule.head === m.rule.head);
    t.equal(written.length, 1, `${m.rule.type} comes from one written rule`);
    t.same(setFields(m.rule), setFields(written[0]));
    t.equal(Object.keys(m.rule).length, Object.keys(withEveryField(written[0])).length);
  }
});
