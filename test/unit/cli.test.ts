import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const CLI = path.resolve(__dirname, '../../dist/cli.js');

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
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
    if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: run "npm run build" (npm test does it)`);
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'news-facts-cli-'));
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
    for (const [i, o] of out.entries()) {
      for (const s of o.spans as Array<{ start: number; end: number; text: string; type: string }>) {
        assert.equal(docs[i].text.slice(s.start, s.end), s.text);
        assert.ok(['MONEY', 'DATE', 'ACTOR'].includes(s.type));
      }
    }
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
    for (const s of out.spans as Array<{ start: number; end: number; text: string }>) assert.equal(text.slice(s.start, s.end), s.text);
    assert.equal(fs.readFileSync(file, 'utf8'), text);
    assert.equal(fs.statSync(file).mtimeMs, before);
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
