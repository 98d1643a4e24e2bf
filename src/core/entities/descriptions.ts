/**
 * Document-level actors with the common-noun ones (`named: false`): the named actors are grouped as `linkEntities`
 * does, then each description either joins the named actor the text says it is, or forms an entity of its own.
 *
 * A description joins a named actor when
 *   - it names the members of a named organisation: "NATO allies", "EU member states";
 *   - it is in apposition to it: "Zenith Data Systems Corp., a subsidiary of Zenith Electronics Corp., …",
 *     "Fujitsu, Japan's No. 1 computer maker, …", "Another small estate, Coche-Dury, …";
 *   - it names a place or body "of" it: "the city of Hiroshima", "the government of Chad";
 *   - it is definite and bare ("the company", "the bank", "the alliance") and its head's link rule finds the named
 *     actor within `DESCRIPTION_LINK_WINDOW` before it (`lang/en/descriptions.ts`: the last one of its kind, or the
 *     last whose name contains the head word or is one of its referents).
 * Otherwise descriptions with the same canonical phrase ("the city" … "the city") are one entity, `named: false`.
 * Named entities keep the ids and order `linkEntities` gives them; entities of common nouns only follow, in the order
 * of their first mention.
 */
import {
  APPOSITION_CLOSERS,
  DEFINITE_DETERMINERS,
  DESCRIPTION_DETERMINERS,
  DESCRIPTION_HEADS,
  DESCRIPTION_LINK_WINDOW,
  MEMBER_WORDS,
  OF_NAME_LINK,
  type PlaceType,
} from '../lang/en/descriptions';
import { CITIES, COUNTRIES, US_STATES } from '../lang/en/actors-gazetteer';
import { lexTags } from '../lang/en/compromise-lexicon';
import type { ActorKind, ActorMention, Entity, Mention } from '../model';
import { linkEntities, nameKey, type EntityLinks } from './link';

interface Group {
  canonical: string;
  kind: ActorKind;
  named: boolean;
  aliases: string[];
  titles: string[];
  /** Global mention indices. */
  members: number[];
}

const isDescription = (m: Mention): m is ActorMention => m.type === 'ACTOR' && m.named === false;

/** `mentions` sorted by start, not overlapping (the Analysis contract); `text` is the analysed text. */
export function linkActors(text: string, mentions: readonly Mention[]): EntityLinks {
  const globalOf: number[] = [];
  const names: Mention[] = [];
  mentions.forEach((m, i) => {
    if (!isDescription(m)) {
      globalOf.push(i);
      names.push(m);
    }
  });
  const named = linkEntities(names);
  if (names.length === mentions.length) return named; // no descriptions: the named actors' links as they are
  // Per global mention index, its group (an array: one slot per mention, filled once).
  const groupOf: Array<Group | undefined> = new Array(mentions.length);
  const groups: Group[] = named.entities.map((e) => {
    const g: Group = { canonical: e.canonical, kind: e.kind, named: true, aliases: e.aliases, titles: e.titles, members: [] };
    for (const id of e.mentions) {
      const i = globalOf[Number(id.slice(1)) - 1];
      g.members.push(i);
      groupOf[i] = g;
    }
    return g;
  });

  const unnamed = new Map<string, Group>();
  for (let i = 0; i < mentions.length; i++) {
    const d = mentions[i];
    if (!isDescription(d)) continue;
    const target = linkedName(text, mentions, i, groupOf);
    let g = target;
    if (!g) {
      const key = nameKey(d.canonical);
      g = unnamed.get(key);
      if (!g) {
        g = { canonical: d.canonical, kind: d.kind, named: false, aliases: [d.canonical], titles: [], members: [] };
        unnamed.set(key, g);
        groups.push(g);
      }
    }
    g.members.push(i);
    groupOf[i] = g;
  }

  // Named actors keep the ids `linkEntities` gave them (so names-only output is unchanged); common-noun entities follow.
  const ordered = groups.filter((g) => g.members.length).map((g) => ({ g, members: [...g.members].sort((a, b) => a - b) }));
  const idOf = new Map<Group, string>();
  const entities: Entity[] = ordered.map(({ g, members }, k) => {
    const id = `e${k + 1}`;
    idOf.set(g, id);
    const e: Entity = { id, canonical: g.canonical, kind: g.kind, aliases: g.aliases, titles: g.titles, mentions: members.map((i) => `m${i + 1}`) };
    if (!g.named) e.named = false;
    return e;
  });
  // Per mention index: its entity's id and group, read by the accessors.
  const linked = mentions.map((_, i) => {
    const g = groupOf[i];
    return g && { id: idOf.get(g)!, g };
  });
  return { entities, entityOf: (i) => linked[i]?.id, canonicalOf: (i) => linked[i]?.g.canonical, kindOf: (i) => linked[i]?.g.kind };
}

