/**
 * News Facts editor integration: the article service (analysis scheduling), inline decorations, hover, the sidebar
 * views, the status bar item and the commands. Nothing here ever edits a document.
 */
import type * as vscode from 'vscode';
import type { NewsFactsApi } from './api';
import { createApp } from './app';
import { registerCommands } from './commands';
import { registerHover } from './hover';
import { followOpenEditors, registerListeners } from './listeners';
import { createTestApi } from './testApi';

export function activate(context: vscode.ExtensionContext): NewsFactsApi {
  const app = createApp(context);
  registerListeners(app);
  registerCommands(app);
  registerHover(app);
  followOpenEditors(app);
  return createTestApi(app);
}

export function deactivate(): void {
  // everything is disposed through context.subscriptions
}
