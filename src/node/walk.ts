import * as fs from 'node:fs';
import * as path from 'node:path';
import { ARTICLE_FILE, type ExcludeMatcher } from '../core';
import { cannotRead } from './read-article';

const never: ExcludeMatcher = () => false;

/** The two calls a walk makes, replaceable in tests (an unreadable folder cannot be made so for root with chmod). */
export interface WalkFs {
  readdir(dir: string): Promise<fs.Dirent[]>;
  /** Follows symbolic links (to tell a link to a folder from a link to a file). */
  stat(file: string): Promise<fs.Stats>;
}

export const nodeWalkFs: WalkFs = {
  readdir: (dir) => fs.promises.readdir(dir, { withFileTypes: true }),
  stat: (file) => fs.promises.stat(file),
};

export interface WalkResult {
  /** The articles, in walk order. */
  files: string[];
  /** Folders that could not be read (the walk goes on without them), with the reason. */
  failed: Array<{ path: string; message: string }>;
  /** Symbolic links that were not followed: to a folder, or named like an article. */
  symlinks: string[];
}

/**
 * The articles (*.txt, *.news) under a folder, in a stable order (entries sorted by name, depth first). Hidden files
 * and folders, node_modules and what `excluded` matches (paths relative to `dir`, forward slashes) are skipped;
 * symbolic links are not followed (a link may lead out of the folder, or round in a loop) but counted. A folder that
 * cannot be read is reported and the walk goes on with the others.
 */
export async function findArticles(dir: string, excluded: ExcludeMatcher = never, wfs: WalkFs = nodeWalkFs): Promise<WalkResult> {
  const out: WalkResult = { files: [], failed: [], symlinks: [] };
  await walk(dir, '', { excluded, wfs, out });
  return out;
}

interface Walk {
  excluded: ExcludeMatcher;
  wfs: WalkFs;
  out: WalkResult;
}

async function walk(dir: string, rel: string, w: Walk): Promise<void> {
  let entries: fs.Dirent[];
  try {
    entries = (await w.wfs.readdir(dir)).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (e) {
    w.out.failed.push({ path: dir, message: cannotRead(e, 'folder') });
    return;
  }
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const entryRel = rel ? `${rel}/${e.name}` : e.name;
    const p = path.join(dir, e.name);
    if (e.isSymbolicLink()) {
      if (!w.excluded(entryRel) && (ARTICLE_FILE.test(e.name) || (await isFolder(w.wfs, p)))) w.out.symlinks.push(p);
      continue;
    }
    const isDir = e.isDirectory();
    if (!isDir && !(e.isFile() && ARTICLE_FILE.test(e.name))) continue;
    if (w.excluded(entryRel)) continue;
    if (isDir) await walk(p, entryRel, w);
    else w.out.files.push(p);
  }
}

async function isFolder(wfs: WalkFs, p: string): Promise<boolean> {
  try {
    return (await wfs.stat(p)).isDirectory();
  } catch {
    return false; // a dangling link
  }
}
