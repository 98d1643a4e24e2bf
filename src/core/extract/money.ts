import type { MoneyMention } from '../model';
import type { BlockView } from '../text/block-view';
import {
  COIN_WORDS,
  CURRENCY_ISSUERS,
  CURRENCY_SYMBOLS,
  CURRENCY_WORDS,
  CurrencyUnit,
  DOLLAR_PREFIXES,
  GLUED_ONLY_DOLLAR_PREFIXES,
  ISO_CODES,
  ISSUER_FIRST_WORDS,
  LOWER_ISO_CODES,
  POSTFIX_ABBREVIATIONS,
  POUND_PREFIXES,
  PREFIX_ABBREVIATIONS,
  isoOf,
} from '../lang/en/currencies';
import { QUALIFIERS, Qualifier } from './money-qualifiers';
import {
  MULTI_SCALES,
  SCALES,
  VAGUE_QUANTIFIERS,
  VAGUE_SCALES,
  clean,
  digitsToDecimal,
  scaleDecimal,
} from './money-numbers';
import { Kind, Token, tokenize } from './money-tokens';
import { NUMBER_TENS as TENS, NUMBER_UNITS as UNITS } from '../lang/en/numbers';

/**
 * MONEY mentions in one block; offsets relative to the block.
 *
 * A single left-to-right scan over tokens. At each token it tries, in order: a qualifier ("more than", "about"),
 * then one money core (symbol + amount, amount + currency word, "multibillion-dollar", "billions of dollars",
 * "a penny"), then a range continuation ("to $400", "-10 million", "and $10 million"). Each attempt looks at a
 * bounded number of tokens, and the scan resumes after a match, so the whole pass is linear in the text length.
 */
export function extractMoney(view: BlockView): MoneyMention[] {
  const scanner = new Scanner(view.text);
  return scanner.run();
}

interface Quantity {
  /** null for vague amounts ("several billion"). */
  value: number | null;
  /** Token index just past the quantity. */
  end: number;
  /** Power of ten applied by scale words ("million" → 6). */
  exp: number;
  /** Written with digits (as opposed to words). */
  digits: boolean;
  /** Integer written without decimals or scale, e.g. "13" / "thirteen" (for "13 dollars 45 cents"). */
  plainInt: boolean;
}

interface Core {
  start: number;
  end: number;
  amount: number | null;
  currency: string | null;
  min?: number;
  max?: number;
  /** Came from a symbol or ISO code before the number, so a bare number may follow as a range end. */
  prefixed: boolean;
  exp: number;
  /** "multibillion-dollar", "90-cent": modifies a noun, so no qualifier goes with it. */
  adjective?: boolean;
  /** Sub-unit divisor of the written unit (cents → 100), to tell "22 cents to $19.94" from a range. */
  minor?: number;
}

interface Unit {
  iso: string | null;
  minor: number;
  end: number;
  family: string;
  /** The unit is a major unit written as a word ("dollars"), so "… and 45 cents" may follow. */
  word: boolean;
}

const RANGE_SEPARATORS = new Set(['to', '-', '–', '—', 'through', 'and']);
const HYPHENS = new Set(['-', '–']);
/** Currency words that make adjectives with a number: "90-cent", "one-yen", "multibillion-dollar". */
const HYPHEN_UNITS = new Set(['dollar', 'cent', 'yen', 'euro', 'yuan', 'penny', 'franc', 'peso', 'rupee', 'pence']);
const SINGLE_ARTICLES = new Set(['a', 'single']);
/** What may follow "a dollar"/"a penny" when it is an amount ("a penny a share", "a dollar, or"), not a modifier. */
const AFTER_SINGLE_AMOUNT = new Set([
  'a', 'an', 'per', 'each', 'apiece', 'for', 'to', 'in', 'or', 'and', 'more', 'less', 'on', 'at', 'from', 'with',
  'is', 'was', 'will', 'would', 'the', 'short', 'higher', 'lower', 'cheaper', 'off', 'than', 'into', 'out',
]);
/** Unit words that make an amount on their own after "a"/"one" ("a dollar a day"). */
const SINGLE_NOUNS = new Set(['penny', 'cent', 'dollar', 'yen', 'euro', 'yuan', 'nickel', 'dime', 'pound']);
/** After "a dollar" these make it the name of a currency, not an amount: "a dollar zone", "a euro area". */
const NOT_AMOUNT_AFTER = new Set(['zone', 'area', 'bloc', 'sign', 'symbol', 'denominated', 'based', 'value', 'rate']);
const WEIGHT_CUES = new Set(['weigh', 'weighs', 'weighed', 'weighing', 'weight', 'heavy', 'lift', 'lifted', 'lifting']);
/** Lower-case letters that stay currency prefixes before a spaced "$" even in ordinary text ("u.s $", "hk $"). */
const SPACED_PREFIXES = new Set(['u.s', 'u.s.', 'c', 'hk', 'nz', 'nt']);
const METRIC_WEIGHTS = new Set(['kilograms', 'kilogram', 'kg', 'kilos', 'tonnes', 'tons', 'metric', 'grams']);
const SUB_UNIT_WORDS = new Set(['cent', 'cents', 'pence', 'penny', 'pennies']);

