/**
 * Writes export files atomically: a temporary file in the same folder, then a rename, so a reader (or the editor's
 * file watcher) never sees half a file and a crash leaves the old file intact. Pure Node `fs`: shared by the CLI and
 * the VS Code extension. The article itself is never written: callers get an error for that path.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ARTICLE_FILE } from './read';

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

/** `dir/article.txt` → `dir/article.facts.json` (an article ending replaced; `ext` is ".facts.json" or ".facts.csv"). */
export function factsPathFor(article: string, ext = '.facts.json', outDir?: string): string {
  const base = path.basename(article).replace(ARTICLE_FILE, '');
  return path.join(outDir ?? path.dirname(article), base + ext);
}

/**
 * Where an article's facts file goes: next to it, or under `outDir` with the article's folder below `root` mirrored
 * (so two `a.txt` in different sub-folders never write the same file). An article outside `root` goes straight
 * into `outDir`.
 */
export function factsTargetFor(article: string, ext: string, outDir?: string, root?: string): string {
  if (!outDir) return factsPathFor(article, ext);
  let sub = root ? path.relative(path.resolve(root), path.dirname(path.resolve(article))) : '';
  if (sub.startsWith('..') || path.isAbsolute(sub)) sub = '';
  return factsPathFor(article, ext, path.join(outDir, sub));
}

/** The article's path as written into its facts file: relative to that file's folder, with forward slashes. */
export function relativeArticlePath(article: string, factsFile: string): string {
  const rel = path.relative(path.dirname(path.resolve(factsFile)), path.resolve(article));
  return rel.split(path.sep).join('/');
}
