// Written by `npm run fit:confidence` (scripts/fit-confidence.ts); do not edit by hand.
// Fitted on dev (185), dev-b (94), dev-c (102), dev-d (122), dev-e (119), dev-f (96), dev-g (108), dev-h (117), dev-i (88), dev-j (108), dev-k (104), dev-l (87), dev-m (120), dev-n (111), dev-o (153), dev-p (139), dev-q (104), dev-r (125), dev-s (100), dev-t (106), dev-u (106) events; penalties: weights 30, types 3, writers 2 pseudo-examples.
import type { ConfidenceModel } from './confidence.js';

export const CONFIDENCE_MODEL: ConfidenceModel = {
  "intercept": 0.852596,
  "typeIntercepts": {
    "agreement": -0.094561,
    "aid_decision": 0.090936,
    "air_strike": -0.193955,
    "armed_clash": -0.257738,
    "assassination": 0.303473,
    "ceasefire": 0.054759,
    "drone_strike": 0.668791,
    "meeting": 0.276667,
    "missile_strike": 0.995826,
    "phone_call": 0.871769,
    "prisoner_exchange": 0.081391,
    "sanctions": -0.077523,
    "shelling": -0.256388,
    "statement": -2.156703,
    "territorial_capture": -0.306744
  },
  "weights": {
    "triggerStrength": 1.774372,
    "dateStated": 1.066937,
    "dateExplicit": 0.043736,
    "ownDate": 0.246014,
    "dateOfSaying": 0.91427,
    "dateAnchored": -0.176939,
    "dateReportedOn": 0.95338,
    "coarseDate": -0.974362,
    "corroboration": 0.265618,
    "located": 0.429119,
    "planned": 0.550525,
    "leadParagraph": -0.020669,
    "sentenceLength": -0.135779,
    "busyArticle": -0.01398,
    "busySentence": -0.676857,
    "earlierThisWeek": 0.053761,
    "future": -0.629046,
    "monthsBefore": 0.32175,
    "namedPeople": 0.159528,
    "relativeClause": -0.472558,
    "claimed": 0.899933,
    "regionPlace": -1.047281,
    "sequenceClause": -0.418555
  },
  "writerSpread": 0.707107,
  "unseenText": {
    "shift": -1.334717,
    "scale": 0.912442
  }
};
