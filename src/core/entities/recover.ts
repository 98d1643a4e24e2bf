import type { ActorMention, Mention } from '../model';
import type { ActorRule } from '../extract/actors';

const SURNAME_RECOVERY: ActorRule = 'actor.surname-recovery';

/**
 * Document-level recall for people: the block extractor drops a lone capitalised word at a sentence start when
 * nothing in its paragraph says it is a name ("Rutte emphasised …" in a one-sentence paragraph). Once the document
 * has named the person in full ("Mark Rutte"), every uncovered stand-alone occurrence of that surname is the person.
 * `mentions` must be sorted by start (the Analysis contract); returns them with the recovered ones added, still
 * sorted. One regex pass over the text: linear.
 */
export function withRecoveredNames(text: string, mentions: Mention[]): Mention[] {
  const surnames = new Map<string, string>();
  for (const m of mentions) {
    if (m.type !== 'ACTOR' || m.kind !== 'person') continue;
    const words = m.canonical.split(' ');
    const last = words[words.length - 1];
    if (words.length < 2 || last.length < 3 || !/^\p{Lu}\p{Ll}/u.test(last)) continue;
    surnames.set(last, m.canonical);
  }
  if (!surnames.size) return mentions;
  const added: ActorMention[] = [];
  let k = 0;
  const WORD = /\p{Lu}[\p{L}\p{M}-]*/gu;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!surnames.has(m[0])) continue;
    while (k < mentions.length && mentions[k].end <= start) k++;
    if (k < mentions.length && mentions[k].start < end) continue; // already inside a mention
    if (/[\p{L}\p{N}]/u.test(text[start - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[end] ?? '')) continue;
    // Part of a longer capitalised name ("Cook Islands", "Port Rutte") is not the person; a capitalised word that
    // ends a sentence ("in Brussels. Rutte said") or a paragraph is no such name, hence no "." and no line break.
    if (/^\s+\p{Lu}/u.test(text.slice(end, end + 2)) || /\p{Lu}\p{L}*[ \t]+$/u.test(text.slice(Math.max(0, start - 20), start))) continue;
    added.push({ type: 'ACTOR', rule: SURNAME_RECOVERY, start, end, text: m[0], kind: 'person', canonical: m[0] });
  }
  if (!added.length) return mentions;
  return [...mentions, ...added].sort((a, b) => a.start - b.start || a.end - b.end);
}
