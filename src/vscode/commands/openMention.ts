import * as vscode from 'vscode';

/** The sidebars' click: opens `uri` with [start, end) selected and in view (internal: hidden from the palette). */
export const openMention = () => async (uri: vscode.Uri, start: number, end: number): Promise<void> => {
  const doc = await vscode.workspace.openTextDocument(uri);
  const range = new vscode.Range(doc.positionAt(start), doc.positionAt(end));
  const editor = await vscode.window.showTextDocument(doc, { selection: range, preserveFocus: false });
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
};
