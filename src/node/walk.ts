import * as fs from 'node:fs';
import * as path from 'node:path';
import { ARTICLE_FILE, type ExcludeMatcher } from '../core';

const never: ExcludeMatcher = () => false;

/**
 * The articles (*.txt, *.news) under a folder, in a stable order (entries sorted by name, depth first). Hidden files
 * and folders, node_modules and what `excluded` matches (paths relative to `dir`, forward slashes) are skipped;
 * symbolic links are not followed.
 */
export async function findArticles(dir: string, excluded: ExcludeMatcher = never): Promise<string[]> {
  const out: string[] = [];
  await walk(dir, '', excluded, out);
  return out;
}

async function walk(dir: string, rel: string, excluded: ExcludeMatcher, out: string[]): Promise<void> {
  const entries = (await fs.promises.readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const entryRel = rel ? `${rel}/${e.name}` : e.name;
    const isDir = e.isDirectory();
    if (!isDir && !(e.isFile() && ARTICLE_FILE.test(e.name))) continue;
    if (excluded(entryRel)) continue;
    const p = path.join(dir, e.name);
    if (isDir) await walk(p, entryRel, excluded, out);
    else out.push(p);
  }
}
