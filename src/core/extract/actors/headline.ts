/**
 * Headlines written in Title Case ("NATO Chief Announces Support For Ukraine") or in capitals capitalise ordinary
 * words, so capitalisation says nothing there. On such lines an ordinary word loses its capital for the scanner
 * unless it is part of a known name ("Bank Of Japan") or an institution's head right after a name ("Tesla Inc").
 * Works on the scanner's own token copies. One pass per line plus a bounded phrase look-up per token: linear.
 */
import { lexTags } from '../../lang/en/compromise-lexicon';
import { COMMON_OPENERS, HEADLINE_KEEP_HEADS, NEVER_ACTOR } from '../../lang/en/actors-gazetteer';
import { ENDINGS, HEADLINE_SMALL_WORDS, NAME_GRAMMAR, RUN_BREAKS } from '../../lang/en/actor-words';
import { isCommonWord, known } from './known';
import { isWord, type ScanToken } from './token';

export function demoteHeadlineWords(tokens: ScanToken[]): void {
  let from = 0;
  for (let i = 1; i <= tokens.length; i++) {
    if (i === tokens.length || tokens[i].newLine) {
      const style = lineStyle(tokens, from, i);
      if (style) demote(tokens, from, i, style);
      from = i;
    }
  }
}

type Style = 'title' | 'caps';

const NUMBER_START = /^\p{N}/u;

function lineStyle(tokens: ScanToken[], from: number, to: number): Style | undefined {
  let words = 0;
  let cap = 0;
  let upper = 0;
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (!isWord(t) || NUMBER_START.test(t.text)) continue;
    if (HEADLINE_SMALL_WORDS.has(t.lower) && !t.cap) continue;
    words++;
    if (t.cap) cap++;
    if (t.text.length > 1 && t.text === t.text.toUpperCase()) upper++;
  }
  if (words < 3) return undefined;
  // "Reporting by Jane Doe; Editing by John Roe", "By Jane Doe, Reuters": bylines and credits name people.
  for (let k = from; k < to; k++) if (tokens[k].lower === NAME_GRAMMAR.byline && (k === from || !tokens[k].cap)) return undefined;
  if (upper >= words * 0.8 && upper >= 3) return 'caps';
  // A body sentence ends with a period; a Title Case headline does not.
  const last = tokens[to - 1];
  if (last.text === '.' || last.text === ':' || last.text === ',' || cap < words * 0.8) return undefined;
  let ordinary = 0;
  for (let k = from + 1; k < to && ordinary < 2; k++) {
    const t = tokens[k];
    if (isWord(t) && t.cap && t.text.length > 2 && isOrdinary(t.lower)) ordinary++;
  }
  return ordinary >= 2 ? 'title' : undefined;
}

function isOrdinary(lower: string): boolean {
  if (known(lower)) return false;
  return isCommonWord(lower) || COMMON_OPENERS.has(lower) || NEVER_ACTOR.has(lower);
}

const MAX_PHRASE = 6;

function demote(tokens: ScanToken[], from: number, to: number, style: Style): void {
  const keep = new Uint8Array(to - from);
  // Known multi-word names keep every word ("Bank Of Japan", "White House", "Saudi Arabia").
  for (let k = from; k < to; k++) {
    if (!isWord(tokens[k]) || !tokens[k].cap) continue;
    let phrase = tokens[k].lower;
    for (let e = k + 1; e < to && e < k + MAX_PHRASE; e++) {
      if (!isWord(tokens[e])) break;
      phrase += ' ' + tokens[e].lower;
      if (known(phrase)) for (let q = k; q <= e; q++) keep[q - from] = 1;
    }
  }
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    t.headline = true;
    if (!isWord(t) || !t.cap || keep[k - from]) continue;
    const acronym = t.text.length > 1 && t.text === t.text.toUpperCase() && !NUMBER_START.test(t.text);
    // In capitals, "WHO"/"US" are as likely the plain words; in Title Case an all-capitals word is an acronym.
    if (style === 'caps' && (HEADLINE_SMALL_WORDS.has(t.lower) || RUN_BREAKS.has(t.lower))) {
      t.cap = false;
      continue;
    }
    if (style === 'title' && acronym && !HEADLINE_SMALL_WORDS.has(t.lower)) continue;
    if (known(t.lower)) continue;
    const prev = tokens[k - 1];
    if (HEADLINE_KEEP_HEADS.has(t.lower) && prev && k > from && prev.cap && isWord(prev)) continue;
    // Words the lexicon lacks: plurals and common endings are ordinary words ("Cases", "Investments"), others may be names.
    const ordinary =
      isOrdinary(t.lower) || HEADLINE_SMALL_WORDS.has(t.lower) || lexTags(t.lower).length > 0 || ENDINGS.headlineOrdinary.test(t.lower);
    if (ordinary) t.cap = false;
  }
}
