/**
 * Facts export benchmark: `npx tsx bench/export.bench.ts`
 * Writes 200 synthetic articles (~600 KB) and then 400 (~1.2 MB) into a temp folder and times the whole
 * `news-facts extract` over them (read, analyse, extract facts, build, serialise, atomic write), per format.
 * Linear means the 400-article run takes about twice the 200-article run.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runExtract, type ExtractFormat } from '../src/cli/extract';

const ACTORS = ['Germany', 'the European Union', 'Japan', 'the World Bank', 'Canada', 'NATO allies', 'the IMF', 'Norway', 'the Asian Development Bank', 'France'];
const RECIPIENTS = ['Ukraine', 'Pakistan', 'Haiti', 'Moldova', 'Kenya', 'Jordan', 'Chad', 'Peru'];
const PERSONS = ['Anna Berg', 'Tomas Ruiz', 'Mei Tanaka', 'Omar Haddad'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SENTENCES = [
  (a: string, r: string, n: number, m: string, y: number) => `${cap(a)} pledged ${n} million euros to ${r} in ${m} ${y}.`,
  (a: string, r: string, n: number, _m: string, y: number) => `In ${y}, ${a} provided about $${n} million in humanitarian aid to ${r}.`,
  (a: string, r: string, n: number, m: string) => `${r} received $${(n / 10).toFixed(1)} billion from ${a} last ${m}.`,
  (a: string, r: string, n: number) => `${cap(a)} said it would lend $${n} million to ${r} next year.`,
  (a: string, r: string, _n: number, m: string) => `${cap(a)} suspended its aid to ${r} in ${m} after an audit, officials said.`,
  (_a: string, r: string, n: number, _m: string, y: number) => `The government of ${r} requested $${n} million from donors for the ${y} budget.`,
  (a: string, _r: string, n: number) => `A regional court fined a contractor $${n},000 for delays, and ${a} paid $${n} million to cover the gap.`,
  (_a: string, r: string) => `Aid workers in ${r} described long queues at distribution points and a shortage of clean water.`,
  (_a: string, _r: string, n: number, m: string, y: number) => `Spending on reconstruction could exceed $${n} billion by ${m} ${y + 1}, analysts estimate.`,
];

function cap(s: string): string {
  return s[0].toUpperCase() + s.slice(1);
}

/** A deterministic pseudo-random article of about 3 KB. */
function article(i: number): string {
  let seed = i * 7919 + 13;
  const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
  const person = PERSONS[rnd(PERSONS.length)];
  const lines = [`GENEVA, ${MONTHS[rnd(12)]} ${1 + rnd(28)}, 2025 — Donors meet as needs grow`, ''];
  let para: string[] = [];
  while (lines.join('\n').length < 2900) {
    const s = SENTENCES[rnd(SENTENCES.length)](ACTORS[rnd(ACTORS.length)], RECIPIENTS[rnd(RECIPIENTS.length)], 5 + rnd(900), MONTHS[rnd(12)], 2023 + rnd(3));
    para.push(s);
    if (para.length === 3) {
      lines.push(para.join(' '), '');
      para = [];
      if (rnd(3) === 0) lines.push(`${person} told reporters that the coordination office in Geneva would publish figures weekly.`, '');
    }
  }
  return lines.join('\n');
}

function makeCorpus(n: number): { dir: string; bytes: number } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `nf-bench-${n}-`));
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const text = article(i);
    bytes += Buffer.byteLength(text);
    fs.writeFileSync(path.join(dir, `article-${String(i).padStart(4, '0')}.txt`), text);
  }
  return { dir, bytes };
}

async function timeExtract(dir: string, format: ExtractFormat): Promise<{ ms: number; facts: number }> {
  const out = format === 'csv' ? path.join(dir, 'out', 'all.csv') : format === 'jsonl' ? path.join(dir, 'out', 'all.jsonl') : path.join(dir, 'out');
  let summary = '';
  const t0 = performance.now();
  const code = await runExtract([dir], { format, out }, { stdout: () => {}, stderr: (s) => void (summary += s) });
  const ms = performance.now() - t0;
  if (code !== 0) throw new Error(summary);
  const facts = Number(/(\d+) facts?/.exec(summary)?.[1] ?? NaN);
  return { ms, facts };
}

async function main(): Promise<void> {
  const warm = makeCorpus(10);
  await timeExtract(warm.dir, 'json'); // JIT, compromise lexicons and the like
  fs.rmSync(warm.dir, { recursive: true, force: true });

  const rows: string[] = [];
  const perKb: Record<string, number[]> = {};
  for (const n of [200, 400]) {
    const { dir, bytes } = makeCorpus(n);
    for (const format of ['json', 'csv', 'jsonl'] as ExtractFormat[]) {
      const runs = [await timeExtract(dir, format), await timeExtract(dir, format), await timeExtract(dir, format)];
      const best = runs.reduce((a, b) => (a.ms <= b.ms ? a : b));
      const per100 = (best.ms / bytes) * 100 * 1024;
      (perKb[format] ??= []).push(best.ms);
      rows.push(
        `${String(n).padStart(4)} articles  ${(bytes / 1024).toFixed(0).padStart(5)} KB  ${format.padEnd(5)}  ${best.ms.toFixed(0).padStart(6)} ms  ` +
          `${per100.toFixed(1).padStart(6)} ms/100 KB  ${String(best.facts).padStart(5)} facts`,
      );
    }
    fs.rmSync(dir, { recursive: true, force: true });
  }
  console.log('news-facts extract, best of 3 runs (read + analyse + facts + serialise + atomic write):');
  for (const r of rows) console.log('  ' + r);
  for (const [format, [a, b]] of Object.entries(perKb)) console.log(`  ${format}: 400/200 time ratio ${(b / a).toFixed(2)} (2.00 = linear)`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
