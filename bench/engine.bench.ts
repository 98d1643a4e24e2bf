/**
 * Engine benchmark (prints figures; nothing here passes or fails):
 *  1. ~100 KB of news, document by document: News Facts `analyze` vs raw compromise + compromise-dates
 *     (money, dates, people, organizations, places with offsets), best of 3 warm runs each, and the ratio.
 *  2. Linearity: one 100 KB document vs one 1 MB document (same text repeated), time ratio (should be ≈10, ≤ 12).
 *  3. Peak memory for the 1 MB document, measured in a fresh child process (maxRSS) so nothing else inflates it.
 *  4. Incremental: re-analysis of the 1 MB document after a one-paragraph edit.
 * Run: npm run bench
 */
import { execFileSync } from 'node:child_process';
import { analyze, Analyzer } from '../src/core/analyze';
import { loadNewsDocs, sized } from './news-text';

const ms = (t: number): string => `${t.toFixed(1)} ms`;

function best(runs: number, fn: () => void): number {
  let bestTime = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    bestTime = Math.min(bestTime, performance.now() - t0);
  }
  return bestTime;
}

function compromiseReference(): (text: string) => number {
  // Loaded lazily: the reference is only needed here, never by the engine.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const nlp = require('compromise');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  nlp.plugin(require('compromise-dates'));
  return (text: string) => {
    const doc = nlp(text);
    let n = 0;
    for (const view of [doc.money(), doc.dates(), doc.people(), doc.organizations(), doc.places()]) {
      n += view.json({ offset: true }).length;
    }
    return n;
  };
}

function peakMemoryChild(chars: number): void {
  const { docs } = loadNewsDocs(100_000);
  const text = sized(docs, chars);
  const before = process.memoryUsage();
  const a = analyze(text);
  const after = process.memoryUsage();
  console.log(
    JSON.stringify({
      mentions: a.mentions.length,
      maxRssMB: process.resourceUsage().maxRSS / 1024,
      heapUsedDeltaMB: (after.heapUsed - before.heapUsed) / 1048576,
      rssBeforeMB: before.rss / 1048576,
    }),
  );
}

function main(): void {
  if (process.argv[2] === '--peak-memory') return peakMemoryChild(Number(process.argv[3]));

  const { docs, source } = loadNewsDocs(100_000);
  const chars = docs.reduce((n, d) => n + d.length, 0);
  console.log(`news text: ${docs.length} documents, ${(chars / 1000).toFixed(1)} KB from ${source}`);

  const reference = compromiseReference();
  const engine = (text: string): number => analyze(text).mentions.length;
  // Warm both up once (JIT, lazily built lexicons), then take the best of 3.
  docs.forEach(reference);
  docs.forEach(engine);
  const tRef = best(3, () => docs.forEach(reference));
  const tEngine = best(3, () => docs.forEach(engine));
  console.log(`\n1. end to end, document by document (best of 3)`);
  console.log(`   raw compromise + compromise-dates : ${ms(tRef)}  (${(chars / 1000 / (tRef / 1000)).toFixed(0)} KB/s)`);
  console.log(`   news-facts analyze                : ${ms(tEngine)}  (${(chars / 1000 / (tEngine / 1000)).toFixed(0)} KB/s)`);
  console.log(`   speed-up                          : ${(tRef / tEngine).toFixed(2)}x  (target >= 4x)`);

  const small = sized(docs, 100_000);
  const large = sized(docs, 1_000_000);
  const tSmall = best(3, () => analyze(small));
  const tLarge = best(2, () => analyze(large));
  console.log(`\n2. one document, 100 KB vs 1 MB (fresh analyzer each run)`);
  console.log(`   100 KB : ${ms(tSmall)}`);
  console.log(`   1 MB   : ${ms(tLarge)}`);
  console.log(`   ratio  : ${(tLarge / tSmall).toFixed(2)}  (linear = 10, target <= 12)`);
  const line = large.replace(/\s*\n\s*/g, ' ');
  const tLine = best(2, () => analyze(line));
  console.log(`   1 MB as a single line: ${ms(tLine)}`);

  const analyzer = new Analyzer();
  analyzer.analyze(large);
  const mid = large.indexOf('\n\n', large.length / 2);
  const edited = large.slice(0, mid) + ' Officials added 5 million euros on Friday.' + large.slice(mid);
  const t0 = performance.now();
  const again = analyzer.analyze(edited);
  const tEdit = performance.now() - t0;
  console.log(`\n3. incremental: 1 MB document after a one-paragraph edit`);
  console.log(`   ${ms(tEdit)}, ${again.stats.reusedBlocks} of ${again.stats.blocks} blocks reused`);

  const child = execFileSync(process.execPath, [...process.execArgv, __filename, '--peak-memory', '1000000'], {
    encoding: 'utf8',
  });
  const mem = JSON.parse(child.trim().split('\n').pop() as string);
  console.log(`\n4. memory, 1 MB document in a fresh process`);
  console.log(
    `   peak RSS ${mem.maxRssMB.toFixed(0)} MB (process baseline ${mem.rssBeforeMB.toFixed(0)} MB), heap growth ${mem.heapUsedDeltaMB.toFixed(0)} MB, ${mem.mentions} mentions`,
  );
}

main();
