import * as assert from 'node:assert/strict';
import { firstIndex } from '../../../../src/core/util/bisect';

describe('firstIndex', () => {
  it('finds the first index where a monotone predicate turns true, or n', () => {
    const xs = [1, 3, 3, 5, 8];
    assert.equal(firstIndex(xs.length, (i) => xs[i] >= 3), 1);
    assert.equal(firstIndex(xs.length, (i) => xs[i] > 3), 3);
    assert.equal(firstIndex(xs.length, (i) => xs[i] > 8), 5);
    assert.equal(firstIndex(xs.length, (i) => xs[i] >= 0), 0);
    assert.equal(firstIndex(0, () => true), 0);
  });
});
