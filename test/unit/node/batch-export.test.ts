import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DocumentAnalyzer, excludeMatcher } from '../../../src/core';
import { collectArticles, exportBatch, SUMMARY, type Article, type BatchHooks, type BatchResult } from '../../../src/node/batch-export';
import { factsPathFor } from '../../../src/node/facts-paths';
import { factsFilesSink, type Sink } from '../../../src/node/sinks';

const A = 'Chile pledged $40 million to Haiti on 3 March 2025.\n';
const sha = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

describe('batch export: which files are articles', () => {
  let dir: string;
  const put = (rel: string, text = A) => {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  };
  const found = async (inputs: string[], globs: string[] = []) => {
    const failed: string[] = [];
    const empty: string[] = [];
    const { articles, symlinks } = await collectArticles(inputs, excludeMatcher(globs), { failed: (f, m) => failed.push(`${f}: ${m}`), empty: (f) => empty.push(f) });
    return { files: articles.map((a) => path.relative(dir, a.file).split(path.sep).join('/')), articles, failed, empty, symlinks };
  };

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nf-batch-'));
    for (const f of ['b.txt', 'a.news', 'a/z.txt', 'A.TXT', 'notes.md', '.hidden.txt', '.git/x.txt', 'node_modules/p/r.txt', 'drafts/d.txt', 'w/notes/n.txt', 'w/x.log.txt'])
      put(f);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('walks folders in a stable order: names sorted, depth first; hidden entries, node_modules and non-articles skipped', async () => {
    const r = await found([dir]);
    assert.deepEqual(r.files, ['A.TXT', 'a/z.txt', 'a.news', 'b.txt', 'drafts/d.txt', 'w/notes/n.txt', 'w/x.log.txt']);
    assert.ok(r.articles.every((a) => a.root === dir), 'each knows the folder it was found in');
  });

  it('leaves out what the exclusion globs match relative to the folder, whole folders included', async () => {
    const r = await found([dir], ['drafts', '**/notes/**', '**/*.log.txt', 'a/**']);
    assert.deepEqual(r.files, ['A.TXT', 'a.news', 'b.txt']);
    const sub = await found([path.join(dir, 'w')], ['notes/**']);
    assert.deepEqual(sub.files, ['w/x.log.txt'], 'relative to the folder given, not to the current directory');
  });

  it('takes a file given by name as it is, excluded or not; reports a missing input and a folder without articles', async () => {
    fs.mkdirSync(path.join(dir, 'empty'));
    const r = await found([path.join(dir, 'notes.md'), path.join(dir, 'drafts/d.txt'), path.join(dir, 'missing.txt'), path.join(dir, 'empty')], ['drafts']);
    assert.deepEqual(r.files, ['notes.md', 'drafts/d.txt']);
    assert.ok(r.articles.every((a) => a.root === undefined));
    assert.equal(r.failed.length, 1);
    assert.match(r.failed[0], /missing\.txt: cannot read \(ENOENT\)/);
    assert.deepEqual(r.empty, [path.join(dir, 'empty')]);
  });
});

