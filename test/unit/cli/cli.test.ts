import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse } from 'csv-parse/sync';
import { cliBundle } from './helpers';

let CLI = '';

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

type Span = { start: number; end: number; text: string; type: string; [key: string]: unknown };

/** Every span's offsets select its text, and each expected span is there with its values. */
function assertSpans(text: string, spans: Span[], expected: Array<Partial<Span> & { type: string; text: string }>): void {
  for (const s of spans) {
    assert.equal(text.slice(s.start, s.end), s.text);
    assert.ok(['MONEY', 'DATE', 'ACTOR'].includes(s.type));
  }
  for (const e of expected) {
    const s = spans.find((x) => x.type === e.type && x.text === e.text);
    assert.ok(s, `no ${e.type} span "${e.text}" in ${JSON.stringify(spans)}`);
    for (const [k, v] of Object.entries(e)) assert.deepEqual(s[k], v, `${e.text}: ${k}`);
  }
}

function lines(stdout: string): Array<Record<string, unknown>> {
  return stdout
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
}

describe('news-facts CLI (the built bundle)', function () {
  this.timeout(30_000);
  let tmp: string;

  before(function () {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'news-facts-cli-'));
    CLI = cliBundle(tmp);
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('documents every command and option in --help', () => {
    const r = run(['--help']);
    assert.equal(r.code, 0);
    for (const word of ['annotate', '--text', '--ref-date', 'ref_date', 'Exit status']) assert.ok(r.stdout.includes(word), word);
  });

  it('annotates JSON Lines from stdin, one output line per document, offsets matching the text', () => {
    const docs = [
      { id: 'a', text: 'The ministry paid $5 million to Acme Corp. on Tuesday.', ref_date: '2025-04-04', source: 'ignored' },
      { id: 'b', text: 'Nothing to see.' },
    ];
    const r = run(['annotate'], docs.map((d) => JSON.stringify(d)).join('\n') + '\n');
    assert.equal(r.code, 0, r.stderr);
    const out = lines(r.stdout);
    assert.deepEqual(out.map((o) => o.id), ['a', 'b']);
    assert.deepEqual(out[0].reference_date, { value: '2025-04-04', source: 'argument' });
    assertSpans(docs[0].text, out[0].spans as Span[], [
      { type: 'MONEY', text: '$5 million', start: 18, end: 28, amount: 5e6, currency: 'USD', approx: null },
      { type: 'DATE', text: 'Tuesday', start: 46, end: 53, start_date: '2025-04-01', end_date: '2025-04-01' },
      { type: 'ACTOR', text: 'Acme Corp.', start: 32, end: 42, kind: 'organization' },
    ]);
    assertSpans(docs[1].text, out[1].spans as Span[], []);
  });

  it('reports a malformed line with its number, keeps processing the rest and exits non-zero', () => {
    const input = ['{"id":"ok1","text":"First."}', '{not json', '{"id":"x"}', '{"id":"ok2","text":"Last."}'].join('\n');
    const r = run(['annotate'], input);
    assert.equal(r.code, 1);
    assert.deepEqual(lines(r.stdout).map((o) => o.id), ['ok1', 'ok2']);
    assert.match(r.stderr, /line 2: invalid JSON/);
    assert.match(r.stderr, /line 3: missing "text"/);
  });

  it('reads a JSONL file given as argument and rejects a bad ref_date per line', () => {
    const file = path.join(tmp, 'in.jsonl');
    fs.writeFileSync(file, '{"id":"1","text":"x","ref_date":"2025-02-30"}\n{"id":"2","text":"y"}\n');
    const r = run(['annotate', file]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /line 1: "ref_date" 2025-02-30 is not a calendar day/);
    assert.deepEqual(lines(r.stdout).map((o) => o.id), ['2']);
  });

  it('annotates a plain-text article with --text, CRLF and all, without touching the file', () => {
    const file = path.join(tmp, 'article.txt');
    const text = 'BRUSSELS\r\n\r\nAllies pledged more than 20 billion euros to Ukraine last year.\r\n';
    fs.writeFileSync(file, text);
    const before = fs.statSync(file).mtimeMs;
    const r = run(['annotate', '--text', file, '--ref-date', '2025-04-04']);
    assert.equal(r.code, 0, r.stderr);
    const [out] = lines(r.stdout);
    assert.equal(out.id, file);
    assertSpans(text, out.spans as Span[], [
      { type: 'MONEY', text: 'more than 20 billion euros', amount: 2e10, currency: 'EUR', approx: 'more than' },
      { type: 'DATE', text: 'last year', timex: '2024', start_date: '2024-01-01', end_date: '2024-12-31' },
      { type: 'ACTOR', text: 'Ukraine', kind: 'place' },
    ]);
    assert.equal(fs.readFileSync(file, 'utf8'), text);
    assert.equal(fs.statSync(file).mtimeMs, before);
  });

  it('annotate writes names only; --descriptions adds the common-noun actors (named: false, head)', () => {
    const file = path.join(tmp, 'city.txt');
    fs.writeFileSync(file, 'The city paid $1.2 million to Orbis Corp. last year.\n');
    const names = lines(run(['annotate', '--text', file]).stdout)[0].spans as Span[];
    assert.deepEqual(names.filter((s) => s.type === 'ACTOR').map((s) => s.text), ['Orbis Corp.']);
    const all = lines(run(['annotate', '--text', file, '--descriptions']).stdout)[0].spans as Span[];
    const city = all.find((s) => s.text === 'The city');
    assert.deepEqual([city?.type, city?.named, city?.head, city?.kind], ['ACTOR', false, 'city', 'place']);
  });

  it('reads a file with a byte order mark like extract does: the same offsets, without the mark', () => {
    const file = path.join(tmp, 'bom.txt');
    const text = 'Chile pledged $40 million to Haiti on 3 March 2025.\n';
    fs.writeFileSync(file, '\ufeff' + text);
    const annotated = run(['annotate', '--text', file]);
    assert.equal(annotated.code, 0, annotated.stderr);
    const spans = lines(annotated.stdout)[0].spans as Span[];
    assertSpans(text, spans, [{ type: 'MONEY', text: '$40 million', start: 14, end: 25 }]);
    const extracted = run(['extract', '--format', 'jsonl', file]);
    assert.equal(extracted.code, 0, extracted.stderr);
    const doc = lines(extracted.stdout)[0] as { document: { chars: number }; mentions: Span[] };
    assert.equal(doc.document.chars, text.length);
    const key = (s: Span) => `${s.type} ${s.start} ${s.end} ${s.text}`;
    assert.deepEqual(spans.map(key), doc.mentions.map(key));
  });

  it('refuses a binary file and a missing file with a clear message', () => {
    const bin = path.join(tmp, 'image.txt');
    fs.writeFileSync(bin, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
    const r = run(['annotate', '--text', bin]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /does not look like a text article/);
    const missing = run(['annotate', '--text', path.join(tmp, 'nope.txt')]);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /cannot read .*ENOENT/);
  });

  it('rejects usage errors with exit status 2', () => {
    assert.equal(run(['frobnicate']).code, 2);
    assert.equal(run(['annotate', '--ref-date', '04/04/2025'], '').code, 2);
    assert.equal(run(['annotate', '--bogus'], '').code, 2);
    assert.equal(run(['extract', '--csv-formulas', 'maybe', 'a.txt']).code, 2);
  });

  // Issue 8, item 11: input/output errors exit 1 with the path and the reason; never "Try --help", never a stack.
  describe('input and output errors: exit 1, the path and the reason', () => {
    const ioError = (r: ReturnType<typeof run>, path: string, reason: RegExp) => {
      assert.equal(r.code, 1, r.stderr);
      assert.ok(r.stderr.includes(`news-facts: ${path}`), r.stderr);
      assert.match(r.stderr, reason);
      assert.doesNotMatch(r.stderr, /Try 'news-facts --help'|\n\s+at |Error:/);
    };

    it('annotate: a missing JSON Lines file', () => {
      const missing = path.join(tmp, 'missing.jsonl');
      ioError(run(['annotate', missing]), `${missing}: `, /cannot read \(ENOENT\)/);
    });

    it('annotate: a folder (JSON Lines or --text) says it is a folder', () => {
      ioError(run(['annotate', tmp]), `${tmp}: `, /is a folder; annotate reads one JSON Lines file/);
      ioError(run(['annotate', '--text', tmp]), `${tmp}: `, /is a folder, not a file/);
    });

    it('annotate: a stream that breaks off while read (EIO) is reported in one line', function () {
      if (process.platform !== 'linux') this.skip();
      ioError(run(['annotate', '/proc/self/mem']), '/proc/self/mem: ', /cannot read \(EIO\)/);
    });

    it('stdout on a full disk (`> file`): exit 1 with the reason, not a silent truncation', function () {
      if (!fs.existsSync('/dev/full')) this.skip(); // Linux: every write fails with ENOSPC
      const article = path.join(tmp, 'stdout-article.txt');
      fs.writeFileSync(article, 'Chile pledged $40 million to Haiti on 3 March 2025.\n');
      const jsonl = path.join(tmp, 'stdout.jsonl');
      fs.writeFileSync(jsonl, JSON.stringify({ id: 'a', text: 'Peru paid $3 million to Chad in 2020.' }) + '\n');
      for (const args of [['annotate', jsonl], ['extract', article, '--format', 'jsonl']]) {
        const full = fs.openSync('/dev/full', 'w');
        try {
          const r = spawnSync(process.execPath, [CLI, ...args], { stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
          assert.equal(r.status, 1, `${args[0]}: ${r.stderr}`);
          assert.equal(r.stderr, 'news-facts: cannot write stdout: disk full (ENOSPC)\n');
        } finally {
          fs.closeSync(full);
        }
      }
    });

    it('extract: an output that cannot be created', () => {
      const article = path.join(tmp, 'out-article.txt');
      fs.writeFileSync(article, 'Chile pledged $40 million to Haiti on 3 March 2025.\n');
      const blocked = path.join(tmp, 'a-file');
      fs.writeFileSync(blocked, '');
      for (const format of ['csv', 'jsonl']) {
        const out = path.join(blocked, `all.${format}`);
        ioError(run(['extract', article, '--format', format, '--out', out]), `cannot write ${out} (ENOTDIR)`, /nothing written/);
      }
    });
  });

  it('extract --csv-formulas: neutralised by default, kept on request, documented in --help', () => {
    const article = path.join(tmp, 'formula.txt');
    fs.writeFileSync(article, '=HYPERLINK("https://evil.example/","Click") Chile pledged $40 million to Haiti on 3 March 2025.\n');
    const sentence = (args: string[]) => {
      const out = path.join(tmp, 'formula.csv');
      const r = run(['extract', article, '--format', 'csv', '--out', out, ...args]);
      assert.equal(r.code, 0, r.stderr);
      return (parse(fs.readFileSync(out, 'utf8'), { bom: true, columns: true }) as Array<Record<string, string>>)[0].sentence;
    };
    assert.match(sentence([]), /^'=HYPERLINK\(/);
    assert.match(sentence(['--csv-formulas', 'neutralise']), /^'=HYPERLINK\(/);
    assert.match(sentence(['--csv-formulas', 'keep']), /^=HYPERLINK\(/);
    const help = run(['--help']).stdout;
    assert.match(help, /--csv-formulas/);
    assert.match(help, /OWASP/);
  });
});
