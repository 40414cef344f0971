import { execFile, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import ICAL from 'ical.js';
import t from 'tap';
import { main } from '../../src/cli/index.js';
import { openDatabase } from '../../src/db/sqlite.js';
import { childEnv } from '../helpers/child-env.js';
import { tempDir } from '../helpers/db.js';

const BIN = join(import.meta.dirname, '../../bin/chronicle.js');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs `chronicle` as a user would, in its own process, feeding `input` on standard input: for
 * what only a process shows (exit status, standard input, no terminal, commander's exit on a bad
 * argument, signals). Each run starts Node and compiles the CLI afresh, so the rest run in-process.
 */
function chronicle(args: string[], input?: string): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [BIN, ...args],
      { env: childEnv({ LOG_LEVEL: 'silent' }), maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin?.end(input ?? '');
  });
}

/**
 * Runs the same main() as bin/chronicle.js in this process, capturing what it writes to standard
 * output and error and the exit status it sets (then restoring all three). Not for arguments
 * commander rejects: it exits the process on those.
 */
async function chronicleInProcess(args: string[]): Promise<Run> {
  const captured = { stdout: '', stderr: '' };
  const capture = (stream: NodeJS.WriteStream, name: keyof typeof captured) => {
    const write = stream.write;
    stream.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      captured[name] += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
      const callback = rest.find((arg) => typeof arg === 'function') as (() => void) | undefined;
      if (callback) process.nextTick(callback);
      return true;
    }) as typeof stream.write;
    return () => (stream.write = write);
  };
  const exitCodeBefore = process.exitCode;
  process.exitCode = undefined;
  const restoreStdout = capture(process.stdout, 'stdout');
  const restoreStderr = capture(process.stderr, 'stderr');
  try {
    await main([process.execPath, BIN, ...args]);
    return { code: Number(process.exitCode ?? 0), ...captured };
  } finally {
    restoreStdout();
    restoreStderr();
    process.exitCode = exitCodeBefore;
  }
}

const STRIKE_TEXT = `Drones hit Kharkiv overnight
Russian drones struck residential buildings in Kharkiv overnight, the city's mayor said on Saturday. Ukrainian forces shot down most of the drones over the region, the air force said.`;

const CALL_ARTICLE = {
  title: 'Leaders talk by phone about a truce',
  body: 'Volodymyr Zelenskyy and Emmanuel Macron spoke by phone on Thursday about a possible truce, the Ukrainian presidency said.',
  publishedAt: '2025-07-05T09:30:00+03:00',
  url: 'https://news.example.com/2025/07/05/call',
  source: 'Example News',
  id: 'ignored-by-the-cli',
};

function countRows(file: string, table: string): number {
  const db = openDatabase(file);
  try {
    return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  } finally {
    db.close();
  }
}

