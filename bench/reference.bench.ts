/**
 * Today's engine against a reference revision, in the same run (prints figures; nothing passes or fails):
 *  1. analysis of ~100 KB of news, document by document; 2. analysis of one 1 MB document; 3. facts of that document.
 * Runs alternate between the two engines and the best of each is kept, so background load hits both alike.
 * Reference: NEWS_FACTS_BENCH_REF (a git revision), default the last measured release state below.
 * Run: npx tsx bench/reference.bench.ts   (part of npm run bench)
 */
import { loadNewsDocs, sized } from './news-text';
import { currentEngine, referenceEngine, type Engine } from './reference';

const REFERENCE = process.env.NEWS_FACTS_BENCH_REF ?? '1853be0';
const ROUNDS = Number(process.env.NEWS_FACTS_BENCH_ROUNDS ?? 7);

function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

/** Best time of each engine over ROUNDS alternating rounds. */
function race(engines: Engine[], work: (e: Engine) => void): number[] {
  const best = engines.map(() => Infinity);
  engines.forEach((e) => work(e)); // warm-up: JIT and lazily built lexicons
  for (let r = 0; r < ROUNDS; r++) engines.forEach((e, i) => (best[i] = Math.min(best[i], time(() => work(e)))));
  return best;
}

function report(title: string, engines: Engine[], best: number[], kb: number): void {
  console.log(`   ${title}`);
  engines.forEach((e, i) => console.log(`     ${e.label.padEnd(8)} ${best[i].toFixed(1).padStart(8)} ms  ${(kb / (best[i] / 1000)).toFixed(0).padStart(6)} KB/s`));
  if (best.length === 2) console.log(`     now / ${engines[0].label}: ${(best[0] / best[1]).toFixed(2)}x throughput (>1 = faster today)`);
}

function main(): void {
  const ref = referenceEngine(REFERENCE);
  const now = currentEngine();
  const engines = ref ? [ref, now] : [now];
  const { docs } = loadNewsDocs(100_000);
  const chars = docs.reduce((n, d) => n + d.length, 0);
  const large = sized(docs, 1_000_000);
  console.log(`engine now vs ${ref ? REFERENCE : '(no reference)'}, best of ${ROUNDS} alternating rounds`);

  report(`1. analysis, ${docs.length} news documents (${(chars / 1000).toFixed(0)} KB), one by one`, engines, race(engines, (e) => docs.forEach((d) => e.analyze(d))), chars / 1000);
  report('2. analysis, one 1 MB document', engines, race(engines, (e) => e.analyze(large)), large.length / 1000);
  const analyses = engines.map((e) => e.analyze(large));
  report('3. facts of the 1 MB document (analysis done)', engines, race(engines, (e) => e.facts(large, analyses[engines.indexOf(e)])), large.length / 1000);
}

main();
