/**
 * The money cores: the shapes an amount of money takes, each tried at one token and looking at a bounded number of
 * tokens after it. A core carries the rule that names its shape (rules.ts).
 */
import {
  AFTER_SINGLE_AMOUNT, NOT_AMOUNT_AFTER, PLURAL_ENDING, RANGE_SEPARATORS, SINGLE_ARTICLES, VAGUE_QUANTIFIERS,
} from '../../lang/en/money-words';
import { ADJECTIVE_SCALES, NUMBER_SCALES, PLURAL_SCALES } from '../../lang/en/numbers';
import { clean } from './decimal';
import { COINS, CURRENCY_WORDS } from './lexicon';
import { PAIR_OPENERS } from './qualifiers';
import { isPercent, quantity } from './quantity';
import { HYPHENS, TokenKind, byFirstWord, phraseAt, type Core, type Quantity, type Scan, type Unit } from './scan';
import { currencyPrefix, currencyWord, issuerAt, issuerIso, trailingCents, unitAfter } from './units';

/** "$5 million", "US$2 trillion", "c $ 16.4 million", "€1.5bn", "USD 5m", "Rs 500 crore". */
export function prefixed(s: Scan, i: number): Core | null {
  const p = currencyPrefix(s, i);
  if (!p) return null;
  const q = quantity(s, p.next, true);
  if (!q || q.value === null || (p.needsScale && q.exp === 0)) return null;
  if (isPercent(s, q.end)) return null;
  let end = q.end;
  let amount = q.value;
  // "c $ 100 and fifty": cents after a whole dollar amount.
  const cents = q.plainInt ? trailingCents(s, end, true) : null;
  if (cents) {
    amount = clean(amount + cents.value);
    end = cents.end;
  }
  return { start: i, end, amount, currency: p.iso, rule: p.rule, prefixed: true, exp: q.exp };
}

/** "20 billion euros", "143.80 yen", "10.6 million Irish punts", "845 pence", "five million dollars", "100 €". */
export function numberFirst(s: Scan, i: number): Core | null {
  const q = quantity(s, i, false);
  if (!q) return null;
  const unit = unitAfter(s, q.end, q, i);
  if (!unit) {
    // "5 to 10 million dollars", "5-10 billion yuan": the currency comes after the second number.
    const sep = s.toks[q.end];
    const how = sep && RANGE_SEPARATORS.get(sep.lower);
    if (!how?.unitAfter) return null;
    if (how.pairOnly && !PAIR_OPENERS.has(s.toks[i - 1]?.lower ?? '')) return null;
    const q2 = quantity(s, q.end + 1, false);
    if (!q2 || q2.value === null || q.value === null) return null;
    const unit2 = unitAfter(s, q2.end, q2, q.end + 1);
    if (!unit2) return null;
    return unitAfterRange(i, q, q2, unit2);
  }
  if (q.value === null) {
    return { start: i, end: unit.end, amount: null, currency: unit.iso, rule: unit.rule, prefixed: false, exp: q.exp };
  }
  let amount = clean(q.value / unit.minor);
  let end = unit.end;
  if (unit.word && unit.minor === 1 && q.plainInt) {
    const cents = trailingCents(s, end, false);
    if (cents) {
      amount = clean(amount + cents.value);
      end = cents.end;
    }
  }
  return { start: i, end, amount, currency: unit.iso, rule: unit.rule, prefixed: false, exp: q.exp, minor: unit.minor };
}

/** "5 to 10 million dollars": the second number's scale and unit apply to both. */
function unitAfterRange(start: number, q1: Quantity, q2: Quantity, unit: Unit): Core | null {
  let a = q1.value as number;
  const b = q2.value as number;
  if (q1.exp === 0 && q2.exp > 0) a = clean(a * 10 ** q2.exp);
  a = clean(a / unit.minor);
  const bb = clean(b / unit.minor);
  if (Math.max(a, bb) > 10 * Math.min(a, bb)) return null;
  const min = Math.min(a, bb);
  const max = Math.max(a, bb);
  return { start, end: unit.end, amount: min, currency: unit.iso, rule: 'money.range.unit-after', min, max, prefixed: false, exp: q2.exp };
}

