// Written by `npm run fit:confidence` (scripts/fit-confidence.ts); do not edit by hand.
// Fitted on dev (183), dev-b (94), dev-c (102), dev-d (124), dev-e (119), dev-f (95), dev-g (107), dev-h (117), dev-i (87), dev-j (107), dev-k (105), dev-l (84), dev-m (119), dev-n (112), dev-o (153), dev-p (139), dev-q (108) events; penalties: weights 30, types 3, writers 4 pseudo-examples.
import type { ConfidenceModel } from './confidence.js';

export const CONFIDENCE_MODEL: ConfidenceModel = {
  "intercept": 0.613364,
  "typeIntercepts": {
    "agreement": 0.114627,
    "aid_decision": 0.210888,
    "air_strike": -0.051157,
    "armed_clash": -0.075901,
    "assassination": 0.152829,
    "ceasefire": -0.05162,
    "drone_strike": 0.347569,
    "meeting": 0.189475,
    "missile_strike": 0.433691,
    "phone_call": 0.819105,
    "prisoner_exchange": 0.269742,
    "sanctions": 0.083951,
    "shelling": -0.373038,
    "statement": -1.948255,
    "territorial_capture": -0.121906
  },
  "weights": {
    "triggerStrength": 1.910225,
    "dateStated": 0.875438,
    "dateExplicit": 0.137235,
    "ownDate": 0.25189,
    "dateOfSaying": 0.80701,
    "dateAnchored": -0.707326,
    "dateReportedOn": 0.946041,
    "coarseDate": -1.070576,
    "corroboration": 0.261953,
    "located": 0.371946,
    "planned": 0.783556,
    "leadParagraph": 0.136446,
    "sentenceLength": -0.078065,
    "busyArticle": 0.05436,
    "busySentence": -0.57039,
    "earlierThisWeek": 0.051866,
    "future": -0.770728,
    "monthsBefore": 0.424993,
    "namedPeople": 0.146049,
    "relativeClause": -0.795389,
    "claimed": 0.025791,
    "regionPlace": -0.700989,
    "sequenceClause": -0.511088
  },
  "writerSpread": 0.5,
  "unseenText": {
    "shift": -1.475063,
    "scale": 0.93096
  }
};
