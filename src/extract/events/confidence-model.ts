// Written by `npm run fit:confidence` (scripts/fit-confidence.ts); do not edit by hand.
// Fitted on dev (185), dev-b (94), dev-c (102), dev-d (122), dev-e (119), dev-f (96), dev-g (110), dev-h (117), dev-i (88), dev-j (108), dev-k (104), dev-l (87), dev-m (122), dev-n (111), dev-o (151), dev-p (139), dev-q (102), dev-r (125), dev-s (102), dev-t (107), dev-u (106), dev-v (106), dev-w (109) events; penalties: weights 30, types 3, writers 8 pseudo-examples.
import type { ConfidenceModel } from './confidence.js';

export const CONFIDENCE_MODEL: ConfidenceModel = {
  "intercept": 0.85954,
  "typeIntercepts": {
    "agreement": 0.068261,
    "aid_decision": -0.075592,
    "air_strike": -0.143283,
    "armed_clash": -0.227178,
    "assassination": 0.116351,
    "ceasefire": 0.080077,
    "drone_strike": 0.874099,
    "meeting": 0.282669,
    "missile_strike": 0.801254,
    "phone_call": 0.884545,
    "prisoner_exchange": -0.102567,
    "sanctions": 0.043894,
    "shelling": -0.23486,
    "statement": -2.095159,
    "territorial_capture": -0.272515
  },
  "weights": {
    "triggerStrength": 1.984436,
    "dateStated": 1.183156,
    "dateExplicit": 0.114637,
    "ownDate": 0,
    "dateOfSaying": 0.910484,
    "dateAnchored": -0.186697,
    "dateReportedOn": 0.815638,
    "coarseDate": -0.89038,
    "corroboration": 0.25049,
    "located": 0.499447,
    "planned": 0.63603,
    "leadParagraph": 0.028762,
    "sentenceLength": -0.120542,
    "busyArticle": -0.157218,
    "busySentence": -0.681252,
    "earlierThisWeek": 0.107252,
    "future": -0.591767,
    "monthsBefore": 0.258701,
    "namedPeople": 0.215488,
    "relativeClause": -0.475485,
    "claimed": 0.922598,
    "regionPlace": -1.122787,
    "sequenceClause": -0.229588
  },
  "writerSpread": 0.353553,
  "unseenText": {
    "shift": -1.345959,
    "scale": 0.861409
  }
};
