// Written by `npm run fit:confidence` (scripts/fit-confidence.ts); do not edit by hand.
// Fitted on dev (185), dev-b (94), dev-c (102), dev-d (122), dev-e (119), dev-f (94), dev-g (108), dev-h (117), dev-i (88), dev-j (107), dev-k (104), dev-l (87), dev-m (120), dev-n (112), dev-o (153), dev-p (138), dev-q (106), dev-r (127), dev-s (101) events; penalties: weights 30, types 3, writers 4 pseudo-examples.
import type { ConfidenceModel } from './confidence.js';

export const CONFIDENCE_MODEL: ConfidenceModel = {
  "intercept": 0.554152,
  "typeIntercepts": {
    "agreement": -0.015124,
    "aid_decision": 0.110522,
    "air_strike": -0.179191,
    "armed_clash": -0.017283,
    "assassination": 0.259238,
    "ceasefire": 0.165365,
    "drone_strike": 0.722216,
    "meeting": -0.022846,
    "missile_strike": 0.720565,
    "phone_call": 0.843451,
    "prisoner_exchange": 0.113126,
    "sanctions": 0.002639,
    "shelling": -0.469693,
    "statement": -1.952621,
    "territorial_capture": -0.280364
  },
  "weights": {
    "triggerStrength": 1.888718,
    "dateStated": 1.014941,
    "dateExplicit": 0.092175,
    "ownDate": 0.268231,
    "dateOfSaying": 0.871713,
    "dateAnchored": -0.36308,
    "dateReportedOn": 0.932048,
    "coarseDate": -0.889347,
    "corroboration": 0.393927,
    "located": 0.538138,
    "planned": 0.826134,
    "leadParagraph": 0.016124,
    "sentenceLength": -0.163899,
    "busyArticle": 0.073395,
    "busySentence": -0.57371,
    "earlierThisWeek": 0.104072,
    "future": -0.304888,
    "monthsBefore": 0.259609,
    "namedPeople": 0.137075,
    "relativeClause": -0.559182,
    "claimed": 0.841095,
    "regionPlace": -1.112383,
    "sequenceClause": -0.43845
  },
  "writerSpread": 0.5,
  "unseenText": {
    "shift": -1.275476,
    "scale": 0.854412
  }
};
