/**
 * Writes export files atomically: a temporary file in the same folder, every byte checked, flushed to the disk, then
 * renamed over the target. A reader (or the editor's file watcher) never sees half a file; a full disk, a crash or a
 * signal leaves the previous file as it was. Shared by the CLI and the VS Code extension. A target that is a file the
 * run reads (an article) is refused before anything is created (see ReadFiles).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ReadFiles } from './read-files';
import { errorCode, nodeWriteFs, writeAll, type WriteFs } from './write-fs';

/** A failed or refused output: the message names the file and says what happened to the previous one. */
export class OutputError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

export interface AtomicOptions {
  /** Files that must not be written (the run's inputs). */
  guard?: ReadFiles;
  /** The file system (tests play a full disk). */
  fs?: WriteFs;
}

export function writeFileAtomic(target: string, data: string | Uint8Array, options: AtomicOptions = {}): void {
  const file = new AtomicFile(target, options);
  file.append(data);
  file.commit();
}

/** Temporary files not yet committed nor removed, for abortOpenFiles. */
const pending = new Set<AtomicFile>();

/**
 * Removes every temporary file still being written (the CLI calls it on SIGINT/SIGTERM before exiting); the targets
 * keep their previous content. Returns how many were removed.
 */
export function abortOpenFiles(): number {
  const n = pending.size;
  for (const f of [...pending]) f.abort();
  return n;
}

/**
 * A file written piece by piece into a temporary sibling and renamed into place on `commit()`, so a corpus export
 * streams in constant memory and still never leaves half a file behind. A failed write removes the temporary file at
 * once (freeing the space it took) and every later call fails with the same error; `abort()` removes it too.
 */
export class AtomicFile {
  private readonly fs: WriteFs;
  private readonly tmp: string;
  /** Whether there is a previous file to keep (for the messages). */
  private readonly replaces: boolean;
  private fd: number | null = null;
  private bytes = 0;
  private failed: OutputError | null = null;

  constructor(
    readonly target: string,
    options: AtomicOptions = {},
  ) {
    const refused = options.guard?.conflict(target);
    if (refused) throw new OutputError(refused);
    this.fs = options.fs ?? nodeWriteFs;
    const abs = path.resolve(target);
    const existing = statOrNull(abs);
    if (existing?.isDirectory()) throw new OutputError(`cannot write ${target}: it is a folder`, 'EISDIR');
    this.replaces = existing !== null;
    const dir = path.dirname(abs);
    this.tmp = path.join(dir, `.${path.basename(abs)}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`);
    try {
      this.fs.mkdirSync(dir, { recursive: true });
    } catch (e) {
      // a file where a folder of the path should be: mkdir says EEXIST, which would read as "the target exists"
      throw this.failure(errorCode(e) === 'EEXIST' ? Object.assign(e as Error, { code: 'ENOTDIR' }) : e);
    }
    try {
      this.fd = this.fs.openSync(this.tmp, 'wx');
    } catch (e) {
      throw this.failure(e);
    }
    pending.add(this);
  }

  append(data: string | Uint8Array): void {
    const fd = this.open();
    const buf = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    try {
      writeAll(this.fs, fd, buf);
    } catch (e) {
      throw this.fail(e);
    }
    this.bytes += buf.length;
  }

  /** Flushes the bytes to the disk and renames the file over the target, unless fewer bytes reached it than were written. */
  commit(): void {
    const fd = this.open();
    try {
      this.fs.fsyncSync(fd);
      const size = this.fs.fstatSync(fd).size;
      if (size !== this.bytes) throw Object.assign(new Error(`${size} of ${this.bytes} bytes on disk`), { code: 'ESHORT' });
      this.fd = null;
      this.fs.closeSync(fd);
      this.fs.renameSync(this.tmp, path.resolve(this.target));
    } catch (e) {
      throw this.fail(e);
    }
    pending.delete(this);
  }

  /** Drops the temporary file; the target keeps its previous content. Safe to call at any time, more than once. */
  abort(): void {
    pending.delete(this);
    if (this.fd !== null) {
      try {
        this.fs.closeSync(this.fd);
      } catch {
        /* the descriptor is gone either way */
      }
      this.fd = null;
    }
    try {
      this.fs.unlinkSync(this.tmp);
    } catch {
      /* already renamed, removed, or never created */
    }
  }

  private open(): number {
    if (this.failed) throw this.failed;
    if (this.fd === null) throw new OutputError(`${this.target} is already closed`);
    return this.fd;
  }

  private fail(e: unknown): OutputError {
    this.failed = this.failure(e);
    this.abort();
    return this.failed;
  }

  /** "disk full writing X; previous file kept": what went wrong and what the target still holds. */
  private failure(e: unknown): OutputError {
    if (e instanceof OutputError) return e;
    const code = errorCode(e);
    const kept = this.replaces ? 'previous file kept' : 'nothing written';
    const problem = code ? PROBLEM[code] : undefined;
    const what = problem ? `${problem} writing ${this.target}` : `cannot write ${this.target} (${code ?? (e as Error).message})`;
    return new OutputError(`${what}; ${kept}`, code);
  }
}

const PROBLEM: Partial<Record<string, string>> = {
  ENOSPC: 'disk full',
  EDQUOT: 'disk quota exceeded',
  EFBIG: 'file too large for the disk',
  ESHORT: 'short write (disk full?)',
  EACCES: 'permission denied',
  EPERM: 'not permitted',
  EROFS: 'read-only file system',
  EBUSY: 'file in use',
};

function statOrNull(file: string): fs.Stats | null {
  try {
    return fs.statSync(file);
  } catch {
    return null;
  }
}
