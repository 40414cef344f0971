// Written by `npm run fit:confidence` (scripts/fit-confidence.ts); do not edit by hand.
// Fitted on dev (179), dev-b (94), dev-c (102), dev-d (124), dev-e (118), dev-f (95), dev-g (107), dev-h (117), dev-i (87), dev-j (107), dev-k (101), dev-l (82), dev-m (119), dev-n (113), dev-o (152) events; penalties: weights 30, types 1, writers 2 pseudo-examples.
import type { ConfidenceModel } from './confidence.js';

export const CONFIDENCE_MODEL: ConfidenceModel = {
  "intercept": 1.790907,
  "typeIntercepts": {
    "agreement": 0.005705,
    "aid_decision": 0.600603,
    "air_strike": 0.646107,
    "armed_clash": -0.051536,
    "assassination": 0.257404,
    "ceasefire": -0.456219,
    "drone_strike": 0.869633,
    "meeting": 0.380797,
    "missile_strike": 0.31505,
    "phone_call": 0.998203,
    "prisoner_exchange": -0.113792,
    "sanctions": -0.059402,
    "shelling": -0.51929,
    "statement": -2.735409,
    "territorial_capture": -0.137855
  },
  "weights": {
    "triggerStrength": 0.81211,
    "dateStated": 0.835612,
    "dateExplicit": 0.238498,
    "ownDate": 0.199778,
    "dateOfSaying": 0.624562,
    "dateAnchored": -0.647394,
    "dateReportedOn": 1.152505,
    "coarseDate": -1.030202,
    "corroboration": 0.188549,
    "located": 0.168056,
    "planned": 0.373676,
    "leadParagraph": 0.257318,
    "sentenceLength": -0.027002,
    "busyArticle": 0.006094,
    "busySentence": -0.515238,
    "earlierThisWeek": -0.096181,
    "future": -0.622685,
    "monthsBefore": 0.239038,
    "namedPeople": 0.187139,
    "relativeClause": -0.81822,
    "claimed": 0.07382,
    "regionPlace": -0.566617,
    "sequenceClause": -0.741701
  },
  "writerSpread": 0.707107,
  "unseenText": {
    "shift": -1.373018,
    "scale": 0.863002
  }
};
