// Written by `npm run fit:confidence` (scripts/fit-confidence.ts); do not edit by hand.
// Fitted on dev (183), dev-b (97), dev-c (101), dev-d (123), dev-e (118), dev-f (94), dev-g (92), dev-h (99) events; penalties: weights 30, types 3, writers 8 pseudo-examples.
import type { ConfidenceModel } from './confidence.js';

export const CONFIDENCE_MODEL: ConfidenceModel = {
  "intercept": -0.218063,
  "typeIntercepts": {
    "agreement": 0.162131,
    "aid_decision": -0.102084,
    "air_strike": 0.325006,
    "armed_clash": 0.115195,
    "assassination": 0.136981,
    "ceasefire": -0.133669,
    "drone_strike": 0.197674,
    "meeting": 0.220006,
    "missile_strike": 0.346766,
    "phone_call": 0.645662,
    "prisoner_exchange": 0.243825,
    "sanctions": 0.075087,
    "shelling": -0.2576,
    "statement": -1.657559,
    "territorial_capture": -0.317422
  },
  "weights": {
    "triggerStrength": 2.171512,
    "dateStated": 1.412993,
    "dateExplicit": 0.096291,
    "ownDate": 0.455443,
    "dateOfSaying": 0.969438,
    "dateAnchored": 0.146191,
    "dateReportedOn": 0.776484,
    "coarseDate": -0.586924,
    "corroboration": 0,
    "located": 0.435567,
    "planned": 0.549928,
    "leadParagraph": 0.400362,
    "sentenceLength": -0.079955,
    "busyArticle": -0.040213,
    "busySentence": -0.312463,
    "earlierThisWeek": -0.470148,
    "future": -0.855311,
    "monthsBefore": 0.113295,
    "namedPeople": 0.249879
  },
  "writerSpread": 0.353553,
  "unseenText": {
    "shift": -1.375224,
    "scale": 0.854064
  }
};
