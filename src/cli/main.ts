import * as fs from 'node:fs';
import { parseArgs } from 'node:util';
import { CSV_FORMULAS, DocumentAnalyzer, FACT_CATEGORIES, isIsoDay, VERSION, type CsvFormulas } from '../core';
import { abortOpenFiles } from '../node/atomic-file';
import { writeAll } from '../node/write-fs';
import { cannotRead, readArticle } from '../node/read-article';
import { annotateDocument, toAnnotateInput } from './annotate';
import { EXTRACT_FORMATS, runExtract, type ExtractFormat } from './extract';
import { readJsonl } from './jsonl';

const HELP = `news-facts ${VERSION} — money, dates and actors in English news text, as data.

Usage:
  news-facts annotate [FILE]                 JSON Lines in (FILE, or stdin when absent), JSON Lines out
  news-facts annotate --text ARTICLE.txt     one plain-text article in, one JSON line out
  news-facts extract FILE|DIR... [--format json|csv|jsonl] [--out PATH] [--exclude GLOB]...
                     [--csv-formulas neutralise|keep] [--min-confidence N]
                                             facts (who gave how much to whom, when) per article
  news-facts --help | --version

annotate input: one JSON object per line with "id", "text" and an optional "ref_date" (YYYY-MM-DD);
other fields are ignored.
annotate output: one line per document:
  {"id", "reference_date": {"value", "source"}, "spans": [{"start", "end", "type", "text", ...}]}
  start/end are UTF-16 offsets into "text" (end exclusive), as JavaScript's String.slice uses them.
  MONEY spans add  amount (major units, scale applied), currency (ISO 4217 or null), approx, min/max for ranges.
  DATE spans add   timex (TIMEX3 value), start_date/end_date (inclusive YYYY-MM-DD or null), mod, anchor,
                   anchor_date (the earlier date a narrative value counts from), fiscal.
  ACTOR spans add  kind (person|organization|place|group), canonical, title, entity.
  With --descriptions, common-noun actors ("the city", "investors") are written too, with named: false
  and their head noun; by default only names are (the span corpora score named entities).

extract: reads plain-text articles (folders are walked for *.txt and *.news) and writes a facts file
per article ("news-facts/1", see schema/news-facts.schema.json): mentions, entities and facts
  {action {text, lemma, category: ${FACT_CATEGORIES.join('|')}}, actor, co_actors,
   recipient, amount, time, object, purpose, via, missing, evidence {sentence, offsets, quote}, confidence}.
  A fact is made only where an action word governs the amount ("paid $5m", "a $5m grant"); money no
  act moves (prices, changes, totals) stays a mention. Actors include common nouns ("the city").
  --format json   ARTICLE.facts.json next to each article, or under --out DIR (default)
  --format csv    ARTICLE.facts.csv likewise, or one combined file with --out FILE.csv; one row per
                  fact, RFC 4180, UTF-8 with BOM (so Excel shows € and accents)
  --format jsonl  one facts object per line to stdout, or to --out FILE
  Files are replaced atomically: on a full disk, an error or Ctrl-C the previous file is kept. No input
  is ever written (an article, a file the run reads, a symbolic link to one). Symbolic links inside
  folders are not followed; the summary counts them. The same article gives the same bytes.
  CSV cells that start with = + - @ (or a tab or carriage return), as in "=HYPERLINK(...)", would run as
  formulas in a spreadsheet: they get a ' in front (OWASP), unless --csv-formulas keep. Cells that are
  just a number, such as -5, are left as they are.

Options:
  --text FILE         annotate one plain-text file instead of JSON Lines
  --descriptions      annotate: also write common-noun actors (named: false)
  --ref-date DATE     reference date (YYYY-MM-DD) for relative dates; a document's own "ref_date" wins.
                      Without either, a date in the article's dateline or header is used, else relative
                      dates stay unresolved.
  --format FORMAT     extract: json (default), csv or jsonl
  -o, --out PATH      extract: output folder, or FILE.csv / FILE.jsonl / FILE.json (one article)
  --min-confidence N  extract --format csv: leave out facts whose confidence is below N (0-1); the JSON
                      formats keep every fact
  --exclude GLOB      extract: skip the files in a DIR whose path relative to that DIR matches GLOB
                      ('drafts/**', '**/notes/**', '**/*.log.txt'; a matching folder is skipped whole);
                      repeatable. Files named on the command line are always read.
  --csv-formulas WHAT extract: neutralise (default) or keep cells a spreadsheet would run as formulas
  -h, --help          this help
  -v, --version       print the version

Exit status: 0 when every document was processed; 1 when an input line, an article, a folder or the output
failed (each is reported on stderr with its path or line number and the reason; the others are still
processed); 2 on usage errors; 130 / 143 when interrupted by SIGINT / SIGTERM (temporary files removed,
previous files kept).
`;

