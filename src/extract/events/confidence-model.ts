// Written by `npm run fit:confidence` (scripts/fit-confidence.ts); do not edit by hand.
// Fitted on dev (183), dev-b (97), dev-c (100), dev-d (127), dev-e (120), dev-f (102), dev-g (104), dev-h (116), dev-i (88), dev-j (104) events; penalties: weights 10, types 1, writers 8 pseudo-examples.
import type { ConfidenceModel } from './confidence.js';

export const CONFIDENCE_MODEL: ConfidenceModel = {
  "intercept": 1.329762,
  "typeIntercepts": {
    "agreement": 0.408846,
    "aid_decision": 0.31552,
    "air_strike": 0.582255,
    "armed_clash": -0.244344,
    "assassination": 0.207454,
    "ceasefire": -0.178668,
    "drone_strike": 0.303479,
    "meeting": 0.122753,
    "missile_strike": 0.155798,
    "phone_call": 0.514844,
    "prisoner_exchange": 0.16197,
    "sanctions": 1.191208,
    "shelling": -0.511337,
    "statement": -2.285292,
    "territorial_capture": -0.744486
  },
  "weights": {
    "triggerStrength": 1.075116,
    "dateStated": 0.96038,
    "dateExplicit": 0,
    "ownDate": 0.374493,
    "dateOfSaying": 0.608924,
    "dateAnchored": -0.69122,
    "dateReportedOn": 0.782874,
    "coarseDate": -0.533891,
    "corroboration": 0.573279,
    "located": 0.593639,
    "planned": 2.025367,
    "leadParagraph": 0.960302,
    "sentenceLength": -0.248921,
    "busyArticle": 0.081089,
    "busySentence": -0.483609,
    "earlierThisWeek": -0.255382,
    "future": -2.596903,
    "monthsBefore": 0.151178,
    "namedPeople": 0.588172,
    "relativeClause": -1.106351
  },
  "writerSpread": 0.353553,
  "unseenText": {
    "shift": -0.642152,
    "scale": 0.565256
  }
};
