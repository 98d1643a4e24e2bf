/**
 * Numbers as news writes them in front of a currency: digits ("1,234.5", "27 3/8", "1.5bn", "$2.5-billion") and
 * words ("five", "twenty-five", "three hundred and five", "a billion", "half a million", "one and a half billion"),
 * each with its scale words ("million", "crore", glued "m").
 */
import { NUMBER_GRAMMAR as G, NUMBER_SCALES, NUMBER_TENS, NUMBER_UNITS } from '../../lang/en/numbers';
import { PERCENT_PHRASES } from '../../lang/en/money-words';
import { clean, digitsToDecimal, scaleDecimal } from './decimal';
import { HYPHENS, TokenKind, byFirstWord, phraseAt, type Quantity, type Scan, type Token } from './scan';

/**
 * A number with its scale words at token i. `afterSymbol` allows the glued scales that only a currency sign makes
 * unambiguous ("$5b").
 */
export function quantity(s: Scan, i: number, afterSymbol: boolean): Quantity | null {
  const t = s.toks[i];
  if (!t) return null;
  let k = i;
  let decimal: string | null = null;
  let value: number | null = null;
  let digits = false;
  if (t.kind === TokenKind.Num) {
    decimal = digitsToDecimal(t.text);
    if (decimal === null) return null;
    digits = true;
    k++;
    // "27 3/8"
    const a = s.toks[k];
    const sl = s.toks[k + 1];
    const b = s.toks[k + 2];
    if (a && sl && b && a.kind === TokenKind.Num && !a.glued && sl.text === '/' && sl.glued && b.glued && b.kind === TokenKind.Num) {
      const den = Number(b.text);
      const num = Number(a.text);
      if (den > 0 && num < den && /^\d+$/.test(a.text) && /^\d+$/.test(b.text)) {
        value = clean(Number(decimal) + num / den);
        decimal = null;
        k += 3;
      }
    }
  } else if (t.kind === TokenKind.Word) {
    const w = wordNumber(s, i);
    if (!w) return null;
    value = w.value;
    k = w.end;
  } else return null;

  let exp = 0;
  let scaled = false;
  for (;;) {
    const tok = s.toks[k];
    if (!tok || tok.kind !== TokenKind.Word) break;
    const sc = NUMBER_SCALES.get(tok.lower);
    if (!sc) break;
    if (sc.glued && !(tok.glued && digits && !scaled)) break;
    if (sc.glued === 'sign' && !afterSymbol) break;
    exp += sc.exp;
    scaled = true;
    k++;
  }
  // "$2.5-billion"
  if (!scaled && digits && HYPHENS.has(s.toks[k]?.text ?? '') && s.toks[k].glued) {
    const tok = s.toks[k + 1];
    const sc = tok && tok.glued ? NUMBER_SCALES.get(tok.lower) : undefined;
    if (sc && !sc.glued && sc.exp >= 6) {
      exp += sc.exp;
      scaled = true;
      k += 2;
    }
  }
  const plainInt = !scaled && (decimal !== null ? /^\d+$/.test(decimal) : value !== null && Number.isInteger(value));
  const out = decimal !== null ? scaleDecimal(decimal, exp) : clean((value as number) * 10 ** exp);
  return { value: out, end: k, exp, digits, plainInt };
}

/** A scale word of a hundred or more that stands on its own ("million", not a glued "m"). */
export function isBigScale(tok: Token | undefined): boolean {
  const sc = tok ? NUMBER_SCALES.get(tok.lower) : undefined;
  return !!sc && !sc.glued && sc.exp >= 2;
}

/** Numbers in words: "five", "twenty-five", "three hundred", "a" + scale, "half a" + scale, "one and a half". */
function wordNumber(s: Scan, i: number): { value: number; end: number } | null {
  const t = s.toks[i];
  const next = s.toks[i + 1];
  const one = G.one.has(t.lower);
  if (one && next?.lower !== G.hundred) {
    if (isBigScale(next)) return { value: 1, end: i + 1 };
    if (next?.lower === G.half && isBigScale(s.toks[i + 2])) return { value: 0.5, end: i + 2 };
    return null;
  }
  if (t.lower === G.half && next?.lower === G.article && isBigScale(s.toks[i + 2])) return { value: 0.5, end: i + 2 };
  // [a | one..nineteen | twenty..ninety(-nine)] [hundred [and] [tens/units]]
  let k: number;
  let cur: number;
  if (one) {
    cur = 1;
    k = i + 1;
  } else {
    const first = belowHundred(s, i);
    if (!first) return null;
    cur = first.value;
    k = first.end;
  }
  if (s.toks[k]?.lower === G.hundred && cur > 0 && cur < 10) {
    cur *= 100;
    k++;
    const andAt = s.toks[k]?.lower === G.and ? k + 1 : k;
    const rest = belowHundred(s, andAt);
    if (rest && rest.value > 0) {
      cur += rest.value;
      k = rest.end;
    }
  }
  // "one and a half billion"
  if (
    s.toks[k]?.lower === G.and &&
    s.toks[k + 1]?.lower === G.article &&
    s.toks[k + 2]?.lower === G.half &&
    isBigScale(s.toks[k + 3])
  ) {
    return { value: cur + 0.5, end: k + 3 };
  }
  return { value: cur, end: k };
}

/** "seven", "nineteen", "forty", "forty-five", "forty five". */
function belowHundred(s: Scan, i: number): { value: number; end: number } | null {
  const t = s.toks[i];
  if (!t || t.kind !== TokenKind.Word) return null;
  const u = NUMBER_UNITS.get(t.lower);
  if (u !== undefined) return { value: u, end: i + 1 };
  const tens = NUMBER_TENS.get(t.lower);
  if (tens === undefined) return null;
  const h = s.toks[i + 1];
  const hyphen = !!h && HYPHENS.has(h.text) && h.glued;
  const k = hyphen ? i + 2 : i + 1;
  const unit = s.toks[k] ? NUMBER_UNITS.get(s.toks[k].lower) : undefined;
  if (unit !== undefined && unit > 0 && unit < 10 && (!hyphen || s.toks[k].glued)) return { value: tens + unit, end: k + 1 };
  return { value: tens, end: i + 1 };
}

const PERCENT = byFirstWord(PERCENT_PHRASES.map((p) => ({ words: p.split(' ') })));

/** A percentage sign or word at k: "$5 %" and "5 per cent" are not amounts of money. */
export function isPercent(s: Scan, k: number): boolean {
  return phraseAt(s, k, PERCENT) !== null;
}
