/**
 * Test helper: an analysis written inline, so fact rules are tested apart from the extractors' current quality.
 *   "[NATO allies]{A:organization:NATO} pledged [$5 billion]{M:5e9:USD:about} to [Ukraine]{A:place} in [2025]{D:2025:2025-01-01:2025-12-31}"
 * A = actor (kind, canonical defaults to the text, then `d` for a common-noun actor: "[the city]{A:place:city:d}"),
 * M = money (amount, currency, approx), D = date (timex, start, end).
 */
import * as assert from 'node:assert/strict';
import type { ActorKind, AnalyzedMention, Entity } from '../../../../src/core/model';
import { extractFacts } from '../../../../src/core/facts/extract';
import type { Fact } from '../../../../src/core/facts/types';

export interface Marked {
  text: string;
  mentions: AnalyzedMention[];
  entities: Entity[];
}

const MARK = /\[([^\]]+)\]\{([^}]*)\}/g;

export function markup(src: string): Marked {
  let text = '';
  let last = 0;
  const mentions: AnalyzedMention[] = [];
  const entities = new Map<string, Entity>();
  MARK.lastIndex = 0;
  for (let m = MARK.exec(src); m; m = MARK.exec(src)) {
    text += src.slice(last, m.index);
    const start = text.length;
    text += m[1];
    last = m.index + m[0].length;
    const [type, ...args] = m[2].split(':');
    const id = `m${mentions.length + 1}`;
    const base = { id, start, end: text.length, text: m[1] };
    if (type === 'A') {
      const kind = (args[0] || 'organization') as ActorKind;
      const canonical = args[1] || m[1];
      const described = args[2] === 'd';
      const key = `${kind}:${canonical}`;
      let e = entities.get(key);
      if (!e) {
        e = { id: `e${entities.size + 1}`, canonical, kind, aliases: [canonical], titles: [], mentions: [], ...(described ? { named: false as const } : {}) };
        entities.set(key, e);
      }
      if (!e.aliases.includes(m[1])) e.aliases.push(m[1]);
      e.mentions.push(id);
      const head = m[1].toLowerCase().split(/\s+/).pop()!;
      mentions.push({ ...base, rule: 'test', type: 'ACTOR', kind, canonical, entity: e.id, ...(described ? { named: false as const, head } : {}) });
    } else if (type === 'M') {
      mentions.push({ ...base, rule: 'test', type: 'MONEY', amount: args[0] ? Number(args[0]) : null, currency: args[1] || null, approx: args[2] || null });
    } else if (type === 'D') {
      mentions.push({ ...base, rule: 'test', type: 'DATE', timex: args[0] || null, start_date: args[1] || null, end_date: args[2] || null, anchor: 'absolute' });
    } else throw new Error(`bad mark ${m[0]}`);
  }
  text += src.slice(last);
  return { text, mentions, entities: [...entities.values()] };
}

/** Facts of one marked-up text, with ids turned back into readable values (`raw` keeps the fact itself). */
export function facts(src: string) {
  const a = markup(src);
  const canon = (id: string | null) => (id ? a.entities.find((e) => e.id === id)!.canonical : null);
  const text = (id: string | null) => (id ? a.mentions.find((m) => m.id === id)!.text : null);
  return extractFacts(a.text, a).map((f: Fact) => ({
    actor: canon(f.actor),
    coActors: f.coActors.map((id) => canon(id)!),
    action: f.action.text,
    lemma: f.action.lemma,
    category: f.action.category,
    negated: f.action.negated,
    planned: f.action.planned,
    recipient: canon(f.recipient),
    amount: text(f.amount),
    time: text(f.time),
    object: f.object?.text ?? null,
    purpose: f.purpose?.text ?? null,
    via: f.via,
    missing: f.missing,
    confidence: f.confidence,
    evidence: f.evidence,
    raw: f,
  }));
}

export type ReadableFact = ReturnType<typeof facts>[number];

/**
 * A data table of marked-up sentences: each alone gives exactly its row, and all of them read as one text (joined by
 * spaces, in table order) give the rows in order, so no sentence leaks into the next.
 */
export function checkTable<R>(cases: ReadonlyArray<readonly [string, R]>, read: (f: ReadableFact) => R): void {
  for (const [sentence, row] of cases) assert.deepEqual(facts(sentence).map(read), [row], sentence);
  assert.deepEqual(facts(cases.map(([s]) => s).join(' ')).map(read), cases.map(([, row]) => row));
}