class Scanner {
  private readonly toks: Token[];
  /** Text written entirely in lower case (tokenised corpora): "c $ 1.34", "us $ 150 million". */
  private readonly caseless: boolean;

  constructor(private readonly text: string) {
    this.toks = tokenize(text);
    this.caseless = !/[A-Z]/.test(text);
  }

  run(): MoneyMention[] {
    const out: MoneyMention[] = [];
    const n = this.toks.length;
    let i = 0;
    while (i < n) {
      const m = this.matchAt(i);
      if (m) {
        out.push(this.mention(m.core, m.start, m.approx));
        i = m.core.end;
      } else i++;
    }
    return out;
  }

  private matchAt(i: number): { core: Core; start: number; approx: string | null } | null {
    const t = this.toks[i];
    // Most words cannot open a money phrase; skipping them here keeps the scan cheap.
    if (t.kind === Kind.Word && !STARTERS.has(t.lower) && !ISO_CODES.has(t.text) && !PREFIX_ABBREVIATIONS.has(t.text)) {
      return null;
    }
    if (t.kind === Kind.Punct && !CURRENCY_SYMBOLS.has(t.text)) return null;
    const quals = t.kind === Kind.Word ? QUALIFIERS.get(t.lower) : undefined;
    if (quals) {
      for (const q of quals) {
        if (!this.wordsAt(i, q.words)) continue;
        const core = this.core(i + q.words.length, q);
        if (!core || core.adjective) continue;
        if (q.range && core.min === undefined) return null; // "from $5" alone: the core is found at the next token
        return { core, start: q.outside ? core.start : i, approx: q.approx };
      }
    }
    const core = this.core(i, undefined);
    return core ? { core, start: core.start, approx: null } : null;
  }

  private mention(core: Core, startTok: number, approx: string | null): MoneyMention {
    const start = this.toks[startTok].start;
    const end = this.toks[core.end - 1].end;
    const m: MoneyMention = {
      type: 'MONEY',
      rule: 'money',
      start,
      end,
      text: this.text.slice(start, end),
      amount: core.amount,
      currency: core.currency,
      approx,
    };
    if (core.min !== undefined && core.max !== undefined) {
      m.min = core.min;
      m.max = core.max;
    }
    return m;
  }

  // ---------------------------------------------------------------- cores

  private core(i: number, q: Qualifier | undefined): Core | null {
    if (i >= this.toks.length) return null;
    const single =
      this.prefixed(i) ?? this.hyphenAdjective(i) ?? this.vague(i) ?? this.singleUnit(i) ?? this.numberFirst(i);
    if (!single) return null;
    return this.range(single, q) ?? single;
  }

  /** "$5 million", "US$2 trillion", "c $ 16.4 million", "€1.5bn", "USD 5m", "Rs 500 crore". */
  private prefixed(i: number): Core | null {
    const p = this.currencyPrefix(i);
    if (!p) return null;
    const q = this.quantity(p.next, true);
    if (!q || q.value === null) return null;
    if (this.isPercent(q.end)) return null;
    let end = q.end;
    let amount = q.value;
    // "c $ 100 and fifty": cents after a whole dollar amount.
    const cents = q.plainInt ? this.trailingCents(end, true) : null;
    if (cents) {
      amount = clean(amount + cents.value);
      end = cents.end;
    }
    return { start: i, end, amount, currency: p.iso, prefixed: true, exp: q.exp };
  }

