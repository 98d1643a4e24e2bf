/**
 * The file system calls an output makes, as one small interface: the real `node:fs` in use, a stand-in in tests that
 * plays a full disk (short writes, ENOSPC) — a condition a test cannot otherwise produce without mounting a small
 * file system. Reading stays on `node:fs` directly.
 */
import * as fs from 'node:fs';

export interface WriteFs {
  mkdirSync(dir: string, options: { recursive: true }): unknown;
  openSync(file: string, flags: 'wx'): number;
  /** Writes up to `length` bytes; returns how many it wrote (fewer on a nearly full disk). */
  writeSync(fd: number, buffer: Uint8Array, offset: number, length: number): number;
  fsyncSync(fd: number): void;
  fstatSync(fd: number): { size: number };
  closeSync(fd: number): void;
  renameSync(from: string, to: string): void;
  unlinkSync(file: string): void;
}

export const nodeWriteFs: WriteFs = {
  mkdirSync: (dir, options) => fs.mkdirSync(dir, options),
  openSync: (file, flags) => fs.openSync(file, flags),
  writeSync: (fd, buffer, offset, length) => fs.writeSync(fd, buffer, offset, length),
  fsyncSync: (fd) => fs.fsyncSync(fd),
  fstatSync: (fd) => fs.fstatSync(fd),
  closeSync: (fd) => fs.closeSync(fd),
  renameSync: (from, to) => fs.renameSync(from, to),
  unlinkSync: (file) => fs.unlinkSync(file),
};

/** The error code of a failed file system call ("ENOSPC"), else undefined. */
export const errorCode = (e: unknown): string | undefined => (e as NodeJS.ErrnoException | undefined)?.code;

/** Writes all of `buf` to `fd`, looping on partial writes; a write that takes no byte is a full disk (ENOSPC). */
export function writeAll(wfs: Pick<WriteFs, 'writeSync'>, fd: number, buf: Uint8Array): void {
  for (let off = 0; off < buf.length; ) {
    const n = wfs.writeSync(fd, buf, off, buf.length - off);
    if (!(n > 0)) throw Object.assign(new Error('no byte written'), { code: 'ENOSPC' });
    off += n;
  }
}
