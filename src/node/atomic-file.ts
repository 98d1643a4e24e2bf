/**
 * Writes export files atomically: a temporary file in the same folder, then a rename, so a reader (or the editor's
 * file watcher) never sees half a file and a crash leaves the old file intact. Shared by the CLI and the VS Code
 * extension. The article itself is never written: callers get an error for that path.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export function writeFileAtomic(target: string, data: string | Uint8Array, options: { protect?: string[] } = {}): void {
  const file = new AtomicFile(target, options);
  try {
    file.append(data);
    file.commit();
  } catch (e) {
    file.abort();
    throw e;
  }
}

/**
 * A file written piece by piece into a temporary sibling and renamed into place on `commit()`, so a corpus export
 * streams in constant memory and still never leaves half a file behind; `abort()` removes the temporary file.
 */
export class AtomicFile {
  private readonly tmp: string;
  private fd: number | null;

  constructor(readonly target: string, options: { protect?: string[] } = {}) {
    const abs = path.resolve(target);
    for (const p of options.protect ?? []) {
      if (path.resolve(p) === abs) throw new Error(`refusing to overwrite the article ${p}`);
    }
    const dir = path.dirname(abs);
    fs.mkdirSync(dir, { recursive: true });
    this.tmp = path.join(dir, `.${path.basename(abs)}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`);
    this.fd = fs.openSync(this.tmp, 'wx');
  }

  append(data: string | Uint8Array): void {
    if (this.fd === null) throw new Error(`${this.target} is already closed`);
    fs.writeSync(this.fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
  }

  commit(): void {
    if (this.fd === null) throw new Error(`${this.target} is already closed`);
    fs.closeSync(this.fd);
    this.fd = null;
    fs.renameSync(this.tmp, path.resolve(this.target));
  }

  abort(): void {
    if (this.fd !== null) {
      fs.closeSync(this.fd);
      this.fd = null;
    }
    try {
      fs.unlinkSync(this.tmp);
    } catch {
      /* already renamed or never created */
    }
  }
}
