/**
 * Words in front of an amount that belong to the MONEY span (OntoNotes marks "more than $10,000", "an estimated
 * $470 million"), with the normal form reported as `approx` (null: part of the span, but the amount is exact).
 */

export interface Qualifier {
  words: string[];
  approx: string | null;
  /** OntoNotes leaves some qualifiers out of the span ("up to $5 million" → "$5 million"); the approx stays. */
  outside?: boolean;
  /** "between … and …", "from … to …": only part of the span when a range follows. */
  range?: 'between' | 'from';
}

const RAW: Array<[string, string | null]> = [
  ['more than', 'more than'], ['over', 'more than'], ['above', 'more than'], ['in excess of', 'more than'],
  ['upwards of', 'more than'], ['well over', 'more than'], ['just over', 'more than'], ['well above', 'more than'],
  ['slightly more than', 'more than'], ['just more than', 'more than'], ['well more than', 'more than'],
  ['more than an estimated', 'more than'], ['a little more than', 'more than'], ['little more than', 'more than'],
  ['about', 'about'], ['approximately', 'about'], ['around', 'about'], ['some', 'about'], ['roughly', 'about'],
  ['an estimated', 'about'], ['estimated', 'about'], ['approx', 'about'], ['approx.', 'about'], ['circa', 'about'],
  ['an estimated total of', 'about'], ['about an estimated', 'about'], ['a reported', null],
  ['up to', 'up to'], ['as much as', 'up to'], ['as high as', 'up to'], ['at most', 'up to'],
  ['no more than', 'up to'], ['not more than', 'up to'], ['a maximum of', 'up to'], ['a high of', 'up to'],
  ['less than', 'less than'], ['under', 'less than'], ['below', 'less than'], ['just under', 'less than'],
  ['well under', 'less than'], ['well below', 'less than'], ['slightly less than', 'less than'],
  ['fewer than', 'less than'], ['just below', 'less than'],
  ['at least', 'at least'], ['no less than', 'at least'], ['not less than', 'at least'], ['a minimum of', 'at least'],
  ['as little as', 'at least'], ['as low as', 'at least'], ['a low of', 'at least'],
  ['nearly', 'nearly'], ['almost', 'nearly'], ['close to', 'nearly'], ['nearly an estimated', 'nearly'],
  ['just', null], ['only', null], ['another', null], ['an additional', null], ['additional', null],
  ['a further', null], ['further', null], ['an extra', null], ['extra', null], ['a record', null],
  ['a hefty', null], ['a mere', null], ['mere', null], ['a whopping', null], ['a modest', null],
  ['a paltry', null], ['a staggering', null], ['an affordable', null], ['a total of', null],
  ['a net', null], ['net', null], ['a combined', null], ['a cool', null], ['a massive', null],
  ['an average of', 'about'], ['an average', 'about'], ['average', 'about'],
];

/** Qualifiers that news annotation (OntoNotes) mostly leaves outside the MONEY span. */
const OUTSIDE = new Set(['up to', 'a total of', 'in excess of', 'well over', 'under', 'a maximum of', 'an average of', 'average']);

/** Qualifiers indexed by their first word; longest phrases first. */
export const QUALIFIERS: ReadonlyMap<string, Qualifier[]> = (() => {
  const map = new Map<string, Qualifier[]>();
  const add = (q: Qualifier): void => {
    const list = map.get(q.words[0]) ?? [];
    list.push(q);
    list.sort((a, b) => b.words.length - a.words.length);
    map.set(q.words[0], list);
  };
  for (const [phrase, approx] of RAW) add({ words: phrase.split(' '), approx, outside: OUTSIDE.has(phrase) || undefined });
  add({ words: ['between'], approx: null, range: 'between' });
  add({ words: ['from'], approx: null, range: 'from' });
  return map;
})();
