/** Public surface of the engine: pure TypeScript, no editor dependency. */
export * from './model';
export { Analyzer, analyze, onExtractorFailure } from './analyze';
export { splitSentences } from './text/sentences';
export { splitBlocks } from './text/blocks';