  /** A currency sign or code in front of a number; returns the ISO code and the index of the number. */
  private currencyPrefix(i: number): { iso: string | null; next: number } | null {
    const t = this.toks[i];
    const next = this.toks[i + 1];
    if (t.kind === Kind.Punct) {
      if (!CURRENCY_SYMBOLS.has(t.text)) return null;
      if (!next || next.kind !== Kind.Num) return null;
      return { iso: CURRENCY_SYMBOLS.get(t.text) ?? null, next: i + 1 };
    }
    if (t.kind !== Kind.Word || !next) return null;
    // Letters glued to "$"/"£" ("US$", "C$", "HK$"), or spaced in lower-cased tokenised text ("c $", "u.s $").
    if (next.kind === Kind.Punct && (next.text === '$' || next.text === '£')) {
      const num = this.toks[i + 2];
      if (!num || num.kind !== Kind.Num) return null;
      const key = t.lower;
      const table = next.text === '$' ? DOLLAR_PREFIXES : POUND_PREFIXES;
      const iso = table.get(key);
      if (!iso) return null;
      let ok: boolean;
      if (next.glued) ok = t.text !== t.lower || key.length > 1 || this.caseless; // "a$5" in ordinary text is a typo
      else if (GLUED_ONLY_DOLLAR_PREFIXES.has(key)) ok = false; // "a $ 4 billion": the article
      else if (t.text === t.lower) ok = this.caseless || SPACED_PREFIXES.has(key); // "cost us $5" is the pronoun
      else ok = SPACED_PREFIXES.has(key) && key !== 'u.s.';
      if (!ok) return null;
      return { iso, next: i + 2 };
    }
    // ISO code: "USD 5 million", "RMB10bn"; lower-case codes only in caseless text.
    if (next.kind === Kind.Num && (ISO_CODES.has(t.text) || (this.caseless && LOWER_ISO_CODES.has(t.text)))) {
      return { iso: isoOf(t.text), next: i + 1 };
    }
    // Abbreviations: "Rs 500", "Rs. 500", "DM 5 million"; a lone "R" only glued ("R500").
    if (PREFIX_ABBREVIATIONS.has(t.text)) {
      let k = i + 1;
      if (this.toks[k]?.text === '.' && this.toks[k].glued) k++;
      const num = this.toks[k];
      if (!num || num.kind !== Kind.Num) return null;
      if (t.text.length === 1 && !num.glued) return null;
      return { iso: PREFIX_ABBREVIATIONS.get(t.text) ?? null, next: k };
    }
    return null;
  }

  /** "20 billion euros", "143.80 yen", "10.6 million Irish punts", "845 pence", "five million dollars", "100 €". */
  private numberFirst(i: number): Core | null {
    const q = this.quantity(i, false);
    if (!q) return null;
    const unit = this.unit(q.end, q, i);
    if (!unit) {
      // "5 to 10 million dollars", "5-10 billion yuan": the currency comes after the second number.
      const sep = this.toks[q.end];
      if (!sep || !(sep.lower === 'to' || HYPHENS.has(sep.text) || sep.lower === 'and')) return null;
      if (sep.lower === 'and' && this.toks[i - 1]?.lower !== 'between') return null;
      const q2 = this.quantity(q.end + 1, false);
      if (!q2 || q2.value === null || q.value === null) return null;
      const unit2 = this.unit(q2.end, q2, q.end + 1);
      if (!unit2) return null;
      return this.rangeCore(i, q, q2, unit2);
    }
    if (q.value === null) {
      return { start: i, end: unit.end, amount: null, currency: unit.iso, prefixed: false, exp: q.exp };
    }
    let amount = clean(q.value / unit.minor);
    let end = unit.end;
    if (unit.word && unit.minor === 1 && q.plainInt) {
      const cents = this.trailingCents(end, false);
      if (cents) {
        amount = clean(amount + cents.value);
        end = cents.end;
      }
    }
    return { start: i, end, amount, currency: unit.iso, prefixed: false, exp: q.exp, minor: unit.minor };
  }

