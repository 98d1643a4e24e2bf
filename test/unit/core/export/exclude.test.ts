import * as assert from 'node:assert/strict';
import { excludeMatcher } from '../../../../src/core/export/exclude';

// [globs, root-relative path, excluded?]
const CASES: Array<[string[], string, boolean]> = [
  [[], 'a.txt', false],
  [['**/notes/**'], 'notes/skip.txt', true],
  [['**/notes/**'], 'world/notes/deep/skip.txt', true],
  [['**/notes/**'], 'notes.txt', false],
  [['drafts/**'], 'drafts/a.txt', true],
  [['drafts/**'], 'world/drafts/a.txt', false],
  [['drafts'], 'drafts/sub/a.txt', true], // a matched folder excludes what is below it
  [['drafts/'], 'drafts/a.txt', true],
  [['**/*.log.txt'], 'a/b/c.log.txt', true],
  [['**/*.log.txt'], 'c.log.txt', true],
  [['*.log.txt'], 'a/c.log.txt', false], // no "**/": the top folder only
  [['*.log.txt'], 'c.log.txt', true],
  [['**/*.{txt,news}'], 'x/y.news', true],
  [['**/.archive/**'], '.archive/a.txt', true],
  [['a/**', '  ', 'b/*.txt'], 'b/c.txt', true],
  [['a/**', 'b/*.txt'], 'c/b/c.txt', false],
  [['World/**'], 'world/a.txt', false], // case matters, as in VS Code's globs
];

describe('excludeMatcher (newsFacts.exclude, extract --exclude)', () => {
  for (const [globs, rel, excluded] of CASES) {
    it(`${JSON.stringify(globs)} ${excluded ? 'excludes' : 'keeps'} ${rel}`, () => assert.equal(excludeMatcher(globs)(rel), excluded));
  }
});
