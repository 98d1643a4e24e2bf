/**
 * MONEY mentions in one block; offsets relative to the block.
 *
 * A single left-to-right scan over the view's money tokens. At each token it tries, in order: a qualifier ("more
 * than", "about"), then one money core (cores.ts: symbol or code + amount, amount + currency, "multibillion-dollar",
 * "billions of dollars", "a penny"), then a range continuation (ranges.ts: "to $400", "-10 million", "and $10
 * million"). Each attempt looks at a bounded number of tokens, and the scan resumes after a match, so the whole pass
 * is linear in the text length.
 */
import type { MoneyMention } from '../../model';
import type { BlockView } from '../../text/block-view';
import { hyphenAdjective, numberFirst, prefixed, singleUnit, vague } from './cores';
import { ABBREVIATIONS_BEFORE, CODES, STARTERS, SYMBOLS } from './lexicon';
import { QUALIFIERS, type Qualifier } from './qualifiers';
import { range } from './ranges';
import { TokenKind, wordsAt, type Core, type Scan } from './scan';

export function extractMoney(view: BlockView): MoneyMention[] {
  const s: Scan = { text: view.text, toks: view.moneyTokens, caseless: !/[A-Z]/.test(view.text) };
  const out: MoneyMention[] = [];
  const n = s.toks.length;
  let i = 0;
  while (i < n) {
    const m = matchAt(s, i);
    if (m) {
      out.push(mention(s, m.core, m.start, m.approx));
      i = m.core.end;
    } else i++;
  }
  return out;
}

function matchAt(s: Scan, i: number): { core: Core; start: number; approx: string | null } | null {
  const t = s.toks[i];
  // Most words cannot open a money phrase; skipping them here keeps the scan cheap.
  if (t.kind === TokenKind.Word && !STARTERS.has(t.lower) && !CODES.has(t.text) && !ABBREVIATIONS_BEFORE.has(t.text)) {
    return null;
  }
  if (t.kind === TokenKind.Punct && !SYMBOLS.has(t.text)) return null;
  const quals = t.kind === TokenKind.Word ? QUALIFIERS.get(t.lower) : undefined;
  if (quals) {
    for (const q of quals) {
      if (!wordsAt(s, i, q.words)) continue;
      const c = core(s, i + q.words.length, q);
      if (!c || c.adjective) continue;
      if (q.range && c.min === undefined) return null; // "from $5" alone: the core is found at the next token
      return { core: c, start: q.outside ? c.start : i, approx: q.approx };
    }
  }
  const c = core(s, i, undefined);
  return c ? { core: c, start: c.start, approx: null } : null;
}

function core(s: Scan, i: number, q: Qualifier | undefined): Core | null {
  if (i >= s.toks.length) return null;
  const single = prefixed(s, i) ?? hyphenAdjective(s, i) ?? vague(s, i) ?? singleUnit(s, i) ?? numberFirst(s, i);
  if (!single) return null;
  return range(s, single, q) ?? single;
}

function mention(s: Scan, c: Core, startTok: number, approx: string | null): MoneyMention {
  const start = s.toks[startTok].start;
  const end = s.toks[c.end - 1].end;
  const m: MoneyMention = {
    type: 'MONEY',
    rule: c.rule,
    start,
    end,
    text: s.text.slice(start, end),
    amount: c.amount,
    currency: c.currency,
    approx,
  };
  if (c.min !== undefined && c.max !== undefined) {
    m.min = c.min;
    m.max = c.max;
  }
  return m;
}
