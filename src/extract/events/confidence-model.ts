// Written by `npm run fit:confidence` (scripts/fit-confidence.ts); do not edit by hand.
// Fitted on dev (183), dev-b (98), dev-c (100), dev-d (123), dev-e (117), dev-f (88), dev-g (91) events; penalties: weights 30, types 3, writers 4 pseudo-examples.
import type { ConfidenceModel } from './confidence.js';

export const CONFIDENCE_MODEL: ConfidenceModel = {
  "intercept": 0.00091,
  "typeIntercepts": {
    "agreement": 0.223652,
    "aid_decision": 0.188596,
    "air_strike": 0.280873,
    "armed_clash": -0.088779,
    "assassination": 0.141136,
    "ceasefire": -0.290457,
    "drone_strike": 0.131411,
    "meeting": 0.171284,
    "missile_strike": 0.358167,
    "phone_call": 0.6542,
    "prisoner_exchange": 0.102774,
    "sanctions": 0.088584,
    "shelling": -0.053188,
    "statement": -1.609981,
    "territorial_capture": -0.298273
  },
  "weights": {
    "triggerStrength": 2.115781,
    "dateStated": 1.135974,
    "dateExplicit": 0.028801,
    "ownDate": 0.513643,
    "dateOfSaying": 0.895644,
    "dateAnchored": -0.114337,
    "dateReportedOn": 0.811552,
    "coarseDate": -0.490464,
    "corroboration": 0,
    "located": 0.437119,
    "planned": 0.355427,
    "leadParagraph": 0.492089,
    "sentenceLength": -0.105016,
    "busyArticle": -0.003521,
    "busySentence": -0.369803,
    "earlierThisWeek": -0.530667,
    "future": -0.551812,
    "monthsBefore": -0.02514,
    "namedPeople": 0.209495
  },
  "writerSpread": 0.5,
  "unseenText": {
    "shift": -1.30145,
    "scale": 0.871155
  }
};
