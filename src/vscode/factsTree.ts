/**
 * The "Facts" view: one node per fact of the followed article ("NATO → provide → 50 bn EUR → Ukraine · 2024");
 * clicking one selects its evidence sentence. The facts are the article's (ArticleState.facts, computed once per
 * analysis by the AnalysisClient); the view only labels them, lazily: when it asks for its children (i.e. when it is
 * visible), once per analysis. Nodes are built for the first MAX_FACT_NODES facts only, so a huge article (1.5 MB:
 * ~8,400 facts) never blocks the host for long; the export has them all.
 */
import * as vscode from 'vscode';
import type { Analysis, Fact } from '../core';
import { showsLastResult, type ArticleState } from './articles';
import { factDetails, factIcon } from './factsFormat';
import { factRows, MAX_FACT_NODES } from './factsNodes';
import { escapeMarkdown } from './format';
import { COMMANDS } from './ids';

export interface FactNode {
  id: string;
  /** The fact shown; for the final "… N more" node, the first fact not listed. */
  fact: Fact;
  label: string;
  uri: vscode.Uri;
  /** Only on the final node of a capped list: how many facts are not listed. */
  more?: number;
}

interface Source {
  state: ArticleState;
  doc: vscode.TextDocument;
}

export class FactsList implements vscode.TreeDataProvider<FactNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<FactNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private source: Source | undefined;
  /** Nodes for (article, analysis, threshold); recomputed only when one of them changes. */
  private computed: { key: string; version: number; analysis: Analysis; minConfidence: number; nodes: FactNode[]; hidden: number } | undefined;
  /** Facts below this confidence are not listed (newsFacts.facts.minConfidence). */
  private minConfidence = 0;
  /** The facts the view is waiting for (one refresh when they arrive). */
  private waitingFor: Promise<void> | undefined;
  private view: vscode.TreeView<FactNode> | undefined;
  /** Why the followed article has no list (too large, binary, cancelled …), shown as the view's message. */
  private notice: string | undefined;

  attach(view: vscode.TreeView<FactNode>): void {
    this.view = view;
  }

  /**
   * Follows `state` of `doc` (or nothing), listing the facts of at least `minConfidence`. Keeps the last list while the
   * same article is being re-analysed, unless that result was withdrawn (showsLastResult).
   */
  show(state: ArticleState | undefined, doc: vscode.TextDocument | undefined, minConfidence = this.minConfidence): void {
    if (minConfidence !== this.minConfidence) {
      this.minConfidence = minConfidence;
      this.computed = undefined;
      this.changed.fire(undefined);
    }
    const ready = state && doc && state.status === 'ready' && state.analysis && state.analysedVersion === doc.version;
    const same = state && this.source?.state.key === state.key;
    if (!ready && same && showsLastResult(state)) return;
    this.notice = state && !ready ? state.message : undefined;
    const next = ready ? { state: state!, doc: doc! } : undefined;
    if (next && this.isCurrent(next.state)) {
      this.source = next;
      return; // e.g. focus came back to the same, unchanged article
    }
    if (!next && !this.source) {
      this.setMessage(this.notice);
      return;
    }
    this.source = next;
    this.changed.fire(undefined);
  }

  /** The nodes as currently shown (building them if needed). */
  nodes(): FactNode[] {
    const src = this.source;
    if (!src || !src.state.analysis || src.state.analysedVersion === undefined) {
      this.setMessage(this.notice);
      return [];
    }
    const { state, doc } = src;
    const version = state.analysedVersion!;
    if (!this.isCurrent(state)) {
      // The analysis is of this exact version (checked in show), so the document text matches its offsets.
      // Edited since (the new analysis is on its way): keep the last list rather than misplace offsets.
      if (doc.version !== version) return this.computed?.nodes ?? [];
      const analysis = state.analysis!;
      if (!state.facts && state.factsReady) {
        // The facts are on their way (a few ms behind the mentions): refresh once they are here.
        this.awaitFacts(state.factsReady);
        const last = this.computed?.key === state.key ? this.computed.nodes : [];
        this.setMessage(last.length ? undefined : 'Reading the facts of this article…');
        return last;
      }
      // no facts and none coming: their extraction failed (logged)
      const all = state.facts ?? [];
      const kept = all.filter((f) => f.confidence >= this.minConfidence);
      const nodes = buildNodes(kept, analysis, state, doc.uri);
      this.computed = { key: state.key, version, analysis, minConfidence: this.minConfidence, nodes, hidden: all.length - kept.length };
    }
    const { nodes, hidden } = this.computed!;
    this.setMessage(listMessage(nodes.length, hidden, this.minConfidence));
    return nodes;
  }

  getChildren(node?: FactNode): FactNode[] {
    return node ? [] : this.nodes();
  }

  getTreeItem(node: FactNode): vscode.TreeItem {
    if (node.more !== undefined) return moreItem(node);
    const f = node.fact;
    const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.None);
    item.id = node.id;
    item.iconPath = new vscode.ThemeIcon(factIcon(f.action.category));
    item.description = `${Math.round(f.confidence * 100)}%`;
    const md = new vscode.MarkdownString();
    md.appendMarkdown(`**${escapeMarkdown(node.label)}**\n\n`);
    md.appendMarkdown(`> ${escapeMarkdown(f.evidence.text)}\n\n`);
    const flags = [f.action.category, f.action.planned ? 'planned' : '', f.action.negated ? 'negated' : ''].filter(Boolean).join(', ');
    md.appendMarkdown(`Confidence ${f.confidence.toFixed(2)} · ${escapeMarkdown(flags)}`);
    const how = factDetails(f);
    if (how) md.appendMarkdown(`\n\n${escapeMarkdown(how)}`);
    item.tooltip = md;
    item.accessibilityInformation = { label: `${node.label}. ${f.evidence.text}` };
    item.command = {
      command: COMMANDS.openMention,
      title: 'Go to Evidence',
      arguments: [node.uri, f.evidence.start, f.evidence.end],
    };
    return item;
  }

  dispose(): void {
    this.changed.dispose();
  }

  private isCurrent(state: ArticleState): boolean {
    const c = this.computed;
    return !!c && c.key === state.key && c.version === state.analysedVersion && c.analysis === state.analysis && c.minConfidence === this.minConfidence;
  }

  private awaitFacts(ready: Promise<void>): void {
    if (this.waitingFor === ready) return;
    this.waitingFor = ready;
    void ready.then(() => {
      if (this.waitingFor !== ready) return;
      this.waitingFor = undefined;
      this.changed.fire(undefined);
    });
  }

  private setMessage(message: string | undefined): void {
    if (this.view && this.view.message !== message) this.view.message = message;
  }
}