/** "multibillion-dollar", "billion-dollar", "90-cent", "one-yen", "five-cent" (hyphens may be spaced). */
export function hyphenAdjective(s: Scan, i: number): Core | null {
  const t = s.toks[i];
  let value: number | null;
  let next: number;
  const scale = t.kind === TokenKind.Word ? ADJECTIVE_SCALES.get(t.lower) : undefined;
  if (scale) {
    value = scale.vague ? null : 10 ** scale.exp;
    next = i + 1;
    if (!scale.vague && i > 0 && s.toks[i - 1].kind === TokenKind.Num) return null;
  } else {
    const q = quantity(s, i, false);
    if (!q || q.value === null) return null;
    value = q.value;
    next = q.end;
  }
  const h = s.toks[next];
  const w = s.toks[next + 1];
  if (!h || !w || !HYPHENS.has(h.text)) return null;
  const unit = CURRENCY_WORDS.get(w.lower);
  if (!unit?.adjective || h.glued !== w.glued) return null;
  const amount = value === null ? null : clean(value / unit.divisor);
  return { start: i, end: next + 2, amount, currency: unit.iso, rule: 'money.adjective', prefixed: false, exp: 0, adjective: true };
}

const QUANTIFIERS = byFirstWord(VAGUE_QUANTIFIERS.map(([phrase, beforeUnit]) => ({ words: phrase.split(' '), beforeUnit })));

/** "billions of dollars", "hundreds of millions of dollars", "several hundred million pounds", "a few dollars". */
export function vague(s: Scan, i: number): Core | null {
  const t = s.toks[i];
  if (t.kind !== TokenKind.Word) return null;
  const quantifier = phraseAt(s, i, QUANTIFIERS);
  let k = i + (quantifier?.words.length ?? 0);
  let sawScale = false;
  // "several hundred million", "several billion"
  while (k > i && s.toks[k]) {
    const sc = NUMBER_SCALES.get(s.toks[k].lower);
    if (!sc || sc.glued) break;
    sawScale = true;
    k++;
  }
  const few = !sawScale && k > i ? currencyWord(s, k) : null;
  if (few && few.entry.divisor === 1 && s.toks[k].lower.endsWith(PLURAL_ENDING)) {
    // A quantifier straight before a plural unit: "a few dollars" ("a few pounds" is usually weight).
    if (quantifier?.beforeUnit && !few.entry.weight) {
      return { start: i, end: few.end, amount: null, currency: few.iso, rule: 'money.vague', prefixed: false, exp: 0 };
    }
  }
  if (!sawScale) {
    // "tens of billions of", "billions of"
    let plural = 0;
    while (s.toks[k] && PLURAL_SCALES.words.has(s.toks[k].lower) && s.toks[k + 1]?.lower === PLURAL_SCALES.of) {
      plural++;
      k += 2;
    }
    if (plural === 0) return null;
  }
  const unit = currencyWord(s, k);
  if (!unit || unit.entry.divisor !== 1) return null;
  return { start: i, end: unit.end, amount: null, currency: unit.iso, rule: 'money.vague', prefixed: false, exp: 0 };
}

/** "a penny", "a U.S. penny", "single dollar", "a nickel": a single coin or unit named as an amount. */
export function singleUnit(s: Scan, i: number): Core | null {
  const t = s.toks[i];
  const article = t.kind === TokenKind.Word ? SINGLE_ARTICLES.get(t.lower) : undefined;
  if (!article) return null;
  let k = i + 1;
  const issuer = issuerAt(s, k);
  if (issuer) k = issuer.end;
  const w = s.toks[k];
  if (!w) return null;
  const coin = COINS.get(w.lower);
  const unit = coin ? undefined : CURRENCY_WORDS.get(w.lower);
  if (!coin && !unit?.single) return null;
  if (unit?.weight && article === 'indefinite') return null; // "a pound of" is weight
  const after = s.toks[k + 1];
  if (after && (HYPHENS.has(after.text) || NOT_AMOUNT_AFTER.has(after.lower))) return null;
  if (after && after.kind !== TokenKind.Punct && !AFTER_SINGLE_AMOUNT.has(after.lower)) return null;
  if (coin) return { start: i, end: k + 1, amount: coin.amount, currency: coin.iso, rule: 'money.single.coin', prefixed: false, exp: 0 };
  if (!unit) return null;
  if (article === 'indefinite' && !issuer && unit.single === 'with-issuer') return null; // "a yen for"
  const iso = issuer ? issuerIso(unit, issuer.key) : unit.iso;
  return { start: i, end: k + 1, amount: clean(1 / unit.divisor), currency: iso, rule: 'money.single', prefixed: false, exp: 0 };
}
