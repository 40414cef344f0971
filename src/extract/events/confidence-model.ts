// Written by `npm run fit:confidence` (scripts/fit-confidence.ts); do not edit by hand.
// Fitted on dev (174), dev-b (95), dev-c (90), dev-d (117), dev-e (106) events; penalties: weights 30, types 3, writers 8 pseudo-examples.
import type { ConfidenceModel } from './confidence.js';

export const CONFIDENCE_MODEL: ConfidenceModel = {
  "intercept": 1.996379,
  "typeIntercepts": {
    "agreement": -0.523322,
    "aid_decision": 0.532324,
    "air_strike": 0.35708,
    "armed_clash": -0.094841,
    "assassination": 0.264502,
    "ceasefire": 0.104662,
    "drone_strike": -0.207706,
    "meeting": 0.168502,
    "missile_strike": 0.088794,
    "phone_call": 0.386039,
    "prisoner_exchange": 0.215009,
    "sanctions": 0.071671,
    "shelling": 0.004493,
    "statement": -1.432447,
    "territorial_capture": 0.065241
  },
  "weights": {
    "triggerStrength": 0,
    "dateStated": 0.904019,
    "dateExplicit": 0.130538,
    "ownDate": 0.364073,
    "dateOfSaying": 0.909001,
    "dateAnchored": 0.043853,
    "dateReportedOn": -0.677577,
    "coarseDate": -0.677125,
    "corroboration": 0.224292,
    "located": 0.248749,
    "planned": 0.174585,
    "leadParagraph": 0.318523,
    "sentenceLength": -0.176393,
    "busyArticle": -0.193983,
    "earlierThisWeek": -0.359076,
    "future": -0.533962,
    "namedPeople": 0.078698
  },
  "writerSpread": 0.353553
};