export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        text: { type: 'string' },
        descriptions: { type: 'boolean' },
        format: { type: 'string' },
        out: { type: 'string', short: 'o' },
        'ref-date': { type: 'string' },
        exclude: { type: 'string', multiple: true },
        'csv-formulas': { type: 'string' },
        'min-confidence': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (e) {
    return usageError((e as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (values.version) {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const [command, ...rest] = positionals;
  const refDate = values['ref-date'];
  const annotateOptions = { descriptions: values.descriptions === true };
  if (refDate !== undefined && !isIsoDay(refDate)) {
    return usageError(`--ref-date must be a calendar day as YYYY-MM-DD, got "${refDate}"`);
  }
  switch (command) {
    case 'extract': {
      const format = (values.format ?? 'json') as ExtractFormat;
      if (!EXTRACT_FORMATS.includes(format)) return usageError(`--format must be json, csv or jsonl, got "${values.format}"`);
      if (!rest.length) return usageError('extract needs at least one FILE or DIR');
      const csvFormulas = (values['csv-formulas'] ?? 'neutralise') as CsvFormulas;
      if (!CSV_FORMULAS.includes(csvFormulas)) return usageError(`--csv-formulas must be neutralise or keep, got "${values['csv-formulas']}"`);
      const minConfidence = values['min-confidence'] === undefined ? undefined : Number(values['min-confidence']);
      if (minConfidence !== undefined && !(minConfidence >= 0 && minConfidence <= 1)) {
        return usageError(`--min-confidence must be a number from 0 to 1, got "${values['min-confidence']}"`);
      }
      if (minConfidence !== undefined && format !== 'csv') return usageError('--min-confidence filters the CSV only; the JSON formats keep every fact');
      const options = { format, out: values.out, refDate, exclude: values.exclude, csvFormulas, minConfidence };
      return runExtract(rest, options, { stdout: write, stderr: (s) => void process.stderr.write(s), between: yieldToSignals });
    }
    case 'annotate':
      if (values.text !== undefined) return annotateText(values.text, refDate, annotateOptions);
      if (rest.length > 1) return usageError('annotate takes at most one JSON Lines file');
      return annotateJsonl(rest[0], refDate, annotateOptions);
    case undefined:
      process.stdout.write(HELP);
      return 2;
    default:
      return usageError(`unknown command "${command}"`);
  }
}

function usageError(message: string): number {
  process.stderr.write(`news-facts: ${message}\nTry 'news-facts --help'.\n`);
  return 2;
}

/** An input or output that failed: exit status 1, the path and the reason, no stack and no "Try --help". */
function ioError(file: string, message: string): number {
  process.stderr.write(`news-facts: ${file}: ${message}\n`);
  return 1;
}

type AnnotateOptions = Parameters<typeof annotateDocument>[2];

async function annotateJsonl(file: string | undefined, refDate: string | undefined, options: AnnotateOptions): Promise<number> {
  let input: NodeJS.ReadableStream;
  const name = file && file !== '-' ? file : 'stdin';
  if (file && file !== '-') {
    let isFolder: boolean;
    try {
      isFolder = fs.statSync(file).isDirectory();
    } catch (e) {
      return ioError(file, cannotRead(e));
    }
    if (isFolder) return ioError(file, 'is a folder; annotate reads one JSON Lines file (extract reads folders of articles)');
    input = fs.createReadStream(file, { encoding: 'utf8' });
  } else input = process.stdin;
  const analyzer = new DocumentAnalyzer();
  let failed = 0;
  try {
    for await (const rec of readJsonl(input as import('node:stream').Readable)) {
      const doc = rec.error ? rec.error : toAnnotateInput(rec.value);
      if (typeof doc === 'string') {
        failed++;
        process.stderr.write(`news-facts: ${name}: line ${rec.line}: ${doc}\n`);
        continue;
      }
      if (!doc.id) doc.id = `line-${rec.line}`;
      if (!doc.refDate && refDate) doc.refDate = refDate;
      await write(JSON.stringify(annotateDocument(analyzer, doc, options)) + '\n');
    }
  } catch (e) {
    if (!(e as NodeJS.ErrnoException).code) throw e;
    return ioError(name, cannotRead(e)); // the stream broke off (EIO, a vanished network share): what was read is out
  }
  return failed ? 1 : 0;
}

function annotateText(file: string, refDate: string | undefined, options: AnnotateOptions): Promise<number> {
  const article = readArticle(file);
  if ('error' in article) return Promise.resolve(ioError(file, article.error));
  const out = annotateDocument(new DocumentAnalyzer(), { id: file, text: article.text, refDate }, options);
  return write(JSON.stringify(out) + '\n').then(() => 0);
}

/**
 * Whether stdout is redirected to a file (or a device): then it is written here, every byte count checked, because
 * Node's stream for files drops the count of a short write and a full disk would go unnoticed. Pipes and terminals go
 * through process.stdout. Set when run as the `news-facts` command (not when main() is called in a test).
 */
let stdoutIsFile = false;

function isFileOrDevice(fd: number): boolean {
  try {
    const st = fs.fstatSync(fd);
    return st.isFile() || (st.isCharacterDevice() && !process.stdout.isTTY);
  } catch {
    return false;
  }
}

/** Respects back-pressure so piping a large corpus into `head` or a slow consumer keeps memory flat. */
function write(chunk: string): Promise<void> {
  if (stdoutIsFile) {
    try {
      writeAll(fs, 1, Buffer.from(chunk, 'utf8'));
    } catch (e) {
      stdoutFailed(e);
    }
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    if (process.stdout.write(chunk)) resolve();
    else process.stdout.once('drain', resolve);
  });
}

/** The output is gone (a full disk behind `> file`): say so in one line and stop with exit status 1. */
function stdoutFailed(e: unknown): never {
  abortOpenFiles();
  const code = (e as NodeJS.ErrnoException).code;
  process.stderr.write(`news-facts: cannot write stdout${code === 'ENOSPC' ? ': disk full' : ''} (${code ?? (e as Error).message})\n`);
  process.exit(1);
}

/**
 * Lets the event loop run between two articles, so that a SIGINT or SIGTERM is handled there (an analysis is
 * synchronous; awaiting a resolved promise alone would never let the signal in).
 */
const yieldToSignals = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Ctrl-C, `kill`, a closed terminal: temporary files removed, previous files kept, the shell's exit status. */
const SIGNALS: Record<'SIGINT' | 'SIGTERM' | 'SIGHUP', number> = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 };

function onSignal(signal: keyof typeof SIGNALS): void {
  const removed = abortOpenFiles();
  process.stderr.write(`news-facts: interrupted (${signal})${removed ? '; unfinished output removed, previous files kept' : ''}\n`);
  process.exit(SIGNALS[signal]);
}

if (require.main === module) {
  stdoutIsFile = isFileOrDevice(1);
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0); // the reader is done (`| head`)
    stdoutFailed(e);
  });
  for (const signal of Object.keys(SIGNALS) as Array<keyof typeof SIGNALS>) process.on(signal, () => onSignal(signal));
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (e) => {
      // A failed system call is an input/output problem, told in one line; anything else is a bug: its stack helps.
      const errno = e as NodeJS.ErrnoException;
      process.stderr.write(`news-facts: ${errno.code ? `${errno.path ?? ''}${errno.path ? ': ' : ''}${errno.message}` : (errno.stack ?? e)}\n`);
      process.exitCode = 1;
    },
  );
}
