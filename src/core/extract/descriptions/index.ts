/**
 * Common-noun actors ("the city", "investors", "the Finnish government", "its U.S. unit") in one block: ACTOR mentions
 * with `named: false`, their head noun and a kind, from the pack's head-noun table (`lang/en/descriptions.ts`).
 *
 * One left-to-right pass over the block's name tokens. A head is a listed noun that is not itself a modifier of the
 * next word ("the city budget", "government bonds"); its phrase reaches back over lower-case modifiers to a
 * determiner, a number, an owner ("its", "Hooker's") or a name. A name inside the phrase stays its own mention (so
 * the span scorer and the editor keep it): the description's span then starts after the name ("the Finnish
 * [government]") while its canonical keeps the whole phrase ("Finnish government"), so the head, not the modifier,
 * stands for the phrase. Reads the view and the block's own mentions, keeps no state: cacheable per block.
 */
import {
  BARE_VERB_TAG,
  DESCRIPTION_DETERMINERS,
  DESCRIPTION_HEADS,
  MAX_DESCRIPTION_MODIFIERS,
  NOT_MODIFIERS,
  NOT_NOUN_TAGS,
  NUMBER_WORDS,
  OF_NAME_LINK,
  POSSESSIVE_DETERMINERS,
  RANK_WORDS,
} from '../../lang/en/descriptions';
import { POSSESSIVE_SUFFIX } from '../../lang/en/actor-words';
import { hasTag, lexTags, TAG_GROUPS } from '../../lang/en/compromise-lexicon';
import { isAdverb, isVerbShaped } from '../../lang/en/facts/morphology';
import { lookupVerb } from '../../facts/lexicon';
import type { ActorMention, Mention } from '../../model';
import type { BlockView } from '../../text/block-view';
import { TokenKind, type Token } from '../../text/token';
import type { DescriptionRule } from './rules';

export { DESCRIPTION_RULES, type DescriptionRule } from './rules';

/**
 * `mentions` are the block's money and named-actor mentions (block offsets, sorted, not overlapping); descriptions
 * never overlap them. Returns the descriptions, sorted.
 */
export function extractDescriptions(view: BlockView, mentions: readonly Mention[]): ActorMention[] {
  const tokens = view.nameTokens;
  const owner = mentionIndex(tokens, mentions);
  const out: ActorMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== TokenKind.Word || owner[i] >= 0) continue;
    const head = DESCRIPTION_HEADS.get(t.lower);
    if (!head || (t.cap && !t.sentenceStart)) continue;
    if (modifiesNext(tokens, i, owner, head.plural)) continue;
    const phrase = reachBack(tokens, i, owner, mentions);
    if (!phrase) continue;
    const ownedBy = phrase.owner || phrase.name?.type === 'ACTOR' || ofName(tokens, i, owner, mentions);
    if (head.owned && !ownedBy) continue;
    // A bare singular count noun is no phrase of its own ("company officials", "in government"): it needs a
    // determiner, an owner, a number or a name before it.
    if (!head.plural && !phrase.determiner && !phrase.owner && !phrase.number && !phrase.name) continue;
    const spanStart = tokens[phrase.spanFrom].start;
    const canonicalFrom = phrase.name ? phrase.name.start : tokens[phrase.contentFrom].start;
    const rule: DescriptionRule = head.owned ? 'actor.description.owned' : 'actor.description';
    out.push({
      type: 'ACTOR',
      rule,
      start: spanStart,
      end: t.end,
      text: view.text.slice(spanStart, t.end),
      kind: head.kind,
      canonical: canonicalOf(view.text.slice(canonicalFrom, t.end), tokens[phrase.contentFrom]),
      named: false,
      head: t.lower,
    });
  }
  return out;
}

interface Phrase {
  /** First token of the span (a determiner, number or modifier; after any name inside). */
  spanFrom: number;
  /** First token after the determiner: where the canonical text starts when no name is inside. */
  contentFrom: number;
  determiner: boolean;
  /** An owner before the head: "its", "their", or a possessive "'s". */
  owner: boolean;
  number: boolean;
  /** A name right before the phrase's modifiers ("Finnish", "U.S."): part of the phrase, not of the span. */
  name: Mention | null;
}

