/**
 * Facts benchmark (prints figures; nothing passes or fails): `npx tsx bench/facts.bench.ts` (part of npm run bench).
 *  1. facts of ~1 MB of news (analysis done), today vs a reference revision, alternating rounds, best of each;
 *  2. the worst case: a text where every sentence moves money (every sentence is a fact), today only;
 *  3. what compromise's tagger would cost if run on the sentences with an amount only (the facts engine does not use
 *     it: this is the price of adopting it, in KB/s of the whole text);
 *  4. what the common-noun actors add to the analysis (analysis of the same text with and without them is not
 *     separable at run time, so: the description extractor alone over the same blocks).
 * Reference: NEWS_FACTS_BENCH_REF (a git revision, default 581d09e, before event frames).
 */
import nlp from 'compromise';
import { BlockView } from '../src/core/text/block-view';
import { splitBlocks } from '../src/core/text/blocks';
import { DocumentAnalyzer, factsOf } from '../src/core/pipeline';
import { extractActors } from '../src/core/extract/actors';
import { extractDescriptions } from '../src/core/extract/descriptions';
import { extractMoney } from '../src/core/extract/money';
import { loadNewsDocs, sized } from './news-text';
import { currentEngine, referenceEngine, type Engine } from './reference';

const REFERENCE = process.env.NEWS_FACTS_BENCH_REF ?? '581d09e';
const ROUNDS = Number(process.env.NEWS_FACTS_BENCH_ROUNDS ?? 5);

function best(fn: () => void, rounds = ROUNDS): number {
  fn(); // warm-up: JIT and lazily built lexicons
  let b = Infinity;
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    fn();
    b = Math.min(b, performance.now() - t0);
  }
  return b;
}

const kbs = (chars: number, ms: number): string => `${(chars / 1000 / (ms / 1000)).toFixed(0).padStart(6)} KB/s`;

function main(): void {
  const { docs, source } = loadNewsDocs(100_000);
  const large = sized(docs, 1_000_000);
  console.log(`facts benchmark on ${source}, best of ${ROUNDS}`);

  // 1. today vs reference, alternating
  const ref = referenceEngine(REFERENCE);
  const engines: Engine[] = ref ? [ref, currentEngine()] : [currentEngine()];
  const analyses = engines.map((e) => e.analyze(large));
  const times = engines.map(() => Infinity);
  engines.forEach((e, i) => e.facts(large, analyses[i]));
  for (let r = 0; r < ROUNDS; r++) {
    engines.forEach((e, i) => {
      const t0 = performance.now();
      e.facts(large, analyses[i]);
      times[i] = Math.min(times[i], performance.now() - t0);
    });
  }
  console.log(`   1. facts of one ${(large.length / 1e6).toFixed(1)} MB document (analysis done)`);
  engines.forEach((e, i) => console.log(`     ${e.label.padEnd(8)} ${times[i].toFixed(1).padStart(8)} ms ${kbs(large.length, times[i])}  ${e.facts(large, analyses[i]).length} facts`));

  // 2. every sentence a fact
  const dense = Array.from({ length: 4000 }, (_, i) => `Donors in group ${i} pledged $${(i % 90) + 1} million to the city, officials said.`).join(' ');
  const denseAnalysis = new DocumentAnalyzer().analyze(dense);
  const denseMs = best(() => factsOf(dense, denseAnalysis));
  const factsOnly = best(() => new DocumentAnalyzer().run(dense).facts.length, 2);
  console.log(`   2. a ${(dense.length / 1000).toFixed(0)} KB text where every sentence is a fact: facts ${denseMs.toFixed(1)} ms (${kbs(dense.length, denseMs).trim()}), analysis + facts ${factsOnly.toFixed(0)} ms`);

  // 3. compromise on the money sentences only
  const views = splitBlocks(large).map((b) => new BlockView(b.text));
  const moneySentences: string[] = [];
  for (const v of views) {
    const money = extractMoney(v);
    for (const s of v.sentences) if (money.some((m) => m.start >= s.start && m.end <= s.end)) moneySentences.push(v.text.slice(s.start, s.end));
  }
  const moneyChars = moneySentences.reduce((n, s) => n + s.length, 0);
  const tagMs = best(() => moneySentences.forEach((s) => nlp(s).terms().json()), 1);
  console.log(
    `   3. compromise's tagger on the ${moneySentences.length} sentences with an amount (${((100 * moneyChars) / large.length).toFixed(0)}% of the text): ${tagMs.toFixed(0)} ms = ${kbs(large.length, tagMs).trim()} of the whole text (not used)`,
  );

  // 4. the common-noun actor extractor alone
  const named = views.map((v) => [...extractMoney(v), ...extractActors(v)].sort((a, b) => a.start - b.start));
  const descMs = best(() => views.forEach((v, i) => extractDescriptions(v, named[i])));
  console.log(`   4. common-noun actors over the same text: ${descMs.toFixed(1)} ms (${kbs(large.length, descMs).trim()})`);
}

main();
