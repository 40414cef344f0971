import { EVENT_TYPE_BY_ID } from '../domain/taxonomy.js';
import type { ExtractedEvent } from '../extract/types.js';
import type { EventRecord } from '../repositories/types.js';

/** The CAMEO and ACLED codes of an event type, as served in `codes`. */
export function codesOf(type: EventRecord['type']): { cameo: string; acled: string | null } {
  const entry = EVENT_TYPE_BY_ID.get(type);
  return { cameo: entry?.cameo ?? '', acled: entry?.acled ?? null };
}

/** A stored event as the API serves it (field order as in SPEC.md). */
export function presentEvent(event: EventRecord) {
  return {
    id: event.id,
    type: event.type,
    title: event.title,
    summary: event.summary,
    startDate: event.startDate,
    endDate: event.endDate,
    datePrecision: event.datePrecision,
    dateCertainty: event.dateCertainty,
    status: event.status,
    actors: event.actors,
    places: event.places,
    confidence: event.confidence,
    codes: codesOf(event.type),
    mentionCount: event.mentionCount,
    sourceCount: event.sourceCount,
    curated: event.curated,
    createdAt: event.createdAt,
    updatedAt: event.updatedAt,
  };
}

export function presentExtractedEvent(event: ExtractedEvent) {
  return {
    type: event.type,
    title: event.title,
    summary: event.summary,
    startDate: event.startDate,
    endDate: event.endDate,
    datePrecision: event.datePrecision,
    dateCertainty: event.dateCertainty,
    status: event.status,
    actors: event.actors,
    places: event.places,
    confidence: event.confidence,
    codes: codesOf(event.type),
    mention: event.mention,
  };
}
