/**
 * News Facts editor integration: wires the article service (analysis scheduling), inline decorations, hover,
 * the sidebar tree, the status bar item and the commands. Nothing here ever edits a document.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { onExtractorFailure } from '../core/analyze';
import type { MentionType } from '../core/model';
import { AnalysisClient } from './analysisClient';
import type { NewsFactsApi, TreeSnapshot } from './api';
import { ArticleService, ArticleState } from './articles';
import { ALL_TYPES, Config, readConfig, SECTION, WORKER_THRESHOLD } from './config';
import { isIsoDay } from '../core/time/calendar';
import { Decorator } from './decorations';
import { asExportOptions, FactsExporter } from './exportFacts';
import { FactsList, type FactNode } from './factsTree';
import { mentionAt } from './format';
import { MentionHover } from './hover';
import { FactsTree, Node } from './tree';

const VIEW_ID = 'newsFacts.facts';
const FACTS_VIEW_ID = 'newsFacts.factsList';
const SELECTOR: vscode.DocumentSelector = [{ language: 'plaintext' }, { language: 'news' }];

export function activate(context: vscode.ExtensionContext): NewsFactsApi {
  const log = vscode.window.createOutputChannel('News Facts');
  onExtractorFailure((err) => log.appendLine(`extractor failed: ${(err as Error)?.stack ?? err}`));
  let config: Config = readConfig();
  /** Types the sidebar filter hides (view state only; `newsFacts.types` governs everything). */
  let treeFilter = new Set<MentionType>(ALL_TYPES);

  const client = new AnalysisClient({
    workerPath: path.join(context.extensionPath, 'dist', 'worker.js'),
    workerThreshold: WORKER_THRESHOLD,
    log: (m) => log.appendLine(m),
  });
  const articles = new ArticleService(client, config, context.workspaceState, log);
  const decorator = new Decorator(articles, () => config.decorations, () => config.types);
  const tree = new FactsTree();
  const view = vscode.window.createTreeView(VIEW_ID, { treeDataProvider: tree, showCollapseAll: true });
  const status = vscode.window.createStatusBarItem('newsFacts.status', vscode.StatusBarAlignment.Right, 100);
  status.name = 'News Facts';
  status.command = 'newsFacts.showSidebar';
  const factsList = new FactsList();
  const factsView = vscode.window.createTreeView<FactNode>(FACTS_VIEW_ID, { treeDataProvider: factsList });
  factsList.attach(factsView);
  const exporter = new FactsExporter({ client, articles, config: () => config, log });
  context.subscriptions.push(log, client, articles, decorator, tree, view, status, factsList, factsView, exporter);

  const treeTypes = (): MentionType[] => ALL_TYPES.filter((t) => config.types.has(t) && treeFilter.has(t));
  const activeDoc = (): vscode.TextDocument | undefined => vscode.window.activeTextEditor?.document;
  /** The article the sidebar and status bar follow: the active editor's, kept while focus is elsewhere (panel). */
  let followed: vscode.TextDocument | undefined;

  const renderActive = (): void => {
    const doc = followed && !followed.isClosed ? followed : undefined;
    const s = doc ? articles.get(doc.uri) : undefined;
    tree.show(s, doc, treeTypes());
    factsList.show(s, doc);
    view.message = s && s.status !== 'ready' && s.message ? s.message : undefined;
    renderStatus(s);
    void vscode.commands.executeCommand('setContext', 'newsFacts.articleState', doc ? (s?.status ?? 'pending') : 'none');
    void vscode.commands.executeCommand('setContext', 'newsFacts.isArticle', !!doc);
  };

  const renderStatus = (s: ArticleState | undefined): void => {
    if (!s) return status.hide();
    if (s.status === 'ready' && s.analysis && s.index) {
      const n = s.index.counts;
      const parts: string[] = [];
      if (config.types.has('MONEY')) parts.push(`$(credit-card) ${n.MONEY}`);
      if (config.types.has('DATE')) parts.push(`$(calendar) ${n.DATE}`);
      if (config.types.has('ACTOR')) parts.push(`$(person) ${n.ACTOR}`);
      status.text = parts.join('  ') || 'News Facts';
      status.tooltip = `News Facts: ${n.MONEY} money, ${n.DATE} date and ${n.ACTOR} actor mentions (analysed in ${Math.round(s.analysis.stats.ms)} ms). Click to open the sidebar.`;
      status.backgroundColor = undefined;
    } else if (s.status === 'analysing' || s.status === 'pending') {
      status.text = '$(sync~spin) News Facts';
      status.tooltip = 'News Facts: analysing the article…';
    } else {
      status.text = '$(warning) News Facts';
      status.tooltip = s.message;
      status.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
    }
    status.show();
  };

  const follow = (editor: vscode.TextEditor | undefined): void => {
    if (!editor) return; // focus moved to a panel or the sidebar: keep the last article
    followed = articles.isArticle(editor.document) ? editor.document : undefined;
    if (followed) articles.ensure(followed);
    renderActive();
  };

  const ensureVisible = (): void => {
    for (const e of vscode.window.visibleTextEditors) articles.ensure(e.document); // drops what is no article (any more)
  };

  context.subscriptions.push(
    articles.onDidChange((s) => {
      decorator.update(s.uri);
      if (followed && followed.uri.toString() === s.key) renderActive();
    }),
    vscode.window.onDidChangeActiveTextEditor(follow),
    vscode.window.onDidChangeVisibleTextEditors((editors) => {
      ensureVisible();
      for (const e of editors) decorator.apply(e);
    }),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.contentChanges.length === 0) return;
      // schedule() checks that it is an article; hidden documents are looked at when shown (ensure)
      if (vscode.window.visibleTextEditors.some((ed) => ed.document === e.document)) articles.schedule(e.document);
    }),
    vscode.workspace.onDidOpenTextDocument((doc) => {
      // a language switch (plaintext ↔ news ↔ other) arrives as close + open
      if (vscode.window.visibleTextEditors.some((ed) => ed.document === doc)) follow(vscode.window.activeTextEditor);
    }),
    vscode.workspace.onDidCloseTextDocument((doc) => {
      articles.drop(doc.uri);
      decorator.forget(doc.uri);
      if (followed === doc) {
        followed = undefined;
        renderActive();
      }
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration(SECTION)) return;
      const before = config;
      config = readConfig();
      articles.setConfig(config);
      const reanalyse =
        before.referenceDate !== config.referenceDate ||
        before.maxFileSizeKB !== config.maxFileSizeKB ||
        before.exclude.join('\n') !== config.exclude.join('\n');
      if (reanalyse) articles.refreshAll();
      decorator.update();
      follow(vscode.window.activeTextEditor);
      if (!vscode.window.activeTextEditor) renderActive();
      void vscode.commands.executeCommand('setContext', 'newsFacts.decorationsEnabled', config.decorations);
    }),
    vscode.languages.registerHoverProvider(SELECTOR, new MentionHover(articles)),
  );

  const requireArticle = (): vscode.TextDocument | undefined => {
    const doc = activeDoc() && articles.isArticle(activeDoc()!) ? activeDoc() : followed;
    if (!doc) void vscode.window.showInformationMessage('News Facts: open a plain-text or .news article first.');
    return doc;
  };

  const docFor = (arg: unknown): vscode.TextDocument | undefined => {
    const key = arg instanceof vscode.Uri ? arg.toString() : typeof arg === 'string' ? arg : undefined;
    if (key) return vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
    return requireArticle();
  };

  const revealInSidebar = async (uriArg?: unknown, offsetArg?: unknown): Promise<boolean> => {
    const doc = docFor(uriArg);
    if (!doc) return false;
    const s = articles.get(doc.uri);
    if (!s?.index) return false;
    const offset =
      typeof offsetArg === 'number'
        ? offsetArg
        : vscode.window.activeTextEditor?.document === doc
          ? doc.offsetAt(vscode.window.activeTextEditor.selection.active)
          : -1;
    const m = offset >= 0 ? mentionAt(s.index, offset) : undefined;
    if (!m) {
      void vscode.window.showInformationMessage('News Facts: the cursor is not on a money, date or actor mention.');
      return false;
    }
    if (followed !== doc) {
      followed = doc;
      renderActive();
    }
    const node = tree.nodeFor(m.id);
    if (!node) {
      void vscode.window.showInformationMessage(`News Facts: ${m.type.toLowerCase()} mentions are hidden in the sidebar (filter or newsFacts.types).`);
      return false;
    }
    await view.reveal(node, { select: true, focus: true, expand: true });
    return true;
  };

  context.subscriptions.push(
    vscode.commands.registerCommand('newsFacts.showSidebar', () => vscode.commands.executeCommand(`${VIEW_ID}.focus`)),
    vscode.commands.registerCommand('newsFacts.refresh', () => articles.refreshAll()),
    vscode.commands.registerCommand('newsFacts.toggleDecorations', async () => {
      // write where the effective value comes from, or a workspace value would silently win over a global one
      const c = vscode.workspace.getConfiguration(SECTION);
      const i = c.inspect<boolean>('decorations.enabled');
      const target = i?.workspaceValue !== undefined ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
      await c.update('decorations.enabled', !config.decorations, target);
    }),
    vscode.commands.registerCommand('newsFacts.setReferenceDate', async (uriArg?: unknown, dayArg?: unknown) => {
      const doc = docFor(uriArg);
      if (!doc) return;
      let day: string | undefined;
      if (typeof dayArg === 'string') day = dayArg;
      else {
        const current = articles.referenceDateOf(doc.uri) ?? '';
        const detected = articles.get(doc.uri)?.analysis?.referenceDate;
        day = await vscode.window.showInputBox({
          title: `Reference date for ${path.basename(doc.uri.path)}`,
          prompt: `Relative dates ("last Tuesday", "next year") are resolved against this day. Leave empty to use the dateline${detected?.value ? ` (currently ${detected.value}, from ${detected.source})` : ''}.`,
          placeHolder: 'YYYY-MM-DD',
          value: current,
          validateInput: (v) => (v.trim() === '' || isIsoDay(v.trim()) ? undefined : 'A calendar day as YYYY-MM-DD, e.g. 2025-04-04'),
        });
        if (day === undefined) return; // dismissed
      }
      day = day.trim();
      if (day !== '' && !isIsoDay(day)) {
        void vscode.window.showErrorMessage(`News Facts: “${day}” is not a calendar day (YYYY-MM-DD).`);
        return;
      }
      await articles.setReferenceDate(doc, day || undefined);
    }),
    vscode.commands.registerCommand('newsFacts.revealInSidebar', revealInSidebar),
    vscode.commands.registerCommand('newsFacts.filterTypes', async () => {
      const labels: Record<MentionType, string> = { MONEY: 'Money', DATE: 'Dates', ACTOR: 'Actors' };
      const picks = await vscode.window.showQuickPick(
        ALL_TYPES.map((t) => ({ label: labels[t], type: t, picked: treeFilter.has(t) })),
        { canPickMany: true, title: 'News Facts: show in the sidebar' },
      );
      if (!picks) return;
      treeFilter = new Set(picks.map((p) => p.type));
      renderActive();
    }),
    vscode.commands.registerCommand('newsFacts.analyseAnyway', (uriArg?: unknown) => {
      const doc = docFor(uriArg);
      if (doc) articles.analyseAnyway(doc);
    }),
    vscode.commands.registerCommand('newsFacts.exportFacts', async (uriArg?: unknown, options?: unknown) => {
      // from the explorer or a script the article may not be open yet
      let doc = docFor(uriArg);
      if (!doc && uriArg instanceof vscode.Uri) doc = await vscode.workspace.openTextDocument(uriArg);
      if (!doc) return undefined;
      return exporter.exportDocument(doc, asExportOptions(options));
    }),
    vscode.commands.registerCommand('newsFacts.exportWorkspaceFacts', (options?: unknown) => exporter.exportWorkspace(asExportOptions(options))),
    vscode.commands.registerCommand('newsFacts.openMention', async (uri: vscode.Uri, start: number, end: number) => {
      const doc = await vscode.workspace.openTextDocument(uri);
      const range = new vscode.Range(doc.positionAt(start), doc.positionAt(end));
      const editor = await vscode.window.showTextDocument(doc, { selection: range, preserveFocus: false });
      editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }),
  );

  void vscode.commands.executeCommand('setContext', 'newsFacts.decorationsEnabled', config.decorations);
  ensureVisible();
  follow(vscode.window.activeTextEditor);
  if (!vscode.window.activeTextEditor) renderActive();

  const snapshot = (node?: Node): TreeSnapshot[] =>
    tree.getChildren(node).map((child) => {
      const item = tree.getTreeItem(child);
      const label = typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
      return {
        id: item.id,
        label,
        description: typeof item.description === 'string' ? item.description : undefined,
        command: item.command,
        children: snapshot(child),
      };
    });

  return {
    getDecorations: (uri) => decorator.getApplied(uri),
    getTree: () => snapshot(),
    getTreeSelection: () =>
      view.selection.map((n) => {
        const l = tree.getTreeItem(n).label;
        return typeof l === 'string' ? l : (l?.label ?? '');
      }),
    whenIdle: () => articles.whenIdle(),
    getAnalysis: (uri) => articles.get(uri)?.analysis,
    getState: (uri) => {
      const s = articles.get(uri);
      return s && { status: s.status, message: s.message };
    },
    treeRefreshes: () => ({ ...tree.refreshes }),
    counters: () => ({ ...articles.counters }),
    cancel: (uri) => articles.cancel(uri),
    getFacts: () =>
      factsList.getChildren().map((n) => {
        const item = factsList.getTreeItem(n);
        const tip = item.tooltip;
        return {
          id: item.id,
          label: typeof item.label === 'string' ? item.label : (item.label?.label ?? ''),
          description: typeof item.description === 'string' ? item.description : undefined,
          tooltip: typeof tip === 'string' ? tip : (tip?.value ?? ''),
          command: item.command,
          evidence: { start: n.fact.evidence.start, end: n.fact.evidence.end, text: n.fact.evidence.text },
        };
      }),
    factsComputations: () => factsList.computations,
    exportProgress: () => exporter.progress,
    cancelWorkspaceExport: () => exporter.cancelWorkspaceExport(),
  };
}

export function deactivate(): void {
  // everything is disposed through context.subscriptions
}
