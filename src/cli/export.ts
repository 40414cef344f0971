import { createWriteStream } from 'node:fs';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parseDateQuery } from '../extract/dates/query.js';
import { exportChunks, type ExportFilter } from '../formats/iterate.js';
import { coalesce, type ExportFormat } from '../formats/index.js';
import type { Repositories } from '../repositories/index.js';
import { TypeListSchema } from '../schemas/events.js';

export interface ExportCommandOptions {
  format: ExportFormat;
  from?: string;
  to?: string;
  type?: string;
  actor?: string;
  place?: string;
  out?: string;
}

/** Turns the command's options into a repository filter, or says which option is wrong. */
export function exportFilter(options: ExportCommandOptions, now: Date = new Date()): ExportFilter {
  const from = options.from === undefined ? undefined : parseDateQuery(options.from, now);
  if (from === null) throw new Error(`--from "${options.from}" is not a date (YYYY-MM-DD, YYYY-MM, YYYY or words such as "last week")`);
  const to = options.to === undefined ? undefined : parseDateQuery(options.to, now);
  if (to === null) throw new Error(`--to "${options.to}" is not a date (YYYY-MM-DD, YYYY-MM, YYYY or words such as "last week")`);
  if (from && to && from.startDate > to.endDate) throw new Error('--to must not be before --from');
  let types: ExportFilter['types'];
  if (options.type !== undefined) {
    const parsed = TypeListSchema.safeParse(options.type);
    if (!parsed.success) throw new Error(`--type: ${parsed.error.issues[0].message}`);
    types = parsed.data;
  }
  return { from: from?.startDate, to: to?.endDate, types, actor: options.actor, place: options.place, descending: false };
}

/** Streams every matching event in `format` to `--out` (or `output`), in constant memory. */
export async function exportTo(repos: Repositories, options: ExportCommandOptions, output: Writable): Promise<void> {
  const filter = exportFilter(options);
  const destination = options.out ? createWriteStream(options.out) : output;
  const chunks = coalesce(exportChunks(repos, options.format, filter));
  await pipeline(Readable.from(chunks), destination, { end: Boolean(options.out) });
}
