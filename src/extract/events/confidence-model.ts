// Written by `npm run fit:confidence` (scripts/fit-confidence.ts); do not edit by hand.
// Fitted on dev (180), dev-b (95), dev-c (100), dev-d (125), dev-e (120), dev-f (101), dev-g (106), dev-h (117), dev-i (88), dev-j (106), dev-k (104), dev-l (82) events; penalties: weights 30, types 1, writers 2 pseudo-examples.
import type { ConfidenceModel } from './confidence.js';

export const CONFIDENCE_MODEL: ConfidenceModel = {
  "intercept": 1.859699,
  "typeIntercepts": {
    "agreement": 1.058481,
    "aid_decision": 0.070553,
    "air_strike": 0.666758,
    "armed_clash": -0.416675,
    "assassination": 0.259531,
    "ceasefire": -0.405354,
    "drone_strike": 0.124711,
    "meeting": 0.539735,
    "missile_strike": 0.329622,
    "phone_call": 0.90283,
    "prisoner_exchange": -0.020193,
    "sanctions": 0.399204,
    "shelling": -0.90833,
    "statement": -2.122912,
    "territorial_capture": -0.477962
  },
  "weights": {
    "triggerStrength": 1.046385,
    "dateStated": 1.094649,
    "dateExplicit": 0.162271,
    "ownDate": 0.439803,
    "dateOfSaying": 1.290414,
    "dateAnchored": -0.198655,
    "dateReportedOn": 1.176072,
    "coarseDate": -0.532344,
    "corroboration": 0.445022,
    "located": 0.185669,
    "planned": 0.913166,
    "leadParagraph": 0.444527,
    "sentenceLength": -0.286279,
    "busyArticle": -0.063077,
    "busySentence": -0.481519,
    "earlierThisWeek": -0.293705,
    "future": -1.29675,
    "monthsBefore": 0.118776,
    "namedPeople": 0.067967,
    "relativeClause": -0.786925,
    "claimed": 0
  },
  "writerSpread": 0.707107,
  "unseenText": {
    "shift": -0.977192,
    "scale": 0.761029
  }
};
