// Written by `npm run fit:confidence` (scripts/fit-confidence.ts); do not edit by hand.
// Fitted on dev (180), dev-b (95), dev-c (100), dev-d (125), dev-e (121), dev-f (100), dev-g (106), dev-h (116), dev-i (88), dev-j (106), dev-k (101), dev-l (81), dev-m (110) events; penalties: weights 10, types 3, writers 8 pseudo-examples.
import type { ConfidenceModel } from './confidence.js';

export const CONFIDENCE_MODEL: ConfidenceModel = {
  "intercept": 0.276553,
  "typeIntercepts": {
    "agreement": 0.154251,
    "aid_decision": 0.461387,
    "air_strike": 0.276647,
    "armed_clash": -0.215453,
    "assassination": 0.092663,
    "ceasefire": -0.365519,
    "drone_strike": 0.096424,
    "meeting": 0.562588,
    "missile_strike": 0.28891,
    "phone_call": 0.732123,
    "prisoner_exchange": -0.267327,
    "sanctions": 0.075751,
    "shelling": -0.245217,
    "statement": -1.431036,
    "territorial_capture": -0.216194
  },
  "weights": {
    "triggerStrength": 3.077304,
    "dateStated": 0.69185,
    "dateExplicit": 0.412917,
    "ownDate": 0.142984,
    "dateOfSaying": 1.122424,
    "dateAnchored": -0.795029,
    "dateReportedOn": 2.109131,
    "coarseDate": -0.727075,
    "corroboration": 0.353363,
    "located": 0.447807,
    "planned": 2.0639,
    "leadParagraph": 0.783384,
    "sentenceLength": -0.126928,
    "busyArticle": -0.006633,
    "busySentence": -0.769471,
    "earlierThisWeek": -0.304973,
    "future": -2.184866,
    "monthsBefore": 0.236167,
    "namedPeople": 0.280854,
    "relativeClause": -1.075583,
    "claimed": -0.586916,
    "regionPlace": 0
  },
  "writerSpread": 0.353553,
  "unseenText": {
    "shift": -0.993319,
    "scale": 0.687523
  }
};
