/**
 * Where a batch export puts each article's facts: one facts file per article (the editor, `extract` by default),
 * or one stream for the whole batch (`extract --format jsonl`, `--format csv --out FILE.csv`). Streams go article by
 * article (constant memory) into a temporary file renamed at the end, so a failed run leaves no half file behind.
 * No sink writes a file the run reads (`guard`).
 */
import * as path from 'node:path';
import { factsToCsv, factsToJsonLine, serializeFacts, type CsvOptions, type FactsDocument, type FactsFileFormat } from '../core';
import { AtomicFile, writeFileAtomic, type AtomicOptions } from './atomic-file';
import { relativeArticlePath } from './facts-paths';

export interface Article {
  file: string;
  /** The folder that was searched to find it (for mirroring sub-folders into an output folder, and exclusions). */
  root?: string;
}

export interface Sink {
  /** How an error finishing the output names it. */
  readonly name: string;
  /** The file this article's facts go to, or null when they are streamed. */
  target(article: Article): string | null;
  /** The article's `document.path`: relative to where its facts are written. */
  docPath(article: Article, target: string | null): string;
  /**
   * Writes one article's facts. For a stream, an OutputError means the output as a whole has failed (its temporary
   * file is gone, the previous file kept): the batch stops there.
   */
  put(doc: FactsDocument, target: string | null, article: Article): Promise<void>;
  finish(): Promise<void>;
  /** Drops a half-written stream after a fatal error. */
  abort?(): void;
}

/** How outputs are written: the files they must not replace, the file system, CSV options. */
export interface OutputOptions extends AtomicOptions {
  csv?: Pick<CsvOptions, 'formulas' | 'minConfidence'>;
}

/** One facts file per article at `targetOf(article)`, written atomically; no input of the run is ever written. */
export function factsFilesSink(format: FactsFileFormat, targetOf: (article: Article) => string, options: OutputOptions = {}): Sink {
  return {
    name: 'facts files',
    target: targetOf,
    docPath: (a, target) => relativeArticlePath(a.file, target!),
    async put(doc, target) {
      writeFileAtomic(target!, serializeFacts(doc, format, options.csv), options);
    },
    async finish() {},
  };
}

/** One facts object per line, into `out` or (without it) to `stdout`. */
export function jsonlSink(out: string | undefined, stdout: (chunk: string) => Promise<void> | void, options: OutputOptions = {}): Sink {
  const file = out ? new AtomicFile(out, options) : null;
  return {
    name: out ?? 'stdout',
    target: () => null,
    docPath: (a) => (out ? relativeArticlePath(a.file, out) : a.file.split(path.sep).join('/')),
    async put(doc) {
      if (file) file.append(factsToJsonLine(doc));
      else await stdout(factsToJsonLine(doc));
    },
    async finish() {
      file?.commit();
    },
    abort: () => file?.abort(),
  };
}

/** One CSV file for every article's facts: one header, a `source` column. */
export function combinedCsvSink(out: string, options: OutputOptions = {}): Sink {
  const file = new AtomicFile(out, options);
  const csv = (docs: FactsDocument[], header: boolean) => factsToCsv(docs, { ...options.csv, header, bom: header });
  try {
    file.append(csv([], true));
  } catch (e) {
    file.abort();
    throw e;
  }
  return {
    name: out,
    target: () => null,
    docPath: (a) => relativeArticlePath(a.file, out),
    async put(doc) {
      file.append(csv([doc], false));
    },
    async finish() {
      file.commit();
    },
    abort: () => file.abort(),
  };
}
