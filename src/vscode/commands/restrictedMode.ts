import * as vscode from 'vscode';
import type { App } from '../app';
import { SECTION } from '../config';

/** Before an export in Restricted Mode: says once that newsFacts.export.folder is not used (src/vscode/trust.ts). */
export function noteRestrictedExport(app: App): void {
  if (app.trust.trusted) return;
  const i = vscode.workspace.getConfiguration(SECTION).inspect<string>('export.folder');
  const set = [i?.workspaceFolderValue, i?.workspaceValue, i?.globalValue].find((v) => typeof v === 'string' && v.trim() !== '');
  const msg = app.trust.exportNotice(set);
  if (!msg) return;
  void vscode.window.showInformationMessage(msg, 'Manage Workspace Trust').then((pick) => {
    if (pick) void vscode.commands.executeCommand('workbench.trust.manage');
  });
}
