import * as vscode from 'vscode';
import type { App } from '../app';
import { SECTION } from '../config';

/** Flips newsFacts.decorations.enabled where its effective value comes from (a workspace value would else win). */
export const toggleDecorations = (app: App) => async (): Promise<void> => {
  const c = vscode.workspace.getConfiguration(SECTION);
  const i = c.inspect<boolean>('decorations.enabled');
  const target = i?.workspaceValue !== undefined ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  await c.update('decorations.enabled', !app.settings.current.decorations, target);
};
