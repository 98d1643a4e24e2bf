/**
 * `news-facts extract FILE|DIR… [--format json|csv|jsonl] [--out PATH] [--ref-date YYYY-MM-DD] [--exclude GLOB]… [--min-confidence N]`
 *   json   one `<article>.facts.json` per article, next to it or under --out DIR (sub-folders mirrored);
 *          --out FILE.json is allowed for a single article;
 *   csv    one `<article>.facts.csv` per article likewise, or one combined file with --out FILE.csv;
 *   jsonl  one facts object per line, to stdout or --out FILE, for corpus pipelines.
 * Every file is written atomically and the article is only ever read. A failing article is reported on stderr and
 * the others go on; the exit status is 1 when any failed. The batch itself is src/node/batch-export (shared with
 * the editor's workspace export); this module maps the command line onto it.
 */
import { DocumentAnalyzer, excludeMatcher, FACTS_EXT } from '../core';
import { collectArticles, exportBatch, SUMMARY, type Article, type Sink } from '../node/batch-export';
import { factsTargetFor } from '../node/facts-paths';
import { combinedCsvSink, factsFilesSink, jsonlSink } from '../node/sinks';

export type ExtractFormat = 'json' | 'csv' | 'jsonl';
export const EXTRACT_FORMATS: readonly ExtractFormat[] = ['json', 'csv', 'jsonl'];

export interface ExtractOptions {
  format: ExtractFormat;
  out?: string;
  refDate?: string;
  /** Globs of files to skip in the folders given (relative to each folder); files named directly are always read. */
  exclude?: string[];
  /** CSV only: leave out facts whose confidence is below this (the JSON formats keep all). */
  minConfidence?: number;
}

interface ExtractIo {
  stdout: (chunk: string) => Promise<void> | void;
  stderr: (chunk: string) => void;
}

export async function runExtract(inputs: string[], options: ExtractOptions, io: ExtractIo): Promise<number> {
  let failed = 0;
  const fail = (file: string, message: string): void => {
    failed++;
    io.stderr(`news-facts: ${file}: ${message}\n`);
  };
  const articles = await collectArticles(inputs, excludeMatcher(options.exclude ?? []), {
    failed: fail,
    empty: (folder) => io.stderr(`news-facts: ${folder}: no *.txt or *.news articles found\n`),
  });

  let sink: Sink;
  try {
    sink = makeSink(options, articles, io);
  } catch (e) {
    io.stderr(`news-facts: ${(e as Error).message}\nTry 'news-facts --help'.\n`);
    return 2;
  }
  const analyzer = new DocumentAnalyzer();
  const analyzeOptions = options.refDate ? { referenceDate: options.refDate } : {};
  const result = await exportBatch(articles, sink, {
    analyse: async (text) => analyzer.run(text, analyzeOptions),
    clash: (target) => `another article already writes ${target}; use --out with separate folders`,
    failed: fail,
  });
  io.stderr(`news-facts: ${SUMMARY.terminal({ ...result, failed })}\n`);
  return failed ? 1 : 0;
}

/** The output --format and --out ask for: per-article files, one combined CSV, or a JSON Lines stream. */
function makeSink(options: ExtractOptions, articles: readonly Article[], io: ExtractIo): Sink {
  const { format, out } = options;
  const filter = { minConfidence: options.minConfidence };
  if (format === 'jsonl') return jsonlSink(out, io.stdout);
  if (format === 'csv' && out && /\.csv$/i.test(out)) return combinedCsvSink(out, filter);
  const single = format === 'json' && out !== undefined && /\.json$/i.test(out);
  if (single && articles.length > 1) throw new Error('--out FILE.json takes one article; give a folder for several');
  const ext = FACTS_EXT[format];
  return factsFilesSink(format, (a) => (single ? out : factsTargetFor(a.file, ext, out, a.root)), filter);
}
