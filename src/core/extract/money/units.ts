/**
 * Currencies around an amount: a sign, code or abbreviation in front of it ("$", "US$", "USD", "Rs"), and a sign,
 * code, abbreviation or currency word after it ("€", "rmb", "kr", "Hong Kong dollars"), with the checks that keep
 * everyday words out ("won", "the 2,000 mark", "200 pounds" of weight, "in constant 1989 dollars"); and cents
 * written after a whole amount ("3 dollars 50 cents").
 */
import {
  BARE_CENTS_THEN, CENTS_JOINER, NOT_CENTS_BEFORE, WEIGHT_CONTEXT, YEAR_BASIS_WORDS,
} from '../../lang/en/money-words';
import {
  ABBREVIATIONS_AFTER, ABBREVIATIONS_BEFORE, CODES, CURRENCY_WORDS, ISSUERS, ISSUER_FIRST_WORDS, ISSUER_PHRASES,
  LEADING_SIGNS, LOWER_CODES, SIGN_PREFIXES, SYMBOLS, type CurrencyWord,
} from './lexicon';
import { quantity } from './quantity';
import type { MoneyRule } from './rules';
import { TokenKind, type Quantity, type Scan, type Token, type Unit } from './scan';

/** A currency in front of an amount: its code, the index of the number and the rule that read it. */
export interface Prefix {
  iso: string | null;
  next: number;
  rule: MoneyRule;
  /** The amount must carry a scale word ("dlrs 220 million"; "stg 1985" is no amount). */
  needsScale?: true;
}

/** A currency sign, prefixed sign, code or abbreviation in front of a number at i. */
export function currencyPrefix(s: Scan, i: number): Prefix | null {
  const t = s.toks[i];
  const next = s.toks[i + 1];
  if (t.kind === TokenKind.Punct) {
    if (!SYMBOLS.has(t.text)) return null;
    if (!next || next.kind !== TokenKind.Num) return null;
    return { iso: SYMBOLS.get(t.text) ?? null, next: i + 1, rule: 'money.symbol' };
  }
  if (t.kind !== TokenKind.Word || !next) return null;
  // Letters glued to "$"/"£" ("US$", "C$", "HK$"), or spaced in lower-cased tokenised text ("c $", "u.s $").
  const prefixes = next.kind === TokenKind.Punct ? SIGN_PREFIXES.get(next.text) : undefined;
  if (prefixes) {
    const num = s.toks[i + 2];
    if (!num || num.kind !== TokenKind.Num) return null;
    const p = prefixes.get(t.lower);
    if (!p || !prefixSpacingOk(s, t, p.spacing, next.glued)) return null;
    return { iso: p.iso, next: i + 2, rule: 'money.symbol.prefixed' };
  }
  // ISO code: "USD 5 million", "RMB10bn"; lower-case codes only in caseless text.
  if (next.kind === TokenKind.Num) {
    const iso = codeOf(s, t);
    if (iso) return { iso, next: i + 1, rule: 'money.code' };
  }
  // Abbreviations: "Rs 500", "Rs. 500", "DM 5 million"; a lone "R" only glued ("R500").
  if (ABBREVIATIONS_BEFORE.has(t.text)) {
    let k = i + 1;
    if (s.toks[k]?.text === '.' && s.toks[k].glued) k++;
    const num = s.toks[k];
    if (!num || num.kind !== TokenKind.Num) return null;
    if (t.text.length === 1 && !num.glued) return null;
    return { iso: ABBREVIATIONS_BEFORE.get(t.text) ?? null, next: k, rule: 'money.abbreviation' };
  }
  // Wire-service order, the unit first: "dlrs 220 million", "stg 5 mln".
  const word = CURRENCY_WORDS.get(t.lower);
  if (word?.unitFirst && next.kind === TokenKind.Num) return { iso: word.iso, next: i + 1, rule: 'money.word.before', needsScale: true };
  return null;
}

