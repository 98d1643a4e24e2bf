/**
 * The first index in [0, n) for which the monotone predicate `after(i)` holds (n when none does): the one binary
 * search behind "which line/clause/token holds this offset" lookups across the engine.
 */
export function firstIndex(n: number, after: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (after(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