  private rangeCore(start: number, q1: Quantity, q2: Quantity, unit: Unit): Core | null {
    let a = q1.value as number;
    const b = q2.value as number;
    if (q1.exp === 0 && q2.exp > 0) a = clean(a * 10 ** q2.exp);
    a = clean(a / unit.minor);
    const bb = clean(b / unit.minor);
    if (Math.max(a, bb) > 10 * Math.min(a, bb)) return null;
    return {
      start,
      end: unit.end,
      amount: Math.min(a, bb),
      currency: unit.iso,
      min: Math.min(a, bb),
      max: Math.max(a, bb),
      prefixed: false,
      exp: q2.exp,
    };
  }

  /** "multibillion-dollar", "billion-dollar", "90-cent", "one-yen", "five-cent" (hyphens may be spaced). */
  private hyphenAdjective(i: number): Core | null {
    const t = this.toks[i];
    let value: number | null;
    let next: number;
    if (t.kind === Kind.Word && MULTI_SCALES.has(t.lower)) {
      const exp = t.lower.endsWith('trillion') ? 12 : t.lower.endsWith('billion') ? 9 : 6;
      value = t.lower.startsWith('multi') ? null : 10 ** exp;
      next = i + 1;
      if (!t.lower.startsWith('multi') && i > 0 && this.toks[i - 1].kind === Kind.Num) return null;
    } else {
      const q = this.quantity(i, false);
      if (!q || q.value === null) return null;
      value = q.value;
      next = q.end;
    }
    const h = this.toks[next];
    const w = this.toks[next + 1];
    if (!h || !w || !HYPHENS.has(h.text) || !HYPHEN_UNITS.has(w.lower)) return null;
    if (h.glued !== w.glued) return null;
    const unit = CURRENCY_WORDS.get(w.lower) as CurrencyUnit;
    const amount = value === null ? null : clean(value / (unit.minor ?? 1));
    return { start: i, end: next + 2, amount, currency: unit.iso, prefixed: false, exp: 0, adjective: true };
  }

  /** "billions of dollars", "hundreds of millions of dollars", "several hundred million pounds". */
  private vague(i: number): Core | null {
    let k = i;
    const t = this.toks[k];
    if (t.kind !== Kind.Word) return null;
    if (t.lower === 'a' && this.toks[k + 1]?.lower === 'few') k += 2;
    else if (VAGUE_QUANTIFIERS.has(t.lower)) k += 1;
    let sawScale = false;
    // "several hundred million", "several billion"
    while (this.toks[k] && SCALES.has(this.toks[k].lower) && !SCALES.get(this.toks[k].lower)!.glued && k > i) {
      sawScale = true;
      k++;
    }
    const few = !sawScale && k > i ? this.currencyWord(k) : null;
    if (few?.minor === 1 && this.toks[k].lower.endsWith('s')) {
      // "a few dollars", "several million" handled above; here a quantifier straight before a plural unit
      const family = CURRENCY_WORDS.get(this.toks[few.wordIndex].lower)?.family;
      // "a few pounds" is usually weight
      if (t.lower !== 'some' && t.lower !== 'many' && t.lower !== 'multi' && family !== 'pound') {
        return { start: i, end: few.end, amount: null, currency: few.iso, prefixed: false, exp: 0 };
      }
    }
    if (!sawScale) {
      // "tens of billions of", "billions of"
      let plural = 0;
      while (this.toks[k] && VAGUE_SCALES.has(this.toks[k].lower) && this.toks[k + 1]?.lower === 'of') {
        plural++;
        k += 2;
      }
      if (plural === 0) return null;
    }
    const unit = this.currencyWord(k);
    if (!unit || unit.minor !== 1) return null;
    return { start: i, end: unit.end, amount: null, currency: unit.iso, prefixed: false, exp: 0 };
  }

