/**
 * What the integration suites share: the extension's test API, the test workspace, and waiting for the editor to
 * catch up. Not a suite itself (index.ts loads only *.test.js).
 */
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import type { NewsFactsApi } from '../../src/vscode/api';

export const EXT_ID = 'news-facts.news-facts';

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Polls `cond` until it holds or `ms` have passed; returns whether it held. */
export async function until(cond: () => boolean, ms = 5000): Promise<boolean> {
  for (const t0 = Date.now(); !cond(); await sleep(10)) if (Date.now() - t0 > ms) return false;
  return true;
}

/** The extension's test API (activating it), and the test workspace's folder. */
export async function start(): Promise<{ api: NewsFactsApi; folder: vscode.Uri }> {
  const ext = vscode.extensions.getExtension<NewsFactsApi>(EXT_ID);
  assert.ok(ext, 'extension is installed');
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  assert.ok(folder, 'a workspace folder is open');
  return { api: await ext.activate(), folder };
}

/** Lets editor events reach the extension, then waits until it has analysed everything shown. */
export async function settle(api: NewsFactsApi): Promise<void> {
  await sleep(100);
  await api.whenIdle();
}

/** Writes `text` to `rel` in `folder` (folders created). */
export async function writeText(folder: vscode.Uri, rel: string, text: string): Promise<vscode.Uri> {
  const uri = vscode.Uri.joinPath(folder, rel);
  await vscode.workspace.fs.writeFile(uri, Buffer.from(text, 'utf8'));
  return uri;
}

/** Shows `uri` in an editor and waits until it is analysed. */
export async function show(api: NewsFactsApi, uri: vscode.Uri): Promise<vscode.TextEditor> {
  const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
  await settle(api);
  return editor;
}

/** Sets (undefined: removes) a newsFacts setting at `target` and waits until the editor has caught up. */
export async function setNewsFactsSetting(api: NewsFactsApi, key: string, value: unknown, target = vscode.ConfigurationTarget.Workspace): Promise<void> {
  await vscode.workspace.getConfiguration('newsFacts').update(key, value, target);
  await settle(api);
}

/** Keeps edits unsaved whatever the host's default (code-server saves after a delay): call in suiteSetup/suiteTeardown. */
export const autoSaveOff = (off: boolean): Thenable<void> =>
  vscode.workspace.getConfiguration('files').update('autoSave', off ? 'off' : undefined, vscode.ConfigurationTarget.Workspace);
