/**
 * The per-sentence view the fact rules work on: words with offsets, the mentions inside, and clause boundaries.
 * Everything is one left-to-right pass over the sentence, so fact extraction stays linear in the text length.
 */
import { CLAUSE_CONJUNCTIONS, COMPLEMENTIZERS, NOT_CLAUSE_ING, RELATIVE_OPENERS, SUBJECT_DETERMINERS } from '../lang/en/clauses';
import { isFiniteMarker } from '../lang/en/facts/morphology';
import { CLAUSE_BOUNDARY } from '../lang/en/facts/patterns';
import type { AnalyzedMention } from '../model';
import { firstIndex } from '../util/bisect';
import { lookupVerb } from './lexicon';

export interface Token {
  start: number;
  end: number;
  /** Lower case, curly apostrophes straightened. */
  lower: string;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Lies inside a mention (never read as a verb). */
  inMention: boolean;
  /** Index of that mention in `SentenceView.mentions`, or -1. */
  mention: number;
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
  /** Per clause: it has a subject of its own ("… and the EU had set aside …"), so it shares nothing with clause 0. */
  ownSubject: boolean[];
}

const WORD = /[A-Za-z]+(?:['’][A-Za-z]+)*(?:-[A-Za-z]+)*/g;

/** Clause starts: the pack's `CLAUSE_BOUNDARY`, except a comma before an -ing word that only continues a noun phrase. */

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
      lower: m[0].includes('’') ? m[0].toLowerCase().replace(/’/g, "'") : m[0].toLowerCase(),
      cap: m[0].charCodeAt(0) >= 65 && m[0].charCodeAt(0) <= 90,
      inMention,
      mention: inMention ? mi : -1,
      joined: onlySpace(s, lastEnd, m.index),
    });
    lastEnd = m.index + m[0].length;
  }
  const boundaries: number[] = [];
  const clauseLead: string[] = [tokens[0]?.lower ?? ''];
  CLAUSE_BOUNDARY.lastIndex = 0;
  for (let m = CLAUSE_BOUNDARY.exec(s); m; m = CLAUSE_BOUNDARY.exec(s)) {
    const at = start + m.index + m[0].length;
    const next = tokens[firstFrom(tokens, at)];
    if (m[0].startsWith(',') && next && NOT_CLAUSE_ING.has(next.lower)) continue;
    boundaries.push(at);
    clauseLead.push(next?.lower ?? '');
  }
  // All clause starts in text order; an offset that is already a punctuation boundary is not added twice.
  const atPunctuation = new Set(boundaries);
  const clauses: ExtraBoundary[] = [
    ...boundaries.map((at, k) => ({ at, lead: clauseLead[k + 1], ownSubject: false })),
    ...relativeEnds(s, start, tokens, boundaries, clauseLead),
    ...conjoinedClauses(tokens, mentions, boundaries),
  ]
    .filter((c, k) => k < boundaries.length || !atPunctuation.has(c.at))
    .sort((x, y) => x.at - y.at);
  return {
    start,
    end,
    text: s,
    tokens,
    mentions,
    boundaries: clauses.map((c) => c.at),
    clauseLead: [clauseLead[0], ...clauses.map((c) => c.lead)],
    ownSubject: [false, ...clauses.map((c) => c.ownSubject)],
  };
}

function finiteAt(t: Token | undefined): boolean {
  if (!t || t.inMention) return false;
  if (isFiniteMarker(t.lower)) return true;
  const v = lookupVerb(t.lower);
  return !!v && (v.form === 'past' || v.form === 's');
}

interface ExtraBoundary {
  at: number;
  lead: string;
  ownSubject: boolean;
}

/**
 * The comma that closes a ", which …" or ", who …" clause when the main verb follows: in "The United States, which gave
 * $61bn last year, has not announced …" the last part is the main clause again, not the relative one.
 */
