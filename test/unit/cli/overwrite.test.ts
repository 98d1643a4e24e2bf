/**
 * Issue 8, item 1: no output of `extract` ever replaces a file the run reads — by its path, through a symbolic link
 * to it or to its folder, or through a hard link — whatever the format. Each case exits 1 with a message and leaves
 * the article byte for byte as it was.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { ExtractOptions } from '../../../src/cli/extract';
import { extract, tempFiles } from './helpers';

const ARTICLE = 'Chile pledged $40 million to Haiti on 3 March 2025.\n';

describe('extract never writes a file it reads', () => {
  let dir: string;
  const file = (name: string) => path.join(dir, name);
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nf-overwrite-'));
    fs.writeFileSync(file('art.txt'), ARTICLE);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** Runs extract and checks it refused: exit 1, a message naming `out`, the inputs unchanged, no temporary file. */
  async function refuses(inputs: string[], options: ExtractOptions, out: string, why: RegExp) {
    const before = new Map(inputs.map((f) => [f, fs.readFileSync(f)]));
    const r = await extract(inputs, options);
    assert.equal(r.code, 1, r.stderr);
    assert.ok(r.stderr.includes(`refusing to write ${out}`), r.stderr);
    assert.match(r.stderr, why);
    assert.doesNotMatch(r.stderr, /Try 'news-facts --help'|\n\s+at /, 'an I/O refusal, not a usage error, no stack');
    for (const [f, bytes] of before) assert.ok(bytes.equals(fs.readFileSync(f)), `${path.basename(f)} unchanged`);
    assert.deepEqual(tempFiles(dir), []);
  }

  it('jsonl --out ARTICLE (the reproducer: the article was replaced by JSON Lines, exit 0)', async () => {
    await refuses([file('art.txt')], { format: 'jsonl', out: file('art.txt') }, file('art.txt'), /an input of this run/);
  });

  it('csv --out FILE.csv that is the article (the second reproducer)', async () => {
    fs.writeFileSync(file('a.csv'), ARTICLE);
    await refuses([file('a.csv')], { format: 'csv', out: file('a.csv') }, file('a.csv'), /an input of this run/);
  });

  it('an output that is a symbolic link to the article', async () => {
    fs.symlinkSync(file('art.txt'), file('link.jsonl'));
    await refuses([file('art.txt')], { format: 'jsonl', out: file('link.jsonl') }, file('link.jsonl'), /symbolic link to .*art\.txt/);
    assert.ok(fs.lstatSync(file('link.jsonl')).isSymbolicLink(), 'the link is left as it was');
  });

  it('an output under a symbolically linked folder that lands on the article', async () => {
    fs.symlinkSync(dir, file('mirror'));
    const out = path.join(dir, 'mirror', 'art.txt');
    await refuses([file('art.txt')], { format: 'jsonl', out }, out, /under another name/);
  });

  it('an output that is a hard link to the article', async () => {
    fs.linkSync(file('art.txt'), file('hard.jsonl'));
    await refuses([file('art.txt')], { format: 'jsonl', out: file('hard.jsonl') }, file('hard.jsonl'), /under another name/);
  });

  it('a per-article facts file that is another input of the run (any article, not only its own)', async () => {
    // "x.facts.json" given by name is read as an article; x.txt's facts file would replace it
    fs.writeFileSync(file('x.txt'), ARTICLE);
    fs.writeFileSync(file('x.facts.json'), 'Peru paid $3 million to Chad in 2020.\n');
    const before = fs.readFileSync(file('x.facts.json'));
    const r = await extract([file('x.facts.json'), file('x.txt')], { format: 'json' });
    assert.equal(r.code, 1);
    assert.match(r.stderr, /x\.txt: refusing to write .*x\.facts\.json: it is an input of this run/);
    assert.ok(before.equals(fs.readFileSync(file('x.facts.json'))));
    assert.ok(fs.existsSync(file('x.facts.json.facts.json')), 'the other article is still exported');
  });

  it('still writes where nothing is read: the usual outputs are unaffected', async () => {
    for (const options of [
      { format: 'jsonl', out: file('all.jsonl') },
      { format: 'csv', out: file('all.csv') },
      { format: 'json', out: file('one.json') },
      { format: 'json' },
    ] as ExtractOptions[]) {
      const r = await extract([file('art.txt')], options);
      assert.equal(r.code, 0, `${JSON.stringify(options)}: ${r.stderr}`);
    }
    assert.ok(['all.jsonl', 'all.csv', 'one.json', 'art.facts.json'].every((f) => fs.existsSync(file(f))));
    assert.equal(fs.readFileSync(file('art.txt'), 'utf8'), ARTICLE);
  });
});
