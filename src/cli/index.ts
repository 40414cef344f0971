import { Command, InvalidArgumentError, Option } from 'commander';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { backupFile } from '../db/backup.js';
import { projectRoot } from '../db/paths.js';
import { EXPORT_FORMAT_IDS, type ExportFormat } from '../formats/index.js';
import { ArticleInputSchema } from '../schemas/articles.js';
import { databasePath, openStore } from './database.js';
import { exportTo } from './export.js';
import { formatSummary, ingestInputs } from './ingest.js';

const version = (JSON.parse(readFileSync(join(projectRoot(), 'package.json'), 'utf8')) as { version: string }).version;

function checkPublishedAt(value: string): string {
  const parsed = ArticleInputSchema.shape.publishedAt.safeParse(value);
  if (!parsed.success) throw new InvalidArgumentError(parsed.error.issues[0].message);
  return value;
}

function checkPort(value: string): string {
  if (!/^\d+$/.test(value) || Number(value) > 65535) throw new InvalidArgumentError('must be a port number (0-65535)');
  return value;
}

/** The `chronicle` program and its subcommands. */
export function createProgram(): Command {
  const program = new Command('chronicle')
    .description('Chronicle: news articles in, a queryable timeline of dated events out.')
    .version(version)
    .showHelpAfterError()
    .addOption(new Option('-d, --database <path>', 'SQLite database file (default: DATABASE_URL, else ./data/chronicle.db)'));

  const database = () => program.opts<{ database?: string }>().database;

  program
    .command('serve')
    .description('start the HTTP API and the timeline page (configured like `npm start`: PORT, HOST, API_TOKEN, SEED...)')
    .option('-p, --port <port>', 'port to listen on (default: PORT, else 3000)', checkPort)
    .option('-H, --host <host>', 'interface to listen on (default: HOST, else 127.0.0.1)')
    .action(async (options: { port?: string; host?: string }) => {
      // The server reads its configuration from the environment; the flags override it.
      if (options.port) process.env.PORT = options.port;
      if (options.host) process.env.HOST = options.host;
      if (database()) process.env.DATABASE_URL = database();
      await import('../server.js');
    });

  program
    .command('ingest')
    .description('store articles from files, directories (recursively) or - (standard input)')
    .argument('<inputs...>', '.json (an article {title, body, publishedAt?, url?, source?} or an array; other fields ignored), .ndjson/.jsonl (one per line), .txt/.md (first line is the title), directories, or -')
    .option('--published-at <date>', 'publication time for articles that carry none (ISO 8601 date or date-time)', checkPublishedAt)
    .addHelpText('after', '\nExits with status 1 when any file or article failed; the others are stored.')
    .action(async (inputs: string[], options: { publishedAt?: string }) => {
      const { db, repos } = openStore(database());
      try {
        const summary = await ingestInputs(repos, inputs, {
          publishedAt: options.publishedAt,
          progress: process.stdout.isTTY ? process.stdout : undefined,
        });
        process.stdout.write(formatSummary(summary));
        if (summary.errors.length > 0) process.exitCode = 1;
      } finally {
        db.close();
      }
    });

  program
    .command('export')
    .description('write the events matching the filters in a file format (the whole result, streamed)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(EXPORT_FORMAT_IDS).makeOptionMandatory())
    .option('--from <date>', 'events overlapping this day or later (YYYY-MM-DD, YYYY-MM, YYYY, "last week")')
    .option('--to <date>', 'events overlapping this day or earlier')
    .option('-t, --type <types>', 'comma-separated event type ids')
    .option('--actor <name>', 'part of an actor name')
    .option('--place <name>', 'part of a place name')
    .option('-o, --out <file>', 'write to this file instead of standard output')
    .action(async (options: { format: ExportFormat; from?: string; to?: string; type?: string; actor?: string; place?: string; out?: string }) => {
      const { db, repos } = openStore(database());
      try {
        await exportTo(repos, options, process.stdout);
      } finally {
        db.close();
      }
    });

  program
    .command('migrate')
    .description('bring the database schema up to date')
    .action(() => {
      const { db, applied } = openStore(database());
      const current = db.pragma('user_version', { simple: true });
      db.close();
      process.stdout.write(
        applied.length > 0 ? `applied migrations ${applied.join(', ')}; schema version ${current}\n` : `schema is current (version ${current})\n`,
      );
    });

  program
    .command('backup')
    .description('copy the database to <file> with SQLite online backup (safe while the server runs)')
    .argument('<file>', 'destination file')
    .option('--force', 'overwrite <file> when it exists')
    .action(async (file: string, options: { force?: boolean }) => {
      const source = databasePath(database());
      if (source === ':memory:') throw new Error('an in-memory database cannot be backed up from another process');
      if (existsSync(file) && !options.force) throw new Error(`${file} exists; pass --force to overwrite it`);
      const { pages } = await backupFile(source, file);
      process.stdout.write(`backed up ${source} to ${file} (${pages} pages)\n`);
    });

  return program;
}

/** Runs the command line; failures print one line (no stack) and set a non-zero exit status. */
export async function main(argv: string[] = process.argv): Promise<void> {
  try {
    await createProgram().parseAsync(argv);
  } catch (error) {
    // The reader went away (`chronicle export ... | head`): nothing is wrong and nothing to say.
    if ((error as NodeJS.ErrnoException).code === 'EPIPE') return;
    process.stderr.write(`chronicle: ${(error as Error).message}\n`);
    process.exitCode = 1;
  }
}
