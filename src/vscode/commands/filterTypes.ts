import * as vscode from 'vscode';
import type { MentionType } from '../../core';
import type { App } from '../app';
import { ALL_TYPES } from '../config';

const LABELS: Record<MentionType, string> = { MONEY: 'Money', DATE: 'Dates', ACTOR: 'Actors' };

/** Which mention types the sidebar lists (view state only; newsFacts.types governs everything). */
export const filterTypes = (app: App) => async (): Promise<void> => {
  const picks = await vscode.window.showQuickPick(
    ALL_TYPES.map((t) => ({ label: LABELS[t], type: t, picked: app.sidebar.shownTypes.has(t) })),
    { canPickMany: true, title: 'News Facts: show in the sidebar' },
  );
  if (picks) app.sidebar.setFilter(picks.map((p) => p.type));
};
