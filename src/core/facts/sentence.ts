/**
 * The per-sentence view the fact rules work on: words with offsets, the mentions inside, and clause boundaries.
 * Everything is one left-to-right pass over the sentence, so fact extraction stays linear in the text length.
 */
import type { AnalyzedMention } from '../model';

export interface Token {
  start: number;
  end: number;
  /** Lower case, curly apostrophes straightened. */
  lower: string;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Lies inside a mention (never read as a verb). */
  inMention: boolean;
  /** Only whitespace separates it from the previous token (no comma, dash, bracket …). */
  joined: boolean;
}

export interface SentenceView {
  start: number;
  end: number;
  text: string;
  tokens: Token[];
  mentions: AnalyzedMention[];
  /** Offsets where a new clause begins, ascending. */
  boundaries: number[];
  /** Lower-case first word of each clause (index 0 = the sentence's first clause). */
  clauseLead: string[];
}

const WORD = /[A-Za-z]+(?:['’][A-Za-z]+)*(?:-[A-Za-z]+)*/g;

/**
 * Clause starts: after ; : dashes and brackets, and after a comma that introduces a relative, subordinate or
 * coordinated clause or a participle (", which", ", while", ", and", ", underscoring"). Plain commas do not split:
 * "In 2024, NATO allies provided …" is one clause. ", including" and ", totaling" only continue a noun phrase.
 */
const BOUNDARY =
  /[;()]|:(?!\d)|\s[—–-]\s|—|,\s*(?=(?:which|who|whom|whose|while|whereas|but|although|though|because|and|or|so|yet|when|where|after|before|if|unless|according|[a-z]{2,}ing)\b)/g;
const NOT_CLAUSE_ING = new Set(['including', 'excluding', 'totaling', 'totalling', 'amounting', 'during', 'nothing', 'something', 'anything', 'everything', 'morning', 'evening', 'spring', 'bring', 'thing', 'string', 'king', 'ceiling', 'funding', 'building', 'spending', 'meeting', 'rising']);

export function buildSentenceView(text: string, start: number, end: number, mentions: AnalyzedMention[]): SentenceView {
  const s = text.slice(start, end);
  const tokens: Token[] = [];
  let mi = 0;
  let lastEnd = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(s); m; m = WORD.exec(s)) {
    const a = start + m.index;
    const b = a + m[0].length;
    while (mi < mentions.length && mentions[mi].end <= a) mi++;
    const inMention = mi < mentions.length && mentions[mi].start < b;
    tokens.push({
      start: a,
      end: b,
      lower: m[0].toLowerCase().replace(/’/g, "'"),
      cap: m[0].charCodeAt(0) >= 65 && m[0].charCodeAt(0) <= 90,
      inMention,
      joined: /^\s*$/.test(s.slice(lastEnd, m.index)),
    });
    lastEnd = m.index + m[0].length;
  }
  const boundaries: number[] = [];
  const clauseLead: string[] = [tokens[0]?.lower ?? ''];
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(s); m; m = BOUNDARY.exec(s)) {
    const at = start + m.index + m[0].length;
    const next = tokens[firstFrom(tokens, at)];
    if (m[0].startsWith(',') && next && next.lower.endsWith('ing') && NOT_CLAUSE_ING.has(next.lower)) continue;
    boundaries.push(at);
    clauseLead.push(next?.lower ?? '');
  }
  return { start, end, text: s, tokens, mentions, boundaries, clauseLead };
}

function firstFrom(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the clause holding `offset`. */
export function clauseOf(view: SentenceView, offset: number): number {
  let lo = 0;
  let hi = view.boundaries.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (view.boundaries[mid] <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the last token ending at or before `offset`, or -1. */
export function tokenBefore(view: SentenceView, offset: number): number {
  let lo = 0;
  let hi = view.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (view.tokens[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Index of the first token starting at or after `offset`, or tokens.length. */
export function tokenAfter(view: SentenceView, offset: number): number {
  return firstFrom(view.tokens, offset);
}
