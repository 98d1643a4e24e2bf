/**
 * Segments → ACTOR mentions: the kind and its rule, then the span as OntoNotes draws it ("the" kept for multi-word
 * organisation names, a multi-word name's possessive kept, a sentence-final abbreviation's period left out).
 */
import type { ActorMention } from '../../model';
import { FAC_HEADS, GPE_HEADS, LOC_HEADS, THE_GPE_HEADS } from '../../lang/en/actors-gazetteer';
import {
  GENERATION_SUFFIXES, NAME_GRAMMAR, PLACE_TAIL_WORDS, PLURAL_S, POSSESSIVE, RUN_BREAKS, SENTENCE_FINAL_ABBREVIATIONS,
} from '../../lang/en/actor-words';
import { canonicalName } from './canonical';
import { classify, listDecision } from './classify';
import { isTownOrRegionalCity, known, knownInLists } from './known';
import type { Decision } from './rules';
import { isPossessive } from './runs';
import type { Segment } from './segments';
import { inContext, isModifier } from './context';
import type { BlockScan, ScanToken } from './token';

const { article } = NAME_GRAMMAR;

/** "Tampere, Finland" / "Wiesbaden, Germany": a known city and its country are one span ("Austin, Texas" stays two). */
export function mergeCityCountry(scan: BlockScan, segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (let i = 0; i < segments.length; i++) {
    const a = segments[i];
    const b = segments[i + 1];
    if (b && !a.title && !b.title && canBeCity(a) && isCountry(b)) {
      const aEnd = a.words[a.words.length - 1];
      const between = scan.text.slice(aEnd.end, b.words[0].start);
      if (between === ', ') {
        const after = scan.tokens[b.words[b.words.length - 1].index + 1];
        if (!after || !after.cap) {
          out.push({ words: [...a.words, ...b.words], decided: { kind: 'place', rule: 'actor.city-country' }, prev: a.prev });
          i++;
          continue;
        }
      }
    }
    out.push(a);
  }
  return out;
}

function canBeCity(s: Segment): boolean {
  if (s.decided) return false;
  const names = s.words.map((w) => w.text);
  if (names.length > 3) return false;
  // Only a capital or world city: an unknown name before ", Japan" is as often a company ("Fujitsu, Japan"), and
  // OntoNotes writes smaller towns apart from their country ("Heidelberg", "West Germany").
  const phrase = names.join(' ').toLowerCase();
  return known(phrase) === 'city' && !isTownOrRegionalCity(phrase);
}

function isCountry(s: Segment): boolean {
  return known(s.words.map((w) => w.text).join(' ').toLowerCase()) === 'country';
}

export function emit(scan: BlockScan, segments: Segment[]): ActorMention[] {
  const { text, tokens } = scan;
  const out: ActorMention[] = [];
  for (const seg of segments) {
    const names = seg.words.map((w) => w.text);
    let decision: Decision = inContext(scan, seg, seg.decided ?? classify(names));
    let start = seg.words[0].start;
    const lastTok = seg.words[seg.words.length - 1];
    let end = lastTok.end;
    const nextTok = tokens[lastTok.index + 1];
    const prevTok = seg.prev >= 0 ? tokens[seg.prev] : undefined;
    if (prevTok && prevTok.lower === article) {
      const theDecision = theName(names);
      if (theDecision) {
        start = prevTok.start;
        decision = theDecision;
      } else if (takesThe(decision, names) && !isModifier(tokens, lastTok)) start = prevTok.start;
    }
    // "Jiangsu province": OntoNotes keeps the lower-case "province" after a Chinese province's name.
    if (nextTok && PLACE_TAIL_WORDS.has(nextTok.text) && names.length <= 2) {
      end = nextTok.end;
      decision = { kind: 'place', rule: 'actor.province' };
    }
    // OntoNotes quirk kept for exact spans: a multi-word name keeps its possessive ("the Commerce Department's"),
    // a one-word name does not ("Japan's").
    if (end === lastTok.end && nextTok && nextTok.start === end && names.length > 1) {
      if (isPossessive(nextTok) || (nextTok.text === POSSESSIVE.bare && lastTok.text.endsWith(PLURAL_S))) end = nextTok.end;
    }
    // "OPEC+", "G7+": a glued plus sign is part of the name.
    if (end === lastTok.end && nextTok?.text === '+' && nextTok.start === end && tokens[nextTok.index + 1]?.start !== nextTok.end) end = nextTok.end;
    // OntoNotes splits a sentence-final abbreviation's period off ("… Motor Corp." → "Corp", "… Pickens Jr." → "Jr"),
    // except for "U.S.".
    const abbreviated = decision.kind === 'organization' || GENERATION_SUFFIXES.has(lastTok.lower);
    if (end === lastTok.end && abbreviated && endsSentence(tokens, lastTok)) end--;

    const surface = text.slice(start, end);
    const { kind, rule } = decision;
    const mention: ActorMention = { type: 'ACTOR', rule, start, end, text: surface, kind, canonical: canonicalName(surface) };
    if (seg.title) mention.title = seg.title;
    out.push(mention);
  }
  return out;
}

function endsSentence(tokens: ScanToken[], last: ScanToken): boolean {
  if (!last.text.endsWith('.') || last.text.length < 2 || SENTENCE_FINAL_ABBREVIATIONS.has(last.lower) || /^\p{Lu}\.$/u.test(last.text)) return false;
  const next = tokens[last.index + 1];
  if (!next) return true;
  if (next.start !== last.end + 1) return false;
  return next.cap && (RUN_BREAKS.has(next.lower) || next.sentenceStart);
}

/** "The Hague", "the Netherlands"-style names where "the" is written with the name itself: a place. */
function theName(names: string[]): Decision | undefined {
  const phrase = article + ' ' + names.join(' ').toLowerCase();
  const k = known(phrase);
  return k === 'city' || k === 'region' ? listDecision('place', phrase, knownInLists(phrase) !== undefined) : undefined;
}

/** OntoNotes keeps "the" in multi-word organisation names and in names of seas, rivers and regions. */
function takesThe(decision: Decision, names: string[]): boolean {
  const phrase = names.join(' ').toLowerCase();
  if (known(article + ' ' + phrase) === 'region') return true;
  const last = phrase.split(' ').pop() as string;
  if (decision.kind === 'organization') return names.length > 1;
  if (decision.kind === 'place') {
    return names.length > 1 && (LOC_HEADS.has(last) || FAC_HEADS.has(last) || GPE_HEADS.has(last) || THE_GPE_HEADS.has(last));
  }
  return false;
}
