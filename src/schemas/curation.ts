import { z } from 'zod';
import { CursorSchema, LimitSchema } from './common.js';
import { EventSchema, EventTypeIdSchema, EXAMPLE_EVENT } from './events.js';

const PATCH_EXAMPLE = {
  title: 'Phone call between Donald Trump and Vladimir Putin on Ukraine',
  startDate: '2025-07-03',
  endDate: '2025-07-03',
  datePrecision: 'day',
  places: [{ name: 'Washington', countryCode: 'US', lat: 38.895, lon: -77.0366 }],
};

const isoDay = z.iso.date({ error: 'must be a real calendar day, YYYY-MM-DD' });

const PlacePatchSchema = z.strictObject({
  name: z.string().trim().min(1).max(200).describe('Place name ("Kharkiv").'),
  countryCode: z
    .string()
    .regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as "UA"')
    .nullish()
    .describe('ISO 3166-1 alpha-2; omit or null when unknown.'),
  lat: z.number().min(-90).max(90).nullish(),
  lon: z.number().min(-180).max(180).nullish(),
});

const ActorPatchSchema = z.strictObject({
  name: z.string().trim().min(1).max(200).describe('Canonical name ("Volodymyr Zelenskyy").'),
  kind: z.enum(['person', 'country', 'organization', 'group']),
});

/**
 * A JSON merge patch (RFC 7396) of an event: the fields present replace the stored ones; actors
 * and places replace the whole list. null removes nothing here (every field is required on an
 * event), so it is a 400 like any invalid value.
 */
export const EventPatchSchema = z
  .strictObject({
    type: EventTypeIdSchema.optional(),
    title: z.string().trim().min(1).max(500).optional(),
    summary: z.string().trim().max(5000).optional(),
    startDate: isoDay.optional().describe('First day (YYYY-MM-DD); must not be after endDate.'),
    endDate: isoDay.optional().describe('Last day, inclusive (YYYY-MM-DD); must not be before startDate.'),
    datePrecision: z.enum(['day', 'week', 'month', 'year']).optional(),
    dateCertainty: z.enum(['explicit', 'relative', 'inferred']).optional(),
    status: z.enum(['occurred', 'planned']).optional(),
    places: z.array(PlacePatchSchema).max(100).optional().describe('Replaces the whole list.'),
    actors: z.array(ActorPatchSchema).max(100).optional().describe('Replaces the whole list.'),
  })
  .refine((patch) => Object.keys(patch).length > 0, {
    message: 'name at least one field to change',
    // Only for a body with no other problem: unknown fields alone are reported as such.
    when: (payload) => payload.issues.length === 0,
  })
  .transform(({ places, ...rest }) =>
    places
      ? { ...rest, places: places.map((p) => ({ name: p.name, countryCode: p.countryCode ?? null, lat: p.lat ?? null, lon: p.lon ?? null })) }
      : rest,
  )
  .meta({ examples: [PATCH_EXAMPLE] });

export const IfMatchHeadersSchema = z.looseObject({
  'if-match': z
    .string()
    .optional()
    .describe('An ETag from GET, PATCH or this list: the write happens only if the event still has it, else 412. "*" matches any existing event.'),
});

/** `since`: an ISO 8601 instant (a date alone means 00:00 UTC), normalised to UTC. */
const SinceSchema = z
  .string()
  .refine(
    (value) => z.iso.datetime({ offset: true }).safeParse(value).success || z.iso.date().safeParse(value).success,
    'must be an ISO 8601 instant such as 2025-07-04T00:00:00Z (or a date, meaning 00:00 UTC)',
  )
  .transform((value) => new Date(value.length === 10 ? `${value}T00:00:00Z` : value).toISOString())
  .describe('Changes at or after this instant (ISO 8601, e.g. 2025-07-04T00:00:00Z). Use 1970-01-01T00:00:00Z for a full copy.')
  .meta({ examples: ['2025-07-04T00:00:00Z'] });

export const ChangesQuerySchema = z.strictObject({
  since: SinceSchema,
  limit: LimitSchema(100, 1000),
  cursor: CursorSchema.optional(),
});

const UpsertChangeSchema = z
  .object({
    kind: z.literal('upsert'),
    id: z.string().describe('The event id.'),
    changedAt: z.string().describe('When this change was committed (ISO 8601 UTC).'),
    event: EventSchema.describe('The event as it is now: store it under its id, replacing any copy you have.'),
  })
  .meta({ id: 'EventUpsert' });

const DeleteChangeSchema = z
  .object({
    kind: z.literal('delete'),
    id: z.string().describe('The deleted event\'s id: remove your copy (an id you never stored can be ignored).'),
    changedAt: z.string().describe('When the deletion was committed (ISO 8601 UTC).'),
    deletedAt: z.string().describe('The same instant, under the name tombstones usually carry.'),
  })
  .meta({ id: 'EventTombstone' });

const CHANGES_EXAMPLE = {
  data: [
    {
      kind: 'upsert',
      id: EXAMPLE_EVENT.id,
      changedAt: EXAMPLE_EVENT.updatedAt,
      event: EXAMPLE_EVENT,
    },
    {
      kind: 'delete',
      id: 'evt_01k0a9x8w7v6t5s4r3q2p1n0m9',
      changedAt: '2025-07-04T11:02:13.415Z',
      deletedAt: '2025-07-04T11:02:13.415Z',
    },
  ],
  nextCursor: null,
  syncedUntil: '2025-07-04T11:02:13.415Z',
};

export const ChangesPageSchema = z
  .object({
    data: z
      .array(z.discriminatedUnion('kind', [UpsertChangeSchema, DeleteChangeSchema]))
      .describe('Changes in the order they were committed; apply them in this order. An event appears once, with its latest state.'),
    nextCursor: z
      .string()
      .nullable()
      .describe('More changes are ready now: pass as `cursor` (with the same `since`). null once you are caught up.'),
    syncedUntil: z
      .string()
      .describe('Pass as `since` on your next poll: the instant of the last change served (or `since` when nothing was).'),
  })
  .meta({ id: 'EventChangesPage', examples: [CHANGES_EXAMPLE] });
