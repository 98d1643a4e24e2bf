import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { writeFileAtomic } from '../../../src/node/atomic-file';
import { ReadFiles } from '../../../src/node/read-files';
import { factsPathFor, relativeArticlePath } from '../../../src/node/facts-paths';

describe('export files', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nf-export-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('names the facts file after the article and writes the article path relative to it', () => {
    assert.equal(factsPathFor('/x/y/story.txt'), path.join('/x/y', 'story.facts.json'));
    assert.equal(factsPathFor('/x/y/story.news', '.facts.csv', '/out'), path.join('/out', 'story.facts.csv'));
    // Only article endings are replaced, so "story.md" given by name cannot overwrite the facts of "story.txt".
    assert.equal(factsPathFor('/x/y/story.md'), path.join('/x/y', 'story.md.facts.json'));
    assert.equal(relativeArticlePath('/x/y/story.txt', '/x/out/story.facts.json'), '../y/story.txt');
  });

  it('writes atomically, replaces an old file, leaves no temporary file, refuses to write the article', () => {
    const target = path.join(dir, 'sub', 'a.facts.json');
    writeFileAtomic(target, 'one');
    writeFileAtomic(target, 'two');
    assert.equal(fs.readFileSync(target, 'utf8'), 'two');
    assert.deepEqual(fs.readdirSync(path.dirname(target)), ['a.facts.json']);
    const article = path.join(dir, 'a.txt');
    fs.writeFileSync(article, 'text');
    assert.throws(() => writeFileAtomic(article, 'x', { guard: new ReadFiles([article]) }), /refusing/);
    assert.equal(fs.readFileSync(article, 'utf8'), 'text');
  });
});
