// Written by `npm run fit:confidence` (scripts/fit-confidence.ts); do not edit by hand.
// Fitted on dev (175), dev-b (95), dev-c (90), dev-d (118), dev-e (92) events; penalties: weights 30, types 3, writers 2 pseudo-examples.
import type { ConfidenceModel } from './confidence.js';

export const CONFIDENCE_MODEL: ConfidenceModel = {
  "intercept": 2.144238,
  "typeIntercepts": {
    "agreement": -0.409298,
    "aid_decision": 0.561116,
    "air_strike": 0.211102,
    "armed_clash": 0.014972,
    "assassination": 0.294276,
    "ceasefire": 0.112519,
    "drone_strike": -0.175448,
    "meeting": 0.238553,
    "missile_strike": 0.001435,
    "phone_call": 0.393631,
    "prisoner_exchange": 0.228944,
    "sanctions": -0.028696,
    "shelling": -0.153988,
    "statement": -1.400762,
    "territorial_capture": 0.111643
  },
  "weights": {
    "triggerStrength": 0,
    "dateStated": 0.885377,
    "dateExplicit": 0.079106,
    "ownDate": 0.492601,
    "dateOfSaying": 0.921149,
    "dateAnchored": -0.012924,
    "dateReportedOn": -0.689317,
    "coarseDate": -0.803846,
    "corroboration": 0.250131,
    "located": 0.255897,
    "planned": 0.154512,
    "leadParagraph": 0.311535,
    "sentenceLength": -0.208223,
    "busyArticle": -0.268994,
    "earlierThisWeek": -0.57956,
    "future": -0.708665,
    "namedPeople": 0.099276
  },
  "writerSpread": 0.707107
};
