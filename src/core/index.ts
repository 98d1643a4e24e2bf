/**
 * The engine's public surface: the only module `src/vscode`, `src/cli` and `src/node` import from core.
 * Pure TypeScript; no editor, file-system or network dependency.
 */
export * from './model';
export { DocumentAnalyzer, analyzeDocument, factsOf, type DocumentResult } from './pipeline';
export { onExtractorFailure } from './analyze';
export type { Fact, FactAction, FactCategory } from './facts/types';

// article input and facts files
export { FACTS_EXT, type FactsFileFormat } from './export/format';
export { binaryTextReason, notAnArticleMessage } from './text/input';

// small helpers front ends share with the engine
export { isIsoDay } from './time/calendar';
export { firstIndex } from './util/bisect';
