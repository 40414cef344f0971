import { existsSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { loadConfig } from '../../src/config.js';
import { tempDir } from '../helpers/db.js';

t.test('defaults', async (t) => {
  const dir = tempDir(t);
  const config = loadConfig({ DATABASE_URL: join(dir, 'nested', 'chronicle.db') });
  t.match(config, { PORT: 3000, HOST: '127.0.0.1', SEED: true, LOG_LEVEL: 'info', CORS_ORIGINS: [], API_TOKEN: undefined, PAGE_CACHE_MB: 32 });
  t.ok(existsSync(join(dir, 'nested')), 'the database directory is created');
  t.equal(loadConfig({ DATABASE_URL: ':memory:' }).DATABASE_URL, ':memory:');
});

t.test('values from the environment', async (t) => {
  const config = loadConfig({
    DATABASE_URL: ':memory:',
    PORT: '8080',
    HOST: '0.0.0.0',
    API_TOKEN: 'tok',
    SEED: 'false',
    LOG_LEVEL: 'debug',
    CORS_ORIGINS: 'https://a.example, https://b.example,',
    RATE_LIMIT_MAX: '0',
    PAGE_CACHE_MB: '96',
  });
  t.match(config, {
    PAGE_CACHE_MB: 96,
    PORT: 8080,
    HOST: '0.0.0.0',
    API_TOKEN: 'tok',
    SEED: false,
    LOG_LEVEL: 'debug',
    CORS_ORIGINS: ['https://a.example', 'https://b.example'],
    RATE_LIMIT_MAX: 0,
  });
  t.equal(loadConfig({ DATABASE_URL: ':memory:', API_TOKEN: '' }).API_TOKEN, undefined, 'an empty token is no token');
});

t.test('invalid values are refused, each named', async (t) => {
  t.throws(() => loadConfig({ PORT: 'eighty' }), /PORT/);
  t.throws(() => loadConfig({ PORT: '70000' }), /PORT/);
  t.throws(() => loadConfig({ SEED: 'maybe' }), /SEED/);
  t.throws(() => loadConfig({ LOG_LEVEL: 'loud' }), /LOG_LEVEL/);
  t.throws(() => loadConfig({ PAGE_CACHE_MB: '-1' }), /PAGE_CACHE_MB/);
  t.throws(() => loadConfig({ DATABASE_URL: 'postgres://db/chronicle' }), /DATABASE_URL: .*PostgreSQL/);
});
