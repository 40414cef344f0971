// Written by `npm run fit:confidence` (scripts/fit-confidence.ts); do not edit by hand.
// Fitted on dev (182), dev-b (98), dev-c (98), dev-d (123), dev-e (111) events; penalties: weights 30, types 1, writers 8 pseudo-examples.
import type { ConfidenceModel } from './confidence.js';

export const CONFIDENCE_MODEL: ConfidenceModel = {
  "intercept": 2.74293,
  "typeIntercepts": {
    "agreement": 0.537242,
    "aid_decision": 0.665712,
    "air_strike": 0.46384,
    "armed_clash": -0.363207,
    "assassination": 0.336895,
    "ceasefire": 0.636202,
    "drone_strike": 0.255929,
    "meeting": -0.130795,
    "missile_strike": 0.446992,
    "phone_call": 0.854281,
    "prisoner_exchange": -0.652266,
    "sanctions": 0.321092,
    "shelling": -0.650563,
    "statement": -2.393247,
    "territorial_capture": -0.328107
  },
  "weights": {
    "triggerStrength": 0.699347,
    "dateStated": 0.765065,
    "dateExplicit": 0,
    "ownDate": 0.278483,
    "dateOfSaying": 0.719193,
    "dateAnchored": -0.133399,
    "dateReportedOn": 0.584788,
    "coarseDate": -0.606296,
    "corroboration": 0.105174,
    "located": 0,
    "planned": 0.330449,
    "leadParagraph": 0.16443,
    "sentenceLength": -0.152106,
    "busyArticle": -0.157519,
    "busySentence": -0.361437,
    "earlierThisWeek": -0.33819,
    "future": -0.861239,
    "monthsBefore": 0.072647,
    "namedPeople": 0.077481
  },
  "writerSpread": 0.353553,
  "unseenText": {
    "shift": -0.396306,
    "scale": 0.469689
  }
};
