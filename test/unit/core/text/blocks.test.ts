import * as assert from 'node:assert/strict';
import { splitBlocks } from '../../../../src/core/text/blocks';

describe('splitBlocks', () => {
  it('splits paragraphs at blank lines and keeps offsets into the original text', () => {
    const text = 'First paragraph.\r\n\r\nSecond one\nstill second.\n\n\n  Third.';
    const blocks = splitBlocks(text);
    assert.deepEqual(
      blocks.map((b) => b.text),
      ['First paragraph.', 'Second one\nstill second.', 'Third.'],
    );
    for (const b of blocks) assert.equal(text.slice(b.start, b.start + b.text.length), b.text);
  });

  it('cuts an over-long single line at sentence ends, never above the limit', () => {
    const sentence = 'The ministry paid 5 million euros to the agency. ';
    const text = sentence.repeat(200);
    const blocks = splitBlocks(text, 500);
    assert.ok(blocks.length >= 20);
    for (const b of blocks) {
      assert.ok(b.text.length <= 500);
      assert.equal(text.slice(b.start, b.start + b.text.length), b.text);
    }
    assert.ok(blocks.slice(1).every((b) => b.text.startsWith('The ministry')));
  });

  it('does not split a surrogate pair when there is no whitespace to cut at', () => {
    const text = '😀'.repeat(1000);
    for (const b of splitBlocks(text, 301)) {
      const first = b.text.charCodeAt(0);
      assert.ok(!(first >= 0xdc00 && first <= 0xdfff), 'block starts with a low surrogate');
    }
  });

  it('returns nothing for empty or blank text', () => {
    assert.deepEqual(splitBlocks(''), []);
    assert.deepEqual(splitBlocks(' \n\n \t'), []);
  });
});
