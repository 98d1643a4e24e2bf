/**
 * The extension's long-lived parts, created once by activate(): listeners, commands, the hover and the test API all
 * work on this one object.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { onExtractorFailure } from '../core';
import { AnalysisClient } from './analysisClient';
import { ArticleService } from './articles';
import { Settings, WORKER_THRESHOLD } from './config';
import { Decorator } from './decorations';
import { FactsExporter } from './exportFacts';
import { Sidebar } from './sidebar';
import { WorkspaceTrust } from './trust';
import { WorkerNotices } from './workerNotices';

export interface App {
  readonly context: vscode.ExtensionContext;
  readonly log: vscode.OutputChannel;
  readonly settings: Settings;
  /** Runs analyses (inline or in the worker) and their facts. */
  readonly client: AnalysisClient;
  /** Which documents are articles, when they are analysed, and their latest result. */
  readonly articles: ArticleService;
  readonly decorator: Decorator;
  readonly sidebar: Sidebar;
  readonly exporter: FactsExporter;
  /** Restricted Mode: what exports may do there (src/vscode/trust.ts). */
  readonly trust: WorkspaceTrust;
  /** What the user is told when the analysis worker dies. */
  readonly workerNotices: WorkerNotices;
}

/** Creates the parts; each is disposed with the extension. */
export function createApp(context: vscode.ExtensionContext): App {
  const log = vscode.window.createOutputChannel('News Facts');
  onExtractorFailure((err) => log.appendLine(`extractor failed: ${(err as Error)?.stack ?? err}`));
  const settings = new Settings();
  const client = new AnalysisClient({
    workerPath: path.join(context.extensionPath, 'dist', 'worker.js'),
    workerThreshold: WORKER_THRESHOLD,
    log: (m) => log.appendLine(m),
  });
  const articles = new ArticleService(client, settings, context.workspaceState, log);
  const decorator = new Decorator(articles, () => settings.current.decorations, () => settings.current.types);
  const sidebar = new Sidebar(articles, settings);
  const trust = new WorkspaceTrust(() => vscode.workspace.isTrusted);
  // In Restricted Mode the exporter sees no export folder: facts files go next to their articles.
  const exporter = new FactsExporter({ client, articles, config: () => trust.exportConfig(settings.current), log });
  const workerNotices = new WorkerNotices(log);
  context.subscriptions.push(log, client, articles, decorator, sidebar, exporter);
  return { context, log, settings, client, articles, decorator, sidebar, exporter, trust, workerNotices };
}
