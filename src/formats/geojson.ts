import type { ApiEvent } from './types.js';

export interface EventFeature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [lon: number, lat: number] };
  properties: Record<string, unknown>;
}

/** One Point feature per place of the event that has coordinates (ACLED style: one row per place). */
export function eventFeatures(event: ApiEvent): EventFeature[] {
  const { id, places, actors, ...fields } = event;
  return places.flatMap((place, index): EventFeature[] => {
    if (place.lat === null || place.lon === null) return [];
    return [
      {
        type: 'Feature',
        id: `${id}-${index}`,
        geometry: { type: 'Point', coordinates: [place.lon, place.lat] },
        properties: {
          eventId: id,
          ...fields,
          actors: actors.map((actor) => actor.name),
          place: place.name,
          countryCode: place.countryCode,
        },
      },
    ];
  });
}

/**
 * An RFC 7946 FeatureCollection written piece by piece, so any number of events takes constant
 * memory. Events without a located place are left out.
 */
export function* toGeoJson(events: Iterable<ApiEvent>): Generator<string> {
  yield '{"type":"FeatureCollection","features":[';
  let first = true;
  for (const event of events) {
    for (const feature of eventFeatures(event)) {
      yield (first ? '\n' : ',\n') + JSON.stringify(feature);
      first = false;
    }
  }
  yield '\n]}\n';
}
