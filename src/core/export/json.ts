import type { FactsDocument } from './document';

/** The `.facts.json` text: two-space indented, LF line ends, final newline; no timestamps, so reruns are byte-identical. */
export function factsToJson(doc: FactsDocument): string {
  return JSON.stringify(doc, null, 2) + '\n';
}

/** One line of a JSON Lines corpus stream. */
export function factsToJsonLine(doc: FactsDocument): string {
  return JSON.stringify(doc) + '\n';
}
