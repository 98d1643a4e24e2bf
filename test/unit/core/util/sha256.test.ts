import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { sha256Hex } from '../../../../src/core/util/sha256';

const node = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

describe('sha256Hex (pure TypeScript) equals node:crypto', () => {
  it('on the FIPS 180-4 examples', () => {
    assert.equal(sha256Hex(''), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    assert.equal(sha256Hex('abc'), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    assert.equal(
      sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'),
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('at every length around the padding boundaries (0 to 200 bytes)', () => {
    for (let n = 0; n <= 200; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 37 + n) & 0xff);
      assert.equal(sha256Hex(bytes), node(bytes), `${n} bytes`);
    }
  });

  it('on random bytes, and on views into a larger buffer', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), fc.nat(40), (bytes, skip) => {
        assert.equal(sha256Hex(bytes), node(bytes));
        const view = bytes.subarray(Math.min(skip, bytes.length));
        assert.equal(sha256Hex(view), node(view));
      }),
      { numRuns: 300 },
    );
  });

  it('on random strings as UTF-8: any code point, lone surrogates (U+FFFD), short and long', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 600 }), (text) => assert.equal(sha256Hex(text), node(text))),
      { numRuns: 300 },
    );
    for (const text of ['\ud800', 'a\udc00b', '€😀é\u0301', '\ufeffBOM']) assert.equal(sha256Hex(text), node(text), JSON.stringify(text));
    const long = 'Österreich zahlte 5 Mio. € 😀 '.repeat(2000); // past the scratch buffer for short strings
    assert.equal(sha256Hex(long), node(long));
  });

  it('on large inputs (a few MB)', () => {
    const big = Uint8Array.from({ length: 3 * 1024 * 1024 + 17 }, (_, i) => (i * 2654435761) >>> 24);
    assert.equal(sha256Hex(big), node(big));
  });

  it('is not disturbed by calls in between (no state kept from one hash to the next)', () => {
    const first = sha256Hex('first');
    sha256Hex(new Uint8Array(1000).fill(7));
    assert.equal(sha256Hex('first'), first);
  });
});
