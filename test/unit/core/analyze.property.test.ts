import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze, Analyzer } from '../../../src/core/analyze';
import type { Analysis } from '../../../src/core/model';

/** Invariants every analysis must keep, whatever the input. */
function checkInvariants(text: string, a: Analysis): void {
  assert.equal(a.chars, text.length);
  let prevEnd = 0;
  for (const m of a.mentions) {
    assert.ok(Number.isInteger(m.start) && Number.isInteger(m.end), 'integer offsets');
    assert.ok(m.start >= 0 && m.end <= text.length && m.start < m.end, `offsets inside the text: ${m.start}-${m.end}`);
    assert.ok(m.start >= prevEnd, 'mentions are sorted and do not overlap');
    prevEnd = m.end;
    assert.equal(text.slice(m.start, m.end), m.text, 'text matches its offsets');
    assert.ok(!splitsSurrogate(text, m.start) && !splitsSurrogate(text, m.end), 'no surrogate pair split');
  }
  const ids = new Set(a.mentions.map((m) => m.id));
  for (const e of a.entities) for (const id of e.mentions) assert.ok(ids.has(id), `entity ${e.id} points at a real mention`);
}

function splitsSurrogate(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return false;
  const before = text.charCodeAt(i - 1);
  const after = text.charCodeAt(i);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

const newsWords = [
  'NATO', 'pledged', '$20 billion', 'more than 20 billion euros', 'on Tuesday', 'last year', 'the first quarter of 2025',
  'Mark Rutte', 'U.S.', 'the United States', '£45m', '€1.5bn', 'Ukraine', 'said', 'in', 'the', '4 April 2025', 'mid-2023',
  '\r\n', '\n\n', '.', ',', '"', '😀', 'é', '\u0301', '\u200b', '\t', '\ud800', '\udc00', 'US$', '1,000', '%', 'Mr.',
];

describe('analyze: properties over arbitrary input', function () {
  this.timeout(120_000);

  it('never throws and keeps offsets valid on random Unicode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        checkInvariants(text, analyze(text));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps offsets valid around real mentions embedded in random Unicode', () => {
    let withMentions = 0;
    const runs = 200;
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.string({ unit: 'binary', maxLength: 6 }), fc.constantFrom(...newsWords)), { minLength: 1, maxLength: 40 }),
        (parts) => {
          const text = parts.map(([noise, word]) => `${noise} ${word} `).join('');
          const a = analyze(text, { referenceDate: '2025-04-04' });
          checkInvariants(text, a);
          if (a.mentions.length) withMentions++;
        },
      ),
      { numRuns: runs },
    );
    assert.ok(withMentions >= runs / 4, `mentions found in ${withMentions} of ${runs} runs`);
  });

  it('never throws and keeps offsets valid on news-like word salad with CRLF, emoji and lone surrogates', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...newsWords), { maxLength: 120, size: 'max' }), fc.constantFrom(' ', '', '\r\n'), (words, sep) => {
        const text = words.join(sep);
        checkInvariants(text, analyze(text, { referenceDate: '2025-04-04' }));
      }),
      { numRuns: 300 },
    );
  });

  it('handles empty and whitespace-only text', () => {
    for (const text of ['', ' ', '\r\n\r\n', '\u0000\u0000', '\ufeff']) {
      const a = analyze(text);
      checkInvariants(text, a);
      assert.equal(a.mentions.length, 0);
    }
  });

  it('handles a 1 MB single-line document', () => {
    // A counter in every sentence keeps the blocks distinct, so none is served from the in-call cache.
    const parts: string[] = [];
    let n = 0;
    for (let len = 0; len < 1_000_000; n++) {
      const s = `On Tuesday NATO allies pledged more than ${n + 1} billion euros to Ukraine, Mark Rutte said in Brussels. `;
      parts.push(s);
      len += s.length;
    }
    const text = parts.join('');
    const a = analyze(text, { referenceDate: '2025-04-04' });
    checkInvariants(text, a);
    assert.ok(a.stats.blocks > 300, 'the single line was cut into bounded blocks');
    assert.ok(a.stats.reusedBlocks <= a.stats.blocks / 10, `blocks were distinct: ${a.stats.reusedBlocks} reused`);
    // Each sentence has a date, an amount and at least three actors.
    assert.ok(a.mentions.length >= 5 * n, `${a.mentions.length} mentions for ${n} sentences`);
  });

  it('gives the same mentions incrementally as from scratch after random edits', () => {
    let reusedRuns = 0;
    const runs = 150;
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.constantFrom(...newsWords), { minLength: 1, maxLength: 25 }), { minLength: 2, maxLength: 8 }),
        fc.nat(),
        fc.constantFrom(...newsWords),
        (paras, at, insert) => {
          const before = paras.map((p) => p.join(' ')).join('\n\n');
          const pos = at % (before.length + 1);
          const after = before.slice(0, pos) + insert + before.slice(pos);
          const inc = new Analyzer();
          inc.analyze(before, { referenceDate: '2025-04-04' });
          const incremental = inc.analyze(after, { referenceDate: '2025-04-04' });
          const fresh = analyze(after, { referenceDate: '2025-04-04' });
          assert.deepEqual(incremental.mentions, fresh.mentions);
          assert.deepEqual(incremental.entities, fresh.entities);
          if (incremental.stats.reusedBlocks > 0) reusedRuns++;
        },
      ),
      { numRuns: runs },
    );
    assert.ok(reusedRuns >= runs * 0.8, `blocks were reused in only ${reusedRuns} of ${runs} runs`);
  });
});
