import type { z } from 'zod';
import type { EventSchema, MentionSchema } from '../schemas/events.js';

/** An event exactly as GET /v1/events serves it. */
export type ApiEvent = z.output<typeof EventSchema>;

export type ApiMention = z.output<typeof MentionSchema>;

/** An event for export; formats that cite sources (timelinejs) use the mentions when given. */
export type ExportEvent = ApiEvent & { mentions?: ApiMention[] };
