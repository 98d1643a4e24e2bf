import * as vscode from 'vscode';
import type { App } from '../app';
import { mentionAt } from '../format';
import { docFor } from './target';

/**
 * Selects the mention at the cursor (or at `(uri, offset)`, as the hover's link passes) in the sidebar.
 * Resolves to whether a node was revealed.
 */
export const revealInSidebar =
  (app: App) =>
  async (uriArg?: unknown, offsetArg?: unknown): Promise<boolean> => {
    const doc = docFor(app, uriArg);
    if (!doc) return false;
    const s = app.articles.get(doc.uri);
    if (!s?.index) return false;
    const editor = vscode.window.activeTextEditor;
    const offset = typeof offsetArg === 'number' ? offsetArg : editor?.document === doc ? doc.offsetAt(editor.selection.active) : -1;
    const m = offset >= 0 ? mentionAt(s.index, offset) : undefined;
    if (!m) {
      void vscode.window.showInformationMessage('News Facts: the cursor is not on a money, date or actor mention.');
      return false;
    }
    app.sidebar.show(doc);
    const node = app.sidebar.tree.nodeFor(m.id);
    if (!node) {
      void vscode.window.showInformationMessage(`News Facts: ${m.type.toLowerCase()} mentions are hidden in the sidebar (filter or newsFacts.types).`);
      return false;
    }
    await app.sidebar.view.reveal(node, { select: true, focus: true, expand: true });
    return true;
  };
