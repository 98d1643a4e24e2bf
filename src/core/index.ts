/**
 * The engine's public surface: the only module `src/vscode`, `src/cli` and `src/node` import from core.
 * Pure TypeScript; no editor, file-system or network dependency.
 */
export * from './model';
export { DocumentAnalyzer, analyzeDocument, factsOf, type DocumentResult } from './pipeline';
export { onExtractorFailure } from './analyze';
export { FACT_CATEGORIES } from './facts/categories';
export type { Fact, FactAction, FactCategory } from './facts/types';

// Facts files: the document, its JSON / CSV text, which files are articles and how their bytes are read.
export { CSV_FORMULAS, factsToCsv, type CsvFormulas, type CsvOptions } from './export/csv';
export { buildFactsDocument, type FactsDocument } from './export/document';
export { excludeMatcher, type ExcludeMatcher } from './export/exclude';
export { FACTS_EXT, serializeFacts, type FactsFileFormat } from './export/format';
export { factsToJsonLine } from './export/json';
export { ARTICLE_FILE, decodeArticle } from './export/read';
export { binaryTextReason, notAnArticleMessage } from './text/input';

// Small helpers front ends share with the engine.
export { isIsoDay } from './time/calendar';
export { firstIndex } from './util/bisect';
export { VERSION } from './version';
