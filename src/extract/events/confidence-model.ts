// Written by `npm run fit:confidence` (scripts/fit-confidence.ts); do not edit by hand.
// Fitted on dev (183), dev-b (98), dev-c (100), dev-d (123), dev-e (117), dev-f (88), dev-g (91) events; penalties: weights 30, types 3, writers 4 pseudo-examples.
import type { ConfidenceModel } from './confidence.js';

export const CONFIDENCE_MODEL: ConfidenceModel = {
  "intercept": 0.127727,
  "typeIntercepts": {
    "agreement": 0.208844,
    "aid_decision": 0.183466,
    "air_strike": 0.267975,
    "armed_clash": -0.107108,
    "assassination": 0.141547,
    "ceasefire": -0.295132,
    "drone_strike": 0.124609,
    "meeting": 0.154096,
    "missile_strike": 0.458907,
    "phone_call": 0.645281,
    "prisoner_exchange": 0.091475,
    "sanctions": 0.086633,
    "shelling": -0.056018,
    "statement": -1.590991,
    "territorial_capture": -0.313583
  },
  "weights": {
    "triggerStrength": 2.160234,
    "dateStated": 1.050868,
    "dateExplicit": 0.026334,
    "ownDate": 0.503614,
    "dateOfSaying": 0.899122,
    "dateAnchored": -0.123135,
    "dateReportedOn": 0.803161,
    "coarseDate": -0.504849,
    "corroboration": 0,
    "located": 0.4515,
    "planned": 0.357212,
    "leadParagraph": 0.48936,
    "sentenceLength": -0.114967,
    "busyArticle": -0.017975,
    "busySentence": -0.380691,
    "earlierThisWeek": -0.544762,
    "future": -0.551926,
    "monthsBefore": -0.026932,
    "namedPeople": 0.207378
  },
  "writerSpread": 0.5,
  "unseenText": {
    "shift": -1.291988,
    "scale": 0.859545
  }
};
