/**
 * The engine's public surface: the only module `src/vscode`, `src/cli` and `src/node` import from core.
 * Pure TypeScript; no editor, file-system or network dependency.
 */
export * from './model';
export { DocumentAnalyzer, analyzeDocument, factsOf, type DocumentResult } from './pipeline';
export { onExtractorFailure } from './analyze';
export type { Fact, FactAction, FactCategory } from './facts/types';
