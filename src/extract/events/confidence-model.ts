// Written by `npm run fit:confidence` (scripts/fit-confidence.ts); do not edit by hand.
// Fitted on dev (176), dev-b (95), dev-c (95), dev-d (122), dev-e (111) events; penalties: weights 30, types 3, writers 4 pseudo-examples.
import type { ConfidenceModel } from './confidence.js';

export const CONFIDENCE_MODEL: ConfidenceModel = {
  "intercept": 2.19894,
  "typeIntercepts": {
    "agreement": -0.600902,
    "aid_decision": 0.513613,
    "air_strike": 0.322204,
    "armed_clash": -0.168583,
    "assassination": 0.193387,
    "ceasefire": 0.071227,
    "drone_strike": -0.164808,
    "meeting": 0.198336,
    "missile_strike": 0.108908,
    "phone_call": 0.317924,
    "prisoner_exchange": 0.120689,
    "sanctions": 0.249549,
    "shelling": 0.097035,
    "statement": -1.41164,
    "territorial_capture": 0.15306
  },
  "weights": {
    "triggerStrength": 0.100177,
    "dateStated": 0.849511,
    "dateExplicit": 0.023901,
    "ownDate": 0.347676,
    "dateOfSaying": 0.795962,
    "dateAnchored": -0.10701,
    "dateReportedOn": -0.931539,
    "coarseDate": -0.498863,
    "corroboration": 0.154581,
    "located": 0.300471,
    "planned": 0.117552,
    "leadParagraph": 0.312008,
    "sentenceLength": -0.14897,
    "busyArticle": -0.124058,
    "busySentence": -0.475754,
    "earlierThisWeek": -0.280362,
    "future": -0.651365,
    "monthsBefore": 0.082496,
    "namedPeople": 0.023154
  },
  "writerSpread": 0.5,
  "unseenText": {
    "shift": -1.261396,
    "scale": 0.961345
  }
};
