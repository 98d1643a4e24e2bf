/**
 * SHA-256 (FIPS 180-4) in plain TypeScript, so the facts file's checksums and ids need no `node:crypto` and core
 * runs in a browser too. Strings are hashed as their UTF-8 bytes (a lone surrogate as U+FFFD, as Node does), so
 * `sha256Hex(text)` equals `createHash('sha256').update(text).digest('hex')` (unit-tested against it).
 */

/** The first 32 bits of the fractional parts of the cube roots of the first 64 primes. */
const K = Int32Array.from([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01,
  0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc,
  0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147,
  0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08,
  0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
  0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);

/** The first 32 bits of the fractional parts of the square roots of the first 8 primes. */
const H0 = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
const utf8 = new TextEncoder();

// Scratch space reused by every call (ids are hashed by the thousand, so no allocation per hash). Hashing is
// synchronous and never re-entered, and nothing here outlives a call.
const state = new Int32Array(8);
const schedule = new Int32Array(64);
const tail = new Uint8Array(128);
const shortText = new Uint8Array(16 * 1024);

/** The hex digest of `data` (a string is hashed as UTF-8). */
export function sha256Hex(data: string | Uint8Array): string {
  let bytes = data as Uint8Array;
  if (typeof data === 'string') {
    // UTF-8 takes at most 3 bytes per UTF-16 unit; a whole article is encoded apart rather than kept in scratch
    bytes = data.length * 3 <= shortText.length ? shortText.subarray(0, utf8.encodeInto(data, shortText).written) : utf8.encode(data);
  }
  digest(bytes);
  let out = '';
  for (const word of state) out += HEX[word >>> 24] + HEX[(word >>> 16) & 0xff] + HEX[(word >>> 8) & 0xff] + HEX[word & 0xff];
  return out;
}

/** Leaves the digest of `bytes` in `state` as eight 32-bit words. */
function digest(bytes: Uint8Array): void {
  state.set(H0);
  const n = bytes.length;
  const whole = n - (n % 64);
  for (let at = 0; at < whole; at += 64) compress(bytes, at);

  // The rest, the 0x80 marker and the message length in bits (big-endian), in one or two final blocks.
  const end = n % 64 < 56 ? 64 : 128;
  tail.fill(0);
  tail.set(bytes.subarray(whole));
  tail[n - whole] = 0x80;
  const hi = Math.floor(n / 0x20000000);
  const lo = (n << 3) >>> 0;
  for (let i = 0; i < 4; i++) {
    tail[end - 8 + i] = hi >>> (24 - 8 * i);
    tail[end - 4 + i] = lo >>> (24 - 8 * i);
  }
  for (let at = 0; at < end; at += 64) compress(tail, at);
}

/** One 64-byte block of `bytes` from `at` into `state`. */
function compress(bytes: Uint8Array, at: number): void {
  const h = state;
  const w = schedule;
  for (let i = 0; i < 16; i++, at += 4) w[i] = (bytes[at] << 24) | (bytes[at + 1] << 16) | (bytes[at + 2] << 8) | bytes[at + 3];
  for (let i = 16; i < 64; i++) {
    const a = w[i - 15];
    const b = w[i - 2];
    const s0 = ((a >>> 7) | (a << 25)) ^ ((a >>> 18) | (a << 14)) ^ (a >>> 3);
    const s1 = ((b >>> 17) | (b << 15)) ^ ((b >>> 19) | (b << 13)) ^ (b >>> 10);
    w[i] = (w[i - 16] + s0 + w[i - 7] + s1) | 0;
  }
  let a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], k = h[7];
  for (let i = 0; i < 64; i++) {
    const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
    const t1 = (k + S1 + ((e & f) ^ (~e & g)) + K[i] + w[i]) | 0;
    const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
    const t2 = (S0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
    k = g;
    g = f;
    f = e;
    e = (d + t1) | 0;
    d = c;
    c = b;
    b = a;
    a = (t1 + t2) | 0;
  }
  h[0] = (h[0] + a) | 0;
  h[1] = (h[1] + b) | 0;
  h[2] = (h[2] + c) | 0;
  h[3] = (h[3] + d) | 0;
  h[4] = (h[4] + e) | 0;
  h[5] = (h[5] + f) | 0;
  h[6] = (h[6] + g) | 0;
  h[7] = (h[7] + k) | 0;
}
