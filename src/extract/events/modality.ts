import { registerLemmas, type Token } from './lexicon.js';

export type Modality = 'occurred' | 'planned' | 'negated' | 'hypothetical';

const NEGATION = registerLemmas(['not', "n't", 'no', 'never', 'deny', 'without', 'neither', 'nor', 'fail', 'refuse', 'dismiss', 'reject']);
const HYPOTHETICAL = registerLemmas(['could', 'may', 'might', 'would', 'should', 'if', 'unless', 'whether', 'threaten', 'potential', 'possible', 'possibly', 'risk', 'warn', 'fear', 'call', 'demand', 'urge', 'press', 'push', 'seek', 'advocate', 'want', 'ask', 'propose', 'consider', 'discuss', 'need', 'must', 'can', 'insist']);
const PLANNED = registerLemmas(['will', "'ll", 'plan', 'expect', 'due', 'schedule', 'hope', 'intend', 'upcoming', 'anticipated', 'anticipate', 'prepare', 'next', 'ahead', 'going', 'aim']);
const CLAUSE_BREAK = new Set([',', ';', ':', '—', '–', '(', ')', 'but', 'while', 'whereas', 'although', 'after', 'before', 'as', 'which', 'who']);

/**
 * Reads the words before a trigger, back to the start of its clause: negations drop the event,
 * conditionals, threats and demands make it hypothetical, plans and hopes make it planned.
 * A negation right before the trigger ("did not strike") or a denial anywhere earlier counts.
 */
export function modalityAt(tokens: Token[], head: number, sentenceText: string): Modality {
  if (/\?\s*["”’']?$/.test(sentenceText)) return 'hypothetical';
  let start = head - 1;
  while (start >= 0 && !CLAUSE_BREAK.has(tokens[start].lower) && head - start <= 8) start--;
  const before = tokens.slice(start + 1, head);
  if (tokens.slice(0, head).some((t) => t.lemma === 'deny')) return 'negated';
  if (before.some((t) => NEGATION.has(t.lemma) || /n't$/.test(t.lower))) return 'negated';
  if (before.some((t) => HYPOTHETICAL.has(t.lemma) || HYPOTHETICAL.has(t.lower))) return 'hypothetical';
  if (before.some((t) => PLANNED.has(t.lemma) || PLANNED.has(t.lower))) return 'planned';
  return 'occurred';
}
