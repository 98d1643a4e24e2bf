import * as vscode from 'vscode';
import type { App } from '../app';
import { asExportOptions, type ExportedFile } from '../exportFacts';
import { noteRestrictedExport } from './restrictedMode';
import { docFor } from './target';

/** Writes the facts file of one article: `(uri?, options?)`, from menus, the explorer or a script. */
export const exportFacts =
  (app: App) =>
  async (uriArg?: unknown, options?: unknown): Promise<ExportedFile | undefined> => {
    // from the explorer or a script the article may not be open yet
    let doc = docFor(app, uriArg);
    if (!doc && uriArg instanceof vscode.Uri) doc = await vscode.workspace.openTextDocument(uriArg);
    if (!doc) return undefined;
    noteRestrictedExport(app);
    return app.exporter.exportDocument(doc, asExportOptions(options));
  };
