import type { Entity, Mention } from './model';

export interface EntityLinks {
  entities: Entity[];
  /** Entity id for the mention at this index (actors only). */
  entityOf(index: number): string | undefined;
  canonicalOf(index: number): string | undefined;
}

/** Groups actor mentions into document-level entities. (Placeholder: one entity per distinct canonical name.) */
export function linkEntities(mentions: Mention[]): EntityLinks {
  const byKey = new Map<string, Entity>();
  const ofIndex = new Map<number, Entity>();
  mentions.forEach((m, i) => {
    if (m.type !== 'ACTOR') return;
    const key = `${m.kind}:${m.canonical}`;
    let e = byKey.get(key);
    if (!e) {
      e = { id: '', canonical: m.canonical, kind: m.kind, aliases: [m.canonical], titles: [], mentions: [] };
      byKey.set(key, e);
    }
    if (!e.aliases.includes(m.text)) e.aliases.push(m.text);
    e.mentions.push(`m${i + 1}`);
    ofIndex.set(i, e);
  });
  const entities = [...byKey.values()];
  entities.forEach((e, i) => (e.id = `e${i + 1}`));
  return { entities, entityOf: (i) => ofIndex.get(i)?.id, canonicalOf: (i) => ofIndex.get(i)?.canonical };
}
