/** The per-article facts file formats and their file name endings, shared by the CLI and the editor. */
import type { FactsDocument } from './document';
import { factsToCsv, type CsvOptions } from './csv';
import { factsToJson } from './json';

export type FactsFileFormat = 'json' | 'csv';

export const FACTS_EXT: Record<FactsFileFormat, string> = { json: '.facts.json', csv: '.facts.csv' };

/** The text of one article's facts file in `format` (`csv` options for the CSV variant). */
export function serializeFacts(doc: FactsDocument, format: FactsFileFormat, csv: CsvOptions = {}): string {
  return format === 'json' ? factsToJson(doc) : factsToCsv([doc], csv);
}
