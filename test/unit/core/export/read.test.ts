import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { decodeArticle } from '../../../../src/core/export/read';

/** What decodeArticle did before it used TextDecoder: Node's Buffer, then one byte order mark dropped. */
function bufferDecode(bytes: Uint8Array): string {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

const textOf = (bytes: Uint8Array): string => {
  const r = decodeArticle(bytes);
  assert.ok('text' in r, 'decoded');
  return r.text;
};

/** Bytes that are mostly not valid UTF-8: lead, continuation and never-valid bytes mixed with ASCII (no NUL). */
const messyBytes = fc.array(
  fc.oneof(
    fc.integer({ min: 0x01, max: 0x7f }),
    fc.integer({ min: 0x80, max: 0xbf }),
    fc.integer({ min: 0xc0, max: 0xff }),
    fc.constantFrom(0xef, 0xbb, 0xbf, 0xed, 0xf4, 0x90, 0xe0, 0xa0),
  ),
  { maxLength: 200 },
);

describe('decodeArticle (TextDecoder) decodes exactly as Buffer did', () => {
  it('on random invalid UTF-8', () => {
    fc.assert(
      fc.property(messyBytes, (list) => {
        const bytes = Uint8Array.from(list);
        assert.equal(textOf(bytes), bufferDecode(bytes));
      }),
      { numRuns: 3000 },
    );
  });

  it('on random valid UTF-8 of any code point', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (s) => {
        const bytes = Buffer.from(s.replace(/\u0000/g, ''), 'utf8');
        assert.equal(textOf(bytes), bufferDecode(bytes));
      }),
      { numRuns: 500 },
    );
  });

  it('drops one byte order mark, and only at the start', () => {
    const cases: Array<[number[], string]> = [
      [[0xef, 0xbb, 0xbf, 0x41], 'A'],
      [[0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 0x41], '\ufeffA'],
      [[0x41, 0xef, 0xbb, 0xbf], 'A\ufeff'],
      [[0xef, 0xbb], '\ufffd'],
      [[0xed, 0xa0, 0x80], '\ufffd\ufffd\ufffd'], // an encoded surrogate
    ];
    for (const [list, text] of cases) {
      const bytes = Uint8Array.from(list);
      assert.equal(textOf(bytes), text, JSON.stringify(list));
      assert.equal(textOf(bytes), bufferDecode(bytes));
    }
  });

  it('refuses NUL bytes as before', () => {
    assert.match((decodeArticle(Uint8Array.from([0x41, 0, 0x42])) as { error: string }).error, /NUL bytes/);
  });
});
