/**
 * The engine of another git revision, bundled beside today's, so a benchmark can time both in the same run on the
 * same machine (figures from different runs on a shared machine differ by more than the changes being measured).
 * Both are bundled by esbuild the same way; each exposes `analyze(text)` and `facts(text, analysis)`.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export interface Engine {
  label: string;
  analyze(text: string): { mentions: unknown[] };
  facts(text: string, analysis: unknown): unknown[];
}

const ROOT = path.resolve(__dirname, '..');

/** Entry source per layout: the pipeline (one way in) where it exists, else the older analyze + facts modules. */
function entrySource(dir: string): string {
  if (fs.existsSync(path.join(dir, 'src/core/pipeline.ts'))) {
    return `import { DocumentAnalyzer, factsOf } from './src/core/pipeline';
export const analyze = (t: string) => new DocumentAnalyzer().analyze(t);
export const facts = (t: string, a: any) => factsOf(t, a);`;
  }
  return `import { analyze as run } from './src/core/analyze';
import { extractFacts } from './src/core/facts/extract';
export const analyze = (t: string) => run(t);
export const facts = (t: string, a: any) => extractFacts(t, a);`;
}

function bundle(dir: string, label: string): Engine {
  fs.writeFileSync(path.join(dir, 'bench-entry.ts'), entrySource(dir));
  const out = path.join(dir, 'bench-engine.js');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('esbuild').buildSync({
    entryPoints: [path.join(dir, 'bench-entry.ts')],
    outfile: out,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'error',
    nodePaths: [path.join(ROOT, 'node_modules')],
  });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return { label, ...(require(out) as Omit<Engine, 'label'>) };
}

/** Today's working tree. */
export function currentEngine(): Engine {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-facts-now-'));
  fs.cpSync(path.join(ROOT, 'src'), path.join(dir, 'src'), { recursive: true });
  return bundle(dir, 'now');
}

/** The engine at git revision `rev`, or null (with the reason printed) when the revision is not in this clone. */
export function referenceEngine(rev: string): Engine | null {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-facts-ref-'));
  try {
    const tar = execFileSync('git', ['archive', rev, 'src'], { cwd: ROOT, maxBuffer: 256 << 20 });
    execFileSync('tar', ['-x', '-C', dir], { input: tar });
  } catch (e) {
    console.log(`   (reference ${rev} not available here: ${(e as Error).message.split('\n')[0]})`);
    return null;
  }
  return bundle(dir, rev);
}