  /** "a penny", "a U.S. penny", "one yen", "a nickel": a single coin or unit named as an amount. */
  private singleUnit(i: number): Core | null {
    const t = this.toks[i];
    if (t.kind !== Kind.Word || !SINGLE_ARTICLES.has(t.lower)) return null;
    let k = i + 1;
    const issuer = this.issuerAt(k);
    let issuerText: string | null = null;
    if (issuer) {
      issuerText = issuer.key;
      k = issuer.end;
    }
    const w = this.toks[k];
    if (!w || !SINGLE_NOUNS.has(w.lower)) return null;
    if (w.lower === 'pound' && t.lower === 'a') return null; // "a pound of" is weight
    const after = this.toks[k + 1];
    if (after && (HYPHENS.has(after.text) || NOT_AMOUNT_AFTER.has(after.lower) || after.lower === 'of')) return null;
    if (after && after.kind !== Kind.Punct && !AFTER_SINGLE_AMOUNT.has(after.lower)) return null;
    const coin = COIN_WORDS.get(w.lower);
    if (coin) return { start: i, end: k + 1, amount: coin.amount, currency: coin.iso, prefixed: false, exp: 0 };
    const unit = CURRENCY_WORDS.get(w.lower) as CurrencyUnit;
    if (t.lower === 'a' && !issuer && (w.lower === 'yen' || w.lower === 'yuan' || w.lower === 'euro')) return null;
    const iso = issuerText ? (CURRENCY_ISSUERS[unit.family]?.[issuerText] ?? unit.iso) : unit.iso;
    return { start: i, end: k + 1, amount: clean(1 / (unit.minor ?? 1)), currency: iso, prefixed: false, exp: 0 };
  }

  // ---------------------------------------------------------------- ranges

  /** "$300 to $400", "$5-10 million", "$5 million and $10 million" (after "between"), "5 to 10 million dollars". */
  private range(first: Core, q: Qualifier | undefined): Core | null {
    const sep = this.toks[first.end];
    if (!sep || !RANGE_SEPARATORS.has(sep.lower)) return null;
    if (sep.lower === 'and' && q?.range !== 'between') return null;
    if (first.amount === null) return null;
    const j = first.end + 1;
    if (j >= this.toks.length) return null;
    let second: Core | null = this.prefixed(j) ?? this.numberFirst(j);
    if (!second && first.prefixed) {
      // bare number after a symbol amount: "$5-10 million", "$5 to 10 million", "$5-10"
      const q2 = this.quantity(j, true);
      if (!q2 || q2.value === null) return null;
      if (this.isPercent(q2.end)) return null;
      const tight = HYPHENS.has(sep.text) && sep.glued && this.toks[j].glued;
      if (q2.exp === 0 && !tight) return null;
      second = { start: j, end: q2.end, amount: q2.value, currency: first.currency, prefixed: false, exp: q2.exp };
    }
    if (!second || second.amount === null || second.min !== undefined) return null;
    let a = first.amount;
    const b = second.amount;
    // "$5-10 million", "$1.5 to $2 billion": the second scale word applies to the first number too.
    if (first.exp === 0 && second.exp > 0 && a < 1000) a = clean(a * 10 ** second.exp);
    // "rose 22 cents to $19.94", "gained $4 to $367.30": a change and a level, not a range.
    if ((first.minor ?? 1) !== (second.minor ?? 1) || Math.max(a, b) > 10 * Math.min(a, b)) return null;
    const currency = first.currency ?? second.currency;
    return {
      start: first.start,
      end: second.end,
      amount: Math.min(a, b),
      currency,
      min: Math.min(a, b),
      max: Math.max(a, b),
      prefixed: first.prefixed,
      exp: second.exp,
    };
  }

  // ---------------------------------------------------------------- pieces

