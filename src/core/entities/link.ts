import type { ActorKind, ActorMention, Entity, Mention } from '../model';
import { INSTITUTION_HEADS } from '../lang/en/actors-gazetteer';
import { ACRONYM_SKIP_WORDS, NAME_SPELLING_FOLDS, POSSESSIVE_SUFFIX } from '../lang/en/actor-words';

export interface EntityLinks {
  entities: Entity[];
  /** Entity id for the mention at this index (actors only). */
  entityOf(index: number): string | undefined;
  canonicalOf(index: number): string | undefined;
  /** The entity's kind for the mention at this index: a bare "Rutte" first guessed as an organisation is a person. */
  kindOf(index: number): ActorKind | undefined;
}

interface Group {
  key: string;
  canonical: string;
  kind: ActorKind;
  /** Mention indices, in text order. */
  members: number[];
}

/**
 * Groups actor mentions into document-level entities. Mentions with the same canonical name (after alias
 * normalisation: "U.S." / "America" → United States, "the NATO" → NATO) form one entity; then short forms are
 * attached to the full name they abbreviate: a person's surname or given name ("Rutte" → Mark Rutte), an acronym
 * ("EU" → European Union), the leading word of an organisation's name ("Xinhua" → Xinhua News Agency).
 * Entity ids follow the order of each entity's first mention, so output is deterministic. A mention keeps the rule
 * its extractor recorded even when its entity gives it another kind or canonical name.
 */
export function linkEntities(mentions: Mention[]): EntityLinks {
  const actors: Array<[number, ActorMention]> = [];
  mentions.forEach((m, i) => {
    if (m.type === 'ACTOR') actors.push([i, m]);
  });

  // 1. Exact canonical groups.
  const groups = new Map<string, Group>();
  const groupOf = new Map<number, Group>();
  for (const [i, m] of actors) {
    const key = nameKey(m.canonical);
    let g = groups.get(key);
    if (!g) {
      g = { key, canonical: m.canonical, kind: m.kind, members: [] };
      groups.set(key, g);
    }
    g.members.push(i);
    groupOf.set(i, g);
  }

  // 2. Short forms → the full name they abbreviate, when exactly one full name fits.
  const multi = [...groups.values()].filter((g) => g.canonical.includes(' '));
  const byPart = new Map<string, Group[]>();
  const byAcronym = new Map<string, Group[]>();
  const add = (map: Map<string, Group[]>, k: string, g: Group): void => {
    const list = map.get(k) ?? [];
    if (!list.includes(g)) list.push(g);
    map.set(k, list);
  };
  const byHead = new Map<string, Group[]>();
  for (const g of multi) {
    const words = g.canonical.split(' ');
    if (g.kind === 'person') {
      add(byPart, nameKey(words[words.length - 1]), g);
      add(byPart, nameKey(words[0]), g);
    } else if (g.kind === 'organization') {
      add(byPart, nameKey(words[0]), g);
      // "the Commission" → European Commission, "the Council" → European Council: an institution's head word.
      const head = words[words.length - 1].toLowerCase();
      if (INSTITUTION_HEADS.has(head)) add(byHead, head, g);
      const content = words.filter((w) => !ACRONYM_SKIP_WORDS.has(w.toLowerCase()));
      if (content.length > 1) add(byAcronym, content.map((w) => w[0]).join('').toUpperCase(), g);
      add(byAcronym, words.map((w) => w[0]).join('').toUpperCase(), g);
    }
  }
  const merged = new Map<Group, Group>();
  for (const g of groups.values()) {
    if (g.canonical.includes(' ')) continue;
    const word = g.canonical;
    let target: Group | undefined;
    const parts = byPart.get(nameKey(word));
    if (/^[A-Z]{2,6}$/.test(word)) target = single(byAcronym.get(word));
    if (!target && g.kind === 'organization' && INSTITUTION_HEADS.has(word.toLowerCase())) target = single(byHead.get(word.toLowerCase()));
    if (!target && parts) {
      const persons = parts.filter((p) => p.kind === 'person');
      // A bare surname/given name goes to the person; the first word of an organisation's name only to that organisation.
      target = persons.length ? single(persons) : g.kind === 'organization' ? single(parts) : undefined;
      if (target && target.kind === 'organization' && nameKey(target.canonical.split(' ')[0]) !== nameKey(word)) target = undefined;
    }
    if (target && target !== g && (g.kind === target.kind || g.kind === 'organization' || g.kind === 'person')) merged.set(g, target);
  }
  for (const [from, to] of merged) {
    to.members.push(...from.members);
    for (const i of from.members) groupOf.set(i, to);
    groups.delete(from.key);
  }

  // 3. Entities in order of first mention.
  const ordered = [...groups.values()]
    .map((g) => ({ g, members: g.members.sort((a, b) => a - b) }))
    .sort((a, b) => a.members[0] - b.members[0]);
  const entities: Entity[] = [];
  const idOf = new Map<Group, string>();
  ordered.forEach(({ g, members }, k) => {
    const id = `e${k + 1}`;
    idOf.set(g, id);
    const aliases = [g.canonical];
    const titles: string[] = [];
    for (const i of members) {
      const m = mentions[i] as ActorMention;
      const surface = m.text.replace(POSSESSIVE_SUFFIX, '');
      if (!aliases.includes(surface)) aliases.push(surface);
      if (m.title && !titles.includes(m.title)) titles.push(m.title);
    }
    entities.push({ id, canonical: g.canonical, kind: g.kind, aliases, titles, mentions: members.map((i) => `m${i + 1}`) });
  });
  return {
    entities,
    entityOf: (i) => {
      const g = groupOf.get(i);
      return g ? idOf.get(g) : undefined;
    },
    canonicalOf: (i) => groupOf.get(i)?.canonical,
    kindOf: (i) => groupOf.get(i)?.kind,
  };
}

/**
 * Grouping key for a name: case, accents and common transliteration variants folded, so "Zelenskyy", "Zelenskiy"
 * and "Zelensky" are one person. Applied word by word; the canonical text itself is left as first written.
 */
export function nameKey(name: string): string {
  let key = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  for (const [variant, folded] of NAME_SPELLING_FOLDS) key = key.replace(variant, folded);
  return key;
}

function single<T>(list: T[] | undefined): T | undefined {
  return list && list.length === 1 ? list[0] : undefined;
}
