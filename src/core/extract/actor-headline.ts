import type { Token } from './actor-tokens';
import { lexTags } from '../lang/en/compromise-lexicon';
import { isCommonWord, known } from './actor-classify';
import { COMMON_OPENERS, NEVER_ACTOR } from '../lang/en/actors-gazetteer';

/**
 * Headlines written in Title Case ("NATO Chief Announces Support For Ukraine") or in capitals capitalise ordinary
 * words, so capitalisation says nothing there. On such lines an ordinary word loses its capital for the scanner
 * unless it is part of a known name ("Bank Of Japan") or an institution's head right after a name ("Tesla Inc").
 * One pass per line plus a bounded phrase look-up per token: linear.
 */
export function demoteHeadlineWords(tokens: Token[], isBreakWord: (lower: string) => boolean): void {
  let from = 0;
  for (let i = 1; i <= tokens.length; i++) {
    if (i === tokens.length || isLineStart(tokens, i)) {
      const style = lineStyle(tokens, from, i);
      if (style) demote(tokens, from, i, style, isBreakWord);
      from = i;
    }
  }
}

/** A token begins a new line when the tokenizer marked it so and no punctuation before it ended a sentence. */
function isLineStart(tokens: Token[], i: number): boolean {
  return tokens[i].newLine === true;
}

type Style = 'title' | 'caps';

/** Small words that Title Case may leave in lower case; they do not count against a headline. */
const SMALL = new Set('a an the and or but of in on at to for by with from as vs. vs via per over into off up out nor is are be'.split(' '));

function lineStyle(tokens: Token[], from: number, to: number): Style | undefined {
  let words = 0;
  let cap = 0;
  let upper = 0;
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (!t.word || /^\p{N}/u.test(t.text)) continue;
    if (SMALL.has(t.lower) && !t.cap) continue;
    words++;
    if (t.cap) cap++;
    if (t.text.length > 1 && t.text === t.text.toUpperCase()) upper++;
  }
  if (words < 3) return undefined;
  // "Reporting by Jane Doe; Editing by John Roe", "By Jane Doe, Reuters": bylines and credits name people.
  for (let k = from; k < to; k++) if (tokens[k].lower === 'by' && (k === from || !tokens[k].cap)) return undefined;
  if (upper >= words * 0.8 && upper >= 3) return 'caps';
  // A body sentence ends with a period; a Title Case headline does not.
  const last = tokens[to - 1];
  if (last.text === '.' || last.text === ':' || last.text === ',' || cap < words * 0.8) return undefined;
  let ordinary = 0;
  for (let k = from + 1; k < to && ordinary < 2; k++) {
    const t = tokens[k];
    if (t.word && t.cap && t.text.length > 2 && isOrdinary(t)) ordinary++;
  }
  return ordinary >= 2 ? 'title' : undefined;
}

function isOrdinary(t: Token): boolean {
  const lower = t.lower;
  if (known(lower)) return false;
  return isCommonWord(lower) || COMMON_OPENERS.has(lower) || NEVER_ACTOR.has(lower);
}

/** Institution heads that stay capitalised in a headline when they follow a name ("Bank Of Japan", "Nvidia Corp"). */
const KEEP_HEADS = new Set(
  ('bank|ministry|commission|council|court|party|corp|corp.|inc|inc.|co|co.|ltd|ltd.|plc|llc|group|holdings|agency|' +
    'department|university|fund|union|authority|bureau|office|committee|parliament|assembly|institute|foundation|' +
    'association|federation|league|alliance|airlines|motors|electronics|platforms|technologies|reserve|house|senate|congress')
    .split('|'),
);

const MAX_PHRASE = 6;
const ORDINARY_ENDING = /(?:[^su']s|[^e]ed|ing|ly|tion|sion|ment|ness|ity|icy|acy|ncy|ive|ous|ful|less|ance|ence)$/;

function demote(tokens: Token[], from: number, to: number, style: Style, isBreakWord: (lower: string) => boolean): void {
  const keep = new Uint8Array(to - from);
  // Known multi-word names keep every word ("Bank Of Japan", "White House", "Saudi Arabia").
  for (let k = from; k < to; k++) {
    if (!tokens[k].word || !tokens[k].cap) continue;
    let phrase = tokens[k].lower;
    for (let e = k + 1; e < to && e < k + MAX_PHRASE; e++) {
      if (!tokens[e].word) break;
      phrase += ' ' + tokens[e].lower;
      if (known(phrase)) for (let q = k; q <= e; q++) keep[q - from] = 1;
    }
  }
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    t.headline = true;
    if (!t.word || !t.cap || keep[k - from]) continue;
    const acronym = t.text.length > 1 && t.text === t.text.toUpperCase() && !/^\p{N}/u.test(t.text);
    // In capitals, "WHO"/"US" are as likely the plain words; in Title Case an all-capitals word is an acronym.
    if (style === 'caps' && (SMALL.has(t.lower) || isBreakWord(t.lower))) {
      t.cap = false;
      continue;
    }
    if (style === 'title' && acronym && !SMALL.has(t.lower)) continue;
    if (known(t.lower)) continue;
    const prev = tokens[k - 1];
    if (KEEP_HEADS.has(t.lower) && prev && k > from && prev.cap && prev.word) continue;
    // Words the lexicon lacks: plurals and common endings are ordinary words ("Cases", "Investments"), others may be names.
    const ordinary =
      isOrdinary(t) || SMALL.has(t.lower) || lexTags(t.lower).length > 0 || ORDINARY_ENDING.test(t.lower);
    if (ordinary) t.cap = false;
  }
}
