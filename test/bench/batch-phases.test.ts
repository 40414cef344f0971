import t from 'tap';
import { batchPhases, type PhaseSample } from '../../bench/batch-phases.js';

const WRITER = 11;
const EXTRACTION = 12;
const SECOND_EXTRACTION = 13;

/**
 * Samples every 10 ms from per-interval shares: each row gives, for each thread, the share of the
 * interval it ran and the share it waited runnable.
 */
function samplesOf(rows: Array<Record<number, [number, number]>>): PhaseSample[] {
  const totals = new Map<number, { cpu: number; waited: number }>([WRITER, EXTRACTION, SECOND_EXTRACTION].map((tid) => [tid, { cpu: 0, waited: 0 }]));
  const snapshot = (at: number): PhaseSample => ({ at, threads: new Map([...totals].map(([tid, v]) => [tid, { ...v }])) });
  const samples = [snapshot(0)];
  rows.forEach((row, index) => {
    for (const [tid, [ran, waited]] of Object.entries(row)) {
      const total = totals.get(Number(tid))!;
      total.cpu += ran * 10;
      total.waited += waited * 10;
    }
    samples.push(snapshot((index + 1) * 10));
  });
  return samples;
}

const idle: [number, number] = [0, 0];
const busy: [number, number] = [1, 0];

t.test('a batch told apart: the start, both at work, the writer alone at the end', async (t) => {
  const samples = samplesOf([
    { [WRITER]: idle, [EXTRACTION]: idle }, // the main thread parses the request
    { [WRITER]: busy, [EXTRACTION]: idle }, // the first dates found
    { [WRITER]: busy, [EXTRACTION]: busy },
    { [WRITER]: busy, [EXTRACTION]: busy },
    { [WRITER]: idle, [EXTRACTION]: busy }, // the writer waits for extractions
    { [WRITER]: busy, [EXTRACTION]: busy },
    { [WRITER]: busy, [EXTRACTION]: idle }, // the tail
    { [WRITER]: busy, [EXTRACTION]: idle },
    { [WRITER]: idle, [EXTRACTION]: idle }, // the answer
  ]);
  t.same(batchPhases(samples, WRITER, [EXTRACTION]), { bothMs: 30, writerAloneMs: 30, extractionAloneMs: 10, neitherMs: 20, startMs: 20, tailMs: 20 });
});

t.test('waiting runnable counts as wanting to work; a thread under the share does not', async (t) => {
  const samples = samplesOf([
    { [WRITER]: [0.2, 0.5], [EXTRACTION]: [0.1, 0.3] }, // writer 0.7 wanted, extraction 0.4
    { [WRITER]: [0.3, 0.2], [EXTRACTION]: [0.5, 0] },
  ]);
  t.same(batchPhases(samples, WRITER, [EXTRACTION]), { bothMs: 10, writerAloneMs: 10, extractionAloneMs: 0, neitherMs: 0, startMs: 10, tailMs: 0 });
  t.same(batchPhases(samples, WRITER, [EXTRACTION], 0.3), { bothMs: 20, writerAloneMs: 0, extractionAloneMs: 0, neitherMs: 0, startMs: 0, tailMs: 0 });
});

t.test('a wait the kernel adds when the thread runs again goes back into the intervals it spanned', async (t) => {
  // The writer was runnable from the start but got a CPU only in the fourth interval: schedstat
  // shows nothing for three intervals, then 10 ms ran and 30 ms waited at once.
  const samples = samplesOf([
    { [WRITER]: idle, [EXTRACTION]: busy },
    { [WRITER]: idle, [EXTRACTION]: busy },
    { [WRITER]: idle, [EXTRACTION]: busy },
    { [WRITER]: [1, 3], [EXTRACTION]: idle },
    { [WRITER]: idle, [EXTRACTION]: idle },
  ]);
  t.same(batchPhases(samples, WRITER, [EXTRACTION]), { bothMs: 30, writerAloneMs: 10, extractionAloneMs: 0, neitherMs: 10, startMs: 0, tailMs: 10 });
  // A wait longer than the time before it fills what there is.
  const early = samplesOf([{ [WRITER]: [0.5, 4], [EXTRACTION]: busy }, { [WRITER]: idle, [EXTRACTION]: busy }]);
  t.same(batchPhases(early, WRITER, [EXTRACTION]), { bothMs: 10, writerAloneMs: 0, extractionAloneMs: 10, neitherMs: 0, startMs: 0, tailMs: 0 });
});

t.test('with two extraction threads, either working is extraction working', async (t) => {
  const samples = samplesOf([
    { [WRITER]: busy, [EXTRACTION]: busy, [SECOND_EXTRACTION]: idle },
    { [WRITER]: busy, [EXTRACTION]: idle, [SECOND_EXTRACTION]: busy },
    { [WRITER]: idle, [EXTRACTION]: idle, [SECOND_EXTRACTION]: busy },
  ]);
  t.same(batchPhases(samples, WRITER, [EXTRACTION, SECOND_EXTRACTION]), { bothMs: 20, writerAloneMs: 0, extractionAloneMs: 10, neitherMs: 0, startMs: 0, tailMs: 0 });
});

t.test('no extraction at all (every article a copy): the whole batch is its start, no tail', async (t) => {
  const samples = samplesOf([{ [WRITER]: busy, [EXTRACTION]: idle }, { [WRITER]: busy, [EXTRACTION]: idle }]);
  t.same(batchPhases(samples, WRITER, [EXTRACTION]), { bothMs: 0, writerAloneMs: 20, extractionAloneMs: 0, neitherMs: 0, startMs: 20, tailMs: 0 });
});

t.test('a thread that ended or started between samples does not count in that interval', async (t) => {
  const samples = samplesOf([{ [WRITER]: busy, [EXTRACTION]: busy }]);
  samples[0].threads.delete(EXTRACTION);
  t.same(batchPhases(samples, WRITER, [EXTRACTION]), { bothMs: 0, writerAloneMs: 10, extractionAloneMs: 0, neitherMs: 0, startMs: 10, tailMs: 0 });
  t.same(batchPhases([], WRITER, [EXTRACTION]), { bothMs: 0, writerAloneMs: 0, extractionAloneMs: 0, neitherMs: 0, startMs: 0, tailMs: 0 });
});