describe('batch export: one article after the other', () => {
  let dir: string;
  let articles: Article[];
  const file = (name: string) => path.join(dir, name);

  /** Hooks recording what the batch reports; `over` replaces any of them. */
  function hooks(over: Partial<BatchHooks> = {}) {
    const log: string[] = [];
    const analyzer = new DocumentAnalyzer();
    const h: BatchHooks = {
      analyse: async (text) => analyzer.run(text),
      clash: (target, earlier) => `${path.basename(earlier.file)} already writes ${path.basename(target)}`,
      failed: (f, m) => log.push(`failed ${path.basename(f)}: ${m}`),
      written: (a, target, facts) => log.push(`wrote ${path.basename(target!)} (${facts})`),
      ...over,
    };
    return { h, log };
  }
  const sink = () => factsFilesSink('json', (a) => factsPathFor(a.file));
  const docOf = (name: string) => JSON.parse(fs.readFileSync(factsPathFor(file(name)), 'utf8'));

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nf-batch-'));
    for (const n of ['a.txt', 'b.txt', 'c.txt']) fs.writeFileSync(file(n), A);
    articles = ['a.txt', 'b.txt', 'c.txt'].map((n) => ({ file: file(n), root: dir }));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes one facts file per article and counts articles and facts', async () => {
    const { h, log } = hooks();
    const r = await exportBatch(articles, sink(), h);
    assert.deepEqual(r, { total: 3, exported: 3, facts: 3, failed: 0, cancelled: false });
    assert.deepEqual(log, ['wrote a.facts.json (1)', 'wrote b.facts.json (1)', 'wrote c.facts.json (1)']);
    assert.equal(docOf('a.txt').document.path, 'a.txt');
    assert.equal(fs.readFileSync(file('a.txt'), 'utf8'), A, 'the article is only read');
  });

  it("exports an open document's text: its checksum when it has unsaved edits, the file's when it is saved", async () => {
    fs.writeFileSync(file('a.txt'), '\ufeff' + A); // saved, with a byte order mark the editor hides
    const edited = A + 'Peru paid $3 million to Chad in 2020.\n';
    const open: Record<string, { text: string; dirty: boolean }> = {
      [file('a.txt')]: { text: A, dirty: false },
      [file('b.txt')]: { text: edited, dirty: true },
      [file('c.txt')]: { text: edited, dirty: false }, // not what is on disk (reverted meanwhile): the text's checksum
    };
    const { h } = hooks({ openText: (f) => open[f] });
    await exportBatch(articles, sink(), h);
    assert.equal(docOf('a.txt').document.sha256, sha(fs.readFileSync(file('a.txt'))));
    assert.equal(docOf('b.txt').document.sha256, sha(edited));
    assert.equal(docOf('b.txt').facts.length, 2, 'the unsaved sentence is exported');
    assert.equal(docOf('c.txt').document.sha256, sha(edited));
  });

  it('refuses an article above the size limit (file size, or UTF-8 size of open text) and binary content; the others go on', async () => {
    fs.writeFileSync(file('a.txt'), A.repeat(50));
    const sizes: number[] = [];
    const { h, log } = hooks({
      tooLarge: (bytes) => {
        sizes.push(bytes);
        return bytes > 1000 ? `${bytes} bytes, too large` : undefined;
      },
      openText: (f) => (f === file('b.txt') ? { text: '€'.repeat(10) + '\u0000', dirty: true } : undefined),
    });
    const r = await exportBatch(articles, sink(), h);
    assert.deepEqual(sizes, [A.length * 50, 31, A.length]);
    assert.deepEqual(log, [`failed a.txt: ${A.length * 50} bytes, too large`, 'failed b.txt: does not look like a text article (it contains NUL bytes); nothing was analysed', 'wrote c.facts.json (1)']);
    assert.deepEqual([r.exported, r.failed], [1, 2]);
  });

  it('refuses a second article that would write the same facts file', async () => {
    const { h, log } = hooks();
    const r = await exportBatch(articles, factsFilesSink('json', () => file('all.facts.json')), h);
    assert.deepEqual(log, ['wrote all.facts.json (1)', 'failed b.txt: a.txt already writes all.facts.json', 'failed c.txt: a.txt already writes all.facts.json']);
    assert.equal(r.failed, 2);
  });

  it('reports a failing analysis and goes on', async () => {
    const analyzer = new DocumentAnalyzer();
    const { h, log } = hooks({ analyse: async (text, a) => (a.file.endsWith('b.txt') ? Promise.reject(new Error('boom')) : analyzer.run(text)) });
    const r = await exportBatch(articles, sink(), h);
    assert.deepEqual(log, ['wrote a.facts.json (1)', 'failed b.txt: boom', 'wrote c.facts.json (1)']);
    assert.deepEqual([r.exported, r.failed, r.cancelled], [2, 1, false]);
  });

  it('stops when cancelled, between articles or during an analysis, without counting a failure; what is written stays', async () => {
    let stop = false;
    const progress: string[] = [];
    const analyzer = new DocumentAnalyzer();
    const { h, log } = hooks({
      cancelled: () => stop,
      starting: (a, i, total) => progress.push(`start ${i + 1}/${total}`),
      finished: async (done, total) => {
        progress.push(`done ${done}/${total}`);
        await new Promise((r) => setImmediate(r));
      },
      analyse: async (text, a) => {
        if (a.file.endsWith('b.txt')) {
          stop = true; // the user cancels while b is analysed: its analysis is abandoned
          throw new Error('analysis cancelled');
        }
        return analyzer.run(text);
      },
    });
    const r = await exportBatch(articles, sink(), h);
    assert.deepEqual(r, { total: 3, exported: 1, facts: 1, failed: 0, cancelled: true });
    assert.deepEqual(log, ['wrote a.facts.json (1)']);
    assert.deepEqual(progress, ['start 1/3', 'done 1/3', 'start 2/3']);
    assert.ok(fs.existsSync(factsPathFor(file('a.txt'))) && !fs.existsSync(factsPathFor(file('b.txt'))));

    // cancelled after an analysis has finished: nothing more is written
    stop = false;
    fs.rmSync(factsPathFor(file('a.txt')));
    const cancelAfterAnalysis = async (text: string) => {
      const done = analyzer.run(text);
      stop = true;
      return done;
    };
    const late = await exportBatch(articles, sink(), hooks({ analyse: cancelAfterAnalysis, cancelled: () => stop }).h);
    assert.deepEqual([late.exported, late.cancelled], [0, true]);
    assert.ok(!fs.existsSync(factsPathFor(file('a.txt'))));
  });

  it('reports an output that cannot be finished, after dropping it', async () => {
    let aborted = false;
    const failing: Sink = { ...sink(), name: 'out.jsonl', finish: async () => Promise.reject(new Error('disk full')), abort: () => void (aborted = true) };
    const { h, log } = hooks();
    const r = await exportBatch(articles.slice(0, 1), failing, h);
    assert.deepEqual(log.slice(-1), ['failed out.jsonl: disk full']);
    assert.ok(aborted);
    assert.equal(r.failed, 1);
  });
});

describe('batch export: the summary line', () => {
  const tally = (over: Partial<BatchResult>): BatchResult => ({ total: 3, exported: 3, facts: 5, failed: 0, cancelled: false, ...over });
  // [result, for the terminal, for the editor]
  const CASES: Array<[BatchResult, string, string]> = [
    [tally({}), '3 articles, 5 facts', 'Exported 3 articles'],
    [tally({ exported: 1, facts: 1, total: 1 }), '1 article, 1 fact', 'Exported 1 article'],
    [tally({ exported: 2, failed: 1 }), '2 articles, 5 facts, 1 failed', 'Exported 2 articles, 1 failed'],
    [tally({ exported: 1, failed: 1, facts: 0, cancelled: true }), '1 article, 0 facts, 1 failed', 'Exported 1 article, 1 failed — cancelled after 2 of 3'],
    [tally({ total: 0, exported: 0, facts: 0 }), '0 articles, 0 facts', 'No articles (*.txt, *.news) found in the workspace'],
  ];
  for (const [r, terminal, editor] of CASES) {
    it(`${terminal} | ${editor}`, () => {
      assert.equal(SUMMARY.terminal(r), terminal);
      assert.equal(SUMMARY.editor(r), editor);
    });
  }
});