function prefixSpacingOk(s: Scan, t: Token, spacing: string, glued: boolean): boolean {
  const lower = t.text === t.lower;
  if (glued) return !lower || t.lower.length > 1 || s.caseless; // "a$5" in ordinary text is a typo
  if (spacing === 'glued') return false; // "a $ 4 billion": the article
  if (lower) return s.caseless || spacing === 'spaced'; // "cost us $5" is the pronoun
  return spacing === 'spaced' && !t.lower.endsWith('.'); // "in the U.S. $5 million …": the period ends the name
}

/** An ISO code as written at t ("USD", "RMB"; "usd" only in all-lower-case text). */
function codeOf(s: Scan, t: Token): string | undefined {
  return CODES.get(t.text) ?? (s.caseless ? LOWER_CODES.get(t.text) : undefined);
}

/** Currency after an amount: words with an optional issuer ("Hong Kong dollars"), codes ("USD"), signs ("€"). */
export function unitAfter(s: Scan, k: number, q: Quantity, qStart: number): Unit | null {
  const t = s.toks[k];
  if (!t) return null;
  if (t.kind === TokenKind.Punct) {
    // "100 €", "100₾": a sign after the number (not "$"/"£", which in English open the next amount)
    if (LEADING_SIGNS.has(t.text) || !SYMBOLS.has(t.text)) return null;
    return { iso: SYMBOLS.get(t.text) ?? null, minor: 1, end: k + 1, rule: 'money.symbol.after', word: false };
  }
  if (t.kind !== TokenKind.Word) return null;
  if (SYMBOLS.has(t.text)) {
    // CJK signs are letters to the tokenizer: "100元"
    return { iso: SYMBOLS.get(t.text) ?? null, minor: 1, end: k + 1, rule: 'money.symbol.after', word: false };
  }
  const iso = codeOf(s, t);
  if (iso) return { iso, minor: 1, end: k + 1, rule: 'money.code.after', word: false };
  if (ABBREVIATIONS_AFTER.has(t.text)) {
    return { iso: ABBREVIATIONS_AFTER.get(t.text) ?? null, minor: 1, end: k + 1, rule: 'money.abbreviation.after', word: false };
  }
  const unit = currencyWord(s, k);
  if (!unit) return null;
  const w = s.toks[unit.wordIndex];
  const base = unit.entry;
  const gluedToDigits = w.glued && unit.wordIndex === k && q.digits;
  // "45p" only glued to the digits; other glued words are suffixes ("20th", "1980s") unless written like a sign ("100ரூ").
  if (base.glue === 'only' && !gluedToDigits) return null;
  if (gluedToDigits && !base.glue && w.text.length > 1) return null;
  // Words that are also common English need an unmistakable amount or an issuer: "5 billion won", "Korean won".
  if (base.weak === 'scale' && !(q.exp > 0 || unit.issuer)) return null; // "the 1,000 mark" is a level, not money
  const strong = q.exp > 0 || unit.issuer || (q.digits && q.value !== null && q.value >= 1000 && /,/.test(s.toks[qStart].text));
  if (base.weak && !strong) return null;
  if (base.weight && !unit.issuer && looksLikeWeight(s, qStart, unit.end)) return null;
  if (base.yearBasis && q.digits && q.exp === 0 && isYearBasis(s, qStart)) return null;
  let end = unit.end;
  // "yuan RMB", "pounds sterling"
  if (base.then?.has(s.toks[end]?.lower ?? '')) end++;
  return { iso: unit.iso, minor: base.divisor, end, rule: 'money.word', word: base.divisor === 1 };
}

/** A currency word read at k, with the issuer in front of it if any. */
export interface WordUnit {
  iso: string | null;
  end: number;
  wordIndex: number;
  issuer: boolean;
  entry: CurrencyWord;
}

