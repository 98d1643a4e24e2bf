/**
 * Sidebar: Money / Dates / Actors → one node per distinct value or canonical actor → its mentions.
 * Root nodes are long-lived objects so a change can refresh just the roots whose content changed.
 * Mention rows are built only when their group is first expanded (or revealed): a 1 MB article has ~60k mentions
 * in a few hundred groups, and building every row up front blocked the extension host for tens of milliseconds.
 */
import * as vscode from 'vscode';
import type { Analysis, AnalyzedMention, MentionType } from '../core';
import { rangeAt, showsLastResult, type ArticleState } from './articles';
import { groupKey, groupLabel, mentionById, mentionIndex, preview } from './format';
import { COMMANDS, TREE_ITEMS } from './ids';

export interface RootNode {
  kind: 'root';
  type: MentionType;
  children: GroupNode[];
  count: number;
  signature: string;
}
export interface GroupNode {
  kind: 'group';
  parent: RootNode;
  key: string;
  label: string;
  description: string;
  icon: vscode.ThemeIcon;
  /** The group's mentions in text order; `children` holds their rows once built (see mentionNodes). */
  mentions: AnalyzedMention[];
  children?: MentionNode[];
  /** What the rows are built from (the analysis they belong to, its positions and document). */
  source: { analysis: Analysis; positions: Int32Array; doc: vscode.TextDocument };
}
export interface MentionNode {
  kind: 'mention';
  parent: GroupNode;
  mention: AnalyzedMention;
  ordinal: number;
  line: number;
  range: vscode.Range;
  /** The document version the mention offsets refer to (the tree is rebuilt on every new analysis). */
  doc: vscode.TextDocument;
}
export type Node = RootNode | GroupNode | MentionNode;

const ROOT_TITLES: Record<MentionType, string> = { MONEY: 'Money', DATE: 'Dates', ACTOR: 'Actors' };
const ROOT_ICONS: Record<MentionType, string> = { MONEY: 'credit-card', DATE: 'calendar', ACTOR: 'person' };
const KIND_ICONS: Record<string, [string, string]> = {
  person: ['person', 'newsFacts.personBorder'],
  organization: ['organization', 'newsFacts.organizationBorder'],
  place: ['location', 'newsFacts.placeBorder'],
  group: ['account', 'newsFacts.groupBorder'],
};

export class FactsTree implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly roots: Record<MentionType, RootNode> = {
    MONEY: emptyRoot('MONEY'),
    DATE: emptyRoot('DATE'),
    ACTOR: emptyRoot('ACTOR'),
  };
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private current: { key: string; version?: number } | undefined;
  private byKey = new Map<string, GroupNode>();
  private analysis: Analysis | undefined;
  /** The document the groups were built for (a language switch reopens the same URI as a new document). */
  private doc: vscode.TextDocument | undefined;
  private visibleTypes: MentionType[] = ['MONEY', 'DATE', 'ACTOR'];
  /** How many refreshes were fired per root ('all' = the whole tree), for the test API ("refreshes only what
   *  changed"). */
  readonly refreshes: Record<MentionType | 'all', number> = { MONEY: 0, DATE: 0, ACTOR: 0, all: 0 };

  /** Shows `state` (or nothing); refreshes only the roots whose content changed when the article stays the same. */
  show(state: ArticleState | undefined, doc: vscode.TextDocument | undefined, types: MentionType[]): void {
    const key = state?.key;
    const sameArticle = key !== undefined && this.current?.key === key;
    const typesChanged = types.join() !== this.visibleTypes.join();
    this.visibleTypes = types;
    const current = state && doc && state.status === 'ready' && state.analysedVersion === doc.version;
    if (state && !current && sameArticle && !typesChanged && showsLastResult(state)) {
      return; // keep showing the last result until the new one arrives
    }
    const usable = current ? state : undefined;
    if (sameArticle && !typesChanged && usable?.analysis === this.analysis && doc === this.doc) return; // e.g. focus came back
    // With no result the tree is empty, so the view shows why (its message, or the welcome content of the state).
    const rootsChange = !sameArticle || typesChanged || !usable !== !this.analysis;
    const dirty: MentionType[] = [];
    this.byKey = new Map();
    this.analysis = usable?.analysis;
    this.doc = doc;
    for (const type of ['MONEY', 'DATE', 'ACTOR'] as MentionType[]) {
      const root = this.roots[type];
      const before = root.signature;
      fillRoot(root, usable, doc, this.byKey);
      if (root.signature !== before) dirty.push(type);
    }
    this.current = key === undefined ? undefined : { key, version: usable?.analysedVersion };
    if (rootsChange) {
      this.refreshes.all++;
      this.changed.fire(undefined);
    } else {
      for (const t of dirty) {
        this.refreshes[t]++;
        this.changed.fire(this.roots[t]);
      }
    }
  }

  nodeFor(mentionId: string): MentionNode | undefined {
    const m = this.analysis && mentionById(this.analysis, mentionId);
    const group = m && this.byKey.get(groupKey(m));
    if (!m || !group || !this.visibleTypes.includes(m.type)) return undefined;
    return mentionNodes(group).find((n) => n.mention === m);
  }

  getTreeItem(node: Node): vscode.TreeItem {
    switch (node.kind) {
      case 'root': {
        const item = new vscode.TreeItem(
          `${ROOT_TITLES[node.type]}: ${node.count}`,
          node.count ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None,
        );
        item.id = `root:${node.type}`;
        item.description = node.children.length && node.children.length !== node.count ? `${node.children.length} distinct` : undefined;
        item.iconPath = new vscode.ThemeIcon(ROOT_ICONS[node.type]);
        item.contextValue = TREE_ITEMS.root;
        return item;
      }
      case 'group': {
        const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `group:${node.key}`;
        item.description = node.description;
        item.iconPath = node.icon;
        item.tooltip = `${node.label} — ${node.mentions.length} mention${node.mentions.length === 1 ? '' : 's'}`;
        item.contextValue = TREE_ITEMS.group;
        return item;
      }
      case 'mention': {
        const item = new vscode.TreeItem(mentionLabel(node), vscode.TreeItemCollapsibleState.None);
        item.id = `mention:${node.parent.key}#${node.ordinal}`;
        item.tooltip = `“${node.mention.text}” — line ${node.line + 1}`;
        item.contextValue = TREE_ITEMS.mention;
        const uri = this.current ? vscode.Uri.parse(this.current.key) : undefined;
        item.command = {
          command: COMMANDS.openMention,
          title: 'Go to mention',
          arguments: [uri, node.mention.start, node.mention.end],
        };
        return item;
      }
    }
  }

  getChildren(node?: Node): Node[] {
    if (!node) return this.current && this.analysis ? this.visibleTypes.map((t) => this.roots[t]) : [];
    if (node.kind === 'root') return node.children;
    return node.kind === 'group' ? mentionNodes(node) : [];
  }

  getParent(node: Node): Node | undefined {
    return node.kind === 'root' ? undefined : node.parent;
  }

  dispose(): void {
    this.changed.dispose();
  }
}

