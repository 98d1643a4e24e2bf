import * as path from 'node:path';
import { buildSync } from 'esbuild';

/** Bundles `entry` (a worker script) into `dir`, as esbuild.js bundles dist/worker.js; returns the bundle's path. */
export function bundleWorker(entry: string, dir: string): string {
  const outfile = path.join(dir, `${path.basename(entry, '.ts')}.js`);
  buildSync({ entryPoints: [entry], outfile, bundle: true, platform: 'node', format: 'cjs', logLevel: 'error' });
  return outfile;
}
