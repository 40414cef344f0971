// Written by `npm run fit:confidence` (scripts/fit-confidence.ts); do not edit by hand.
// Fitted on dev (186), dev-b (94), dev-c (103), dev-d (122), dev-e (119), dev-f (96), dev-g (110), dev-h (117), dev-i (88), dev-j (109), dev-k (106), dev-l (88), dev-m (122), dev-n (113), dev-o (153), dev-p (138), dev-q (102), dev-r (123), dev-s (102), dev-t (108), dev-u (110), dev-v (109), dev-w (113), dev-x (114), dev-y (144), dev-z (138) events; penalties: weights 30, types 3, writers 4 pseudo-examples.
import type { ConfidenceModel } from './confidence.js';

export const CONFIDENCE_MODEL: ConfidenceModel = {
  "intercept": 0.182765,
  "typeIntercepts": {
    "agreement": -0.017244,
    "aid_decision": -0.037718,
    "air_strike": -0.067153,
    "armed_clash": -0.115944,
    "assassination": 0.169919,
    "ceasefire": -0.343698,
    "drone_strike": 1.289534,
    "meeting": 0.375237,
    "missile_strike": 0.668874,
    "phone_call": 0.949092,
    "prisoner_exchange": -0.477904,
    "sanctions": 0.26798,
    "shelling": -0.3589,
    "statement": -2.020268,
    "territorial_capture": -0.281807
  },
  "weights": {
    "triggerStrength": 1.900932,
    "dateStated": 1.433756,
    "dateExplicit": 0,
    "ownDate": 0.176269,
    "dateOfSaying": 0.971957,
    "dateAnchored": 0.15701,
    "dateReportedOn": 1.058332,
    "coarseDate": -1.120541,
    "corroboration": 0.53356,
    "located": 0.590693,
    "planned": 0.411559,
    "leadParagraph": -0.001821,
    "sentenceLength": -0.074571,
    "busyArticle": -0.087815,
    "busySentence": -0.472808,
    "earlierThisWeek": 0.038529,
    "future": -0.448399,
    "monthsBefore": 0.281017,
    "namedPeople": 0.067005,
    "relativeClause": -0.488929,
    "claimed": 0.821442,
    "regionPlace": -1.357665,
    "sequenceClause": -0.620175
  },
  "writerSpread": 0.5,
  "unseenText": {
    "shift": -1.280754,
    "scale": 0.909964
  }
};
