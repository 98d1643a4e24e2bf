/** Shared by the CLI tests: the built bundle to spawn, and articles written for these tests (no corpus text). */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildSync } from 'esbuild';
import { runExtract, type ExtractIo, type ExtractOptions } from '../../../src/cli/extract';

const SRC = path.resolve(__dirname, '../../../src');
const DIST_CLI = path.resolve(__dirname, '../../../dist/cli.js');

/**
 * dist/cli.js when it is newer than every source file, else a fresh bundle of src/cli/main.ts in `dir`: so
 * `npm run test:unit` needs no prior build and never tests a stale one.
 */
export function cliBundle(dir: string): string {
  const sources = (fs.readdirSync(SRC, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts'));
  const newest = Math.max(...sources.map((f) => fs.statSync(path.join(SRC, f)).mtimeMs));
  if (fs.existsSync(DIST_CLI) && fs.statSync(DIST_CLI).mtimeMs >= newest) return DIST_CLI;
  const out = path.join(dir, 'cli.js');
  buildSync({ entryPoints: [path.join(SRC, 'cli/main.ts')], outfile: out, bundle: true, platform: 'node', format: 'cjs', logLevel: 'error' });
  return out;
}

/** `runExtract` in this process, its output collected. */
export async function extract(inputs: string[], options: ExtractOptions, io: Partial<ExtractIo> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runExtract(inputs, options, { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s), ...io });
  return { code, stdout, stderr };
}

const DONORS = ['Chile', 'Peru', 'Norway', 'Canada', 'Japan', 'Kenya', 'Ghana', 'Spain', 'Italy', 'France'];
const RECIPIENTS = ['Haiti', 'Chad', 'Mali', 'Niger', 'Malawi', 'Yemen', 'Sudan', 'Nepal'];

/** An article of `n` one-sentence paragraphs, one fact each ("Chile pledged $1 million to Haiti on 1 March 2025."). */
export function pledges(n: number, from = 0): string {
  let s = '';
  for (let i = from; i < from + n; i++) {
    s += `${DONORS[i % DONORS.length]} pledged $${i + 1} million to ${RECIPIENTS[i % RECIPIENTS.length]} on ${1 + (i % 28)} March 2025.\n\n`;
  }
  return s;
}

/** The temporary files an atomic write leaves behind if it is not cleaned up (".name.<pid>.<random>.tmp"). */
export const tempFiles = (dir: string): string[] => fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'));
