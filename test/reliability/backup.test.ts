import { spawn } from 'node:child_process';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import t from 'tap';
import { projectRoot } from '../../src/db/paths.js';
import { childEnv } from '../helpers/child-env.js';
import { tempDir } from '../helpers/db.js';
import { articleNumber, postArticle, startServer } from '../helpers/server.js';

function run(command: string, args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: projectRoot(), env: childEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

/**
 * `npx chronicle backup` while the server runs and keeps taking writes: the copy opens, passes
 * integrity_check and holds every article acknowledged before the backup started; a server
 * started on the copy (the restore) serves them.
 */
t.test('an online backup taken during writes restores every acknowledged article', async (t) => {
  const dir = tempDir(t);
  const databaseUrl = join(dir, 'live.db');
  const backupFile = join(dir, 'backup.db');
  const server = await startServer(t, databaseUrl);

  const acknowledged: string[] = [];
  let next = 0;
  const writeOne = async () => {
    const response = await postArticle(server.base, articleNumber(next++, 3));
    t.equal(response.status, 201);
    acknowledged.push(((await response.json()) as { article: { id: string } }).article.id);
  };
  for (let i = 0; i < 30; i++) await writeOne();
  const beforeBackup = [...acknowledged];

  // Writes go on while the backup runs (bounded: stop when it ends, at most 500 more).
  let backupDone = false;
  const backup = run('npx', ['--no-install', 'chronicle', '--database', databaseUrl, 'backup', backupFile]).finally(() => (backupDone = true));
  const writesDuring = (async () => {
    while (!backupDone && next < 530) await writeOne();
  })();
  const { code, output } = await backup;
  await writesDuring;
  t.equal(code, 0, `chronicle backup exits 0: ${output}`);
  t.match(output, /backed up .* \(\d+ pages\)/);
  t.ok(acknowledged.length > beforeBackup.length, `${acknowledged.length - beforeBackup.length} writes while the backup ran`);

  const copy = new Database(backupFile, { readonly: true });
  t.equal(copy.pragma('integrity_check', { simple: true }), 'ok', 'the copy passes integrity_check');
  const ids = new Set((copy.prepare('SELECT id FROM articles').all() as Array<{ id: string }>).map((row) => row.id));
  copy.close();
  t.same(beforeBackup.filter((id) => !ids.has(id)), [], `all ${beforeBackup.length} articles acknowledged before the backup are in it`);

  server.child.kill('SIGTERM');
  t.equal(await server.exited, '0 null');

  // Restore: a server started on the copy serves them.
  const restored = await startServer(t, backupFile);
  for (const id of beforeBackup) t.equal((await fetch(`${restored.base}/v1/articles/${id}`)).status, 200, `restored ${id}`);
  t.equal((await fetch(`${restored.base}/ready`)).status, 200, 'the restored database is writable');
  restored.child.kill('SIGTERM');
  t.equal(await restored.exited, '0 null');
});