t.test('ingest a directory: good files stored, the bad one reported, exit status 1', async (t) => {
  const dir = tempDir(t);
  const database = join(dir, 'chronicle.db');
  const articles = join(dir, 'articles');
  mkdirSync(join(articles, 'nested'), { recursive: true });
  writeFileSync(join(articles, 'strike.txt'), STRIKE_TEXT);
  writeFileSync(join(articles, 'nested', 'call.json'), JSON.stringify(CALL_ARTICLE));
  writeFileSync(join(articles, 'broken.json'), '{"title": "cut off');
  writeFileSync(join(articles, 'notes.csv'), 'not an article kind; skipped');

  const run = await chronicle(['--database', database, 'ingest', articles, '--published-at', '2025-07-05']);
  t.equal(run.code, 1, 'a failed file makes the exit status non-zero');
  t.match(run.stdout, /^files\s+3$/m, 'directories are walked recursively; other kinds skipped');
  t.match(run.stdout, /^articles\s+3$/m);
  t.match(run.stdout, /^created\s+2$/m);
  t.match(run.stdout, /^duplicates\s+0$/m);
  t.match(run.stdout, /^errors\s+1$/m);
  t.match(run.stdout, /broken\.json: not valid JSON/, 'the failed file is named with its reason');
  t.notMatch(run.stdout, /\u001b\[/, 'no progress bar when the output is not a terminal');
  const events = Number(/^events\s+(\d+)$/m.exec(run.stdout)?.[1]);
  t.ok(events >= 2, `events were extracted (${events})`);
  t.equal(countRows(database, 'articles'), 2);
  t.equal(countRows(database, 'events'), events, 'the summary counts the events stored');

  const again = await chronicleInProcess(['--database', database, 'ingest', join(articles, 'strike.txt'), join(articles, 'nested')]);
  t.equal(again.code, 0, 'everything fine: exit status 0');
  t.match(again.stdout, /^duplicates\s+2$/m, 're-ingesting changes nothing');
  t.match(again.stdout, /^events\s+0$/m);
  t.equal(countRows(database, 'articles'), 2);
});

t.test('ingest NDJSON from standard input, and reject a bad --published-at', async (t) => {
  const dir = tempDir(t);
  const database = join(dir, 'chronicle.db');
  const lines = [
    JSON.stringify({ title: 'Strike on Kharkiv', body: STRIKE_TEXT.split('\n')[1] }),
    JSON.stringify({ title: 'No body' }),
    JSON.stringify(CALL_ARTICLE),
  ].join('\n');
  const run = await chronicle(['-d', database, 'ingest', '-', '--published-at', '2025-07-05T08:00:00Z'], lines);
  t.equal(run.code, 1);
  t.match(run.stdout, /^articles\s+3$/m);
  t.match(run.stdout, /^created\s+2$/m);
  t.match(run.stdout, /-:2: body: /, 'the failing line is named');
  const db = openDatabase(database);
  t.teardown(() => db.close());
  const dates = db.prepare('SELECT title, published_at AS publishedAt FROM articles ORDER BY title').all();
  t.same(dates, [
    { title: CALL_ARTICLE.title, publishedAt: CALL_ARTICLE.publishedAt },
    { title: 'Strike on Kharkiv', publishedAt: '2025-07-05T08:00:00Z' },
  ], '--published-at dates only the articles without a date');

  const bad = await chronicle(['-d', database, 'ingest', '-', '--published-at', 'yesterday'], lines);
  t.not(bad.code, 0);
  t.match(bad.stderr, /--published-at/);
});

t.test('export csv and ics; migrate; backup while open, then read the copy', async (t) => {
  const dir = tempDir(t);
  const database = join(dir, 'chronicle.db');
  writeFileSync(join(dir, 'strike.txt'), STRIKE_TEXT);
  writeFileSync(join(dir, 'call.json'), JSON.stringify([CALL_ARTICLE]));
  t.equal((await chronicleInProcess(['-d', database, 'ingest', dir, '--published-at', '2025-07-05'])).code, 0);
  const events = countRows(database, 'events');

  const csv = await chronicleInProcess(['-d', database, 'export', '--format', 'csv', '--from', '2025-07', '--to', '2025-07']);
  t.equal(csv.code, 0, csv.stderr);
  const rows = parseCsv(csv.stdout, { columns: true }) as Array<Record<string, string>>;
  t.equal(rows.length, events, 'every event of July, one row each');
  t.ok(rows.every((row) => row.startDate.startsWith('2025-07')));
  t.equal((await chronicleInProcess(['-d', database, 'export', '-f', 'csv', '--from', '2026-01-01'])).stdout.trim().split('\n').length, 1, 'header only outside the range');

  const calls = join(dir, 'calls.ics');
  const ics = await chronicleInProcess(['-d', database, 'export', '-f', 'ics', '--type', 'phone_call', '--out', calls]);
  t.equal(ics.code, 0, ics.stderr);
  t.equal(ics.stdout, '', '--out leaves standard output empty');
  const vevents = new ICAL.Component(ICAL.parse(readFileSync(calls, 'utf8'))).getAllSubcomponents('vevent');
  t.ok(vevents.length >= 1);
  t.ok(vevents.every((vevent) => vevent.getFirstProperty('categories')!.getValues()[0] === 'phone_call'), '--type filters');

  const badType = await chronicleInProcess(['-d', database, 'export', '-f', 'csv', '--type', 'picnic']);
  t.equal(badType.code, 1);
  t.match(badType.stderr, /--type: unknown event type "picnic"/);
  const badFormat = await chronicle(['-d', database, 'export', '-f', 'xlsx']);
  t.not(badFormat.code, 0);
  t.match(badFormat.stderr, /xlsx/);

  const migrate = await chronicleInProcess(['-d', database, 'migrate']);
  t.match(migrate.stdout, /schema is current \(version \d+\)/);

  // The source stays open on another connection, as it would in a running server.
  const live = openDatabase(database);
  t.teardown(() => live.close());
  const copy = join(dir, 'backup.db');
  const backup = await chronicleInProcess(['-d', database, 'backup', copy]);
  t.equal(backup.code, 0, backup.stderr);
  t.match(backup.stdout, /backed up .* \(\d+ pages\)/);
  t.equal(countRows(copy, 'events'), events, 'the copy has every event');
  t.equal(countRows(copy, 'articles'), 2);
  const refused = await chronicleInProcess(['-d', database, 'backup', copy]);
  t.equal(refused.code, 1);
  t.match(refused.stderr, /exists; pass --force/);
  t.equal((await chronicleInProcess(['-d', database, 'backup', copy, '--force'])).code, 0);
  const missing = await chronicleInProcess(['-d', join(dir, 'nope.db'), 'backup', join(dir, 'x.db')]);
  t.equal(missing.code, 1, 'a missing source database is an error, not an empty backup');
});

t.test('serve starts the API and the page, and stops on SIGTERM', async (t) => {
  const dir = tempDir(t);
  const child = spawn(process.execPath, [BIN, '--database', join(dir, 'served.db'), 'serve', '--port', '0'], {
    env: childEnv({ SEED: 'false', LOG_LEVEL: 'info' }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  t.teardown(() => {
    if (child.exitCode === null) child.kill('SIGKILL');
  });
  const origin = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/[\d.:]+)/.exec(output);
      if (match) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${output}`)));
  });
  t.match(origin, /^http:\/\/127\.0\.0\.1:\d+$/, 'loopback by default');
  const health = await fetch(`${origin}/health`);
  t.equal(health.status, 200);
  const page = await fetch(`${origin}/`);
  t.match(await page.text(), /<title>Chronicle/, 'the timeline page is served too');
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  child.kill('SIGTERM');
  t.equal(await exited, 0, 'a graceful stop');
});
