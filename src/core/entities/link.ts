import type { ActorKind, ActorMention, Entity, Mention } from '../model';
import { COMPANY_SUFFIXES, INSTITUTION_HEADS } from '../lang/en/actors-gazetteer';
import { LIST_RULES, RULE_WEIGHT, type ActorRule } from '../extract/actors';
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

  // 1. Exact canonical groups ("Acme Corp." and "Acme" are one: a company suffix does not make another name).
  const groups = new Map<string, Group>();
  const groupOf = new Map<number, Group>();
  const join = (key: string, i: number, m: ActorMention): void => {
    let g = groups.get(key);
    if (!g) {
      g = { key, canonical: m.canonical, kind: m.kind, members: [] };
      groups.set(key, g);
    }
    // The company's full name names the entity: "Acme Corp." rather than "Acme" (otherwise the first form written).
    if (hasCompanySuffix(m.canonical) && !hasCompanySuffix(g.canonical)) g.canonical = m.canonical;
    g.members.push(i);
    groupOf.set(i, g);
  };
  for (const [i, m] of actors) join(nameKey(withoutCompanySuffix(m.canonical)), i, m);
  // The kind the group's best evidence gives: "President Bush" makes every bare "Bush" a person. A mention whose own
  // evidence is as strong for another kind is another entity: "Mr. Hearst" is not the company Hearst Corp.
  for (const g of [...groups.values()]) {
    g.kind = vote(g.members, mentions);
    const dissent = g.members.filter((i) => {
      const m = mentions[i] as ActorMention;
      return m.kind !== g.kind && weightOf(m) === MAX_WEIGHT;
    });
    if (!dissent.length) continue;
    g.members = g.members.filter((i) => !dissent.includes(i));
    for (const i of dissent) {
      const m = mentions[i] as ActorMention;
      join(`${g.key}\u0000${m.kind}`, i, { ...m, canonical: m.canonical.length < g.canonical.length ? m.canonical : g.canonical });
    }
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
  // A short form's name-list kind says what the word usually is, not what it is here: "Ford" after "Premier Doug
  // Ford" stays the person; what its context said ("Shearson executives") still counts.
  const shortForms = new Set<number>();
  for (const [from, to] of merged) {
    to.members.push(...from.members);
    for (const i of from.members) {
      groupOf.set(i, to);
      shortForms.add(i);
    }
    groups.delete(from.key);
  }
  const byList = (i: number): boolean => shortForms.has(i) && LIST_RULE_SET.has((mentions[i] as ActorMention).rule);
  for (const to of new Set(merged.values())) to.kind = vote(to.members, mentions, byList);

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

const hasCompanySuffix = (canonical: string): boolean => withoutCompanySuffix(canonical) !== canonical;

/** "Acme Corp." → "Acme", "Mitsui & Co." → "Mitsui": the name a company's suffix is added to. */
function withoutCompanySuffix(canonical: string): string {
  const words = canonical.split(' ');
  if (words.length < 2 || !COMPANY_SUFFIXES.has(words[words.length - 1].toLowerCase())) return canonical;
  return words.slice(0, -1).join(' ').replace(/[\s,&]+$/, '');
}

const MAX_WEIGHT = 3;
/** Rules that read a name list: what a word usually names. */
const LIST_RULE_SET: ReadonlySet<string> = new Set(Object.values(LIST_RULES).flatMap((byKind) => Object.values(byKind)));
const weightOf = (m: ActorMention): number => RULE_WEIGHT[m.rule as ActorRule] ?? 0;

/**
 * The kind an entity's mentions agree on: the kind with the weightiest rule behind it (RULE_WEIGHT), then the kind
 * more of its mentions have at that weight, then the kind of its earliest such mention.
 */
function vote(members: number[], mentions: Mention[], unweighted: (i: number) => boolean = () => false): ActorKind {
  const tally = new Map<ActorKind, { weight: number; count: number; first: number }>();
  for (const i of members) {
    const m = mentions[i] as ActorMention;
    const weight = unweighted(i) ? 0 : weightOf(m);
    const t = tally.get(m.kind);
    if (!t || weight > t.weight) tally.set(m.kind, { weight, count: 1, first: i });
    else if (weight === t.weight) {
      t.count++;
      t.first = Math.min(t.first, i);
    }
  }
  let best: ActorKind | undefined;
  let bt: { weight: number; count: number; first: number } | undefined;
  for (const [kind, t] of tally) {
    if (!bt || t.weight > bt.weight || (t.weight === bt.weight && (t.count > bt.count || (t.count === bt.count && t.first < bt.first)))) {
      best = kind;
      bt = t;
    }
  }
  return best as ActorKind;
}

function single<T>(list: T[] | undefined): T | undefined {
  return list && list.length === 1 ? list[0] : undefined;
}
