/** The evaluation script: it scores, and it prints a table. MEANTIME is read only when present. */
import t from 'tap';
import { existsSync } from 'node:fs';
import { evaluateDates, MEANTIME_PATH, GOLD_PATH, printDateReport } from '../../../scripts/eval-dates.js';

t.test('evaluateDates scores what is available and notes what is not', async (t) => {
  const report = evaluateDates();
  const sets = new Set(report.scores.map((s) => s.set));
  t.equal(sets.has('meantime'), existsSync(MEANTIME_PATH));
  t.equal(sets.has('own-dev'), existsSync(GOLD_PATH));
  for (const score of report.scores) {
    for (const prf of [score.span, score.value]) {
      t.ok(prf.precision >= 0 && prf.precision <= 1 && prf.recall >= 0 && prf.recall <= 1, `${score.set} ${score.system} in range`);
      t.ok(prf.f1 <= Math.max(prf.precision, prf.recall) + 1e-9);
    }
    t.ok(score.value.f1 <= score.span.f1 + 1e-9, 'a right value needs a right span');
  }
  if (sets.has('meantime')) {
    const ours = report.scores.find((s) => s.set === 'meantime' && s.system === 'chronicle');
    const chrono = report.scores.find((s) => s.set === 'meantime' && s.system === 'chrono-node alone');
    t.ok(ours && chrono && ours.value.f1 > chrono.value.f1, 'the date layer beats chrono-node alone on MEANTIME');
  }
});

t.test('evaluateDates reads MEANTIME from the path it is given, and says where it looked when it is not there', async (t) => {
  const missing = '/nonexistent/meantime-en.json';
  const report = evaluateDates(missing);
  t.notOk(report.scores.some((s) => s.set === 'meantime'));
  t.ok(report.notes.some((n) => n.includes(missing) && n.includes('--meantime')));
});

t.test('printDateReport prints a table', async (t) => {
  const lines: string[] = [];
  const log = console.log;
  console.log = (line: string) => lines.push(line);
  try {
    printDateReport({ scores: [{ system: 's', set: 'x', gold: 2, predicted: 1, span: { precision: 1, recall: 0.5, f1: 2 / 3 }, value: { precision: 1, recall: 0.5, f1: 2 / 3 } }], notes: ['n'], errors: [{ set: 'x', kind: 'fn', text: 'May', gold: '2021-05', context: 'May was' }] }, true);
  } finally {
    console.log = log;
  }
  t.match(lines[0], /set\s+system\s+gold/);
  t.match(lines[2], /^x\s+s\s+2\s+1\s+1\.000\s+0\.500\s+0\.667/);
  t.ok(lines.includes('note: n'));
  t.match(lines.at(-1), /fn/);
});