/** A currency word at k, optionally preceded by an issuer of up to three tokens. */
export function currencyWord(s: Scan, k: number): WordUnit | null {
  const issuer = issuerAt(s, k);
  if (issuer) {
    const w = s.toks[issuer.end];
    const entry = w && CURRENCY_WORDS.get(w.lower);
    if (entry) {
      // An issuer known only for another family ("Irish punts", "Japanese yen") repeats the unit's own code.
      return { iso: issuerIso(entry, issuer.key), end: issuer.end + 1, wordIndex: issuer.end, issuer: true, entry };
    }
  }
  const w = s.toks[k];
  const entry = w && w.kind === TokenKind.Word ? CURRENCY_WORDS.get(w.lower) : undefined;
  if (!entry) return null;
  return { iso: entry.iso, end: k + 1, wordIndex: k, issuer: false, entry };
}

/** The currency an issuer selects within the word's family, or the word's own code. */
export function issuerIso(entry: CurrencyWord, issuer: string): string | null {
  return ISSUERS.get(entry.family)?.get(issuer) ?? entry.iso;
}

/** Issuer words ("U.S.", "Hong Kong", "New Taiwan", "Irish") at k: the longest known phrase. */
export function issuerAt(s: Scan, k: number): { key: string; end: number } | null {
  const t = s.toks[k];
  if (!t || t.kind !== TokenKind.Word || !ISSUER_FIRST_WORDS.has(t.lower)) return null;
  let best: { key: string; end: number } | null = null;
  let key = '';
  for (let j = k; j < k + 3 && j < s.toks.length; j++) {
    const w = s.toks[j];
    if (w.kind !== TokenKind.Word) break;
    key = key ? `${key} ${w.lower}` : w.lower;
    if (ISSUER_PHRASES.has(key)) best = { key, end: j + 1 };
  }
  return best;
}

/**
 * Cents after a whole major amount: "3 dollars 50 cents", "thirteen dollars and forty-five cents",
 * "thirteen dollars forty five", "c $ 100 and fifty". Without a sub-unit word only when nothing that the number
 * could be counting follows it.
 */
export function trailingCents(s: Scan, k: number, afterSymbol: boolean): { value: number; end: number } | null {
  const hasAnd = s.toks[k]?.lower === CENTS_JOINER;
  const j = hasAnd ? k + 1 : k;
  const q = quantity(s, j, false);
  if (!q || q.value === null || !q.plainInt || q.value <= 0 || q.value >= 100) return null;
  const w = s.toks[q.end];
  const sub = w && CURRENCY_WORDS.get(w.lower);
  if (sub?.addsToMajor) return { value: q.value / sub.divisor, end: q.end + 1 };
  if (afterSymbol && !hasAnd) return null;
  if (w && w.kind !== TokenKind.Punct && !BARE_CENTS_THEN.has(w.lower)) return null;
  if (w && NOT_CENTS_BEFORE.has(w.text)) return null;
  return { value: q.value / 100, end: q.end };
}

/** "weighs 200 pounds", "10 pounds of fat", "500 pounds (225 kilograms)". */
function looksLikeWeight(s: Scan, qStart: number, end: number): boolean {
  const after = s.toks[end];
  if (after?.lower === WEIGHT_CONTEXT.of && !WEIGHT_CONTEXT.ofCurrency.has(s.toks[end + 1]?.lower ?? '')) return true;
  for (let j = Math.max(0, qStart - 3); j < qStart; j++) if (WEIGHT_CONTEXT.before.has(s.toks[j].lower)) return true;
  if (after?.text === '(' && s.toks[end + 1]?.kind === TokenKind.Num && WEIGHT_CONTEXT.metric.has(s.toks[end + 2]?.lower ?? '')) return true;
  return false;
}

/** "in constant 1989 dollars": a price basis, not an amount. */
function isYearBasis(s: Scan, qStart: number): boolean {
  const t = s.toks[qStart];
  if (!/^(19|20)\d\d$/.test(t.text)) return false;
  return YEAR_BASIS_WORDS.has(s.toks[qStart - 1]?.lower ?? '');
}
