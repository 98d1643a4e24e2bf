/** Which article a command acts on: the one named by its argument, else the active or followed article. */
import * as vscode from 'vscode';
import type { App } from '../app';

/** The active editor's article, else the one the sidebar follows; tells the user when there is none. */
export function requireArticle(app: App): vscode.TextDocument | undefined {
  const active = vscode.window.activeTextEditor?.document;
  const doc = active && app.articles.isArticle(active) ? active : app.sidebar.followed;
  if (!doc) void vscode.window.showInformationMessage('News Facts: open a plain-text or .news article first.');
  return doc;
}

/** The open document `arg` names (a Uri or its string, as menus, links and scripts pass), else requireArticle(). */
export function docFor(app: App, arg: unknown): vscode.TextDocument | undefined {
  const key = arg instanceof vscode.Uri ? arg.toString() : typeof arg === 'string' ? arg : undefined;
  if (key) return vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
  return requireArticle(app);
}
