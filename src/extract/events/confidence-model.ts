// Written by `npm run fit:confidence` (scripts/fit-confidence.ts); do not edit by hand.
// Fitted on dev (176), dev-b (96), dev-c (93), dev-d (121), dev-e (111) events; penalties: weights 30, types 3, writers 4 pseudo-examples.
import type { ConfidenceModel } from './confidence.js';

export const CONFIDENCE_MODEL: ConfidenceModel = {
  "intercept": 2.059882,
  "typeIntercepts": {
    "agreement": -0.552806,
    "aid_decision": 0.54218,
    "air_strike": 0.348231,
    "armed_clash": -0.112615,
    "assassination": 0.21732,
    "ceasefire": 0.090352,
    "drone_strike": -0.109719,
    "meeting": 0.091623,
    "missile_strike": 0.155978,
    "phone_call": 0.368254,
    "prisoner_exchange": 0.161357,
    "sanctions": 0.028451,
    "shelling": 0.122785,
    "statement": -1.382906,
    "territorial_capture": 0.031516
  },
  "weights": {
    "triggerStrength": 0,
    "dateStated": 0.886349,
    "dateExplicit": 0.105369,
    "ownDate": 0.336581,
    "dateOfSaying": 0.838416,
    "dateAnchored": -0.060114,
    "dateReportedOn": -0.785921,
    "coarseDate": -0.606839,
    "corroboration": 0.195898,
    "located": 0.282025,
    "planned": 0.196508,
    "leadParagraph": 0.291129,
    "sentenceLength": -0.147515,
    "busyArticle": -0.107446,
    "busySentence": -0.435271,
    "earlierThisWeek": -0.219757,
    "future": -0.570488,
    "monthsBefore": -0.032393,
    "namedPeople": 0.038011
  },
  "writerSpread": 0.5
};
