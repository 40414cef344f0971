// Written by `npm run fit:confidence` (scripts/fit-confidence.ts); do not edit by hand.
// Fitted on dev (183), dev-b (97), dev-c (100), dev-d (127), dev-e (121), dev-f (104), dev-g (105), dev-h (119), dev-i (89), dev-j (109), dev-k (100) events; penalties: weights 3, types 3, writers 2 pseudo-examples.
import type { ConfidenceModel } from './confidence.js';

export const CONFIDENCE_MODEL: ConfidenceModel = {
  "intercept": 0.398695,
  "typeIntercepts": {
    "agreement": 0.526585,
    "aid_decision": 0.426607,
    "air_strike": 0.228413,
    "armed_clash": -0.166809,
    "assassination": 0.077468,
    "ceasefire": -0.036664,
    "drone_strike": -0.099795,
    "meeting": 0.30251,
    "missile_strike": 0.300667,
    "phone_call": 0.449635,
    "prisoner_exchange": -0.112714,
    "sanctions": 0.311684,
    "shelling": -0.32983,
    "statement": -1.444282,
    "territorial_capture": -0.433475
  },
  "weights": {
    "triggerStrength": 3.008882,
    "dateStated": 0.770027,
    "dateExplicit": 0.008662,
    "ownDate": 0.760782,
    "dateOfSaying": 1.927514,
    "dateAnchored": -0.655326,
    "dateReportedOn": 3.003742,
    "coarseDate": -0.594332,
    "corroboration": 0.396985,
    "located": 0.982693,
    "planned": 3.323202,
    "leadParagraph": 0.931229,
    "sentenceLength": -0.395525,
    "busyArticle": -0.025486,
    "busySentence": -0.668812,
    "earlierThisWeek": -0.486821,
    "future": -3.405737,
    "monthsBefore": -0.104619,
    "namedPeople": 0.49082,
    "relativeClause": -1.131413
  },
  "writerSpread": 0.707107,
  "unseenText": {
    "shift": -0.580952,
    "scale": 0.571196
  }
};
