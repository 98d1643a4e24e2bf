/**
 * The batch export shared by `news-facts extract` and the editor's *Export Facts for Workspace*: which files are
 * articles (folders walked, exclusions), the checks before an article is analysed (size limit, binary content, two
 * articles writing one facts file), per-article errors that never stop the others, and the summary line.
 *
 * The front ends plug in what differs: how an article is analysed (the CLI inline, the editor in its worker for big
 * texts), the editor's unsaved text, its size limit, progress and cancellation, and how messages are shown.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  binaryTextReason,
  buildFactsDocument,
  notAnArticleMessage,
  type Analysis,
  type ExcludeMatcher,
  type Fact,
} from '../core';
import { OutputError } from './atomic-file';
import { cannotRead, readArticle, savedBytes } from './read-article';
import type { Article, Sink } from './sinks';
import { findArticles, type WalkFs } from './walk';

export type { Article, Sink } from './sinks';

/** An analysis and, when the analyser already has them, its facts (else they are extracted from the analysis). */
export interface Analysed {
  analysis: Analysis;
  facts?: Fact[];
}

export interface CollectHooks {
  /** An input or a folder below it that could not be read (the others go on). */
  failed(input: string, message: string): void;
  /** A folder without any article (the CLI says so; the editor's summary does). */
  empty?(folder: string): void;
}

export interface Collected {
  articles: Article[];
  /** Symbolic links found in the folders and not followed (see findArticles). */
  symlinks: string[];
}

/**
 * The articles named by `inputs`: a file is taken as it is (whatever its name); a folder is searched for *.txt and
 * *.news, minus what `excluded` matches relative to it (see findArticles). `wfs` replaces the walk's file system.
 */
export async function collectArticles(inputs: readonly string[], excluded: ExcludeMatcher, hooks: CollectHooks, wfs?: WalkFs): Promise<Collected> {
  const out: Collected = { articles: [], symlinks: [] };
  for (const input of inputs) {
    try {
      if (!(await fs.promises.stat(input)).isDirectory()) {
        out.articles.push({ file: input });
        continue;
      }
    } catch (e) {
      hooks.failed(input, cannotRead(e));
      continue;
    }
    const found = await findArticles(input, excluded, wfs);
    for (const f of found.failed) hooks.failed(f.path, f.message);
    if (!found.files.length && !found.failed.length) hooks.empty?.(input);
    for (const file of found.files) out.articles.push({ file, root: input });
    out.symlinks.push(...found.symlinks);
  }
  return out;
}

export interface BatchHooks {
  /** Analyses one article's text. */
  analyse(text: string, article: Article): Promise<Analysed>;
  /** The text of an article open in an editor, exported instead of the file (unsaved edits included). */
  openText?(file: string): { text: string; dirty: boolean } | undefined;
  /** Why an article of this many bytes (UTF-8) is not exported; undefined when it is. */
  tooLarge?(bytes: number): string | undefined;
  /** Why `article` is not exported when `earlier` already writes the same facts file. */
  clash(target: string, earlier: Article): string;
  failed(file: string, message: string): void;
  /** The shared output (a combined CSV, a JSON Lines file) failed as a whole; default: failed(sink.name, message). */
  outputFailed?(message: string): void;
  written?(article: Article, target: string | null, facts: number): void;
  /** Checked before each article and after each analysis: true stops the batch; what is written stays. */
  cancelled?(): boolean;
  /** Before each article. */
  starting?(article: Article, index: number, total: number): void;
  /** After each article, awaited (the editor yields to its event loop there). */
  finished?(done: number, total: number): Promise<void> | void;
}

export interface BatchResult {
  total: number;
  /** Articles whose facts were written (none when a shared output failed: nothing of it was kept). */
  exported: number;
  facts: number;
  failed: number;
  cancelled: boolean;
}

class Stopped extends Error {}

/**
 * Exports `articles` one after the other into `sink`, then finishes it. Never throws for one article's sake; when a
 * shared output fails (disk full), the batch stops, the output is dropped and the previous file is kept.
 */
