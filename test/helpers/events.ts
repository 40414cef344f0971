import type { ExtractedEvent } from '../../src/extract/types.js';

/** An extracted phone call between two fictional people, for ingest and format tests; override what a test varies. */
export function extractedCall(overrides: Partial<ExtractedEvent> = {}): ExtractedEvent {
  return {
    type: 'phone_call',
    title: 'Phone call between Alice Example and Bob Example',
    summary: 'Alice Example and Bob Example spoke by phone.',
    startDate: '2025-07-03',
    endDate: '2025-07-03',
    datePrecision: 'day',
    dateCertainty: 'relative',
    status: 'occurred',
    actors: [
      { name: 'Alice Example', kind: 'person' },
      { name: 'Bob Example', kind: 'person' },
    ],
    places: [],
    confidence: 0.7,
    mention: { quote: 'Alice Example and Bob Example spoke by phone on Thursday.', charStart: 0, charEnd: 56, dateText: 'on Thursday', confidence: 0.7 },
    ...overrides,
  };
}
