// Written by `npm run fit:confidence` (scripts/fit-confidence.ts); do not edit by hand.
// Fitted on dev (183), dev-b (97), dev-c (100), dev-d (125), dev-e (120), dev-f (94), dev-g (101), dev-h (107), dev-i (84) events; penalties: weights 10, types 3, writers 1 pseudo-examples.
import type { ConfidenceModel } from './confidence.js';

export const CONFIDENCE_MODEL: ConfidenceModel = {
  "intercept": -1.22788,
  "typeIntercepts": {
    "agreement": 0.218078,
    "aid_decision": -0.053726,
    "air_strike": 0.329945,
    "armed_clash": 0.064768,
    "assassination": 0.079809,
    "ceasefire": -0.27294,
    "drone_strike": 0.513706,
    "meeting": 0.265572,
    "missile_strike": 0.342601,
    "phone_call": 0.298427,
    "prisoner_exchange": -0.114238,
    "sanctions": 0.452007,
    "shelling": -0.228494,
    "statement": -1.586486,
    "territorial_capture": -0.309029
  },
  "weights": {
    "triggerStrength": 2.433927,
    "dateStated": 1.49681,
    "dateExplicit": 0.138717,
    "ownDate": 0.588894,
    "dateOfSaying": 0.659039,
    "dateAnchored": -0.465972,
    "dateReportedOn": 0.076116,
    "coarseDate": -0.956391,
    "corroboration": 0,
    "located": 1.009531,
    "planned": 0.634419,
    "leadParagraph": 0.649924,
    "sentenceLength": -0.046701,
    "busyArticle": 0.004204,
    "busySentence": -0.498551,
    "earlierThisWeek": -0.1599,
    "future": -1.438027,
    "monthsBefore": -0.150942,
    "namedPeople": 0.681191
  },
  "writerSpread": 1,
  "unseenText": {
    "shift": -1.101604,
    "scale": 0.867554
  }
};
