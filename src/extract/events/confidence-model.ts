// Written by `npm run fit:confidence` (scripts/fit-confidence.ts); do not edit by hand.
// Fitted on dev (186), dev-b (94), dev-c (103), dev-d (122), dev-e (119), dev-f (96), dev-g (110), dev-h (117), dev-i (88), dev-j (109), dev-k (104), dev-l (88), dev-m (122), dev-n (113), dev-o (153), dev-p (138), dev-q (102), dev-r (123), dev-s (102), dev-t (108), dev-u (110), dev-v (109), dev-w (113), dev-x (114), dev-y (144) events; penalties: weights 30, types 3, writers 4 pseudo-examples.
import type { ConfidenceModel } from './confidence.js';

export const CONFIDENCE_MODEL: ConfidenceModel = {
  "intercept": 0.577129,
  "typeIntercepts": {
    "agreement": 0.127556,
    "aid_decision": -0.072404,
    "air_strike": -0.050503,
    "armed_clash": -0.313368,
    "assassination": 0.0672,
    "ceasefire": -0.164137,
    "drone_strike": 1.307666,
    "meeting": 0.261651,
    "missile_strike": 0.815385,
    "phone_call": 0.913013,
    "prisoner_exchange": -0.256804,
    "sanctions": 0.167036,
    "shelling": -0.304957,
    "statement": -2.259888,
    "territorial_capture": -0.237446
  },
  "weights": {
    "triggerStrength": 1.559286,
    "dateStated": 1.634421,
    "dateExplicit": 0.056876,
    "ownDate": 0.072817,
    "dateOfSaying": 1.183586,
    "dateAnchored": -0.0278,
    "dateReportedOn": 0.887882,
    "coarseDate": -0.931759,
    "corroboration": 0.525611,
    "located": 0.430487,
    "planned": 0.278777,
    "leadParagraph": 0.027065,
    "sentenceLength": -0.094105,
    "busyArticle": -0.128528,
    "busySentence": -0.600957,
    "earlierThisWeek": 0.051516,
    "future": -0.477347,
    "monthsBefore": 0.179845,
    "namedPeople": 0.106628,
    "relativeClause": -0.341351,
    "claimed": 1.083798,
    "regionPlace": -1.177738,
    "sequenceClause": -0.436842
  },
  "writerSpread": 0.5,
  "unseenText": {
    "shift": -1.339511,
    "scale": 0.906748
  }
};
