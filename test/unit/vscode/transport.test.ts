import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';
import { factsOf } from '../../../src/core';
import { CancelledError, unpackAnalysis, unpackFacts } from '../../../src/vscode/analysisClient';
import { lineStarts, mentionPositions } from '../../../src/vscode/positions';
import { packAnalysis, packFacts } from '../../../src/vscode/protocol';
import { factsArticle } from './sample-text';

/** What VS Code's TextDocument.positionAt would answer, computed the slow obvious way. */
function naivePosition(text: string, offset: number): [number, number] {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text[i];
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) {
      line++;
      lineStart = i + 1;
    }
  }
  return [line, offset - lineStart];
}

describe('editor transport: positions and the worker\'s packed results', () => {
  it('computes line/character positions like positionAt, for \\n, \\r\\n and a lone \\r', () => {
    const text = 'Line one $5 million\r\nLine two on Tuesday\rLine three\n\nNATO and Mark Rutte\r\n';
    const expectedStarts = [0];
    for (let i = 1; i <= text.length; i++) if (naivePosition(text, i)[1] === 0) expectedStarts.push(i);
    assert.deepEqual([...lineStarts(text)], expectedStarts);
    assert.equal(expectedStarts.length, 6, 'five line breaks of three kinds');
    const spans = [
      { start: 0, end: 4 },
      { start: 9, end: 19 },
      { start: 33, end: 40 },
      { start: 53, end: 57 },
      { start: 62, end: 72 },
      { start: 15, end: 45 }, // spans lines
      { start: text.length, end: text.length },
    ];
    const pos = mentionPositions(text, spans);
    spans.forEach((s, i) => {
      assert.deepEqual([pos[4 * i], pos[4 * i + 1]], naivePosition(text, s.start), `start of span ${i}`);
      assert.deepEqual([pos[4 * i + 2], pos[4 * i + 3]], naivePosition(text, s.end), `end of span ${i}`);
    });
  });

  it('packs an analysis into chunks and unpacks exactly the same analysis', async () => {
    const para = 'On Tuesday NATO allies pledged more than 20 billion euros to Ukraine, Mark Rutte said in Brussels.';
    const text = Array.from({ length: 400 }, (_, i) => `${para} Report ${i}.`).join('\n\n');
    const analysis = analyze(text, { referenceDate: '2025-04-04' });
    assert.ok(analysis.mentions.length > 1500, 'enough mentions for several chunks');
    const packed = packAnalysis(analysis, mentionPositions(text, analysis.mentions));
    assert.ok(packed.mentionChunks.length > 1);
    const { analysis: back, positions } = await unpackAnalysis(packed);
    assert.deepEqual(back, analysis);
    assert.equal(positions.length, 4 * analysis.mentions.length);
  });

  it('stops unpacking with CancelledError once the job is aborted', async () => {
    const text = Array.from({ length: 300 }, () => 'NATO pledged $5 million to Ukraine on Friday.').join('\n\n');
    const analysis = analyze(text);
    const packed = packAnalysis(analysis, mentionPositions(text, analysis.mentions));
    await assert.rejects(unpackAnalysis(packed, () => true), CancelledError);
  });

  it('packs facts into chunks and unpacks exactly the same facts', async function () {
    this.timeout(20_000); // ~2,800 facts extracted first
    const text = factsArticle(700);
    const analysis = analyze(text, { referenceDate: '2025-04-04' });
    const facts = factsOf(text, analysis);
    assert.ok(facts.length > 2000, `enough facts for several chunks: ${facts.length}`);
    const chunks = packFacts(facts);
    assert.ok(chunks.length > 1);
    const back = await unpackFacts(chunks);
    assert.deepEqual(back.facts, facts);
    assert.ok(back.receiveMs >= 0);
    assert.equal(back.computedIn, 'worker');
    assert.deepEqual((await unpackFacts(packFacts([]))).facts, []);
    await assert.rejects(unpackFacts(chunks, () => true), CancelledError);
  });
});
