import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildSync } from 'esbuild';

const SRC = path.resolve(__dirname, '../../../src');
const DIST_CLI = path.resolve(__dirname, '../../../dist/cli.js');
let CLI = DIST_CLI;

/**
 * dist/cli.js when it is newer than every source file, else a fresh bundle of src/cli/main.ts in `dir`: so
 * `npm run test:unit` needs no prior build and never tests a stale one.
 */
function cliBundle(dir: string): string {
  const sources = (fs.readdirSync(SRC, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts'));
  const newest = Math.max(...sources.map((f) => fs.statSync(path.join(SRC, f)).mtimeMs));
  if (fs.existsSync(DIST_CLI) && fs.statSync(DIST_CLI).mtimeMs >= newest) return DIST_CLI;
  const out = path.join(dir, 'cli.js');
  buildSync({ entryPoints: [path.join(SRC, 'cli/main.ts')], outfile: out, bundle: true, platform: 'node', format: 'cjs', logLevel: 'error' });
  return out;
}

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
  });
});
