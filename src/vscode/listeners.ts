/**
 * Every editor and workspace event the extension listens to, in one place: article results, the analysis worker
 * dying, the active and the visible editors, text changes, documents opened and closed, settings, workspace trust.
 */
import * as vscode from 'vscode';
import type { App } from './app';
import { SECTION } from './config';
import { CONTEXT_KEYS } from './ids';
import { setContext } from './sidebar';

export function registerListeners(app: App): void {
  app.context.subscriptions.push(
    app.articles.onDidChange((s) => {
      app.decorator.update(s.uri);
      app.sidebar.changed(s.key);
    }),
    app.client.onWorkerEvent((e) => {
      app.workerNotices.report(e);
      app.articles.workerStopped(e);
    }),
    vscode.window.onDidChangeActiveTextEditor((editor) => app.sidebar.follow(editor)),
    vscode.window.onDidChangeVisibleTextEditors((editors) => onVisibleEditors(app, editors)),
    vscode.workspace.onDidChangeTextDocument((e) => onTextChanged(app, e)),
    vscode.workspace.onDidOpenTextDocument((doc) => onOpened(app, doc)),
    vscode.workspace.onDidCloseTextDocument((doc) => onClosed(app, doc)),
    vscode.workspace.onDidChangeConfiguration((e) => onSettingsChanged(app, e)),
    // restricted settings (newsFacts.export.folder) take their workspace values once the workspace is trusted
    vscode.workspace.onDidGrantWorkspaceTrust(() => app.settings.reload()),
  );
}

/** What is shown when the extension starts: the visible articles analysed, the active one followed. */
export function followOpenEditors(app: App): void {
  setContext(CONTEXT_KEYS.decorationsEnabled, app.settings.current.decorations);
  app.articles.ensureVisible();
  app.sidebar.followActive();
}

const isVisible = (doc: vscode.TextDocument): boolean => vscode.window.visibleTextEditors.some((ed) => ed.document === doc);

function onVisibleEditors(app: App, editors: readonly vscode.TextEditor[]): void {
  app.articles.ensureVisible();
  for (const e of editors) app.decorator.apply(e);
}

function onTextChanged(app: App, e: vscode.TextDocumentChangeEvent): void {
  if (e.contentChanges.length === 0) return;
  // schedule() checks that it is an article; hidden documents are looked at when shown (ensure)
  if (isVisible(e.document)) app.articles.schedule(e.document);
}

function onOpened(app: App, doc: vscode.TextDocument): void {
  // a language switch (plaintext ↔ news ↔ other) arrives as close + open
  if (isVisible(doc)) app.sidebar.follow(vscode.window.activeTextEditor);
}

function onClosed(app: App, doc: vscode.TextDocument): void {
  app.articles.drop(doc.uri);
  app.decorator.forget(doc.uri);
  app.sidebar.closed(doc);
}

function onSettingsChanged(app: App, e: vscode.ConfigurationChangeEvent): void {
  if (!e.affectsConfiguration(SECTION)) return;
  if (app.settings.reload()) app.articles.refreshAll();
  app.decorator.update();
  app.sidebar.followActive();
  setContext(CONTEXT_KEYS.decorationsEnabled, app.settings.current.decorations);
}
