/**
 * The actor scanner's working copy of a block. The shared name tokens of the BlockView stay untouched: the scanner
 * copies them once, splits hyphenated words on its copies, and revises its copies' flags (capitals that say nothing
 * on a shouted or Title Case line, sentence starts found after an abbreviation). All per-block evidence lives in one
 * BlockScan passed to every step, so the scanner keeps no state between calls.
 */
import type { BlockView } from '../../text/block-view';
import { TokenKind, type Token } from '../../text/token';
import { isWord, type BlockScan, type ScanToken } from './token';
import { COMMON_OPENERS, NEVER_ACTOR } from '../../lang/en/actors-gazetteer';
import { HYPHEN_TAILS, PARTY_LETTERS_BEFORE_STATE } from '../../lang/en/actor-words';
import { demoteHeadlineWords } from './headline';
import { isCommonWord, isGeoOrGroup, known } from './known';

export function scanBlock(view: BlockView): BlockScan {
  const tokens = splitHyphenated(view.nameTokens);
  demoteHeadlineWords(tokens);
  const lowerSeen = new Set<string>();
  const capSeen = new Set<string>();
  tokens.forEach((t, k) => {
    t.index = k;
    if (isWord(t) && !t.cap) lowerSeen.add(t.lower);
    else if (t.cap && isShoutedWord(t)) t.cap = false;
    else if (t.cap && !t.sentenceStart) capSeen.add(t.lower);
  });
  return { text: view.text, tokens, lowerSeen, capSeen };
}

/** All-caps ordinary words in tables and shouted headings ("LATE EURODOLLARS") are not names. */
function isShoutedWord(t: Token): boolean {
  if (t.text.length < 4 || t.text !== t.text.toUpperCase() || /[.&\d]/.test(t.text)) return false;
  return !known(t.lower) && (isCommonWord(t.lower) || COMMON_OPENERS.has(t.lower) || NEVER_ACTOR.has(t.lower));
}

const CAPITALISED = /^\p{Lu}/u;

/** A scanner token for `text` at `start` inside `t`. One object literal builds them all, so they share one shape. */
function scanToken(t: Token, start: number, text: string, kind: TokenKind, cap: boolean, sentenceStart: boolean, newLine: boolean): ScanToken {
  const lower = text === t.text ? t.lower : text.toLowerCase();
  const glued = start === t.start ? t.glued : true;
  return {
    start, end: start + text.length, text, lower, kind, glued, cap, index: t.index, n: t.n, digits: t.digits, suffix: t.suffix,
    sentenceStart, newLine, headline: false,
  };
}

function copy(t: Token): ScanToken {
  return scanToken(t, t.start, t.text, t.kind, t.cap, t.sentenceStart, t.newLine);
}

/**
 * Copies of the tokens, with "Chinese-funded" → "Chinese" + "-" + "funded" ("U.S.-Soviet" is already split by the
 * tokenizer). Indices are set by the caller.
 */
function splitHyphenated(tokens: readonly Token[]): ScanToken[] {
  const out: ScanToken[] = [];
  for (const t of tokens) {
    if (!isWord(t) || t.text.indexOf('-') < 1 || known(t.lower)) {
      out.push(copy(t));
      continue;
    }
    const parts = t.text.split('-');
    const capParts = parts.filter((p) => CAPITALISED.test(p));
    // "Chinese-funded", "Sino-Japanese" split; "Georgia-Pacific", "Rolls-Royce" stay whole.
    const tail = parts[parts.length - 1];
    const prevTok = out[out.length - 1];
    const lowerTail =
      parts.length > 1 && CAPITALISED.test(parts[0]) && (/^\p{Ll}+$/u.test(tail) || HYPHEN_TAILS.has(tail.toLowerCase())) &&
      (HYPHEN_TAILS.has(tail.toLowerCase()) || isGeoOrGroup(parts[0].toLowerCase()) || (!!prevTok && prevTok.cap && prevTok.end + 1 === t.start));
    // "D-N.Y.": a party letter and a state.
    const party = parts.length === 2 && PARTY_LETTERS_BEFORE_STATE.has(parts[0]) && known(parts[1].toLowerCase()) === 'state';
    const useful = party || (capParts.length > 0 && (lowerTail || capParts.every((p) => isGeoOrGroup(p.toLowerCase(), true))));
    if (!useful) {
      out.push(copy(t));
      continue;
    }
    let pos = t.start;
    parts.forEach((p, idx) => {
      if (idx > 0) {
        // The hyphen inherits the word's line-start flag and the first part does not: the split as the scanner has always made it.
        out.push(scanToken(t, pos, '-', TokenKind.Punct, false, false, t.newLine));
        pos++;
      }
      if (p) {
        out.push(scanToken(t, pos, p, TokenKind.Word, CAPITALISED.test(p), idx === 0 && t.sentenceStart, false));
      }
      pos += p.length;
    });
  }
  return out;
}
