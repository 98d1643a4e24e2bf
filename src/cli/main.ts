import * as fs from 'node:fs';
import { parseArgs } from 'node:util';
import { DocumentAnalyzer, FACT_CATEGORIES, isIsoDay, VERSION } from '../core';
import { readArticle } from '../node/read-article';
import { annotateDocument, toAnnotateInput } from './annotate';
import { EXTRACT_FORMATS, runExtract, type ExtractFormat } from './extract';
import { readJsonl } from './jsonl';

const HELP = `news-facts ${VERSION} — money, dates and actors in English news text, as data.

Usage:
  news-facts annotate [FILE]                 JSON Lines in (FILE, or stdin when absent), JSON Lines out
  news-facts annotate --text ARTICLE.txt     one plain-text article in, one JSON line out
  news-facts extract FILE|DIR... [--format json|csv|jsonl] [--out PATH] [--exclude GLOB]...
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

extract: reads plain-text articles (folders are walked for *.txt and *.news) and writes a facts file
per article ("news-facts/1", see schema/news-facts.schema.json): mentions, entities and facts
  {action {text, lemma, category: ${FACT_CATEGORIES.join('|')}}, actor,
   recipient, amount, time, evidence {sentence, offsets, quote}, confidence}.
  --format json   ARTICLE.facts.json next to each article, or under --out DIR (default)
  --format csv    ARTICLE.facts.csv likewise, or one combined file with --out FILE.csv; one row per
                  fact, RFC 4180, UTF-8 with BOM (so Excel shows € and accents)
  --format jsonl  one facts object per line to stdout, or to --out FILE
  Files are replaced atomically; articles are never written. The same article gives the same bytes.

Options:
  --text FILE         annotate one plain-text file instead of JSON Lines
  --ref-date DATE     reference date (YYYY-MM-DD) for relative dates; a document's own "ref_date" wins.
                      Without either, a date in the article's dateline or header is used, else relative
                      dates stay unresolved.
  --format FORMAT     extract: json (default), csv or jsonl
  -o, --out PATH      extract: output folder, or FILE.csv / FILE.jsonl / FILE.json (one article)
  --exclude GLOB      extract: skip the files in a DIR whose path relative to that DIR matches GLOB
                      ('drafts/**', '**/notes/**', '**/*.log.txt'; a matching folder is skipped whole);
                      repeatable. Files named on the command line are always read.
  -h, --help          this help
  -v, --version       print the version

Exit status: 0 when every document was processed, 1 when some input line or article was rejected (each one is
reported on stderr with its line number; the other lines are still processed), 2 on usage errors.
`;

export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        text: { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string', short: 'o' },
        'ref-date': { type: 'string' },
        exclude: { type: 'string', multiple: true },
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
  if (refDate !== undefined && !isIsoDay(refDate)) {
    return usageError(`--ref-date must be a calendar day as YYYY-MM-DD, got "${refDate}"`);
  }
  switch (command) {
    case 'extract': {
      const format = (values.format ?? 'json') as ExtractFormat;
      if (!EXTRACT_FORMATS.includes(format)) return usageError(`--format must be json, csv or jsonl, got "${values.format}"`);
      if (!rest.length) return usageError('extract needs at least one FILE or DIR');
      const options = { format, out: values.out, refDate, exclude: values.exclude };
      return runExtract(rest, options, { stdout: write, stderr: (s) => void process.stderr.write(s) });
    }
    case 'annotate':
      if (values.text !== undefined) return annotateText(values.text, refDate);
      if (rest.length > 1) return usageError('annotate takes at most one JSON Lines file');
      return annotateJsonl(rest[0], refDate);
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

async function annotateJsonl(file: string | undefined, refDate: string | undefined): Promise<number> {
  let input: NodeJS.ReadableStream;
  if (file && file !== '-') {
    if (!fs.existsSync(file)) return usageError(`no such file: ${file}`);
    input = fs.createReadStream(file, { encoding: 'utf8' });
  } else input = process.stdin;
  const analyzer = new DocumentAnalyzer();
  let failed = 0;
  for await (const rec of readJsonl(input as import('node:stream').Readable)) {
    const doc = rec.error ? rec.error : toAnnotateInput(rec.value);
    if (typeof doc === 'string') {
      failed++;
      process.stderr.write(`news-facts: ${file ?? 'stdin'}: line ${rec.line}: ${doc}\n`);
      continue;
    }
    if (!doc.id) doc.id = `line-${rec.line}`;
    if (!doc.refDate && refDate) doc.refDate = refDate;
    await write(JSON.stringify(annotateDocument(analyzer, doc)) + '\n');
  }
  return failed ? 1 : 0;
}

function annotateText(file: string, refDate: string | undefined): Promise<number> {
  const article = readArticle(file);
  if ('error' in article) {
    process.stderr.write(`news-facts: ${file}: ${article.error}\n`);
    return Promise.resolve(1);
  }
  const out = annotateDocument(new DocumentAnalyzer(), { id: file, text: article.text, refDate });
  return write(JSON.stringify(out) + '\n').then(() => 0);
}

/** Respects back-pressure so piping a large corpus into `head` or a slow consumer keeps memory flat. */
function write(chunk: string): Promise<void> {
  return new Promise((resolve) => {
    if (process.stdout.write(chunk)) resolve();
    else process.stdout.once('drain', resolve);
  });
}

if (require.main === module) {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
  });
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (e) => {
      process.stderr.write(`news-facts: ${(e as Error).stack ?? e}\n`);
      process.exitCode = 1;
    },
  );
}