  /**
   * A number with its scale words: "1,234.5", "27 3/8", "1.5bn", "45m", "five", "twenty-five", "a billion",
   * "half a million", "one and a half billion". `afterSymbol` allows the glued single-letter scales ("$5m").
   */
  private quantity(i: number, afterSymbol: boolean): Quantity | null {
    const t = this.toks[i];
    if (!t) return null;
    let k = i;
    let decimal: string | null = null;
    let value: number | null = null;
    let digits = false;
    if (t.kind === Kind.Num) {
      decimal = digitsToDecimal(t.text);
      if (decimal === null) return null;
      digits = true;
      k++;
      // "27 3/8"
      const a = this.toks[k];
      const s = this.toks[k + 1];
      const b = this.toks[k + 2];
      if (a && s && b && a.kind === Kind.Num && !a.glued && s.text === '/' && s.glued && b.glued && b.kind === Kind.Num) {
        const den = Number(b.text);
        const num = Number(a.text);
        if (den > 0 && num < den && /^\d+$/.test(a.text) && /^\d+$/.test(b.text)) {
          value = clean(Number(decimal) + num / den);
          decimal = null;
          k += 3;
        }
      }
    } else if (t.kind === Kind.Word) {
      const w = this.wordNumber(i);
      if (!w) return null;
      value = w.value;
      k = w.end;
    } else return null;

    let exp = 0;
    let scaled = false;
    for (;;) {
      const s = this.toks[k];
      if (!s || s.kind !== Kind.Word) break;
      const sc = SCALES.get(s.lower);
      if (sc) {
        if (sc.glued && !(s.glued && digits && !scaled)) break;
        if (sc.glued && !afterSymbol && s.lower !== 'm' && s.lower !== 'k') break;
        exp += sc.exp;
        scaled = true;
        k++;
        continue;
      }
      break;
    }
    // "$2.5-billion"
    if (!scaled && digits && HYPHENS.has(this.toks[k]?.text ?? '') && this.toks[k].glued) {
      const s = this.toks[k + 1];
      const sc = s && s.glued ? SCALES.get(s.lower) : undefined;
      if (sc && !sc.glued && sc.exp >= 6) {
        exp += sc.exp;
        scaled = true;
        k += 2;
      }
    }
    const plainInt = !scaled && (decimal !== null ? /^\d+$/.test(decimal) : value !== null && Number.isInteger(value));
    let out: number;
    if (decimal !== null) out = scaleDecimal(decimal, exp);
    else out = clean((value as number) * 10 ** exp);
    return { value: out, end: k, exp, digits, plainInt };
  }

  /** Numbers in words: "five", "twenty-five", "three hundred", "a" + scale, "half a" + scale, "one and a half". */
  private wordNumber(i: number): { value: number; end: number } | null {
    const t = this.toks[i];
    const next = this.toks[i + 1];
    const isBigScale = (tok: Token | undefined): boolean => {
      const sc = tok ? SCALES.get(tok.lower) : undefined;
      return !!sc && !sc.glued && sc.exp >= 2;
    };
    if ((t.lower === 'a' || t.lower === 'an') && next?.lower !== 'hundred') {
      if (isBigScale(next)) return { value: 1, end: i + 1 };
      if (next?.lower === 'half' && isBigScale(this.toks[i + 2])) return { value: 0.5, end: i + 2 };
      return null;
    }
    if (t.lower === 'half' && next?.lower === 'a' && isBigScale(this.toks[i + 2])) return { value: 0.5, end: i + 2 };
    // [a | one..nineteen | twenty..ninety(-nine)] [hundred [and] [tens/units]]
    let k = i;
    let cur: number;
    if (t.lower === 'a' || t.lower === 'an') {
      if (next?.lower !== 'hundred') return null;
      cur = 1;
      k = i + 1;
    } else {
      const first = this.belowHundred(i);
      if (!first) return null;
      cur = first.value;
      k = first.end;
    }
    if (this.toks[k]?.lower === 'hundred' && cur > 0 && cur < 10) {
      cur *= 100;
      k++;
      const andAt = this.toks[k]?.lower === 'and' ? k + 1 : k;
      const rest = this.belowHundred(andAt);
      if (rest && rest.value > 0) {
        cur += rest.value;
        k = rest.end;
      }
    }
    // "one and a half billion"
    if (
      this.toks[k]?.lower === 'and' &&
      this.toks[k + 1]?.lower === 'a' &&
      this.toks[k + 2]?.lower === 'half' &&
      isBigScale(this.toks[k + 3])
    ) {
      return { value: cur + 0.5, end: k + 3 };
    }
    return { value: cur, end: k };
  }

  /** "seven", "nineteen", "forty", "forty-five", "forty five". */
  private belowHundred(i: number): { value: number; end: number } | null {
    const t = this.toks[i];
    if (!t || t.kind !== Kind.Word) return null;
    const u = UNITS.get(t.lower);
    if (u !== undefined) return { value: u, end: i + 1 };
    const tens = TENS.get(t.lower);
    if (tens === undefined) return null;
    const h = this.toks[i + 1];
    const hyphen = !!h && HYPHENS.has(h.text) && h.glued;
    const k = hyphen ? i + 2 : i + 1;
    const unit = this.toks[k] ? UNITS.get(this.toks[k].lower) : undefined;
    if (unit !== undefined && unit > 0 && unit < 10 && (!hyphen || this.toks[k].glued)) return { value: tens + unit, end: k + 1 };
    return { value: tens, end: i + 1 };
  }

