import type * as vscode from 'vscode';
import type { Analysis } from '../core';
import type { ArticleStatus } from './articles';
import type { DecorationKey } from './positions';

export interface TreeSnapshot {
  id?: string;
  label: string;
  description?: string;
  command?: vscode.Command;
  children: TreeSnapshot[];
}

/** What `activate` returns: a small surface for the integration tests (and other extensions). */
export interface NewsFactsApi {
  /** Ranges last set per decoration kind on editors of `uri`. */
  getDecorations(uri: vscode.Uri): Record<DecorationKey, vscode.Range[]> | undefined;
  /** The sidebar as the tree view sees it, fully expanded. */
  getTree(): TreeSnapshot[];
  /** Labels of the selected sidebar nodes. */
  getTreeSelection(): string[];
  /** Resolves when no analysis is scheduled or running for the shown articles. */
  whenIdle(): Promise<void>;
  getAnalysis(uri: vscode.Uri): Analysis | undefined;
  getState(uri: vscode.Uri): { status: ArticleStatus; message?: string } | undefined;
  /** How many refreshes the sidebar fired per root ('all' = the whole tree). */
  treeRefreshes(): Record<'MONEY' | 'DATE' | 'ACTOR' | 'all', number>;
  /** Cancels the running analysis of `uri`; false when none is running. */
  cancel(uri: vscode.Uri): boolean;
  counters(): { runs: number; stale: number; inWorker: number; lastApplyMs: number };
  /** The Facts view's nodes for the followed article (computed if the view has not asked yet). */
  getFacts(): FactSnapshot[];
  /** The Facts view's message (why it is empty, how many facts the confidence threshold hides). */
  getFactsMessage(): string | undefined;
  /** How many times facts were computed on the extension host (once per version of an article analysed inline;
   *  never for articles analysed in the worker, unless the worker's facts were lost). */
  factsComputations(): number;
  /** Progress of the running workspace export; undefined when none runs. */
  exportProgress(): { done: number; total: number } | undefined;
  /** Cancels the running workspace export (like its notification's Cancel button); false when none runs. */
  cancelWorkspaceExport(): boolean;
  /** The status bar item's text and tooltip; undefined while hidden. */
  getStatusBar(): { text: string; tooltip: string } | undefined;
  /**
   * Terminates the analysis worker as an outside cause would (the crash path end to end); undefined when no worker
   * runs, else how many analyses it had not answered yet.
   */
  killWorker(): number | undefined;
  /** Workers started and died so far, whether one can still be used, and what the user was told about the deaths
   *  (notifications shown, lines in the output channel). */
  worker(): { starts: number; crashes: number; available: boolean; shown: string[]; logged: string[] };
  /** Acts as in Restricted Mode (true) or as VS Code's trust says (false): can take trust away, never grant it. */
  simulateRestrictedMode(on: boolean): void;
  /** The Restricted Mode notices shown before exports. */
  restrictedModeNotices(): string[];
}

export interface FactSnapshot {
  id?: string;
  label: string;
  description?: string;
  /** Tooltip markdown source. */
  tooltip: string;
  command?: vscode.Command;
  evidence: { start: number; end: number; text: string };
}
