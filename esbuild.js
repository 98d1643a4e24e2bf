// Bundles the extension, its analysis worker and the CLI. `vscode` stays external (the host provides it).
// Usage: node esbuild.js [--production] [--watch]
const esbuild = require('esbuild');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
// --tests: only the integration-test bundles (out/integration), run by `npm run test:integration`.
const tests = process.argv.includes('--tests');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'warning',
};

const entries = [
  { entryPoints: ['src/vscode/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { entryPoints: ['src/vscode/worker.ts'], outfile: 'dist/worker.js' },
  { entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
];

// Mocha and the test runner stay external: they are loaded from node_modules by the extension host / node.
const testEntries = () => {
  const fs = require('fs');
  const dir = 'test/integration';
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.ts')) : [];
  return files.map((f) => ({
    entryPoints: [`${dir}/${f}`],
    outfile: `out/integration/${f.replace(/\.ts$/, '.js')}`,
    external: ['vscode', 'mocha', '@vscode/test-electron'],
    sourcemap: true,
  }));
};

async function main() {
  const fs = require('fs');
  const selected = tests ? testEntries() : entries;
  const contexts = await Promise.all(
    selected.filter((e) => fs.existsSync(e.entryPoints[0])).map((e) => esbuild.context({ ...common, ...e })),
  );
  if (watch) {
    await Promise.all(contexts.map((c) => c.watch()));
    return;
  }
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
  if (fs.existsSync('dist/cli.js')) fs.chmodSync('dist/cli.js', 0o755);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
