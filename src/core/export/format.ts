/** The per-article facts file formats and their file name endings, shared by the CLI and the editor. */
import type { FactsDocument } from './document';
import { factsToCsv } from './csv';
import { factsToJson } from './json';

export type FactsFileFormat = 'json' | 'csv';

export const FACTS_EXT: Record<FactsFileFormat, string> = { json: '.facts.json', csv: '.facts.csv' };

/** The text of one article's facts file in `format`; `minConfidence` filters the CSV only (the JSON keeps all facts). */
export function serializeFacts(doc: FactsDocument, format: FactsFileFormat, options: { minConfidence?: number } = {}): string {
  return format === 'json' ? factsToJson(doc) : factsToCsv([doc], { minConfidence: options.minConfidence });
}