function emptyRoot(type: MentionType): RootNode {
  return { kind: 'root', type, children: [], count: 0, signature: '' };
}

function fillRoot(
  root: RootNode,
  s: ArticleState | undefined,
  doc: vscode.TextDocument | undefined,
  byKey: Map<string, GroupNode>,
): void {
  root.children = [];
  root.count = 0;
  if (!s?.analysis || !s.index || !s.positions || !doc) {
    root.signature = '';
    return;
  }
  const source = { analysis: s.analysis, positions: s.positions, doc };
  // A hash, not a joined string. The per-mention part (offsets, lines, grouping) comes with the index, built in
  // slices; here only the groups are mixed in.
  let h = s.index.signature[root.type];
  const mix = (x: number) => {
    h = Math.imul(h ^ x, 0x01000193) >>> 0;
  };
  const mixStr = (str: string) => {
    for (let i = 0; i < str.length; i++) mix(str.charCodeAt(i));
  };
  for (const [key, mentions] of s.index.byGroup) {
    const first = mentions[0];
    if (first.type !== root.type) continue;
    const n = mentions.length;
    const group: GroupNode = {
      kind: 'group',
      parent: root,
      key,
      label: groupLabel(first),
      description: first.type === 'ACTOR' ? `${first.kind} · ${n}×` : `${n}×`,
      icon: iconFor(first),
      mentions,
      source,
    };
    byKey.set(key, group);
    root.children.push(group);
    root.count += n;
    mixStr(key);
    mixStr(group.label);
  }
  // Most frequent first, then by first appearance: what a reader scans for.
  root.children.sort((a, b) => b.mentions.length - a.mentions.length || a.mentions[0].start - b.mentions[0].start);
  root.signature = `${root.count}|${root.children.length}|${h}`;
}

/** The group's mention rows, built on first use (expanding the group, revealing one of its mentions). */
function mentionNodes(group: GroupNode): MentionNode[] {
  if (group.children) return group.children;
  const { positions, doc } = group.source;
  group.children = group.mentions.map((m, ordinal) => {
    const range = rangeAt(positions, mentionIndex(m.id));
    // the preview label is made when the row is first shown (getTreeItem)
    return { kind: 'mention' as const, parent: group, mention: m, ordinal, line: range.start.line, range, doc };
  });
  return group.children;
}

/** "12: …to provide more than €20 billion in mil…" with the mention highlighted. */
function mentionLabel(node: MentionNode): vscode.TreeItemLabel {
  // Only the mention's line is read: getText() of a 1 MB document per row would be far too slow.
  const r = node.range;
  const lineText = r.start.line < node.doc.lineCount ? node.doc.lineAt(r.start.line).text : node.mention.text;
  const end = r.end.line === r.start.line ? r.end.character : lineText.length;
  const p = preview(lineText, Math.min(r.start.character, lineText.length), Math.min(end, lineText.length));
  const head = `${node.line + 1}: `; // line number first: the preview may be cut by a narrow sidebar
  return { label: head + p.label, highlights: [[head.length + p.from, head.length + p.to]] };
}

function iconFor(m: AnalyzedMention): vscode.ThemeIcon {
  if (m.type === 'MONEY') return new vscode.ThemeIcon('credit-card', new vscode.ThemeColor('newsFacts.moneyBorder'));
  if (m.type === 'DATE') return new vscode.ThemeIcon('calendar', new vscode.ThemeColor('newsFacts.dateBorder'));
  const [icon, color] = KIND_ICONS[m.kind] ?? ['person', 'newsFacts.personBorder'];
  return new vscode.ThemeIcon(icon, new vscode.ThemeColor(color));
}
