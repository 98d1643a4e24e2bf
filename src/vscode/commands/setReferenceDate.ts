import * as path from 'node:path';
import * as vscode from 'vscode';
import { isIsoDay } from '../../core';
import type { App } from '../app';
import { docFor } from './target';

/** The day an article's relative dates are resolved against: `(uri, day)` from scripts, else asked for. */
export const setReferenceDate =
  (app: App) =>
  async (uriArg?: unknown, dayArg?: unknown): Promise<void> => {
    const doc = docFor(app, uriArg);
    if (!doc) return;
    const day = typeof dayArg === 'string' ? dayArg : await askDay(app, doc);
    if (day === undefined) return; // dismissed
    const trimmed = day.trim();
    if (trimmed !== '' && !isIsoDay(trimmed)) {
      void vscode.window.showErrorMessage(`News Facts: “${trimmed}” is not a calendar day (YYYY-MM-DD).`);
      return;
    }
    await app.articles.setReferenceDate(doc, trimmed || undefined);
  };

function askDay(app: App, doc: vscode.TextDocument): Thenable<string | undefined> {
  const current = app.articles.referenceDateOf(doc.uri) ?? '';
  const detected = app.articles.get(doc.uri)?.analysis?.referenceDate;
  return vscode.window.showInputBox({
    title: `Reference date for ${path.basename(doc.uri.path)}`,
    prompt: `Relative dates ("last Tuesday", "next year") are resolved against this day. Leave empty to use the dateline${detected?.value ? ` (currently ${detected.value}, from ${detected.source})` : ''}.`,
    placeHolder: 'YYYY-MM-DD',
    value: current,
    validateInput: (v) => (v.trim() === '' || isIsoDay(v.trim()) ? undefined : 'A calendar day as YYYY-MM-DD, e.g. 2025-04-04'),
  });
}