/** The named actor's group the description at `i` stands for, or undefined. */
function linkedName(text: string, mentions: readonly Mention[], i: number, groupOf: ReadonlyArray<Group | undefined>): Group | undefined {
  const d = mentions[i] as ActorMention;
  const head = DESCRIPTION_HEADS.get(d.head ?? '');
  if (!head) return undefined;
  const nameAt = (k: number): Group | undefined => {
    const g = k >= 0 && k < mentions.length ? groupOf[k] : undefined;
    return g?.named ? g : undefined;
  };
  const npStart = phraseStart(text, mentions, i);
  const tail = ofTail(text, mentions, i);

  // "Fujitsu, Japan's No. 1 computer maker, …": a name, a comma, the description, then the end of the apposition.
  const before = previousActor(mentions, i, npStart);
  if (before >= 0 && /^\s*,\s*$/.test(text.slice(mentions[before].end, npStart)) && APPOSITION_CLOSERS.test(text.slice(tail.end, tail.end + 64))) {
    const g = nameAt(before);
    if (g) return g;
  }
  // "Another small estate, Coche-Dury, has …": a description, a comma, a name, a comma.
  const next = tail.end === d.end ? i + 1 : -1;
  if (!head.plural && next >= 0 && next < mentions.length && mentions[next].type === 'ACTOR') {
    const n = mentions[next];
    if (/^\s*,\s*$/.test(text.slice(d.end, n.start)) && /^\s*[,)]/.test(text.slice(n.end)) && atClauseStart(text, npStart)) {
      const g = nameAt(next);
      if (g) return g;
    }
  }
  // "NATO allies", "EU member states": the members of a named organisation act as it.
  const modifier = mentions[i - 1];
  if (modifier && modifier.type === 'ACTOR' && /^\s+$/.test(text.slice(modifier.end, d.start)) && nameAt(i - 1)?.kind === 'organization') {
    if (d.text.toLowerCase().split(/\s+/).some((w) => MEMBER_WORDS.has(w))) return nameAt(i - 1);
  }
  // "the city of Hiroshima": a place or body of the name after "of" (a part of a company is not the company).
  if (tail.name >= 0 && !head.owned && !head.plural && (head.kind === 'place' || head.kind === 'organization')) {
    const g = nameAt(tail.name);
    if (g) return g;
  }
  // "the company", "the bank", "the alliance": bare and definite, by the head's link rule.
  const determiner = text.slice(npStart, d.start).trim().toLowerCase() || firstWord(d.text);
  // Plurals ("those countries") are never one named actor.
  if (head.link === 'none' || head.plural || !DEFINITE_DETERMINERS.has(determiner) || d.canonical.toLowerCase() !== d.head) return undefined;
  const headWord = headPattern(d.head!);
  const referents = new Set((head.referents ?? []).map(nameKey));
  let sameKind: Group | undefined;
  for (let k = i - 1; k >= 0 && mentions[k].end >= d.start - DESCRIPTION_LINK_WINDOW; k--) {
    const g = nameAt(k);
    if (!g) continue;
    if (headWord.test(g.canonical) || referents.has(nameKey(g.canonical))) return g;
    if (head.link === 'kind' && !sameKind && g.kind === head.kind && (!head.place || isPlace(g.canonical, head.place))) sameKind = g;
  }
  return sameKind;
}

