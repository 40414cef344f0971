// Written by `npm run fit:confidence` (scripts/fit-confidence.ts); do not edit by hand.
// Fitted on dev (185), dev-b (94), dev-c (102), dev-d (122), dev-e (119), dev-f (95), dev-g (108), dev-h (117), dev-i (88), dev-j (108), dev-k (104), dev-l (87), dev-m (120), dev-n (112), dev-o (153), dev-p (139), dev-q (104), dev-r (127), dev-s (100), dev-t (108) events; penalties: weights 30, types 3, writers 16 pseudo-examples.
import type { ConfidenceModel } from './confidence.js';

export const CONFIDENCE_MODEL: ConfidenceModel = {
  "intercept": 0.938977,
  "typeIntercepts": {
    "agreement": -0.021593,
    "aid_decision": 0.224987,
    "air_strike": -0.180802,
    "armed_clash": -0.126679,
    "assassination": 0.316687,
    "ceasefire": 0.221606,
    "drone_strike": 0.625725,
    "meeting": 0.025933,
    "missile_strike": 0.787376,
    "phone_call": 0.721671,
    "prisoner_exchange": 0.089846,
    "sanctions": 0.062595,
    "shelling": -0.46857,
    "statement": -2.00147,
    "territorial_capture": -0.277313
  },
  "weights": {
    "triggerStrength": 1.691812,
    "dateStated": 0.822731,
    "dateExplicit": 0,
    "ownDate": 0.376421,
    "dateOfSaying": 0.796091,
    "dateAnchored": -0.369848,
    "dateReportedOn": 0.917679,
    "coarseDate": -0.824702,
    "corroboration": 0.406361,
    "located": 0.5526,
    "planned": 0.786864,
    "leadParagraph": 0.134181,
    "sentenceLength": -0.21359,
    "busyArticle": 0.041449,
    "busySentence": -0.581613,
    "earlierThisWeek": 0.130912,
    "future": -0.971951,
    "monthsBefore": 0.218554,
    "namedPeople": 0.143245,
    "relativeClause": -0.519453,
    "claimed": 0.864277,
    "regionPlace": -0.970777,
    "sequenceClause": -0.34436
  },
  "writerSpread": 0.25,
  "unseenText": {
    "shift": -1.310641,
    "scale": 0.86426
  }
};
