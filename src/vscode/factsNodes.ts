/**
 * What the Facts view lists for an article: the first MAX_FACT_NODES facts with their labels, and how many are left
 * out (a 1.5 MB article has ~8,400 facts; a tree that long helps nobody and costs the host to build; the export has
 * them all). Pure: no `vscode` import (the editor benchmark measures the same code).
 */
import type { Analysis, AnalyzedMention, Entity, Fact } from '../core';
import { factLabel, factParts } from './factsFormat';
import { mentionById } from './format';

/** Facts listed in the view; the rest are summed up in one last node. */
export const MAX_FACT_NODES = 2000;

export interface FactRows {
  /** The facts listed, in order, and their labels. */
  shown: readonly Fact[];
  labels: string[];
  /** How many facts are not listed. */
  more: number;
}

/**
 * Labels resolve mention ids straight through the analysis (mentionById) rather than through a map of all ~60k
 * mentions of a huge article. `entities` may be passed when a map of them exists already.
 */
export function factRows(facts: readonly Fact[], analysis: Analysis, entities?: Map<string, Entity>): FactRows {
  const shown = facts.length > MAX_FACT_NODES ? facts.slice(0, MAX_FACT_NODES) : facts;
  const mentions = new Map<string, AnalyzedMention>();
  for (const f of shown)
    for (const id of [f.amount, f.time, f.actorMention, f.recipientMention]) {
      const m = id && !mentions.has(id) ? mentionById(analysis, id) : undefined;
      if (m) mentions.set(m.id, m);
    }
  const ents = entities ?? new Map(analysis.entities.map((e) => [e.id, e]));
  return { shown, labels: shown.map((f) => factLabel(factParts(f, mentions, ents))), more: facts.length - shown.length };
}
