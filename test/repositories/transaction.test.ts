import t from 'tap';
import { openDatabase } from '../../src/db/sqlite.js';
import { databaseFile, eventFields } from '../helpers/db.js';

t.test('a write transaction holds the write lock from its start: another connection committing meanwhile cannot make it fail', async (t) => {
  const { path, repos } = databaseFile(t);
  const other = openDatabase(path);
  t.teardown(() => other.close());
  // The other writer (the ingest thread's connection in the server) does not wait, so the test does not either.
  other.pragma('busy_timeout = 0');
  const now = '2025-07-05T12:00:00.000Z';
  let otherWrote: boolean | undefined;
  const id = repos.transaction(() => {
    // Read first, as curation does, then let the other connection try to commit before writing.
    repos.events.count();
    try {
      other.prepare(`INSERT INTO readiness_probe (checked_at) VALUES (?)`).run(now);
      otherWrote = true;
    } catch (error) {
      t.match(String(error), /SQLITE_BUSY|database is locked/);
      otherWrote = false;
    }
    // A transaction begun deferred would fail here with SQLITE_BUSY_SNAPSHOT had the other committed.
    return repos.events.insert(eventFields({ startDate: '2025-07-01', endDate: '2025-07-01' }), now);
  });
  t.equal(otherWrote, false, 'the other connection waited for the lock instead of committing under the transaction');
  t.ok(repos.events.findById(id), 'the transaction committed');
});
