// Written by `npm run fit:confidence` (scripts/fit-confidence.ts); do not edit by hand.
// Fitted on dev (176), dev-b (95), dev-c (98), dev-d (122), dev-e (111) events; penalties: weights 30, types 3, writers 8 pseudo-examples.
import type { ConfidenceModel } from './confidence.js';

export const CONFIDENCE_MODEL: ConfidenceModel = {
  "intercept": 2.248485,
  "typeIntercepts": {
    "agreement": -0.427736,
    "aid_decision": 0.511957,
    "air_strike": 0.331057,
    "armed_clash": -0.175056,
    "assassination": 0.179234,
    "ceasefire": 0.071545,
    "drone_strike": -0.162781,
    "meeting": 0.180858,
    "missile_strike": 0.121343,
    "phone_call": 0.333049,
    "prisoner_exchange": 0.121036,
    "sanctions": 0.242853,
    "shelling": 0.097513,
    "statement": -1.420135,
    "territorial_capture": -0.004737
  },
  "weights": {
    "triggerStrength": 0,
    "dateStated": 0.788227,
    "dateExplicit": 0,
    "ownDate": 0.458972,
    "dateOfSaying": 0.847952,
    "dateAnchored": -0.121633,
    "dateReportedOn": -0.758672,
    "coarseDate": -0.507058,
    "corroboration": 0.150766,
    "located": 0.308338,
    "planned": 0.137713,
    "leadParagraph": 0.325425,
    "sentenceLength": -0.1434,
    "busyArticle": -0.14316,
    "busySentence": -0.491791,
    "earlierThisWeek": -0.270587,
    "future": -0.637323,
    "monthsBefore": 0.25212,
    "namedPeople": 0.020859
  },
  "writerSpread": 0.353553,
  "unseenText": {
    "shift": -1.168424,
    "scale": 0.905799
  }
};
