import * as vscode from 'vscode';
import { VIEWS } from '../ids';

/** Status bar click: focuses the sidebar's article view. */
export const showSidebar = () => () => vscode.commands.executeCommand(`${VIEWS.article}.focus`);
