// Written by `npm run fit:confidence` (scripts/fit-confidence.ts); do not edit by hand.
// Fitted on dev (182), dev-b (94), dev-c (102), dev-d (123), dev-e (119), dev-f (94), dev-g (108), dev-h (117), dev-i (88), dev-j (107), dev-k (105), dev-l (86), dev-m (120), dev-n (112), dev-o (154), dev-p (139), dev-q (107), dev-r (131) events; penalties: weights 30, types 3, writers 4 pseudo-examples.
import type { ConfidenceModel } from './confidence.js';

export const CONFIDENCE_MODEL: ConfidenceModel = {
  "intercept": 1.166164,
  "typeIntercepts": {
    "agreement": 0.144571,
    "aid_decision": 0.183557,
    "air_strike": -0.172217,
    "armed_clash": -0.102289,
    "assassination": 0.172699,
    "ceasefire": 0.056997,
    "drone_strike": 0.447406,
    "meeting": -0.019799,
    "missile_strike": 0.748058,
    "phone_call": 0.938892,
    "prisoner_exchange": 0.139801,
    "sanctions": 0.169558,
    "shelling": -0.418068,
    "statement": -2.047276,
    "territorial_capture": -0.241891
  },
  "weights": {
    "triggerStrength": 1.388934,
    "dateStated": 1.016075,
    "dateExplicit": 0.247553,
    "ownDate": 0.000301,
    "dateOfSaying": 0.678815,
    "dateAnchored": -0.568877,
    "dateReportedOn": 0.859823,
    "coarseDate": -0.990767,
    "corroboration": 0.360039,
    "located": 0.394198,
    "planned": 0.781578,
    "leadParagraph": -0.071703,
    "sentenceLength": -0.115052,
    "busyArticle": 0.058928,
    "busySentence": -0.645155,
    "earlierThisWeek": 0.077805,
    "future": -0.387168,
    "monthsBefore": 0.332693,
    "namedPeople": 0.151409,
    "relativeClause": -0.529121,
    "claimed": 0.575643,
    "regionPlace": -1.318156,
    "sequenceClause": -0.555954
  },
  "writerSpread": 0.5,
  "unseenText": {
    "shift": -1.246137,
    "scale": 0.842075
  }
};
