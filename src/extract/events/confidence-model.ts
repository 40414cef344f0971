// Written by `npm run fit:confidence` (scripts/fit-confidence.ts); do not edit by hand.
// Fitted on dev (185), dev-b (94), dev-c (102), dev-d (122), dev-e (119), dev-f (96), dev-g (109), dev-h (117), dev-i (88), dev-j (108), dev-k (104), dev-l (87), dev-m (122), dev-n (111), dev-o (153), dev-p (139), dev-q (104), dev-r (125), dev-s (101), dev-t (106), dev-u (106), dev-v (106) events; penalties: weights 30, types 3, writers 4 pseudo-examples.
import type { ConfidenceModel } from './confidence.js';

export const CONFIDENCE_MODEL: ConfidenceModel = {
  "intercept": 0.768977,
  "typeIntercepts": {
    "agreement": -0.036896,
    "aid_decision": 0.117999,
    "air_strike": -0.125448,
    "armed_clash": -0.260834,
    "assassination": 0.304336,
    "ceasefire": -0.011706,
    "drone_strike": 0.719525,
    "meeting": 0.22088,
    "missile_strike": 0.843227,
    "phone_call": 0.900586,
    "prisoner_exchange": -0.108939,
    "sanctions": 0.036963,
    "shelling": -0.303876,
    "statement": -2.063476,
    "territorial_capture": -0.23234
  },
  "weights": {
    "triggerStrength": 1.815035,
    "dateStated": 0.962468,
    "dateExplicit": 0.060782,
    "ownDate": 0.22992,
    "dateOfSaying": 1.081146,
    "dateAnchored": -0.165028,
    "dateReportedOn": 1.122769,
    "coarseDate": -0.950472,
    "corroboration": 0.304416,
    "located": 0.455499,
    "planned": 0.650131,
    "leadParagraph": 0.061406,
    "sentenceLength": -0.124169,
    "busyArticle": -0.044323,
    "busySentence": -0.641276,
    "earlierThisWeek": 0.086491,
    "future": -0.534768,
    "monthsBefore": 0.326095,
    "namedPeople": 0.200693,
    "relativeClause": -0.501294,
    "claimed": 0.643415,
    "regionPlace": -1.118334,
    "sequenceClause": -0.326045
  },
  "writerSpread": 0.5,
  "unseenText": {
    "shift": -1.37743,
    "scale": 0.921035
  }
};
