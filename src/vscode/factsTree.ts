/**
 * The "Facts" view: one node per fact of the followed article ("NATO → provide → 50 bn EUR → Ukraine · 2024");
 * clicking one selects its evidence sentence. Big articles come with facts the worker computed (ArticleState.facts);
 * for the others (analysed inline, ≤ 50 KB: a few ms) they are extracted here, lazily: only when the view asks for
 * its children (i.e. when it is visible), once per analysis. Nodes are built for the first MAX_FACT_NODES facts only,
 * so a huge article (1.5 MB: ~8,400 facts) never blocks the host for long; the export has them all.
 */
import * as vscode from 'vscode';
import { extractFacts } from '../core/facts/extract';
import type { Fact, FactCategory } from '../core/facts/types';
import type { Analysis } from '../core/model';
import type { ArticleState } from './articles';
import { factRows, MAX_FACT_NODES } from './factsNodes';
import { escapeMarkdown } from './format';

export interface FactNode {
  id: string;
  /** The fact shown; for the final "… N more" node, the first fact not listed. */
  fact: Fact;
  label: string;
  uri: vscode.Uri;
  /** Only on the final node of a capped list: how many facts are not listed. */
  more?: number;
}

const ICONS: Record<FactCategory, string> = {
  pledge: 'megaphone',
  provide: 'gift',
  request: 'question',
  cut: 'arrow-down',
  spend: 'graph',
  pay: 'credit-card',
  fine: 'law',
  say: 'comment',
  other: 'circle-small',
};

interface Source {
  state: ArticleState;
  doc: vscode.TextDocument;
}

export class FactsList implements vscode.TreeDataProvider<FactNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<FactNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private source: Source | undefined;
  /** Nodes for (article, analysis); recomputed only when either changes. */
  private computed: { key: string; version: number; analysis: Analysis; nodes: FactNode[] } | undefined;
  /** The worker's facts the view is waiting for (one refresh when they arrive). */
  private waitingFor: Promise<void> | undefined;
  private view: vscode.TreeView<FactNode> | undefined;
  /** Why the followed article has no list (too large, binary, cancelled …), shown as the view's message. */
  private notice: string | undefined;
  /** How often facts were extracted on the extension host (tests check that hidden/unchanged views and big
   *  articles, whose facts come from the worker, cost nothing here). */
  computations = 0;

  attach(view: vscode.TreeView<FactNode>): void {
    this.view = view;
  }

  /** Follows `state` of `doc` (or nothing). Keeps the last list while the same article is being re-analysed. */
  show(state: ArticleState | undefined, doc: vscode.TextDocument | undefined): void {
    const ready = state && doc && state.status === 'ready' && state.analysis && state.analysedVersion === doc.version;
    const same = state && this.source?.state.key === state.key;
    if (!ready && same) return;
    this.notice = state && !ready && state.status !== 'pending' && state.status !== 'analysing' ? state.message : undefined;
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
      let facts = state.facts;
      if (!facts && state.factsReady) {
        // The worker's facts are on their way (a few ms behind the mentions): refresh once they are here.
        this.awaitFacts(state.factsReady);
        const last = this.computed?.key === state.key ? this.computed.nodes : [];
        this.setMessage(last.length ? undefined : 'Reading the facts of this article…');
        return last;
      }
      if (!facts) {
        facts = extractFacts(doc.getText(), analysis);
        this.computations++;
      }
      this.computed = { key: state.key, version, analysis, nodes: buildNodes(facts, analysis, state, doc.uri) };
    }
    const n = this.computed!.nodes.length;
    this.setMessage(n === 0 ? 'No facts (who gave, paid or pledged how much) found in this article.' : undefined);
    return this.computed!.nodes;
  }

  getChildren(node?: FactNode): FactNode[] {
    return node ? [] : this.nodes();
  }

  getTreeItem(node: FactNode): vscode.TreeItem {
    if (node.more !== undefined) return moreItem(node);
    const f = node.fact;
    const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.None);
    item.id = node.id;
    item.iconPath = new vscode.ThemeIcon(ICONS[f.action.category] ?? 'circle-small');
    item.description = `${Math.round(f.confidence * 100)}%`;
    const md = new vscode.MarkdownString();
    md.appendMarkdown(`**${escapeMarkdown(node.label)}**\n\n`);
    md.appendMarkdown(`> ${escapeMarkdown(f.evidence.text)}\n\n`);
    const flags = [f.action.category, f.action.planned ? 'planned' : '', f.action.negated ? 'negated' : ''].filter(Boolean).join(', ');
    md.appendMarkdown(`Confidence ${f.confidence.toFixed(2)} · ${escapeMarkdown(flags)}`);
    item.tooltip = md;
    item.accessibilityInformation = { label: `${node.label}. ${f.evidence.text}` };
    item.command = {
      command: 'newsFacts.openMention',
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
    return !!c && c.key === state.key && c.version === state.analysedVersion && c.analysis === state.analysis;
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
  item.command = { command: 'newsFacts.exportFacts', title: 'Export Facts', arguments: [node.uri] };
  return item;
}
