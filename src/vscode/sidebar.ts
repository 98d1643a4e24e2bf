/**
 * What follows the active editor's article: the two sidebar views (mentions, facts), the status bar item and the
 * context keys menus and welcome contents depend on. The article is kept while focus is elsewhere (a panel, the
 * sidebar itself).
 */
import * as vscode from 'vscode';
import type { MentionType } from '../core';
import type { ArticleService } from './articles';
import { ALL_TYPES, type Settings } from './config';
import { FactsList, type FactNode } from './factsTree';
import { CONTEXT_KEYS, VIEWS } from './ids';
import { StatusItem } from './statusBar';
import { FactsTree, type Node } from './tree';

export const setContext = (key: string, value: unknown): void => void vscode.commands.executeCommand('setContext', key, value);

export class Sidebar implements vscode.Disposable {
  readonly tree = new FactsTree();
  readonly view: vscode.TreeView<Node>;
  readonly factsList = new FactsList();
  readonly factsView: vscode.TreeView<FactNode>;
  readonly status = new StatusItem();
  /** The article shown: the active editor's, kept while focus is elsewhere. */
  private doc: vscode.TextDocument | undefined;
  /** Types the sidebar's filter shows (view state only; `newsFacts.types` governs everything). */
  private filter = new Set<MentionType>(ALL_TYPES);

  constructor(
    private readonly articles: ArticleService,
    private readonly settings: Settings,
  ) {
    this.view = vscode.window.createTreeView(VIEWS.article, { treeDataProvider: this.tree, showCollapseAll: true });
    this.factsView = vscode.window.createTreeView<FactNode>(VIEWS.facts, { treeDataProvider: this.factsList });
    this.factsList.attach(this.factsView);
  }

  /** The article the sidebar shows, if any. */
  get followed(): vscode.TextDocument | undefined {
    return this.doc;
  }

  /** Types the filter lets through. */
  get shownTypes(): ReadonlySet<MentionType> {
    return this.filter;
  }

  /** Follows the article in `editor` (nothing when it is none); no editor (focus moved to a panel): keeps the last. */
  follow(editor: vscode.TextEditor | undefined): void {
    if (!editor) return;
    this.doc = this.articles.isArticle(editor.document) ? editor.document : undefined;
    if (this.doc) this.articles.ensure(this.doc);
    this.render();
  }

  /** Follows the active editor, and renders even when there is none (settings changed, start-up). */
  followActive(): void {
    this.follow(vscode.window.activeTextEditor);
    if (!vscode.window.activeTextEditor) this.render();
  }

  /** Shows `doc` whatever the active editor (revealing one of its mentions). */
  show(doc: vscode.TextDocument): void {
    if (this.doc === doc) return;
    this.doc = doc;
    this.render();
  }

  /** A closed document is followed no more. */
  closed(doc: vscode.TextDocument): void {
    if (this.doc !== doc) return;
    this.doc = undefined;
    this.render();
  }

  /** An article's state changed: re-rendered when it is the one shown. */
  changed(key: string): void {
    if (this.doc && this.doc.uri.toString() === key) this.render();
  }

  setFilter(types: Iterable<MentionType>): void {
    this.filter = new Set(types);
    this.render();
  }

  render(): void {
    const doc = this.doc && !this.doc.isClosed ? this.doc : undefined;
    const s = doc ? this.articles.get(doc.uri) : undefined;
    const config = this.settings.current;
    this.tree.show(s, doc, ALL_TYPES.filter((t) => config.types.has(t) && this.filter.has(t)));
    this.factsList.show(s, doc, config.factsMinConfidence);
    this.view.message = s && s.status !== 'ready' && s.message ? s.message : undefined;
    this.status.show(s, config);
    setContext(CONTEXT_KEYS.articleState, doc ? (s?.status ?? 'pending') : 'none');
    setContext(CONTEXT_KEYS.isArticle, !!doc);
  }

  dispose(): void {
    for (const d of [this.tree, this.view, this.status, this.factsList, this.factsView]) d.dispose();
  }
}
