/** Shared by the export and facts tests: where the article fixtures live, and a facts document from one of them. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Analyzer } from '../../src/core/analyze';
import { buildFactsDocument, type FactsDocument } from '../../src/core/export/document';

/** The shared NATO sample: read from ../shared, never copied into the repository (it may be absent). */
export const SAMPLE = path.resolve(__dirname, '../../../shared/samples/nato-ukraine-aid.txt');
export const FIXTURES = path.resolve(__dirname, '../fixtures/facts');

export const SAMPLE_MISSING = `(skipped: ${SAMPLE} not found; the sample lives outside the repository)`;

/** The facts document of an article file, analysed by the real engine. */
export function exportOf(file: string): FactsDocument {
  const text = fs.readFileSync(file, 'utf8');
  return buildFactsDocument({ path: path.basename(file), text, analysis: new Analyzer().analyze(text) });
}
