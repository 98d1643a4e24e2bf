/** Shared by the export and facts tests: where the article fixtures live, and facts documents from them or from markup. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Analyzer } from '../../../../src/core/analyze';
import { buildFactsDocument, type FactsDocument } from '../../../../src/core/export/document';
import type { Analysis } from '../../../../src/core/model';
import { markup } from '../facts/markup';

/** The shared NATO sample: read from ../shared, never copied into the repository (it may be absent). */
export const SAMPLE = path.resolve(__dirname, '../../../../../shared/samples/nato-ukraine-aid.txt');
export const FIXTURES = path.resolve(__dirname, '../../../fixtures/facts');

export const SAMPLE_MISSING = `(skipped: ${SAMPLE} not found; the sample lives outside the repository)`;

/** The facts document of an article file, analysed by the real engine. */
export function exportOf(file: string): FactsDocument {
  const text = fs.readFileSync(file, 'utf8');
  return buildFactsDocument({ path: path.basename(file), text, analysis: new Analyzer().analyze(text) });
}

/** The fixture articles, and the shared sample when it is there. */
export function exportArticles(): string[] {
  const articles = fs.readdirSync(FIXTURES).map((f) => path.join(FIXTURES, f));
  if (fs.existsSync(SAMPLE)) articles.push(SAMPLE);
  else console.log(`      ${SAMPLE_MISSING} (export tests use the fixtures only)`);
  return articles;
}

/** The facts document of a hand-made analysis (test/unit/core/facts/markup), reference date 2025-04-04. */
export function fromMarkup(src: string, pathName = 'a.txt'): FactsDocument {
  const a = markup(src);
  const analysis: Analysis = {
    chars: a.text.length,
    referenceDate: { value: '2025-04-04', source: 'argument' },
    mentions: a.mentions,
    entities: a.entities,
    stats: { blocks: 1, reusedBlocks: 0, ms: 0 },
  };
  return buildFactsDocument({ path: pathName, text: a.text, analysis });
}

/** Money, dates and actors with quotes, commas, a line break and an emoji. */
export const MARKED =
  'ROME — [Italy]{A:place} gave [€5 million]{M:5e6:EUR} to [Chad]{A:place} on [4 April 2025]{D:2025-04-04:2025-04-04:2025-04-04}, ' +
  'and "[Chad]{A:place}" said [the money]{A:organization:Money, "Inc"} arrived.\nLosses hit [between $1 and $2 billion]{M:1e9:USD::} in [2024]{D:2024:2024-01-01:2024-12-31}. ' +
  'Officials shrugged 😀.';
