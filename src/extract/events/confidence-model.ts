// Written by `npm run fit:confidence` (scripts/fit-confidence.ts); do not edit by hand.
// Fitted on dev (176), dev-b (96), dev-c (94), dev-d (122), dev-e (111) events; penalties: weights 30, types 3, writers 8 pseudo-examples.
import type { ConfidenceModel } from './confidence.js';

export const CONFIDENCE_MODEL: ConfidenceModel = {
  "intercept": 2.267853,
  "typeIntercepts": {
    "agreement": -0.586995,
    "aid_decision": 0.512264,
    "air_strike": 0.325308,
    "armed_clash": -0.169004,
    "assassination": 0.201297,
    "ceasefire": 0.07901,
    "drone_strike": -0.148644,
    "meeting": 0.074318,
    "missile_strike": 0.136887,
    "phone_call": 0.342572,
    "prisoner_exchange": 0.134558,
    "sanctions": 0.246701,
    "shelling": 0.091805,
    "statement": -1.396412,
    "territorial_capture": 0.156332
  },
  "weights": {
    "triggerStrength": 0.034895,
    "dateStated": 0.82578,
    "dateExplicit": 0.048228,
    "ownDate": 0.326898,
    "dateOfSaying": 0.814685,
    "dateAnchored": -0.087064,
    "dateReportedOn": -0.878449,
    "coarseDate": -0.455741,
    "corroboration": 0.183144,
    "located": 0.271561,
    "planned": 0.181241,
    "leadParagraph": 0.269351,
    "sentenceLength": -0.152836,
    "busyArticle": -0.129515,
    "busySentence": -0.47276,
    "earlierThisWeek": -0.247271,
    "future": -0.605716,
    "monthsBefore": 0.075645,
    "namedPeople": 0.016304
  },
  "writerSpread": 0.353553,
  "unseenText": {
    "shift": -2.0814,
    "scale": 1.232359
  }
};