  /** Currency after an amount: words with an optional issuer ("Hong Kong dollars"), codes ("USD"), signs ("€"). */
  private unit(k: number, q: Quantity, qStart: number): Unit | null {
    const t = this.toks[k];
    if (!t) return null;
    if (t.kind === Kind.Punct) {
      // "100 €", "100₾": a sign after the number (not "$"/"£", which in English open the next amount)
      if (t.text === '$' || t.text === '£' || !CURRENCY_SYMBOLS.has(t.text)) return null;
      return { iso: CURRENCY_SYMBOLS.get(t.text) ?? null, minor: 1, end: k + 1, family: 'symbol', word: false };
    }
    if (t.kind !== Kind.Word) return null;
    if (CURRENCY_SYMBOLS.has(t.text)) {
      // CJK signs are letters to the tokenizer: "100元"
      return { iso: CURRENCY_SYMBOLS.get(t.text) ?? null, minor: 1, end: k + 1, family: 'symbol', word: false };
    }
    if (ISO_CODES.has(t.text) || (this.caseless && LOWER_ISO_CODES.has(t.text))) {
      return { iso: isoOf(t.text), minor: 1, end: k + 1, family: 'code', word: false };
    }
    if (POSTFIX_ABBREVIATIONS.has(t.text)) {
      return { iso: POSTFIX_ABBREVIATIONS.get(t.text) ?? null, minor: 1, end: k + 1, family: 'abbr', word: false };
    }
    const unit = this.currencyWord(k);
    if (!unit) return null;
    const w = this.toks[unit.wordIndex];
    const base = CURRENCY_WORDS.get(w.lower) as CurrencyUnit;
    // "45p" only glued to the digits.
    if (w.lower === 'p' && !(w.glued && q.digits && unit.wordIndex === k)) return null;
    if (w.glued && w.lower !== 'p' && unit.wordIndex === k && q.digits && w.text.length > 1 && !CURRENCY_SYMBOL_LIKE.has(w.lower)) {
      // "20th", "1980s" are not glued currencies; only signs written as letters ("100元") are.
      return null;
    }
    // Words that are also common English need an unmistakable amount or an issuer: "5 billion won", "Korean won".
    const strong = q.exp > 0 || unit.issuer || (q.digits && q.value !== null && q.value >= 1000 && /,/.test(this.toks[qStart].text));
    if (base.weak && !strong) return null;
    if (w.lower === 'mark' && !(q.exp > 0 || unit.issuer)) return null; // "the 1,000 mark" is a level, not money
    if (base.family === 'pound' && !unit.issuer && this.looksLikeWeight(qStart, unit.end)) return null;
    if (base.family === 'dollar' && q.digits && q.exp === 0 && this.isYearBasis(qStart)) return null;
    let end = unit.end;
    // "yuan RMB", "pounds sterling"
    const after = this.toks[end];
    if (after && base.family === 'yuan' && (after.lower === 'rmb' || after.lower === 'renminbi')) end++;
    else if (after && base.family === 'pound' && after.lower === 'sterling') end++;
    return {
      iso: unit.iso,
      minor: base.minor ?? 1,
      end,
      family: base.family,
      word: !base.minor,
    };
  }

  /** A currency word at k, optionally preceded by an issuer of up to three tokens. */
  private currencyWord(k: number): { iso: string | null; end: number; wordIndex: number; issuer: boolean; minor: number } | null {
    const issuer = this.issuerAt(k);
    if (issuer) {
      const w = this.toks[issuer.end];
      const unit = w && CURRENCY_WORDS.get(w.lower);
      if (unit) {
        // An issuer known only for another family ("Irish punts", "Japanese yen") repeats the unit's own code.
        const iso = CURRENCY_ISSUERS[unit.family]?.[issuer.key] ?? unit.iso;
        return { iso, end: issuer.end + 1, wordIndex: issuer.end, issuer: true, minor: unit.minor ?? 1 };
      }
    }
    const w = this.toks[k];
    const unit = w && w.kind === Kind.Word ? CURRENCY_WORDS.get(w.lower) : undefined;
    if (!unit) return null;
    return { iso: unit.iso, end: k + 1, wordIndex: k, issuer: false, minor: unit.minor ?? 1 };
  }

