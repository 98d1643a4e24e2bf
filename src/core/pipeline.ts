/**
 * The one way through the engine: text → mentions and entities (Analysis) → facts. Every front end (CLI, editor,
 * worker, exports) runs this, so an article gives the same result wherever it is analysed.
 *
 * Two stages, because the editor shows mentions before facts: `analyze()` then `facts()` of that analysis, each
 * computed once per text version (the facts are cached until the next `analyze()`); `run()` does both.
 */
import { Analyzer } from './analyze';
import { extractFacts } from './facts/extract';
import type { Fact } from './facts/types';
import type { Analysis, AnalyzeOptions } from './model';

export interface DocumentResult {
  analysis: Analysis;
  facts: Fact[];
}

export class DocumentAnalyzer {
  private readonly analyzer = new Analyzer();
  private last: { text: string; analysis: Analysis; facts?: Fact[] } | undefined;

  /** Mentions and entities; reuses the paragraphs unchanged since the last call. */
  analyze(text: string, options: AnalyzeOptions = {}): Analysis {
    const analysis = this.analyzer.analyze(text, options);
    this.last = { text, analysis };
    return analysis;
  }

  /** The facts of the last analysis (computed on first request, then reused). */
  facts(analysis: Analysis): Fact[] {
    const last = this.last;
    if (!last || last.analysis !== analysis) throw new Error('facts() takes the analysis last returned by analyze()');
    return (last.facts ??= extractFacts(last.text, analysis, this.analyzer.blocks));
  }

  run(text: string, options: AnalyzeOptions = {}): DocumentResult {
    const analysis = this.analyze(text, options);
    return { analysis, facts: this.facts(analysis) };
  }
}

/** One-shot: analysis and facts of one text (no cache kept). */
export function analyzeDocument(text: string, options: AnalyzeOptions = {}): DocumentResult {
  return new DocumentAnalyzer().run(text, options);
}

/** Facts of an analysis received from elsewhere (a worker whose facts were lost): sentences are split afresh. */
export function factsOf(text: string, analysis: Analysis): Fact[] {
  return extractFacts(text, analysis);
}
