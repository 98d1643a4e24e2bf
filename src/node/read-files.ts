/**
 * The files a run reads (its articles, the inputs named on the command line), so that no output ever replaces one:
 * not by its path, not through a symbolic link to it or to its folder, not through a second hard link. Every writer
 * (per-article facts files, the combined CSV, JSON Lines, the editor's exports) checks its target here first.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export class ReadFiles {
  /** Real path (symbolic links resolved) → the input as it was named. */
  private readonly byPath = new Map<string, string>();
  /** "device:inode" → the input: the same file under another name (a hard link, another case on macOS). */
  private readonly byId = new Map<string, string>();

  constructor(files: Iterable<string> = []) {
    for (const f of files) this.add(f);
  }

  add(file: string): void {
    this.byPath.set(realTarget(file), file);
    const id = fileId(file);
    if (id) this.byId.set(id, file);
  }

  /** Why `target` must not be written (a sentence naming it), or undefined when it may be. */
  conflict(target: string): string | undefined {
    const abs = path.resolve(target);
    const real = realTarget(target);
    const byPath = this.byPath.get(real);
    const input = byPath ?? this.byId.get(fileId(target) ?? '');
    if (input === undefined) return undefined;
    let how: string;
    if (byPath !== undefined && real === abs && path.resolve(input) === abs) how = 'it is an input of this run';
    else if (isSymlink(abs)) how = `it is a symbolic link to ${input}, an input of this run`;
    else how = `it is ${input}, an input of this run, under another name`;
    return `refusing to write ${target}: ${how} (articles and the files a run reads are never written)`;
  }
}

/**
 * Where writing `file` lands: its real path when it exists, else the real path of its nearest existing folder joined
 * with the rest (a new file in a symbolically linked folder is a file in the folder linked to).
 */
function realTarget(file: string): string {
  let rest = '';
  for (let p = path.resolve(file); ; ) {
    try {
      return path.join(fs.realpathSync.native(p), rest);
    } catch {
      const parent = path.dirname(p);
      if (parent === p) return path.resolve(file);
      rest = path.join(path.basename(p), rest);
      p = parent;
    }
  }
}

function fileId(file: string): string | undefined {
  try {
    const st = fs.statSync(file, { bigint: true });
    return st.ino ? `${st.dev}:${st.ino}` : undefined;
  } catch {
    return undefined;
  }
}

function isSymlink(file: string): boolean {
  try {
    return fs.lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}