const HEAD_PATTERNS = new Map<string, RegExp>();

/** The head word as a whole word, any case ("bank" in "Chemical Bank"); built once per head. */
function headPattern(head: string): RegExp {
  let re = HEAD_PATTERNS.get(head);
  if (!re) HEAD_PATTERNS.set(head, (re = new RegExp(`(?:^|[^\\p{L}])${head}(?:$|[^\\p{L}])`, 'iu')));
  return re;
}

/** The pack's place lists, then compromise's lexicon, know the named place as a place of this type. */
function isPlace(canonical: string, type: PlaceType): boolean {
  const lower = canonical.toLowerCase();
  const tags = lexTags(lower);
  if (type === 'country') return COUNTRIES.has(lower) || tags.includes('Country');
  if (type === 'city') return CITIES.has(lower) || tags.includes('City');
  return US_STATES.has(lower) || tags.includes('Region');
}

/**
 * Common-noun actors join the named ones: each description that overlaps no name (a surname recovered for the
 * whole document may lie inside one) is added, and the list stays sorted.
 */
export function withDescriptions(names: readonly Mention[], descriptions: readonly Mention[]): Mention[] {
  if (!descriptions.length) return [...names];
  const out: Mention[] = [];
  let k = 0;
  for (const d of descriptions) {
    while (k < names.length && names[k].start < d.start) out.push(names[k++]);
    const prev = out[out.length - 1];
    const next = names[k];
    if ((prev && prev.end > d.start) || (next && next.start < d.end)) continue;
    out.push(d);
  }
  while (k < names.length) out.push(names[k++]);
  return out;
}

/** Where the description's noun phrase starts: before a name modifying it and its determiner ("a [Zenith] unit"). */
function phraseStart(text: string, mentions: readonly Mention[], i: number): number {
  let start = mentions[i].start;
  const prev = mentions[i - 1];
  // A name inside the phrase ("the Finnish government") or its owner ("Japan's No. 1 maker").
  if (prev && prev.type === 'ACTOR' && /^(?:['’]s)?\s+$/.test(text.slice(prev.end, start))) start = prev.start;
  const lead = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, start - 16), start));
  if (lead && DESCRIPTION_DETERMINERS.has(lead[1].toLowerCase())) start -= lead[0].length;
  return start;
}

/** "… of Zenith Electronics Corp.": the mention index of a name right after "of", and where that tail ends. */
function ofTail(text: string, mentions: readonly Mention[], i: number): { name: number; end: number } {
  const d = mentions[i];
  const n = mentions[i + 1];
  if (n && n.type === 'ACTOR' && n.named !== false) {
    const gap = /^\s+(\p{L}+)\s+(?:the\s+)?$/iu.exec(text.slice(d.end, n.start));
    if (gap && OF_NAME_LINK.has(gap[1].toLowerCase())) return { name: i + 1, end: n.end };
  }
  return { name: -1, end: d.end };
}

/** The last actor mention ending at or before `offset`, or -1. */
function previousActor(mentions: readonly Mention[], i: number, offset: number): number {
  for (let k = i - 1; k >= 0; k--) {
    if (mentions[k].end > offset) continue;
    return mentions[k].type === 'ACTOR' ? k : -1;
  }
  return -1;
}

/** The phrase opens a sentence or follows a clause mark: a subject that an apposition may follow. */
function atClauseStart(text: string, at: number): boolean {
  return /(?:^|[.!?;:]\s+|\n\s*|["“]\s*)$/.test(text.slice(Math.max(0, at - 4), at));
}

function firstWord(s: string): string {
  return /^\p{L}+/u.exec(s)?.[0].toLowerCase() ?? '';
}