  /** Issuer words ("U.S.", "Hong Kong", "New Taiwan", "Irish") at k: the longest known phrase. */
  private issuerAt(k: number): { key: string; end: number } | null {
    const t = this.toks[k];
    if (!t || t.kind !== Kind.Word || !ISSUER_FIRST_WORDS.has(t.lower)) return null;
    let best: { key: string; end: number } | null = null;
    let key = '';
    for (let j = k; j < k + 3 && j < this.toks.length; j++) {
      const w = this.toks[j];
      if (w.kind !== Kind.Word) break;
      key = key ? `${key} ${w.lower}` : w.lower;
      if (ALL_ISSUERS.has(key)) best = { key, end: j + 1 };
    }
    return best;
  }

  /**
   * Cents after a whole major amount: "3 dollars 50 cents", "thirteen dollars and forty-five cents",
   * "thirteen dollars forty five", "c $ 100 and fifty". Without a sub-unit word only when nothing that the number
   * could be counting follows it.
   */
  private trailingCents(k: number, afterSymbol: boolean): { value: number; end: number } | null {
    const hasAnd = this.toks[k]?.lower === 'and';
    const j = hasAnd ? k + 1 : k;
    const q = this.quantity(j, false);
    if (!q || q.value === null || !q.plainInt || q.value <= 0 || q.value >= 100) return null;
    const w = this.toks[q.end];
    if (w && SUB_UNIT_WORDS.has(w.lower)) return { value: q.value / 100, end: q.end + 1 };
    if (afterSymbol && !hasAnd) return null;
    if (w && w.kind !== Kind.Punct && w.lower !== 'and') return null;
    if (w && (w.text === '%' || w.text === '$' || HYPHENS.has(w.text) || w.text === '/')) return null;
    return { value: q.value / 100, end: q.end };
  }

  private looksLikeWeight(qStart: number, end: number): boolean {
    const after = this.toks[end];
    if (after?.lower === 'of' && this.toks[end + 1]?.lower !== 'sterling') return true;
    for (let j = Math.max(0, qStart - 3); j < qStart; j++) if (WEIGHT_CUES.has(this.toks[j].lower)) return true;
    // "500 pounds (225 kilograms)"
    if (after?.text === '(' && this.toks[end + 1]?.kind === Kind.Num && METRIC_WEIGHTS.has(this.toks[end + 2]?.lower ?? '')) return true;
    return false;
  }

  /** "in constant 1989 dollars": a price basis, not an amount. */
  private isYearBasis(qStart: number): boolean {
    const t = this.toks[qStart];
    if (!/^(19|20)\d\d$/.test(t.text)) return false;
    const prev = this.toks[qStart - 1]?.lower;
    return prev === 'in' || prev === 'constant' || prev === 'real' || prev === 'current';
  }

  private isPercent(k: number): boolean {
    const t = this.toks[k];
    return !!t && (t.text === '%' || t.lower === 'percent' || t.lower === 'pct' || (t.lower === 'per' && this.toks[k + 1]?.lower === 'cent'));
  }

  private wordsAt(i: number, words: string[]): boolean {
    for (let j = 0; j < words.length; j++) {
      const t = this.toks[i + j];
      if (!t || t.lower !== words[j]) return false;
    }
    return true;
  }
}

/** Currency words that are written glued to the digits like a sign ("100元", "100,000 ரூ" without the space). */
const CURRENCY_SYMBOL_LIKE = new Set(['ரூ', 'रु', 'रू', 'bn']);

/** Lower-case words that can open a money phrase. */
const STARTERS: ReadonlySet<string> = new Set([
  ...QUALIFIERS.keys(), ...UNITS.keys(), ...TENS.keys(), ...VAGUE_QUANTIFIERS, ...VAGUE_SCALES, ...MULTI_SCALES,
  ...DOLLAR_PREFIXES.keys(), ...POUND_PREFIXES.keys(), ...LOWER_ISO_CODES, 'a', 'an', 'half', 'single',
]);

const ALL_ISSUERS: ReadonlySet<string> = new Set(Object.values(CURRENCY_ISSUERS).flatMap((m) => Object.keys(m)));
