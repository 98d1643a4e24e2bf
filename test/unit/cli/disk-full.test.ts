/**
 * Issue 8, item 2, the reproducers: on a full disk, `extract` to a 2.5 MB JSON file, to a JSON Lines file and to a
 * combined CSV each replaced the previous good file with a truncated one and exited 0. Now each exits 1 with "disk full
 * writing X; previous file kept", the previous file is byte for byte intact and no temporary file is left.
 * Twice: with a stand-in disk (everywhere), and for real on a 1 MB tmpfs (Linux, as root; skipped elsewhere).
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { ExtractFormat } from '../../../src/cli/extract';
import type { WriteFs } from '../../../src/node/write-fs';
import { smallDisk } from '../node/small-disk';
import { extract, pledges, tempFiles } from './helpers';

/** One run per output kind: the format, where it goes, and the previous good file there. */
const CASES: Array<{ format: ExtractFormat; out: string; previous: string }> = [
  { format: 'json', out: 'big.json', previous: '{"schema": "news-facts/1", "facts": []}\n' },
  { format: 'jsonl', out: 'all.jsonl', previous: '{"schema":"news-facts/1","facts":[]}\n' },
  { format: 'csv', out: 'all.csv', previous: '\ufefffact_id,source\r\nf-1,old.txt\r\n' },
];

/** Exports `article` into `outDir` for each case and checks the failure; `disk` plays the disk when given. */
async function fullDiskRuns(article: string, outDir: string, disk?: () => WriteFs) {
  for (const { format, out, previous } of CASES) {
    const target = path.join(outDir, out);
    fs.writeFileSync(target, previous);
    const r = await extract([article], { format, out: target }, disk ? { writeFs: disk() } : {});
    assert.equal(r.code, 1, `${format}: exit status (${r.stderr})`);
    assert.ok(r.stderr.includes(`disk full writing ${target}; previous file kept`), `${format}: ${r.stderr}`);
    assert.match(r.stderr, /0 articles, 0 facts, 1 failed\n$/, `${format}: nothing counted as exported`);
    assert.doesNotMatch(r.stderr, /\n\s+at |Try 'news-facts/, 'no stack, not a usage error');
    assert.equal(fs.readFileSync(target, 'utf8'), previous, `${format}: the previous file is kept`);
    assert.deepEqual(tempFiles(outDir), [], `${format}: no temporary file left`);
  }
}

describe('extract on a full disk', function () {
  this.timeout(120_000);
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nf-disk-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('JSON, JSON Lines and combined CSV on a disk with 2 KB free (short write, then ENOSPC)', async () => {
    const article = path.join(dir, 'a.txt');
    fs.writeFileSync(article, pledges(40));
    await fullDiskRuns(article, dir, () => smallDisk(2048));
  });

  it('a per-article file that does not fit fails alone; the articles after it are exported', async () => {
    fs.writeFileSync(path.join(dir, 'a.txt'), pledges(1));
    fs.writeFileSync(path.join(dir, 'm.txt'), pledges(40));
    fs.writeFileSync(path.join(dir, 'z.txt'), pledges(1, 7));
    fs.writeFileSync(path.join(dir, 'm.facts.json'), 'previous');
    // room for the two small files (~2 KB each), not for the big one (~70 KB)
    const r = await extract([dir], { format: 'json' }, { writeFs: smallDisk(8192) });
    assert.equal(r.code, 1);
    assert.match(r.stderr, /m\.txt: disk full writing .*m\.facts\.json; previous file kept/);
    assert.match(r.stderr, /2 articles, 2 facts, 1 failed/);
    assert.equal(fs.readFileSync(path.join(dir, 'm.facts.json'), 'utf8'), 'previous');
    assert.ok(fs.existsSync(path.join(dir, 'a.facts.json')) && fs.existsSync(path.join(dir, 'z.facts.json')));
    assert.deepEqual(tempFiles(dir), []);
  });

  describe('for real, on a 1 MB tmpfs', () => {
    let mnt: string;
    let article: string;
    before(function () {
      const why = cannotMount();
      if (why) {
        console.log(`      (skipped: ${why})`);
        this.skip();
      }
      mnt = fs.mkdtempSync(path.join(os.tmpdir(), 'nf-tmpfs-'));
      const m = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', mnt], { encoding: 'utf8' });
      if (m.status !== 0) {
        fs.rmSync(mnt, { recursive: true, force: true });
        console.log(`      (skipped: mount -t tmpfs not permitted: ${m.stderr.trim()})`);
        this.skip();
      }
      // 1,500 facts: its JSON is ~2.5 MB, its JSON Lines ~1.7 MB, its CSV ~330 KB (filled up to below)
      article = path.join(os.tmpdir(), `nf-tmpfs-article-${process.pid}.txt`);
      fs.writeFileSync(article, pledges(1500));
    });
    after(() => {
      if (!mnt) return;
      spawnSync('umount', [mnt]);
      fs.rmSync(mnt, { recursive: true, force: true });
      fs.rmSync(article, { force: true });
    });

    it('JSON (2.5 MB), JSON Lines (1.7 MB) and combined CSV (disk filled to 800 KB first) keep the previous file', async () => {
      await fullDiskRunsOn(mnt, article);
    });
  });
});

/**
 * The tmpfs runs: JSON and JSON Lines as they are; the CSV after filling the disk so that its 330 KB do not fit (the
 * filler is a hidden file: tempFiles() does not see it).
 */
async function fullDiskRunsOn(mnt: string, article: string) {
  const filler = path.join(mnt, '.filler');
  for (const c of CASES) {
    fs.writeFileSync(filler, c.format === 'csv' ? Buffer.alloc(800 * 1024) : '');
    const target = path.join(mnt, c.out);
    fs.writeFileSync(target, c.previous);
    const r = await extract([article], { format: c.format, out: target });
    assert.equal(r.code, 1, `${c.format}: exit status (${r.stderr})`);
    assert.ok(r.stderr.includes(`disk full writing ${target}; previous file kept`), `${c.format}: ${r.stderr}`);
    assert.equal(fs.readFileSync(target, 'utf8'), c.previous, `${c.format}: the previous file is kept`);
    assert.deepEqual(tempFiles(mnt), [], `${c.format}: no temporary file left`);
    fs.rmSync(target);
  }
}

/** Why this test cannot mount a tmpfs here (undefined when it can try). */
function cannotMount(): string | undefined {
  if (process.platform !== 'linux') return 'tmpfs is Linux only';
  if (process.getuid?.() !== 0) return 'mounting a tmpfs needs root';
  return undefined;
}
