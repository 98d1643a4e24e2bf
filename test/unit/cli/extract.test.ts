import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse } from 'csv-parse/sync';
import { runExtract, type ExtractOptions } from '../../../src/cli/extract';
import { main } from '../../../src/cli/main';

const A = 'Chile pledged $40 million to Haiti on 3 March 2025.\n';
const B = 'The Lakeside Council cut $2 million from the parks budget in 2024.\n';

async function run(inputs: string[], options: ExtractOptions) {
  let stdout = '';
  let stderr = '';
  const code = await runExtract(inputs, options, { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s) });
  return { code, stdout, stderr };
}

describe('news-facts extract', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nf-cli-'));
    fs.mkdirSync(path.join(dir, 'news', 'world'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'news', 'a.txt'), A);
    fs.writeFileSync(path.join(dir, 'news', 'world', 'b.news'), B);
    fs.writeFileSync(path.join(dir, 'news', 'notes.md'), 'not an article');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('json: one facts file next to each article found in a folder; articles untouched; reruns identical', async () => {
    const r = await run([path.join(dir, 'news')], { format: 'json' });
    assert.equal(r.code, 0, r.stderr);
    const fa = path.join(dir, 'news', 'a.facts.json');
    const fb = path.join(dir, 'news', 'world', 'b.facts.json');
    const doc = JSON.parse(fs.readFileSync(fa, 'utf8'));
    assert.equal(doc.schema, 'news-facts/1');
    assert.equal(doc.document.path, 'a.txt');
    assert.equal(JSON.parse(fs.readFileSync(fb, 'utf8')).document.path, 'b.news');
    assert.ok(!fs.existsSync(path.join(dir, 'news', 'notes.facts.json')));
    assert.equal(fs.readFileSync(path.join(dir, 'news', 'a.txt'), 'utf8'), A);
    const first = fs.readFileSync(fa);
    await run([path.join(dir, 'news')], { format: 'json' });
    assert.ok(first.equals(fs.readFileSync(fa)));
  });

  it('json --out DIR mirrors sub-folders; --ref-date is recorded', async () => {
    const out = path.join(dir, 'out');
    const r = await run([path.join(dir, 'news')], { format: 'json', out, refDate: '2025-04-04' });
    assert.equal(r.code, 0, r.stderr);
    const doc = JSON.parse(fs.readFileSync(path.join(out, 'world', 'b.facts.json'), 'utf8'));
    assert.equal(doc.document.path, '../../news/world/b.news');
    assert.deepEqual(doc.document.reference_date, { value: '2025-04-04', source: 'argument' });
  });

  it('csv --out FILE.csv: one combined file with a source column', async () => {
    const out = path.join(dir, 'all.csv');
    const r = await run([path.join(dir, 'news', 'a.txt'), path.join(dir, 'news', 'world', 'b.news')], { format: 'csv', out });
    assert.equal(r.code, 0, r.stderr);
    const rows = parse(fs.readFileSync(out, 'utf8'), { bom: true, columns: true }) as Array<Record<string, string>>;
    assert.deepEqual([...new Set(rows.map((x) => x.source))], ['news/a.txt', 'news/world/b.news']);
    assert.ok(rows.some((x) => x.amount === '40000000' && x.currency === 'USD'));
    assert.deepEqual(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp')), [], 'the streamed temporary file was renamed');
  });

  it('csv without --out: a .facts.csv next to each article', async () => {
    const r = await run([path.join(dir, 'news', 'a.txt')], { format: 'csv' });
    assert.equal(r.code, 0, r.stderr);
    assert.ok(fs.readFileSync(path.join(dir, 'news', 'a.facts.csv'), 'utf8').startsWith('\ufefffact_id,'));
  });

  it('csv --min-confidence leaves out weaker facts; the JSON keeps them all', async () => {
    fs.writeFileSync(path.join(dir, 'news', 'c.txt'), 'Chile pledged $40 million to Haiti. Later $3 million was paid to the city.\n');
    const csvRows = async (min?: number) => {
      const out = path.join(dir, `c-${min ?? 'all'}.csv`);
      const r = await run([path.join(dir, 'news', 'c.txt')], { format: 'csv', out, minConfidence: min });
      assert.equal(r.code, 0, r.stderr);
      return parse(fs.readFileSync(out, 'utf8'), { bom: true, columns: true }) as Array<Record<string, string>>;
    };
    const all = await csvRows();
    assert.deepEqual(all.map((x) => [x.amount, x.actor, x.missing]), [['40000000', 'Chile', ''], ['3000000', '', 'actor']]);
    assert.deepEqual((await csvRows(0.7)).map((x) => x.amount), ['40000000']);
    await run([path.join(dir, 'news', 'c.txt')], { format: 'json', minConfidence: 0.7 });
    assert.equal(JSON.parse(fs.readFileSync(path.join(dir, 'news', 'c.facts.json'), 'utf8')).facts.length, 2);
  });

  it('jsonl: one facts object per article on stdout, or into --out', async () => {
    const r = await run([path.join(dir, 'news')], { format: 'jsonl' });
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.equal(lines.length, 2);
    assert.ok(lines[0].document.path.endsWith('news/a.txt'));
    const out = path.join(dir, 'corpus.jsonl');
    await run([path.join(dir, 'news')], { format: 'jsonl', out });
    assert.equal(fs.readFileSync(out, 'utf8').trim().split('\n').length, 2);
  });

  it('reports a failing article on stderr, goes on with the others and exits 1', async () => {
    fs.writeFileSync(path.join(dir, 'news', 'bin.txt'), Buffer.from([0x41, 0, 0x42]));
    const r = await run([path.join(dir, 'missing.txt'), path.join(dir, 'news')], { format: 'json' });
    assert.equal(r.code, 1);
    assert.match(r.stderr, /missing\.txt: cannot read \(ENOENT\)/);
    assert.match(r.stderr, /bin\.txt: does not look like a text article/);
    assert.ok(fs.existsSync(path.join(dir, 'news', 'a.facts.json')));
    assert.ok(fs.existsSync(path.join(dir, 'news', 'world', 'b.facts.json')));
  });

  it('--exclude: globs relative to each folder given skip files and whole folders; files named directly are read', async () => {
    fs.mkdirSync(path.join(dir, 'news', 'drafts'));
    fs.writeFileSync(path.join(dir, 'news', 'drafts', 'c.txt'), A);
    fs.writeFileSync(path.join(dir, 'news', 'world', 'old.log.txt'), B);
    const r = await run([path.join(dir, 'news'), path.join(dir, 'news', 'drafts', 'c.txt')], { format: 'jsonl', exclude: ['drafts', '**/*.log.txt'] });
    assert.equal(r.code, 0, r.stderr);
    const paths = r.stdout.trim().split('\n').map((l) => path.relative(dir, JSON.parse(l).document.path));
    assert.deepEqual(paths, ['news/a.txt', 'news/world/b.news', 'news/drafts/c.txt'].map((p) => p.split('/').join(path.sep)));
    assert.match(r.stderr, /3 articles/);
    const all = await run([path.join(dir, 'news')], { format: 'jsonl', exclude: ['**/*.txt', '**/*.news'] });
    assert.equal(all.code, 0);
    assert.match(all.stderr, /news: no \*\.txt or \*\.news articles found/);
  });

  it('main: --exclude is repeatable', async () => {
    fs.mkdirSync(path.join(dir, 'news', 'drafts'));
    fs.writeFileSync(path.join(dir, 'news', 'drafts', 'c.txt'), A);
    const orig = process.stderr.write.bind(process.stderr);
    let err = '';
    (process.stderr as any).write = (s: string) => ((err += s), true);
    try {
      assert.equal(await main(['extract', path.join(dir, 'news'), '--exclude', 'drafts/**', '--exclude', 'world']), 0);
    } finally {
      (process.stderr as any).write = orig;
    }
    assert.match(err, /news-facts: 1 article, 1 fact\n/);
    assert.ok(fs.existsSync(path.join(dir, 'news', 'a.facts.json')));
    assert.ok(!fs.existsSync(path.join(dir, 'news', 'drafts', 'c.facts.json')) && !fs.existsSync(path.join(dir, 'news', 'world', 'b.facts.json')));
  });

  it('main: usage errors exit 2; --help mentions extract', async () => {
    const orig = process.stderr.write.bind(process.stderr);
    const origOut = process.stdout.write.bind(process.stdout);
    let err = '';
    let out = '';
    (process.stderr as any).write = (s: string) => ((err += s), true);
    (process.stdout as any).write = (s: string) => ((out += s), true);
    try {
      assert.equal(await main(['extract']), 2);
      assert.equal(await main(['extract', '--format', 'xml', 'a.txt']), 2);
      assert.equal(await main(['extract', '--ref-date', '2025-02-30', 'a.txt']), 2);
      assert.equal(await main(['extract', '--out', path.join(dir, 'x.json'), path.join(dir, 'news')]), 2);
      assert.equal(await main(['extract', '--format', 'csv', '--min-confidence', '1.5', 'a.txt']), 2);
      assert.equal(await main(['extract', '--min-confidence', '0.5', 'a.txt']), 2);
      assert.equal(await main(['--help']), 0);
    } finally {
      (process.stderr as any).write = orig;
      (process.stdout as any).write = origOut;
    }
    assert.match(err, /--format must be json, csv or jsonl/);
    assert.match(err, /--min-confidence must be a number from 0 to 1, got "1.5"/);
    assert.match(err, /--min-confidence filters the CSV only/);
    assert.match(out, /news-facts extract FILE\|DIR/);
    assert.match(out, /--exclude GLOB/);
  });
});