/** The view's message: why it is empty, or how many facts the confidence threshold hides. */
function listMessage(listed: number, hidden: number, min: number): string | undefined {
  const below = `${hidden.toLocaleString('en-US')} ${hidden === 1 ? 'fact' : 'facts'} below ${Math.round(min * 100)}% confidence hidden (setting newsFacts.facts.minConfidence).`;
  if (listed === 0) return hidden ? `No facts listed: ${below}` : 'No facts (who gave, paid or pledged how much) found in this article.';
  return hidden ? below : undefined;
}

/** Nodes for the first MAX_FACT_NODES facts (+ one "… N more" node). */
function buildNodes(facts: readonly Fact[], analysis: Analysis, state: ArticleState, uri: vscode.Uri): FactNode[] {
  const rows = factRows(facts, analysis, state.index?.entities);
  const prefix = `${state.key}#${state.analysedVersion}#`;
  const nodes: FactNode[] = rows.shown.map((fact, i) => ({ id: `${prefix}${i}`, fact, label: rows.labels[i], uri }));
  if (rows.more > 0)
    nodes.push({ id: `${prefix}more`, fact: facts[rows.shown.length], label: `… ${rows.more.toLocaleString('en-US')} more facts — export to see all`, uri, more: rows.more });
  return nodes;
}

function moreItem(node: FactNode): vscode.TreeItem {
  const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.None);
  item.id = node.id;
  item.iconPath = new vscode.ThemeIcon('ellipsis');
  item.tooltip = `The view lists the first ${MAX_FACT_NODES.toLocaleString('en-US')} facts of this article. Export the facts (JSON or CSV) to see all of them.`;
  item.command = { command: COMMANDS.exportFacts, title: 'Export Facts', arguments: [node.uri] };
  return item;
}
