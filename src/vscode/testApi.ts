/** The small surface activate() returns (NewsFactsApi): what the integration tests read back from the editor. */
import type * as vscode from 'vscode';
import type { NewsFactsApi, TreeSnapshot } from './api';
import type { App } from './app';
import type { Node } from './tree';

/** A tree item's label or description as plain text. */
const labelText = (l: string | vscode.TreeItemLabel | undefined): string => (typeof l === 'string' ? l : (l?.label ?? ''));

export function createTestApi(app: App): NewsFactsApi {
  const { articles, decorator, sidebar, exporter, client, workerNotices, trust } = app;
  const { tree, view, factsList } = sidebar;

  const snapshot = (node?: Node): TreeSnapshot[] =>
    tree.getChildren(node).map((child) => {
      const item = tree.getTreeItem(child);
      return {
        id: item.id,
        label: labelText(item.label),
        description: typeof item.description === 'string' ? item.description : undefined,
        command: item.command,
        children: snapshot(child),
      };
    });

  return {
    getDecorations: (uri) => decorator.getApplied(uri),
    getTree: () => snapshot(),
    getTreeSelection: () => view.selection.map((n) => labelText(tree.getTreeItem(n).label)),
    whenIdle: () => articles.whenIdle(),
    getAnalysis: (uri) => articles.get(uri)?.analysis,
    getState: (uri) => {
      const s = articles.get(uri);
      return s && { status: s.status, message: s.message };
    },
    treeRefreshes: () => ({ ...tree.refreshes }),
    counters: () => ({ ...articles.counters }),
    cancel: (uri) => articles.cancel(uri),
    getFacts: () =>
      factsList.getChildren().map((n) => {
        const item = factsList.getTreeItem(n);
        const tip = item.tooltip;
        return {
          id: item.id,
          label: labelText(item.label),
          description: typeof item.description === 'string' ? item.description : undefined,
          tooltip: typeof tip === 'string' ? tip : (tip?.value ?? ''),
          command: item.command,
          evidence: { start: n.fact.evidence.start, end: n.fact.evidence.end, text: n.fact.evidence.text },
        };
      }),
    getFactsMessage: () => sidebar.factsView.message,
    factsComputations: () => client.counters.hostFacts,
    exportProgress: () => exporter.progress,
    cancelWorkspaceExport: () => exporter.cancelWorkspaceExport(),
    getStatusBar: () => sidebar.status.shown,
    killWorker: () => client.killWorker(),
    worker: () => ({
      starts: client.counters.workerStarts,
      crashes: client.counters.workerCrashes,
      available: client.workerAvailable,
      shown: [...workerNotices.shown],
      logged: [...workerNotices.logged],
    }),
    simulateRestrictedMode: (on) => trust.simulateRestrictedMode(on),
    restrictedModeNotices: () => [...trust.notices],
  };
}
