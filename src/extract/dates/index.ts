// PLACEHOLDER until the date layer lands: the signature is the contract, the body is not.
import type { DateMention, DateReference } from '../types.js';

/** Every time expression in `text`, resolved against `ref`, in text order. */
export function findDates(text: string, ref: DateReference): DateMention[] {
  void text;
  void ref;
  return [];
}
