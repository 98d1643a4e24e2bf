/**
 * Runs: capitalised words that may form one name, with connectors inside when the run is an institution's name
 * ("Bank of Japan", "Securities and Exchange Commission", "Goldman, Sachs & Co.", "Ursula von der Leyen").
 */
import { COMMON_OPENERS, COMPANY_SUFFIXES, HONORIFICS, NAME_PARTICLES, OF_HEADS, ON_HEADS, ORG_HEADS, PARTNERSHIP_SUFFIXES, TITLES } from '../../lang/en/actors-gazetteer';
import { HEADLINE_VERBS, NAME_GRAMMAR, NAME_INNER_PREPOSITIONS, POSSESSIVE, POSSESSIVE_NAME_NOUNS, RUN_BREAKS } from '../../lang/en/actor-words';
import { lexTags, TAG_GROUPS } from '../../lang/en/compromise-lexicon';
import { isFunctionLike, isGeoOrGroup, known } from './known';
import { isWord, type BlockScan, type ScanToken } from './token';

const { genitive, topic, purpose, coordinator, article } = NAME_GRAMMAR;

/** A run of capitalised words, possibly with connector words inside. */
export type Run = ScanToken[];

/** Longest run considered: longer names are rare, and the cap keeps every per-run step bounded (linear overall). */
const MAX_RUN = 16;

/** The run that starts at tokens[start] (a capitalised word that is no break and no verb). */
export function collectRun(scan: BlockScan, start: number): Run {
  const tokens = scan.tokens;
  const run: Run = [tokens[start]];
  let j = start + 1;
  while (j < tokens.length && run.length < MAX_RUN) {
    const t = tokens[j];
    if (
      t.cap && !isBreak(t) && !isVerbOnly(t) && tokens[j - 1].end >= t.start - 1 && !t.newLine &&
      !newSentenceAfterAbbreviation(scan, tokens[j - 1], t)
    ) {
      run.push(t);
      j++;
      continue;
    }
    // "Moody's Investors Service", "People's Congress": a possessive that belongs to the name.
    if (isPossessive(t) && possessiveInName(tokens, run, j)) {
      run.push(t);
      j++;
      continue;
    }
    // "Goldman, Sachs & Co.": a partnership's name keeps its comma.
    if (t.text === ',' && t.end === tokens[j + 1]?.start - 1) {
      const k = partnershipEnd(tokens, j + 1);
      if (k > 0) {
        for (let q = j; q < k; q++) run.push(tokens[q]);
        j = k;
        continue;
      }
    }
    const next = tokens[j + 1];
    // "Organization of the Petroleum Exporting Countries": "of the" inside an institution's name.
    const after = tokens[j + 2];
    if (
      t.lower === genitive && next?.lower === article && OF_HEADS.has(run[run.length - 1].lower) && after?.cap && !isBreak(after) &&
      !t.headline
    ) {
      run.push(t, next, after);
      j += 3;
      continue;
    }
    // "Ursula von der Leyen": two particles in a row.
    if (NAME_PARTICLES.has(t.lower) && t.text === t.lower && next && NAME_PARTICLES.has(next.text) && after?.cap && !isBreak(after)) {
      run.push(t, next, after);
      j += 3;
      continue;
    }
    // "Doctors Without Borders": a function word capitalised inside a sentence belongs to the name around it.
    if (
      NAME_INNER_PREPOSITIONS.has(t.lower) && t.cap && t.text !== t.text.toUpperCase() && !t.sentenceStart && !t.headline &&
      !tokens[j - 1].text.endsWith('.') && next?.cap && !isBreak(next)
    ) {
      run.push(t, next);
      j += 2;
      continue;
    }
    const glued = t.text === '/' && t.start === tokens[j - 1].end && next && next.start === t.end;
    if ((!isWord(t) && t.text !== '&' && !glued) || !next || !next.cap || isBreak(next)) break;
    const last = run[run.length - 1].lower;
    const joins =
      t.text === '&' ||
      glued ||
      (t.lower === genitive && OF_HEADS.has(last)) ||
      (t.lower === topic && ON_HEADS.has(last)) ||
      (t.lower === purpose && ORG_HEADS.has(last) && !isGeoOrGroup(next.lower)) ||
      (NAME_PARTICLES.has(t.lower) && t.text === t.lower) ||
      (t.lower === coordinator && andJoins(tokens, run, j));
    if (!joins) break;
    run.push(t, next);
    j += 2;
  }
  // A run never ends on a connector.
  return run;
}

