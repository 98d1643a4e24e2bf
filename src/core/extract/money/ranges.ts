/**
 * Two amounts joined as one range: "$300 to $400", "$5-10 million", "between $5 million and $10 million". The
 * single-currency-after form ("5 to 10 million dollars") is read by numberFirst in cores.ts.
 */
import { RANGE_SEPARATORS } from '../../lang/en/money-words';
import { clean } from './decimal';
import { numberFirst, prefixed } from './cores';
import type { Qualifier } from './qualifiers';
import { isPercent, quantity } from './quantity';
import { HYPHENS, type Core, type Scan } from './scan';

/** The range that `first` opens, or null when what follows is not its other end. */
export function range(s: Scan, first: Core, q: Qualifier | undefined): Core | null {
  const sep = s.toks[first.end];
  const how = sep && RANGE_SEPARATORS.get(sep.lower);
  if (!how) return null;
  if (how.pairOnly && q?.range !== 'pair') return null;
  if (first.amount === null) return null;
  const j = first.end + 1;
  if (j >= s.toks.length) return null;
  let second: Core | null = prefixed(s, j) ?? numberFirst(s, j);
  let bare = false;
  if (!second && first.prefixed) {
    // bare number after a symbol amount: "$5-10 million", "$5 to 10 million", "$5-10"
    const q2 = quantity(s, j, true);
    if (!q2 || q2.value === null) return null;
    if (isPercent(s, q2.end)) return null;
    const tight = HYPHENS.has(sep.text) && sep.glued && s.toks[j].glued;
    if (q2.exp === 0 && !tight) return null;
    second = { start: j, end: q2.end, amount: q2.value, currency: first.currency, rule: first.rule, prefixed: false, exp: q2.exp };
    bare = true;
  }
  if (!second || second.amount === null || second.min !== undefined) return null;
  let a = first.amount;
  const b = second.amount;
  // "$5-10 million", "$1.5 to $2 billion": the second scale word applies to the first number too.
  if (first.exp === 0 && second.exp > 0 && a < 1000) a = clean(a * 10 ** second.exp);
  // "rose 22 cents to $19.94", "gained $4 to $367.30": a change and a level, not a range.
  if ((first.minor ?? 1) !== (second.minor ?? 1) || Math.max(a, b) > 10 * Math.min(a, b)) return null;
  const min = Math.min(a, b);
  const max = Math.max(a, b);
  return {
    start: first.start,
    end: second.end,
    amount: min,
    currency: first.currency ?? second.currency,
    rule: bare ? 'money.range.bare-end' : 'money.range',
    min,
    max,
    prefixed: first.prefixed,
    exp: second.exp,
  };
}
