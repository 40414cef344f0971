// Written by `npm run fit:confidence` (scripts/fit-confidence.ts); do not edit by hand.
// Fitted on dev (183), dev-b (97), dev-c (100), dev-d (127), dev-e (121), dev-f (104), dev-g (105), dev-h (119), dev-i (88), dev-j (108) events; penalties: weights 10, types 1, writers 16 pseudo-examples.
import type { ConfidenceModel } from './confidence.js';

export const CONFIDENCE_MODEL: ConfidenceModel = {
  "intercept": 1.755574,
  "typeIntercepts": {
    "agreement": 0.388711,
    "aid_decision": 0.157411,
    "air_strike": 0.603363,
    "armed_clash": -0.245841,
    "assassination": 0.208164,
    "ceasefire": 0.247129,
    "drone_strike": 0.343743,
    "meeting": 0.196284,
    "missile_strike": 0.308801,
    "phone_call": 0.543955,
    "prisoner_exchange": 0.128538,
    "sanctions": 0.840522,
    "shelling": -0.510466,
    "statement": -2.390065,
    "territorial_capture": -0.82025
  },
  "weights": {
    "triggerStrength": 0.703834,
    "dateStated": 0.989417,
    "dateExplicit": 0,
    "ownDate": 0.420406,
    "dateOfSaying": 1.716644,
    "dateAnchored": -0.325744,
    "dateReportedOn": 0.738797,
    "coarseDate": -0.315834,
    "corroboration": 0.553523,
    "located": 0.506566,
    "planned": 1.79351,
    "leadParagraph": 0.946767,
    "sentenceLength": -0.280942,
    "busyArticle": 0.080138,
    "busySentence": -0.55619,
    "earlierThisWeek": -0.322413,
    "future": -2.432919,
    "monthsBefore": 0.074507,
    "namedPeople": 0.51708,
    "relativeClause": -0.864614
  },
  "writerSpread": 0.25,
  "unseenText": {
    "shift": -0.55945,
    "scale": 0.517871
  }
};
