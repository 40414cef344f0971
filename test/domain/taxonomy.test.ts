import t from 'tap';
import { EVENT_TYPES, EVENT_TYPE_IDS, EVENT_TYPE_BY_ID } from '../../src/domain/taxonomy.js';

t.test('the taxonomy has the fifteen stable type ids of SPEC.md', async (t) => {
  t.equal(EVENT_TYPES.length, 15);
  t.same(EVENT_TYPE_IDS.slice(0, 3), ['phone_call', 'meeting', 'statement']);
  t.equal(new Set(EVENT_TYPE_IDS).size, 15, 'ids are unique');
  t.equal(EVENT_TYPE_BY_ID.get('drone_strike')?.cameo, '195');
});
