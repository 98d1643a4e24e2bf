/**
 * Issue 8, item 2 at the level of one file: every byte count of a write is checked, the data reaches the disk before
 * the rename, and a failure anywhere keeps the previous file and removes the temporary one. The disk is played by a
 * stand-in (test/unit/node/small-disk); test/unit/cli/disk-full.test.ts runs the reproducers, on a real
 * 1 MB tmpfs too where it may.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { abortOpenFiles, AtomicFile, OutputError, writeFileAtomic } from '../../../src/node/atomic-file';
import { nodeWriteFs, type WriteFs } from '../../../src/node/write-fs';
import { choppyDisk, smallDisk } from './small-disk';

describe('atomic file: a full disk never commits a short file', () => {
  let dir: string;
  let target: string;
  const PREVIOUS = '{"previous": "good file"}\n';
  const DATA = 'x'.repeat(10_000);
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nf-atomic-'));
    target = path.join(dir, 'a.facts.json');
    fs.writeFileSync(target, PREVIOUS);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** The folder holds the previous file and nothing else. */
  const previousKept = () => {
    assert.equal(fs.readFileSync(target, 'utf8'), PREVIOUS);
    assert.deepEqual(fs.readdirSync(dir), ['a.facts.json'], 'no temporary file left');
  };

  it('a short write followed by ENOSPC: "disk full writing X; previous file kept", the temporary file removed', () => {
    const disk = smallDisk(4000);
    assert.throws(() => writeFileAtomic(target, DATA, { fs: disk }), (e: Error) => {
      assert.ok(e instanceof OutputError);
      assert.equal(e.message, `disk full writing ${target}; previous file kept`);
      return true;
    });
    assert.equal(disk.written(), 0, 'the temporary file is gone and its 4,000 bytes given back');
    previousKept();
  });

  it('a write that takes no byte at all counts as a full disk (instead of looping for ever)', () => {
    const zero: WriteFs = { ...nodeWriteFs, writeSync: () => 0 };
    assert.throws(() => writeFileAtomic(target, DATA, { fs: zero }), /^Error: disk full writing .*; previous file kept$/);
    previousKept();
  });

  it('loops on short writes: a disk that takes 7 bytes per call still gets the whole file', () => {
    const disk = choppyDisk(7);
    writeFileAtomic(target, DATA, { fs: disk });
    assert.equal(fs.readFileSync(target, 'utf8'), DATA);
    assert.ok(disk.calls() >= DATA.length / 7);
  });

  it('streams: a failed append drops the temporary file at once, and every later call fails the same way', () => {
    const file = new AtomicFile(target, { fs: smallDisk(15_000) });
    file.append(DATA);
    assert.throws(() => file.append(DATA), /disk full/);
    assert.deepEqual(fs.readdirSync(dir), ['a.facts.json'], 'the space the temporary file took is given back');
    assert.throws(() => file.append('more'), /disk full/);
    assert.throws(() => file.commit(), /disk full/);
    previousKept();
  });

  it('flushes to the disk before the rename, and renames nothing when the disk holds fewer bytes than were written', () => {
    const calls: string[] = [];
    const logged: WriteFs = {
      ...nodeWriteFs,
      fsyncSync: (fd) => (calls.push('fsync'), nodeWriteFs.fsyncSync(fd)),
      renameSync: (a, b) => (calls.push('rename'), nodeWriteFs.renameSync(a, b)),
    };
    writeFileAtomic(target, DATA, { fs: logged });
    assert.deepEqual(calls, ['fsync', 'rename']);

    fs.writeFileSync(target, PREVIOUS);
    const lying: WriteFs = { ...nodeWriteFs, fstatSync: (fd) => ({ size: nodeWriteFs.fstatSync(fd).size - 1 }) };
    assert.throws(() => writeFileAtomic(target, DATA, { fs: lying }), /short write .* writing .*; previous file kept/);
    previousKept();
  });

  it('a failing flush or rename (EIO, a file locked by a spreadsheet) keeps the previous file too', () => {
    const eio: WriteFs = { ...nodeWriteFs, fsyncSync: () => { throw Object.assign(new Error('EIO'), { code: 'EIO' }); } };
    assert.throws(() => writeFileAtomic(target, DATA, { fs: eio }), new RegExp(`cannot write ${target} \\(EIO\\); previous file kept`));
    previousKept();
    const busy: WriteFs = { ...nodeWriteFs, renameSync: () => { throw Object.assign(new Error('EBUSY'), { code: 'EBUSY' }); } };
    assert.throws(() => writeFileAtomic(target, DATA, { fs: busy }), /file in use writing .*; previous file kept/);
    previousKept();
  });

  it('says "nothing written" when there was no previous file, and refuses a folder as target', () => {
    fs.rmSync(target);
    assert.throws(() => writeFileAtomic(target, DATA, { fs: smallDisk(10) }), /disk full writing .*; nothing written$/);
    assert.deepEqual(fs.readdirSync(dir), []);
    assert.throws(() => writeFileAtomic(dir, DATA), /cannot write .*: it is a folder/);
  });

  it('abortOpenFiles removes the temporary files still being written (what the CLI does on a signal)', () => {
    const a = new AtomicFile(target);
    a.append('half');
    const b = new AtomicFile(path.join(dir, 'b.csv'));
    assert.equal(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp')).length, 2);
    assert.equal(abortOpenFiles(), 2);
    previousKept();
    assert.throws(() => b.append('x'), /already closed/);
    assert.equal(abortOpenFiles(), 0);
  });
});
