/**
 * `news-facts extract FILE|DIR… [--format json|csv|jsonl] [--out PATH] [--ref-date YYYY-MM-DD] [--exclude GLOB]… [--min-confidence N]`
 *   json   one `<article>.facts.json` per article, next to it or under --out DIR (sub-folders mirrored);
 *          --out FILE.json is allowed for a single article;
 *   csv    one `<article>.facts.csv` per article likewise, or one combined file with --out FILE.csv;
 *   jsonl  one facts object per line, to stdout or --out FILE, for corpus pipelines.
 * Every file is written atomically and no input of the run is ever written (an article, a symbolic link to one).
 * A failing article or folder is reported on stderr and the others go on; the exit status is 1 when any failed.
 * The batch itself is src/node/batch-export (shared with the editor's workspace export); this module maps the
 * command line onto it.
 */
import { DocumentAnalyzer, excludeMatcher, FACTS_EXT, type CsvFormulas } from '../core';
import { collectArticles, exportBatch, SUMMARY, type Article, type Sink } from '../node/batch-export';
import { factsTargetFor } from '../node/facts-paths';
import { ReadFiles } from '../node/read-files';
import { combinedCsvSink, factsFilesSink, jsonlSink, type OutputOptions } from '../node/sinks';
import type { WalkFs } from '../node/walk';
import type { WriteFs } from '../node/write-fs';

export type ExtractFormat = 'json' | 'csv' | 'jsonl';
export const EXTRACT_FORMATS: readonly ExtractFormat[] = ['json', 'csv', 'jsonl'];

export interface ExtractOptions {
  format: ExtractFormat;
  out?: string;
  refDate?: string;
  /** Globs of files to skip in the folders given (relative to each folder); files named directly are always read. */
  exclude?: string[];
  /** CSV cells a spreadsheet would run as formulas: neutralised (default) or kept as found. */
  csvFormulas?: CsvFormulas;
  /** CSV only: leave out facts whose confidence is below this (the JSON formats keep all). */
  minConfidence?: number;
}

export interface ExtractIo {
  stdout: (chunk: string) => Promise<void> | void;
  stderr: (chunk: string) => void;
  /** Between articles (the CLI yields to its event loop there, so a signal is handled before the next one). */
  between?: () => Promise<void>;
  /** Replace the file system (tests: a full disk, an unreadable folder). */
  writeFs?: WriteFs;
  walkFs?: WalkFs;
}

/** A command line that cannot work whatever the files: exit status 2, "Try --help". */
export class UsageError extends Error {}

/** Exit status 0 when every article was exported, 1 when one failed (or the output did), 2 on a usage error. */
export async function runExtract(inputs: string[], options: ExtractOptions, io: ExtractIo): Promise<number> {
  let failed = 0;
  const fail = (file: string, message: string): void => {
    failed++;
    io.stderr(`news-facts: ${file}: ${message}\n`);
  };
  const { articles, symlinks } = await collectArticles(
    inputs,
    excludeMatcher(options.exclude ?? []),
    { failed: fail, empty: (folder) => io.stderr(`news-facts: ${folder}: no *.txt or *.news articles found\n`) },
    io.walkFs,
  );

  let sink: Sink;
  try {
    const output: OutputOptions = { guard: new ReadFiles([...inputs, ...articles.map((a) => a.file)]), fs: io.writeFs, csv: { formulas: options.csvFormulas, minConfidence: options.minConfidence } };
    sink = makeSink(options, articles, io, output);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`news-facts: ${e.message}\nTry 'news-facts --help'.\n`);
      return 2;
    }
    io.stderr(`news-facts: ${(e as Error).message}\n`);
    return 1;
  }
  const analyzer = new DocumentAnalyzer();
  const analyzeOptions = options.refDate ? { referenceDate: options.refDate } : {};
  const result = await exportBatch(articles, sink, {
    analyse: async (text) => analyzer.run(text, analyzeOptions),
    clash: (target) => `another article already writes ${target}; use --out with separate folders`,
    failed: fail,
    outputFailed: (message) => {
      failed++;
      io.stderr(`news-facts: ${message}\n`);
    },
    finished: io.between,
  });
  io.stderr(`news-facts: ${SUMMARY.terminal({ ...result, failed, symlinks: symlinks.length })}\n`);
  return failed ? 1 : 0;
}

/** The output --format and --out ask for: per-article files, one combined CSV, or a JSON Lines stream. */
function makeSink(options: ExtractOptions, articles: readonly Article[], io: ExtractIo, output: OutputOptions): Sink {
  const { format, out } = options;
  if (format === 'jsonl') return jsonlSink(out, io.stdout, output);
  if (format === 'csv' && out && /\.csv$/i.test(out)) return combinedCsvSink(out, output);
  const single = format === 'json' && out !== undefined && /\.json$/i.test(out);
  if (single && articles.length > 1) throw new UsageError('--out FILE.json takes one article; give a folder for several');
  const ext = FACTS_EXT[format];
  return factsFilesSink(format, (a) => (single ? out : factsTargetFor(a.file, ext, out, a.root)), output);
}
