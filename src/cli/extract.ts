/**
 * `news-facts extract FILE|DIR… [--format json|csv|jsonl] [--out PATH] [--ref-date YYYY-MM-DD]`
 *   json   one `<article>.facts.json` per article, next to it or under --out DIR (sub-folders mirrored);
 *          --out FILE.json is allowed for a single article;
 *   csv    one `<article>.facts.csv` per article likewise, or one combined file with --out FILE.csv;
 *   jsonl  one facts object per line, to stdout or --out FILE, for corpus pipelines.
 * Every file is written atomically and the article is only ever read. A failing article is reported on stderr and
 * the others go on; the exit status is 1 when any failed.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Analyzer } from '../core/analyze';
import { buildFactsDocument, type FactsDocument } from '../core/export/document';
import { factsToJsonLine } from '../core/export/json';
import { factsToCsv } from '../core/export/csv';
import { FACTS_EXT, serializeFacts } from '../core/export/format';
import { ARTICLE_FILE } from '../core/export/read';
import { AtomicFile, factsTargetFor, relativeArticlePath, writeFileAtomic } from '../core/export/write';
import { readArticle } from './input';

export type ExtractFormat = 'json' | 'csv' | 'jsonl';
export const EXTRACT_FORMATS: readonly ExtractFormat[] = ['json', 'csv', 'jsonl'];

export interface ExtractOptions {
  format: ExtractFormat;
  out?: string;
  refDate?: string;
}

interface ExtractIo {
  stdout: (chunk: string) => Promise<void> | void;
  stderr: (chunk: string) => void;
}

interface Article {
  file: string;
  /** Folder of the walked directory argument the article was found under (for mirroring into --out). */
  root?: string;
}

export async function runExtract(inputs: string[], options: ExtractOptions, io: ExtractIo): Promise<number> {
  let failed = 0;
  const fail = (file: string, message: string): void => {
    failed++;
    io.stderr(`news-facts: ${file}: ${message}\n`);
  };
  const articles: Article[] = [];
  for (const input of inputs) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(input);
    } catch (e) {
      fail(input, `cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
      continue;
    }
    if (stat.isDirectory()) {
      const found = walk(input);
      if (!found.length) io.stderr(`news-facts: ${input}: no *.txt or *.news articles found\n`);
      for (const file of found) articles.push({ file, root: input });
    } else articles.push({ file: input });
  }

  const analyzer = new Analyzer();
  let sink: Sink;
  try {
    sink = makeSink(options, articles.length, io);
  } catch (e) {
    io.stderr(`news-facts: ${(e as Error).message}\nTry 'news-facts --help'.\n`);
    return 2;
  }
  const targets = new Set<string>();
  let facts = 0;
  let done = 0;
  for (const article of articles) {
    try {
      const target = sink.target(article);
      if (target) {
        const key = path.resolve(target);
        if (targets.has(key)) throw new Error(`another article already writes ${target}; use --out with separate folders`);
        targets.add(key);
      }
      const read = readArticle(article.file);
      if ('error' in read) throw new Error(read.error);
      const text = read.text;
      const analysis = analyzer.analyze(text, options.refDate ? { referenceDate: options.refDate } : {});
      const doc = buildFactsDocument({ path: sink.docPath(article, target), text, analysis, bytes: read.bytes });
      await sink.put(doc, target, article);
      facts += doc.facts.length;
      done++;
    } catch (e) {
      fail(article.file, (e as Error).message);
    }
  }
  try {
    await sink.finish();
  } catch (e) {
    sink.abort?.();
    fail(options.out ?? 'stdout', (e as Error).message);
  }
  io.stderr(`news-facts: ${done} article${done === 1 ? '' : 's'}, ${facts} fact${facts === 1 ? '' : 's'}${failed ? `, ${failed} failed` : ''}\n`);
  return failed ? 1 : 0;
}

/** Articles under a folder, in a stable (sorted) order; hidden folders and node_modules are skipped. */
function walk(dir: string): string[] {
  const out: string[] = [];
  const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...walk(p));
    else if (e.isFile() && ARTICLE_FILE.test(e.name)) out.push(p);
  }
  return out;
}

interface Sink {
  /** The file this article's facts go to, or null when they are streamed / combined. */
  target(article: Article): string | null;
  docPath(article: Article, target: string | null): string;
  put(doc: FactsDocument, target: string | null, article: Article): Promise<void>;
  finish(): Promise<void>;
  /** Drops a half-written combined output after a fatal error. */
  abort?(): void;
}

function makeSink(options: ExtractOptions, count: number, io: ExtractIo): Sink {
  const { format, out } = options;

  // Corpus outputs stream article by article (constant memory) into a temporary file renamed at the end.
  if (format === 'jsonl') {
    const file = out ? new AtomicFile(out) : null;
    return {
      target: () => null,
      docPath: (a) => (out ? relativeArticlePath(a.file, out) : a.file.split(path.sep).join('/')),
      async put(doc) {
        if (file) file.append(factsToJsonLine(doc));
        else await io.stdout(factsToJsonLine(doc));
      },
      async finish() {
        file?.commit();
      },
      abort: () => file?.abort(),
    };
  }

  const ext = FACTS_EXT[format];
  if (format === 'csv' && out && /\.csv$/i.test(out)) {
    const file = new AtomicFile(out);
    file.append(factsToCsv([], { header: true, bom: true }));
    return {
      target: () => null,
      docPath: (a) => relativeArticlePath(a.file, out),
      async put(doc) {
        file.append(factsToCsv([doc], { header: false, bom: false }));
      },
      async finish() {
        file.commit();
      },
      abort: () => file.abort(),
    };
  }

  const single = format === 'json' && out !== undefined && /\.json$/i.test(out);
  if (single && count > 1) throw new Error('--out FILE.json takes one article; give a folder for several');
  const targetOf = (a: Article): string => {
    if (single) return out!;
    return factsTargetFor(a.file, ext, out, a.root);
  };
  return {
    target: targetOf,
    docPath: (a, target) => relativeArticlePath(a.file, target!),
    async put(doc, target, article) {
      writeFileAtomic(target!, serializeFacts(doc, format), { protect: [article.file] });
    },
    async finish() {},
  };
}
