// Written by `npm run fit:confidence` (scripts/fit-confidence.ts); do not edit by hand.
// Fitted on dev (183), dev-b (97), dev-c (100), dev-d (127), dev-e (121), dev-f (104), dev-g (105), dev-h (119), dev-i (89), dev-j (109), dev-k (100), dev-l (87) events; penalties: weights 3, types 1, writers 2 pseudo-examples.
import type { ConfidenceModel } from './confidence.js';

export const CONFIDENCE_MODEL: ConfidenceModel = {
  "intercept": 0.333024,
  "typeIntercepts": {
    "agreement": 1.280537,
    "aid_decision": 0.559944,
    "air_strike": 0.616112,
    "armed_clash": -0.456176,
    "assassination": 0.216511,
    "ceasefire": -0.672395,
    "drone_strike": -0.133131,
    "meeting": 0.540584,
    "missile_strike": 0.141185,
    "phone_call": 0.851602,
    "prisoner_exchange": -0.196914,
    "sanctions": 0.57933,
    "shelling": -0.903698,
    "statement": -1.913564,
    "territorial_capture": -0.509927
  },
  "weights": {
    "triggerStrength": 2.045436,
    "dateStated": 1.635605,
    "dateExplicit": 0.076622,
    "ownDate": 0.513392,
    "dateOfSaying": 2.379504,
    "dateAnchored": -0.512537,
    "dateReportedOn": 2.741011,
    "coarseDate": -0.490234,
    "corroboration": 0.367389,
    "located": 0.971934,
    "planned": 3.467212,
    "leadParagraph": 0.686522,
    "sentenceLength": -0.419351,
    "busyArticle": 0.09144,
    "busySentence": -0.697566,
    "earlierThisWeek": -0.339412,
    "future": -3.489728,
    "monthsBefore": -0.085656,
    "namedPeople": 0.16619,
    "relativeClause": -0.866024
  },
  "writerSpread": 0.707107,
  "unseenText": {
    "shift": -0.666885,
    "scale": 0.650419
  }
};
