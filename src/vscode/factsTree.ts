/**
 * The "Facts" view: one node per fact of the followed article ("NATO → provide → 50 bn EUR → Ukraine · 2024");
 * clicking one selects its evidence sentence. Facts are computed from the analysis the article service already
 * has, lazily: only when the view asks for its children (i.e. when it is visible), once per analysed version.
 */
import * as vscode from 'vscode';
import { extractFacts } from '../core/facts/extract';
import type { Fact, FactCategory } from '../core/facts/types';
import type { ArticleState } from './articles';
import { factLabel, factParts } from './factsFormat';

export interface FactNode {
  id: string;
  fact: Fact;
  label: string;
  uri: vscode.Uri;
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
  /** Nodes for (article, analysed version); recomputed only when either changes. */
  private computed: { key: string; version: number; nodes: FactNode[] } | undefined;
  private view: vscode.TreeView<FactNode> | undefined;
  /** Why the followed article has no list (too large, binary, cancelled …), shown as the view's message. */
  private notice: string | undefined;
  /** How often facts were extracted (tests check that hidden/unchanged views cost nothing). */
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
    if (next && this.computed?.key === next.state.key && this.computed.version === next.state.analysedVersion) {
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

  /** The nodes as currently shown (computing them if needed). */
  nodes(): FactNode[] {
    const src = this.source;
    if (!src || !src.state.analysis || src.state.analysedVersion === undefined) {
      this.setMessage(this.notice);
      return [];
    }
    const { state, doc } = src;
    const version = state.analysedVersion!;
    if (this.computed?.key !== state.key || this.computed.version !== version) {
      // The analysis is of this exact version (checked in show), so the document text matches its offsets.
      // Edited since (the new analysis is on its way): keep the last list rather than misplace offsets.
      if (doc.version !== version) return this.computed?.nodes ?? [];
      const analysis = state.analysis!;
      const facts = extractFacts(doc.getText(), analysis);
      this.computations++;
      const mentions = new Map(analysis.mentions.map((m) => [m.id, m]));
      const entities = new Map(analysis.entities.map((e) => [e.id, e]));
      const nodes = facts.map((fact, i) => ({
        id: `${state.key}#${version}#${i}`,
        fact,
        label: factLabel(factParts(fact, mentions, entities)),
        uri: doc.uri,
      }));
      this.computed = { key: state.key, version, nodes };
    }
    const n = this.computed.nodes.length;
    this.setMessage(n === 0 ? 'No facts (who gave, paid or pledged how much) found in this article.' : undefined);
    return this.computed.nodes;
  }

  getChildren(node?: FactNode): FactNode[] {
    return node ? [] : this.nodes();
  }

  getTreeItem(node: FactNode): vscode.TreeItem {
    const f = node.fact;
    const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.None);
    item.id = node.id;
    item.iconPath = new vscode.ThemeIcon(ICONS[f.action.category] ?? 'circle-small');
    item.description = `${Math.round(f.confidence * 100)}%`;
    const md = new vscode.MarkdownString();
    md.appendMarkdown(`**${escape(node.label)}**\n\n`);
    md.appendMarkdown(`> ${escape(f.evidence.text.replace(/\s+/g, ' '))}\n\n`);
    const flags = [f.action.category, f.action.planned ? 'planned' : '', f.action.negated ? 'negated' : ''].filter(Boolean).join(', ');
    md.appendMarkdown(`Confidence ${f.confidence.toFixed(2)} · ${escape(flags)}`);
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

  private setMessage(message: string | undefined): void {
    if (this.view && this.view.message !== message) this.view.message = message;
  }
}

function escape(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}
