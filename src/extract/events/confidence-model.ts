// Written by `npm run fit:confidence` (scripts/fit-confidence.ts); do not edit by hand.
// Fitted on dev (176), dev-b (96), dev-c (89), dev-d (119), dev-e (90) events; penalties: weights 30, types 3, writers 2 pseudo-examples.
import type { ConfidenceModel } from './confidence.js';

export const CONFIDENCE_MODEL: ConfidenceModel = {
  "intercept": 1.570567,
  "typeIntercepts": {
    "agreement": -0.403222,
    "aid_decision": 0.498307,
    "air_strike": 0.20412,
    "armed_clash": -0.064343,
    "assassination": 0.267384,
    "ceasefire": -0.232683,
    "drone_strike": 0.066068,
    "meeting": -0.112198,
    "missile_strike": 0.303545,
    "phone_call": 0.395403,
    "prisoner_exchange": 0.20914,
    "sanctions": 0.136485,
    "shelling": -0.127882,
    "statement": -1.201995,
    "territorial_capture": 0.06187
  },
  "weights": {
    "triggerStrength": 0.356197,
    "dateStated": 0.734604,
    "dateExplicit": 0.155426,
    "ownDate": 0.514162,
    "dateOfSaying": 0.458797,
    "dateAnchored": -0.161273,
    "dateReportedOn": -0.777542,
    "coarseDate": -0.920735,
    "corroboration": 0.234481,
    "located": 0.448695,
    "planned": -0.217139,
    "leadParagraph": 0.30475,
    "sentenceLength": -0.118481,
    "busyArticle": -0.128778,
    "busySentence": -0.573498,
    "earlierThisWeek": -0.28403,
    "future": -0.356709,
    "monthsBefore": -0.178538,
    "namedPeople": 0.059718
  },
  "writerSpread": 0.707107
};
