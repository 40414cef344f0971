import type { FastifyReply } from 'fastify';
import { Readable } from 'node:stream';
import type { Repositories } from '../repositories/index.js';
import { coalesce, EXPORT_FORMATS, exportFilename, type ExportFormat } from './index.js';
import { exportChunks, type ExportFilter } from './iterate.js';

/** The calendar name and the TimelineJS title slide of an export. */
export const EXPORT_TITLE = 'Chronicle events';

/**
 * Answers with every event matching `filter` in `format`, streamed as it is read (constant
 * memory, no page limit). Files meant to be saved (csv, ics) come with a download name.
 */
export function sendExport(
  reply: FastifyReply,
  repos: Pick<Repositories, 'events'>,
  format: ExportFormat,
  filter: ExportFilter,
): FastifyReply {
  const { contentType, attachment } = EXPORT_FORMATS[format];
  reply.type(contentType);
  if (attachment) {
    reply.header('content-disposition', `attachment; filename="${exportFilename(format, { from: filter.from, to: filter.to })}"`);
  }
  return reply.send(Readable.from(coalesce(exportChunks(repos, format, filter, { title: EXPORT_TITLE }))));
}
