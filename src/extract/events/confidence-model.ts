// Written by `npm run fit:confidence` (scripts/fit-confidence.ts); do not edit by hand.
// Fitted on dev (179), dev-b (95), dev-c (100), dev-d (123), dev-e (121), dev-f (100), dev-g (107), dev-h (115), dev-i (88), dev-j (107), dev-k (102), dev-l (82), dev-m (120), dev-n (114) events; penalties: weights 30, types 3, writers 4 pseudo-examples.
import type { ConfidenceModel } from './confidence.js';

export const CONFIDENCE_MODEL: ConfidenceModel = {
  "intercept": 0.845644,
  "typeIntercepts": {
    "agreement": 0.084769,
    "aid_decision": 0.413591,
    "air_strike": 0.306917,
    "armed_clash": 0.053271,
    "assassination": 0.105227,
    "ceasefire": -0.481355,
    "drone_strike": 0.140099,
    "meeting": 0.46747,
    "missile_strike": 0.308555,
    "phone_call": 0.816846,
    "prisoner_exchange": -0.017997,
    "sanctions": 0.068187,
    "shelling": -0.342276,
    "statement": -1.810172,
    "territorial_capture": -0.113133
  },
  "weights": {
    "triggerStrength": 1.952974,
    "dateStated": 0.975148,
    "dateExplicit": 0.267889,
    "ownDate": 0.003281,
    "dateOfSaying": 0.359833,
    "dateAnchored": -0.648357,
    "dateReportedOn": 1.009462,
    "coarseDate": -0.887797,
    "corroboration": 0.095403,
    "located": 0.392742,
    "planned": 0.648161,
    "leadParagraph": 0.498022,
    "sentenceLength": -0.050531,
    "busyArticle": 0.019466,
    "busySentence": -0.691329,
    "earlierThisWeek": -0.243396,
    "future": -0.349302,
    "monthsBefore": -0.043129,
    "namedPeople": 0.174001,
    "relativeClause": -0.846786,
    "claimed": 0.297828,
    "regionPlace": -0.674466
  },
  "writerSpread": 0.5,
  "unseenText": {
    "shift": -1.585196,
    "scale": 0.921477
  }
};