/** A function word breaks a run, unless written as a known acronym ("WHO", "US"). */
export function isBreak(t: ScanToken): boolean {
  return RUN_BREAKS.has(t.lower) && !isKnownAcronym(t);
}

export function isKnownAcronym(t: ScanToken): boolean {
  return t.cap && t.text.length > 1 && t.text === t.text.toUpperCase() && known(t.lower) !== undefined;
}

export function isPossessive(t: ScanToken): boolean {
  return POSSESSIVE.clitics.has(t.text);
}

/** Title-case headlines ("Minister Says Talks Will Go On"): a word compromise knows only as a verb is not a name. */
export function isVerbOnly(t: ScanToken): boolean {
  if (t.text.length < 3 || t.text === t.text.toUpperCase()) return false;
  if (HEADLINE_VERBS.has(t.lower)) return true;
  const tags = lexTags(t.lower);
  return tags.length > 0 && tags.every((x) => TAG_GROUPS.verbOnly.has(x)) && !known(t.lower);
}

/**
 * "… in the U.S. More than …": an abbreviation's period ended the sentence when an ordinary word follows. Marks `t`
 * as a sentence start on the scanner's copy when so.
 */
function newSentenceAfterAbbreviation(scan: BlockScan, prev: ScanToken, t: ScanToken): boolean {
  if (!prev.text.endsWith('.') || prev.text.length <= 2 || HONORIFICS.has(prev.lower) || TITLES.has(prev.lower)) return false;
  if (known(t.lower) || ORG_HEADS.has(t.lower)) return false;
  const after = scan.tokens[t.index + 1];
  if (after && after.cap) return false;
  const opener = isFunctionLike(t.lower) || COMMON_OPENERS.has(t.lower) || scan.lowerSeen.has(t.lower);
  if (opener) t.sentenceStart = true;
  return opener;
}

function possessiveInName(tokens: ScanToken[], run: Run, at: number): boolean {
  const phrase = run.map((t) => t.lower).join(' ');
  if (known(phrase + POSSESSIVE.listed) === 'org') return true;
  const next = tokens[at + 1];
  return run.length === 1 && POSSESSIVE_NAME_NOUNS.has(run[0].lower) && !!next && next.cap && tokens[at].end === next.start - 1;
}

/** End (exclusive) of "Sachs & Co." after a comma when the words up to an "& Co."-style suffix are capitalised. */
function partnershipEnd(tokens: ScanToken[], from: number): number {
  let amp = false;
  for (let k = from; k < tokens.length && k < from + 8; k++) {
    const t = tokens[k];
    if (t.text === '&') {
      amp = true;
      continue;
    }
    if (!t.cap || known(t.lower)) return -1;
    if (amp && PARTNERSHIP_SUFFIXES.has(t.lower)) return k + 1;
    // "Orrick, Herrington & Sutcliffe": a law or accounting firm's partner names.
    const after = tokens[k + 1];
    if (amp && (!after || (!after.cap && after.text !== '&'))) return k + 1;
  }
  return -1;
}

/** "Securities and Exchange Commission", "Trade and Industry Ministry": "and" inside an institution's name. */
function andJoins(tokens: ScanToken[], run: Run, andAt: number): boolean {
  // "Department of Health and Human Services": inside an "of" name, "and" goes on unless a new institution starts.
  const next = tokens[andAt + 1];
  if (run.some((t) => t.lower === genitive) && next && !OF_HEADS.has(next.lower) && !known(next.lower)) return true;
  if (run.length > 2 || OF_HEADS.has(run[run.length - 1].lower) || COMPANY_SUFFIXES.has(run[run.length - 1].lower)) return false;
  const phrase = run.map((t) => t.lower).join(' ');
  if (known(phrase)) return false;
  let k = andAt + 1;
  while (k < tokens.length && k < andAt + 6 && tokens[k].cap && !isBreak(tokens[k])) k++;
  if (k === andAt + 1) return false;
  return ORG_HEADS.has(tokens[k - 1].lower);
}