export async function exportBatch(articles: readonly Article[], sink: Sink, hooks: BatchHooks): Promise<BatchResult> {
  const result: BatchResult = { total: articles.length, exported: 0, facts: 0, failed: 0, cancelled: false };
  const cancelled = () => hooks.cancelled?.() ?? false;
  const targets = new Map<string, Article>();
  let outputFailure: Error | undefined;
  for (const [i, article] of articles.entries()) {
    if (cancelled()) break;
    hooks.starting?.(article, i, articles.length);
    let target: string | null = null;
    try {
      target = sink.target(article);
      if (target) {
        const key = path.resolve(target);
        const earlier = targets.get(key);
        if (earlier) throw new Error(hooks.clash(target, earlier));
        targets.set(key, article);
      }
      const { text, bytes } = readInput(article.file, hooks);
      let analysed: Analysed;
      try {
        analysed = await hooks.analyse(text, article);
      } catch (e) {
        if (cancelled()) throw new Stopped();
        throw e;
      }
      if (cancelled()) throw new Stopped(); // rather than build and write what nobody waits for
      const doc = buildFactsDocument({ path: sink.docPath(article, target), text, analysis: analysed.analysis, facts: analysed.facts, bytes });
      await sink.put(doc, target, article);
      result.exported++;
      result.facts += doc.facts.length;
      hooks.written?.(article, target, doc.facts.length);
    } catch (e) {
      if (e instanceof Stopped) break;
      if (target === null && e instanceof OutputError) {
        outputFailure = e;
        break;
      }
      result.failed++;
      hooks.failed(article.file, (e as Error).message);
    }
    await hooks.finished?.(i + 1, articles.length);
  }
  result.cancelled = cancelled();
  if (!outputFailure) {
    try {
      await sink.finish();
    } catch (e) {
      outputFailure = e as Error;
    }
  }
  if (outputFailure) {
    sink.abort?.();
    result.failed++;
    result.exported = 0;
    result.facts = 0;
    if (hooks.outputFailed) hooks.outputFailed(outputFailure.message);
    else hooks.failed(sink.name, outputFailure.message);
  }
  return result;
}

/** The text to export (an open document's, else the file's) and the bytes it was decoded from, when it was. */
function readInput(file: string, hooks: BatchHooks): { text: string; bytes?: Uint8Array } {
  const check = (bytes: number) => {
    const why = hooks.tooLarge?.(bytes);
    if (why) throw new Error(why);
  };
  const open = hooks.openText?.(file);
  if (open) {
    check(Buffer.byteLength(open.text, 'utf8'));
    const binary = binaryTextReason(open.text);
    if (binary) throw new Error(notAnArticleMessage(binary));
    return { text: open.text, bytes: open.dirty ? undefined : savedBytes(file, open.text) };
  }
  if (hooks.tooLarge) {
    let size: number;
    try {
      size = fs.statSync(file).size;
    } catch (e) {
      throw new Error(cannotRead(e));
    }
    check(size);
  }
  const read = readArticle(file);
  if ('error' in read) throw new Error(read.error);
  return read;
}

/** What a summary counts: the batch, and the symbolic links the walk did not follow. */
export type Tally = BatchResult & { symlinks?: number };

/** The summary line: for the terminal (`extract`, on stderr) and for the editor (a notification). */
export const SUMMARY: Record<'terminal' | 'editor', (r: Tally) => string> = {
  terminal: (r) => `${r.exported} ${plural(r.exported, 'article')}, ${r.facts} ${plural(r.facts, 'fact')}${r.failed ? `, ${r.failed} failed` : ''}${skipped(r)}`,
  editor: (r) => {
    if (r.total === 0 && !r.cancelled) return `No articles (*.txt, *.news) found in the workspace${skipped(r)}`;
    let s = `Exported ${r.exported} ${plural(r.exported, 'article')}`;
    if (r.failed) s += `, ${r.failed} failed`;
    s += skipped(r);
    if (r.cancelled) s += ` — cancelled after ${r.exported + r.failed} of ${r.total}`;
    return s;
  },
};

const skipped = (r: Tally): string => (r.symlinks ? `, ${r.symlinks} ${plural(r.symlinks, 'symlink')} skipped` : '');

const plural = (n: number, word: string): string => (n === 1 ? word : `${word}s`);
