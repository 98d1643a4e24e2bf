/**
 * Registers every command of COMMANDS (src/vscode/ids.ts) with its handler; one file per command in this folder.
 * The handler table is a Record over the command names, so the compiler keeps it complete.
 */
import * as vscode from 'vscode';
import type { App } from '../app';
import { COMMANDS, type CommandName } from '../ids';
import { analyseAnyway } from './analyseAnyway';
import { exportFacts } from './exportFacts';
import { exportWorkspaceFacts } from './exportWorkspaceFacts';
import { filterTypes } from './filterTypes';
import { openMention } from './openMention';
import { refresh } from './refresh';
import { revealInSidebar } from './revealInSidebar';
import { setReferenceDate } from './setReferenceDate';
import { showSidebar } from './showSidebar';
import { toggleDecorations } from './toggleDecorations';

/** A command's handler, given the extension's parts (arguments typed loosely, as registerCommand passes them). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Handler = (app: App) => (...args: any[]) => unknown;

const HANDLERS: Record<CommandName, Handler> = {
  showSidebar,
  refresh,
  toggleDecorations,
  setReferenceDate,
  revealInSidebar,
  filterTypes,
  analyseAnyway,
  openMention,
  exportFacts,
  exportWorkspaceFacts,
};

export function registerCommands(app: App): void {
  for (const name of Object.keys(COMMANDS) as CommandName[])
    app.context.subscriptions.push(vscode.commands.registerCommand(COMMANDS[name], HANDLERS[name](app)));
}
