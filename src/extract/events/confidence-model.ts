// Written by `npm run fit:confidence` (scripts/fit-confidence.ts); do not edit by hand.
// Fitted on dev (186), dev-b (94), dev-c (103), dev-d (122), dev-e (119), dev-f (96), dev-g (110), dev-h (117), dev-i (88), dev-j (109), dev-k (104), dev-l (88), dev-m (122), dev-n (112), dev-o (152), dev-p (139), dev-q (102), dev-r (123), dev-s (102), dev-t (107), dev-u (106), dev-v (109), dev-w (110), dev-x (112) events; penalties: weights 30, types 3, writers 2 pseudo-examples.
import type { ConfidenceModel } from './confidence.js';

export const CONFIDENCE_MODEL: ConfidenceModel = {
  "intercept": 0.587142,
  "typeIntercepts": {
    "agreement": 0.037298,
    "aid_decision": -0.095428,
    "air_strike": -0.09499,
    "armed_clash": -0.24235,
    "assassination": 0.047998,
    "ceasefire": -0.113019,
    "drone_strike": 1.13004,
    "meeting": 0.353104,
    "missile_strike": 0.816949,
    "phone_call": 0.952044,
    "prisoner_exchange": -0.13961,
    "sanctions": 0.143205,
    "shelling": -0.2076,
    "statement": -2.249586,
    "territorial_capture": -0.338054
  },
  "weights": {
    "triggerStrength": 1.922918,
    "dateStated": 1.641447,
    "dateExplicit": 0.134987,
    "ownDate": 0,
    "dateOfSaying": 1.102055,
    "dateAnchored": -0.129452,
    "dateReportedOn": 0.86094,
    "coarseDate": -0.907168,
    "corroboration": 0.427621,
    "located": 0.366707,
    "planned": 0.340237,
    "leadParagraph": -0.015399,
    "sentenceLength": -0.116075,
    "busyArticle": -0.1835,
    "busySentence": -0.622713,
    "earlierThisWeek": 0.124401,
    "future": -0.685745,
    "monthsBefore": 0.307182,
    "namedPeople": 0.127963,
    "relativeClause": -0.362433,
    "claimed": 1.050443,
    "regionPlace": -1.177896,
    "sequenceClause": -0.403658
  },
  "writerSpread": 0.707107,
  "unseenText": {
    "shift": -1.338303,
    "scale": 0.918569
  }
};
