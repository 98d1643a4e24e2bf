import * as assert from 'node:assert/strict';
import { Analyzer, resolveOverlaps } from '../../../src/core/analyze';
import type { Mention } from '../../../src/core/model';

describe('Analyzer', () => {
  const article = [
    'BRUSSELS — The alliance met on Tuesday.',
    'Allies pledged more than 20 billion euros to Ukraine for 2025.',
    'Mark Rutte said the support would continue.',
  ].join('\n\n');

  it('reuses the blocks that did not change after an edit', () => {
    const analyzer = new Analyzer();
    const first = analyzer.analyze(article);
    assert.equal(first.stats.blocks, 3);
    assert.equal(first.stats.reusedBlocks, 0);
    const edited = article.replace('continue.', 'continue for years.');
    const second = analyzer.analyze(edited);
    assert.equal(second.stats.blocks, 3);
    assert.equal(second.stats.reusedBlocks, 2);
    assert.equal(second.stats.reusedDateBlocks, 2);
  });

  it('re-extracts only the dates when the reference date changes', () => {
    const analyzer = new Analyzer();
    const first = analyzer.analyze(article, { referenceDate: '2025-04-04' });
    const again = analyzer.analyze(article, { referenceDate: '2024-01-01' });
    assert.equal(again.stats.reusedBlocks, 3, 'money and actors do not depend on the reference date');
    assert.equal(again.stats.reusedDateBlocks, 0, 'dates are re-extracted against the new reference');
    assert.deepEqual(again.referenceDate, { value: '2024-01-01', source: 'argument' });
    const tuesday = (a: typeof first) => {
      const m = a.mentions.find((x) => x.text === 'Tuesday');
      return m?.type === 'DATE' ? m.start_date : undefined;
    };
    assert.equal(tuesday(first), '2025-04-01');
    assert.equal(tuesday(again), '2023-12-26');
    // Same mentions as a fresh analysis with that reference.
    assert.deepEqual(again.mentions, new Analyzer().analyze(article, { referenceDate: '2024-01-01' }).mentions);
  });

  it('numbers mentions in text order', () => {
    const a = new Analyzer().analyze(article, { referenceDate: '2025-04-04' });
    assert.ok(a.mentions.length >= 5, `expected at least 5 mentions, got ${a.mentions.length}`);
    const types = new Set(a.mentions.map((m) => m.type));
    assert.deepEqual([...types].sort(), ['ACTOR', 'DATE', 'MONEY']);
    let prevEnd = 0;
    a.mentions.forEach((m, i) => {
      assert.ok(m.start >= prevEnd, `m${i + 1} starts after the previous mention ends`);
      assert.equal(article.slice(m.start, m.end), m.text);
      assert.equal(m.id, `m${i + 1}`);
      prevEnd = m.end;
    });
  });
});

describe('resolveOverlaps', () => {
  const money = (start: number, end: number): Mention => ({
    type: 'MONEY', rule: 'test', start, end, text: 'x'.repeat(end - start), amount: 1, currency: 'USD', approx: null,
  });
  const actor = (start: number, end: number): Mention => ({
    type: 'ACTOR', rule: 'test', start, end, text: 'x'.repeat(end - start), kind: 'place', canonical: 'X',
  });
  const date = (start: number, end: number): Mention => ({
    type: 'DATE', rule: 'test', start, end, text: 'x'.repeat(end - start), timex: null, start_date: null, end_date: null, anchor: 'unresolved',
  });

  it('prefers money over dates over actors, and keeps disjoint mentions', () => {
    const kept = resolveOverlaps([actor(0, 4), money(0, 10), date(8, 14), actor(20, 25), date(22, 30)]);
    assert.deepEqual(
      kept.map((m) => [m.type, m.start, m.end]),
      [
        ['MONEY', 0, 10],
        ['DATE', 22, 30],
      ],
    );
  });

  it('prefers the longer span within a type', () => {
    const kept = resolveOverlaps([actor(0, 4), actor(0, 12), actor(12, 15)]);
    assert.deepEqual(kept.map((m) => [m.start, m.end]), [[0, 12], [12, 15]]);
  });
});
