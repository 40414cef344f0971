// Written by `npm run fit:confidence` (scripts/fit-confidence.ts); do not edit by hand.
// Fitted on dev (181), dev-b (94), dev-c (102), dev-d (124), dev-e (118), dev-f (95), dev-g (108), dev-h (117), dev-i (87), dev-j (107), dev-k (102), dev-l (83), dev-m (119), dev-n (112), dev-o (154), dev-p (141) events; penalties: weights 30, types 1, writers 8 pseudo-examples.
import type { ConfidenceModel } from './confidence.js';

export const CONFIDENCE_MODEL: ConfidenceModel = {
  "intercept": 2.227767,
  "typeIntercepts": {
    "agreement": 0.127045,
    "aid_decision": 0.559652,
    "air_strike": 0.247776,
    "armed_clash": -0.349414,
    "assassination": 0.322041,
    "ceasefire": -0.36894,
    "drone_strike": 1.021936,
    "meeting": 0.204972,
    "missile_strike": 0.45638,
    "phone_call": 1.429663,
    "prisoner_exchange": -0.145903,
    "sanctions": 0.063304,
    "shelling": -0.629586,
    "statement": -2.640069,
    "territorial_capture": -0.298856
  },
  "weights": {
    "triggerStrength": 0,
    "dateStated": 0.873817,
    "dateExplicit": 0.126991,
    "ownDate": 0.04861,
    "dateOfSaying": 0.813851,
    "dateAnchored": -0.727826,
    "dateReportedOn": 1.274189,
    "coarseDate": -1.027168,
    "corroboration": 0.317631,
    "located": 0.179708,
    "planned": 0.445456,
    "leadParagraph": 0.170087,
    "sentenceLength": -0.010152,
    "busyArticle": 0.045378,
    "busySentence": -0.571344,
    "earlierThisWeek": -0.087349,
    "future": -0.518032,
    "monthsBefore": 0.42256,
    "namedPeople": 0.097569,
    "relativeClause": -0.661976,
    "claimed": 0.135461,
    "regionPlace": -0.64308,
    "sequenceClause": -0.505977
  },
  "writerSpread": 0.353553,
  "unseenText": {
    "shift": -1.318151,
    "scale": 0.838055
  }
};
