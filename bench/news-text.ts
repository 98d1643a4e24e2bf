import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * News text for benchmarks: the shared dev corpus when it is there (read at run time, never copied into the repo),
 * else synthetic articles, so the benchmark runs anywhere.
 */
export function loadNewsDocs(targetChars: number): { docs: string[]; source: string } {
  const corpus = path.resolve(__dirname, '../../shared/corpus/dev.jsonl');
  if (fs.existsSync(corpus)) {
    const docs: string[] = [];
    let total = 0;
    for (const line of fs.readFileSync(corpus, 'utf8').split('\n')) {
      if (!line.trim() || total >= targetChars) continue;
      const text = (JSON.parse(line) as { text: string }).text;
      docs.push(text);
      total += text.length;
    }
    return { docs, source: '../shared/corpus/dev.jsonl' };
  }
  const docs: string[] = [];
  let total = 0;
  for (let i = 0; total < targetChars; i++) {
    const doc = syntheticArticle(i);
    docs.push(doc);
    total += doc.length;
  }
  return { docs, source: 'synthetic articles' };
}

const ACTORS = ['NATO', 'the European Union', 'Germany', 'Mark Rutte', 'the United States', 'Ukraine', 'the World Bank', 'Japan'];
const VERBS = ['pledged', 'provided', 'delivered', 'promised', 'spent', 'cut'];
const AMOUNTS = ['more than 20 billion euros', '$370 million', 'about £45m', '€1.5bn', '5 million Swiss francs', 'US$2 trillion'];
const DATES = ['last year', 'on Tuesday', 'in the first quarter of 2025', 'in June', 'since 2022', 'two weeks ago'];

/** A deterministic synthetic article of ~3 KB (seeded by index). */
export function syntheticArticle(i: number): string {
  const pick = <T>(xs: T[], k: number): T => xs[(i * 7 + k * 13) % xs.length];
  const paras: string[] = [`BRUSSELS, April ${(i % 28) + 1}, 2025 — Officials met again.`];
  for (let p = 0; p < 6; p++) {
    const s: string[] = [];
    for (let k = 0; k < 4; k++) {
      const n = p * 4 + k;
      s.push(`${pick(ACTORS, n)} ${pick(VERBS, n + 1)} ${pick(AMOUNTS, n + 2)} to ${pick(ACTORS, n + 3)} ${pick(DATES, n + 4)}, officials said.`);
    }
    paras.push(s.join(' '));
  }
  return paras.join('\n\n');
}

/** One document of `chars` characters built from the news documents. Repeated copies are made distinct (a copy
 *  number after every sentence) because the analyzer rightly reuses identical paragraphs, which would flatter the figure. */
export function sized(docs: string[], chars: number): string {
  const parts: string[] = [];
  let total = 0;
  for (let copy = 0; total < chars; copy++) {
    for (let i = 0; i < docs.length && total < chars; i++) {
      const para = docs[i].replace(/\. (?=[A-Z])/g, `. [${copy}] `);
      parts.push(para);
      total += para.length + 2;
    }
  }
  return parts.join('\n\n').slice(0, chars);
}
