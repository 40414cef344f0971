// Written by `npm run fit:confidence` (scripts/fit-confidence.ts); do not edit by hand.
// Fitted on dev (183), dev-b (98), dev-c (100), dev-d (123), dev-e (114), dev-f (85) events; penalties: weights 10, types 3, writers 4 pseudo-examples.
import type { ConfidenceModel } from './confidence.js';

export const CONFIDENCE_MODEL: ConfidenceModel = {
  "intercept": -0.045288,
  "typeIntercepts": {
    "agreement": 0.265358,
    "aid_decision": 0.291138,
    "air_strike": 0.212493,
    "armed_clash": -0.021997,
    "assassination": 0.140716,
    "ceasefire": 0.205232,
    "drone_strike": -0.259135,
    "meeting": 0.064641,
    "missile_strike": 0.230285,
    "phone_call": 0.50414,
    "prisoner_exchange": 0.120865,
    "sanctions": 0.213125,
    "shelling": -0.175988,
    "statement": -1.416722,
    "territorial_capture": -0.37415
  },
  "weights": {
    "triggerStrength": 3.469388,
    "dateStated": 1.523959,
    "dateExplicit": 0.059741,
    "ownDate": 0.113328,
    "dateOfSaying": 1.086274,
    "dateAnchored": -0.721284,
    "dateReportedOn": 0.872826,
    "coarseDate": -0.669145,
    "corroboration": 0,
    "located": 0.683754,
    "planned": 0.891704,
    "leadParagraph": 0.581281,
    "sentenceLength": -0.243961,
    "busyArticle": -0.124793,
    "busySentence": -0.479798,
    "earlierThisWeek": -0.468525,
    "future": -1.557057,
    "monthsBefore": -0.41496,
    "namedPeople": 0.174229
  },
  "writerSpread": 0.5,
  "unseenText": {
    "shift": -0.860454,
    "scale": 0.620495
  }
};
