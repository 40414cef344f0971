// Written by `npm run fit:confidence` (scripts/fit-confidence.ts); do not edit by hand.
// Fitted on dev (179), dev-b (95), dev-c (100), dev-d (123), dev-e (121), dev-f (100), dev-g (107), dev-h (115), dev-i (88), dev-j (107), dev-k (102), dev-l (82), dev-m (120), dev-n (114) events; penalties: weights 30, types 3, writers 2 pseudo-examples.
import type { ConfidenceModel } from './confidence.js';

export const CONFIDENCE_MODEL: ConfidenceModel = {
  "intercept": 1.174413,
  "typeIntercepts": {
    "agreement": 0.105679,
    "aid_decision": 0.377667,
    "air_strike": 0.317734,
    "armed_clash": 0.054498,
    "assassination": 0.094675,
    "ceasefire": -0.500648,
    "drone_strike": 0.201425,
    "meeting": 0.470472,
    "missile_strike": 0.379351,
    "phone_call": 0.802869,
    "prisoner_exchange": -0.015588,
    "sanctions": 0.037373,
    "shelling": -0.32282,
    "statement": -1.940648,
    "territorial_capture": -0.062038
  },
  "weights": {
    "triggerStrength": 1.56745,
    "dateStated": 0.922209,
    "dateExplicit": 0.280075,
    "ownDate": 0.107179,
    "dateOfSaying": 0.436966,
    "dateAnchored": -0.640078,
    "dateReportedOn": 1.053107,
    "coarseDate": -0.94223,
    "corroboration": 0.107651,
    "located": 0.270539,
    "planned": 0.632866,
    "leadParagraph": 0.48371,
    "sentenceLength": -0.053331,
    "busyArticle": 0.025873,
    "busySentence": -0.692062,
    "earlierThisWeek": -0.247874,
    "future": -0.359401,
    "monthsBefore": -0.021339,
    "namedPeople": 0.164685,
    "relativeClause": -0.841097,
    "claimed": 0.316346,
    "regionPlace": -0.662263,
    "sequenceClause": 0
  },
  "writerSpread": 0.707107,
  "unseenText": {
    "shift": -1.572581,
    "scale": 0.951006
  }
};
