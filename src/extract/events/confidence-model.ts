// Written by `npm run fit:confidence` (scripts/fit-confidence.ts); do not edit by hand.
// Fitted on dev (183), dev-b (97), dev-c (100), dev-d (125), dev-e (120), dev-f (98), dev-g (104), dev-h (112), dev-i (86), dev-j (90) events; penalties: weights 10, types 1, writers 8 pseudo-examples.
import type { ConfidenceModel } from './confidence.js';

export const CONFIDENCE_MODEL: ConfidenceModel = {
  "intercept": 0.104213,
  "typeIntercepts": {
    "agreement": 0.49071,
    "aid_decision": 0.359167,
    "air_strike": 0.738764,
    "armed_clash": -0.078944,
    "assassination": 0.287668,
    "ceasefire": -0.869559,
    "drone_strike": 0.328691,
    "meeting": 0.159019,
    "missile_strike": 0.171821,
    "phone_call": 0.550181,
    "prisoner_exchange": -0.247984,
    "sanctions": 1.242917,
    "shelling": -0.214572,
    "statement": -2.124847,
    "territorial_capture": -0.793029
  },
  "weights": {
    "triggerStrength": 1.429189,
    "dateStated": 1.273151,
    "dateExplicit": 0.042953,
    "ownDate": 0.302558,
    "dateOfSaying": 0.347904,
    "dateAnchored": -0.585082,
    "dateReportedOn": 0.381327,
    "coarseDate": -0.649771,
    "corroboration": 0,
    "located": 0.4346,
    "planned": 1.865654,
    "leadParagraph": 0.876608,
    "sentenceLength": -0.16157,
    "busyArticle": 0.19678,
    "busySentence": -0.54586,
    "earlierThisWeek": 0.026887,
    "future": -1.900864,
    "monthsBefore": -0.228906,
    "namedPeople": 0.61265,
    "relativeClause": 0
  },
  "writerSpread": 0.353553,
  "unseenText": {
    "shift": -0.844523,
    "scale": 0.7145
  }
};