/** The phrase of the head at `i`: its modifiers back to a determiner, number, owner or name. Null when it is none. */
function reachBack(tokens: readonly Token[], i: number, owner: Int32Array, mentions: readonly Mention[]): Phrase | null {
  const phrase: Phrase = { spanFrom: i, contentFrom: i, determiner: false, owner: false, number: false, name: null };
  let modifiers = 0;
  for (let j = i - 1; j >= 0; j--) {
    const p = tokens[j];
    if (!spaceBetween(p, tokens[j + 1])) break;
    if (owner[j] >= 0) {
      const m = mentions[owner[j]];
      // An amount or a date before the head is no part of an actor's phrase ("a $5m fund" is no fund-giver).
      // A name written with its possessive ("Fannie Mae's chairman") owns the phrase; one without modifies it.
      if (m.type === 'ACTOR' && POSSESSIVE_SUFFIX.test(m.text)) phrase.owner = true;
      else if (m.type === 'ACTOR') phrase.name = m;
      else if (m.type === 'MONEY') return null;
      break;
    }
    if (p.kind === TokenKind.Punct) {
      if (p.lower === "'s" || p.lower === '’s') phrase.owner = true;
      break;
    }
    if (p.kind === TokenKind.Num) {
      phrase.number = true;
      phrase.spanFrom = phrase.contentFrom = j;
      // "No. 1 computer maker": the rank goes with its number.
      if (j > 0 && RANK_WORDS.has(tokens[j - 1].lower)) phrase.spanFrom = phrase.contentFrom = j - 1;
      break;
    }
    const w = p.lower;
    if (DESCRIPTION_DETERMINERS.has(w)) {
      phrase.determiner = true;
      phrase.owner = POSSESSIVE_DETERMINERS.has(w);
      phrase.spanFrom = j;
      break;
    }
    if (NUMBER_WORDS.has(w)) {
      phrase.number = true;
      phrase.spanFrom = phrase.contentFrom = j;
      continue;
    }
    // A capitalised word that is no mention may be a name the paragraph could not tell ("Merieux officials",
    // "anti-Castro"), which the document may recover later: a modifier only when it opens the sentence and is a
    // known common word ("Union members", "Junk bond investors").
    if ((p.cap || p.text !== p.lower) && !(p.sentenceStart && commonWord(w))) break;
    if (NOT_MODIFIERS.has(w) || isAdverb(w) || lookupVerb(w) || modifiers >= MAX_DESCRIPTION_MODIFIERS) break;
    modifiers++;
    phrase.spanFrom = phrase.contentFrom = j;
  }
  // "The Finnish government": the name stays its own mention, so the span starts after it.
  if (phrase.name) phrase.spanFrom = phrase.contentFrom = firstAfter(tokens, i, phrase.name.end);
  return phrase;
}

/**
 * The head noun at `i` is only a modifier of the word after it: "the city budget", "government bonds", "union
 * members". A verb, a function word, punctuation or a name after it leaves it the head ("the city paid", "the
 * company said", "the fund, which").
 */
function modifiesNext(tokens: readonly Token[], i: number, owner: Int32Array, plural: boolean): boolean {
  const n = tokens[i + 1];
  if (!n || n.kind !== TokenKind.Word || owner[i + 1] >= 0 || !spaceBetween(tokens[i], n) || n.cap) return false;
  const w = n.lower;
  if (DESCRIPTION_HEADS.has(w)) return true;
  if (NOT_MODIFIERS.has(w) || isAdverb(w) || isVerbShaped(w)) return false;
  const verb = lookupVerb(w);
  if (verb && (verb.form === 'past' || verb.form === 'ing')) return false;
  const tags = lexTags(w);
  if (tags.some((t) => NOT_NOUN_TAGS.has(t))) return false;
  if (plural && (tags.includes(BARE_VERB_TAG) || verb?.form === 'base')) return false;
  return !(verb && !tags.length);
}

/** A word the lexicons know as an ordinary word and not as a name. */
function commonWord(w: string): boolean {
  if (DESCRIPTION_HEADS.has(w)) return true;
  const tags = lexTags(w);
  return tags.length > 0 && !hasTag(tags, TAG_GROUPS.name);
}

/** "a subsidiary of Zenith Electronics Corp.": "of" and a name right after the head. */
function ofName(tokens: readonly Token[], i: number, owner: Int32Array, mentions: readonly Mention[]): boolean {
  const of = tokens[i + 1];
  const name = tokens[i + 2];
  return !!of && !!name && OF_NAME_LINK.has(of.lower) && owner[i + 2] >= 0 && mentions[owner[i + 2]].type === 'ACTOR';
}

/** Per token, the index of the mention it lies in, or -1. One merge pass over two sorted lists. */
function mentionIndex(tokens: readonly Token[], mentions: readonly Mention[]): Int32Array {
  const out = new Int32Array(tokens.length).fill(-1);
  let k = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    while (k < mentions.length && mentions[k].end <= t.start) k++;
    if (k < mentions.length && mentions[k].start < t.end) out[i] = k;
  }
  return out;
}

/** Only spaces (no line break, no punctuation) between two tokens. */
function spaceBetween(a: Token, b: Token): boolean {
  return b.start > a.end && !b.newLine;
}

function firstAfter(tokens: readonly Token[], i: number, offset: number): number {
  let j = i;
  while (j > 0 && tokens[j - 1].start >= offset) j--;
  return j;
}

/** The phrase as written, on one line; a capital that only opens the sentence is lowered ("Investors" → "investors"). */
function canonicalOf(text: string, first: Token): string {
  const flat = text.replace(/\s+/g, ' ');
  return first.sentenceStart && first.cap && !first.text.includes('.') ? flat.charAt(0).toLowerCase() + flat.slice(1) : flat;
}
