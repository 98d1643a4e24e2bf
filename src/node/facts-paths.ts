/** Where facts files go and how they name their article: the same for the CLI and the editor. */
import * as path from 'node:path';
import { ARTICLE_FILE } from '../core';

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