function relativeEnds(s: string, start: number, tokens: Token[], boundaries: number[], leads: string[]): ExtraBoundary[] {
  const out: ExtraBoundary[] = [];
  let ti = 0;
  for (let b = 0; b < boundaries.length; b++) {
    const lead = leads[b + 1];
    if (!RELATIVE_OPENERS.has(lead)) continue;
    // Only a relative clause opened by a comma can be closed by one.
    if (!commaBefore(s, boundaries[b] - start)) continue;
    const limit = b + 1 < boundaries.length ? boundaries[b + 1] : start + s.length;
    while (ti < tokens.length && tokens[ti].start < boundaries[b]) ti++;
    for (let k = ti + 1; k < tokens.length && tokens[k].start < limit; k++) {
      if (tokens[k].joined || tokens[k].inMention) continue;
      // The closing comma comes right before the word (numbers are no tokens: "in 2024, will").
      if (commaBefore(s, tokens[k].start - start) && finiteAt(tokens[k])) {
        out.push({ at: tokens[k].start, lead: tokens[k].lower, ownSubject: false });
        break;
      }
    }
  }
  return out;
}

/**
 * "… would contribute $1.5bn and that the EU had set aside €300m": a conjunction followed by a new subject and a finite
 * verb starts a clause of its own, so the second amount does not inherit the first verb or actor. A list of subjects
 * ("Germany, France and Italy pledged") is not split: it needs a verb before the conjunction.
 */
function conjoinedClauses(tokens: Token[], mentions: AnalyzedMention[], boundaries: number[]): ExtraBoundary[] {
  const out: ExtraBoundary[] = [];
  let bi = 0;
  let verbSeen = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    while (bi < boundaries.length && boundaries[bi] <= t.start) {
      bi++;
      verbSeen = false;
    }
    if (t.inMention) continue;
    if (CLAUSE_CONJUNCTIONS.has(t.lower) && verbSeen) {
      let j = i + 1;
      if (tokens[j] && COMPLEMENTIZERS.has(tokens[j].lower) && !tokens[j].inMention) j++;
      if (tokens[j] && !tokens[j].inMention && SUBJECT_DETERMINERS.has(tokens[j].lower)) j++;
      const m = tokens[j]?.mention ?? -1;
      if (m >= 0 && mentions[m].type === 'ACTOR' && mentions[m].end >= tokens[j].end) {
        let k = j;
        while (k < tokens.length && tokens[k].mention === m) k++;
        if (finiteAt(tokens[k])) {
          out.push({ at: t.start, lead: t.lower, ownSubject: true });
          verbSeen = false;
          continue;
        }
      }
    }
    if (!t.cap && (isFiniteMarker(t.lower) || lookupVerb(t.lower))) verbSeen = true;
  }
  return out;
}

/** The last character before `at` (spaces and line breaks skipped) is a comma. */
function commaBefore(s: string, at: number): boolean {
  let c = at - 1;
  while (c > 0 && (s[c] === ' ' || s[c] === '\n')) c--;
  return s[c] === ',';
}

function onlySpace(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c !== 32 && c !== 10 && c !== 13 && c !== 9 && c !== 160) return false;
  }
  return true;
}

function firstFrom(tokens: Token[], offset: number): number {
  return firstIndex(tokens.length, (i) => tokens[i].start >= offset);
}

/** Index of the clause holding `offset`. */
export function clauseOf(view: SentenceView, offset: number): number {
  return firstIndex(view.boundaries.length, (i) => view.boundaries[i] > offset);
}

/** Index of the last token ending at or before `offset`, or -1. */
export function tokenBefore(view: SentenceView, offset: number): number {
  return firstIndex(view.tokens.length, (i) => view.tokens[i].end > offset) - 1;
}

/** Index of the first token starting at or after `offset`, or tokens.length. */
export function tokenAfter(view: SentenceView, offset: number): number {
  return firstFrom(view.tokens, offset);
}
