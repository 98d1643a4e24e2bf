/**
 * "Export facts" (the active article) and "Export facts for workspace" (every article): the same facts file the CLI
 * writes (`a.txt` → `a.facts.json` / `a.facts.csv`), written atomically. The workspace export is the CLI's batch
 * export (src/node/batch-export) with the editor's text, analysis worker, size limit and progress plugged in.
 *
 * What is exported is what the user sees: the editor's text, unsaved edits included. `document.sha256` is then the
 * checksum of that text's UTF-8 bytes; when the document has no unsaved edits and the file on disk decodes to the
 * same text, it is the checksum of the file's bytes (equal to what `news-facts extract` writes for the file).
 * Articles are only ever read: the writers refuse any article of the export (and a symbolic link to one), and
 * newsFacts.export.folder only leads outside the workspace folder when the user's own settings say so
 * (src/node/export-folder). CSV cells a spreadsheet would run as formulas are neutralised unless
 * newsFacts.export.csvFormulas (user settings only) is "keep".
 */
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  ARTICLE_FILE,
  binaryTextReason,
  buildFactsDocument,
  excludeMatcher,
  FACTS_EXT,
  notAnArticleMessage,
  serializeFacts,
  type CsvFormulas,
  type FactsFileFormat,
} from '../core';
import { OutputError, writeFileAtomic } from '../node/atomic-file';
import { collectArticles, exportBatch, SUMMARY, type Analysed, type Article } from '../node/batch-export';
import { resolveExportFolder, type SettingSource } from '../node/export-folder';
import { factsTargetFor, relativeArticlePath } from '../node/facts-paths';
import { savedBytes } from '../node/read-article';
import { ReadFiles } from '../node/read-files';
import { factsFilesSink } from '../node/sinks';
import { AnalysisClient, CancelledError, type AnalysisResult } from './analysisClient';
import type { ArticleService } from './articles';
import { aboveLimit, kb, type Config } from './config';
import { yieldToLoop } from './slices';

export interface ExportedFile {
  article: vscode.Uri;
  file: vscode.Uri;
  format: FactsFileFormat;
  facts: number;
}

export interface ExportFailure {
  article: vscode.Uri;
  error: string;
}

export interface WorkspaceExportResult {
  /** Articles found (after newsFacts.exclude). */
  total: number;
  written: ExportedFile[];
  failed: ExportFailure[];
  cancelled: boolean;
  /** Symbolic links in the workspace folders that were not followed (listed in the output channel). */
  symlinksSkipped: number;
  /** The summary shown to the user. */
  summary: string;
}

export interface ExportOptions {
  /** Overrides newsFacts.export.format (tests, other extensions). */
  format?: FactsFileFormat;
  /** Open the written file beside the article (default true for the single export). */
  open?: boolean;
}

export interface ExportDeps {
  client: AnalysisClient;
  articles: ArticleService;
  config: () => Config;
  log: vscode.OutputChannel;
}

class ExportError extends Error {}

/**
 * The options part of a command's arguments. Menus pass their own context there (editor/title: `{ groupId }`,
 * explorer/context: the selected URIs), so only the known fields are taken.
 */
export function asExportOptions(arg: unknown): ExportOptions {
  if (!arg || typeof arg !== 'object' || Array.isArray(arg) || arg instanceof vscode.Uri) return {};
  const { format, open } = arg as Record<string, unknown>;
  return {
    ...(format === 'json' || format === 'csv' ? { format } : {}),
    ...(typeof open === 'boolean' ? { open } : {}),
  };
}

export class FactsExporter implements vscode.Disposable {
  private running: vscode.CancellationTokenSource | undefined;
  private progressState: { done: number; total: number } | undefined;

  constructor(private readonly deps: ExportDeps) {}

  /** Progress of the running workspace export (done = articles handled so far). */
  get progress(): { done: number; total: number } | undefined {
    return this.progressState && { ...this.progressState };
  }

  /** Cancels the running workspace export, as its notification's Cancel button does; false when none runs. */
  cancelWorkspaceExport(): boolean {
    if (!this.running) return false;
    this.running.cancel();
    return true;
  }

  dispose(): void {
    this.running?.cancel();
  }

  /** Exports one open article; returns undefined when the user dismissed a prompt or the export failed (told). */
  async exportDocument(doc: vscode.TextDocument, options: ExportOptions = {}): Promise<ExportedFile | undefined> {
    const name = displayName(doc);
    try {
      const format = options.format ?? (await this.pickFormat());
      if (!format) return undefined;
      const text = doc.getText();
      const version = doc.version;
      const binary = binaryTextReason(text);
      if (binary) throw new ExportError(`${name} ${notAnArticleMessage(binary, 'exported')}.`);

      let target: string;
      let articlePath: string;
      // the article, and every article open in the editor (a save dialog may point at one)
      const guard = new ReadFiles(openArticleFiles());
      if (doc.uri.scheme === 'file') {
        target = this.targetFor(doc.uri, format);
        articlePath = relativeArticlePath(doc.uri.fsPath, target);
        guard.add(doc.uri.fsPath);
      } else if (doc.isUntitled) {
        const picked = await vscode.window.showSaveDialog({
          title: `Export facts of ${name}`,
          saveLabel: 'Export',
          defaultUri: vscode.Uri.file(path.join(this.saveDialogFolder(), `${sanitize(name)}${FACTS_EXT[format]}`)),
          filters: format === 'json' ? { 'Facts (JSON)': ['json'] } : { 'Facts (CSV)': ['csv'] },
        });
        if (!picked) return undefined;
        if (picked.scheme !== 'file') throw new ExportError('News Facts can only write facts files to a folder on disk.');
        target = picked.fsPath;
        articlePath = name; // there is no file to point to; the facts still carry the text in their evidence
      } else {
        throw new ExportError(`${name} is not stored on disk (${doc.uri.scheme}:); save it as a file first, then export.`);
      }

      const analysed = await this.analysisFor(doc, text, version, name);
      if (!analysed) return undefined; // cancelled
      const bytes = doc.uri.scheme === 'file' && !doc.isDirty ? savedBytes(doc.uri.fsPath, text) : undefined;
      const facts = buildFactsDocument({ path: articlePath, text, analysis: analysed.analysis, facts: analysed.facts, bytes });
      writeFileAtomic(target, serializeFacts(facts, format, { formulas: csvFormulas() }), { guard });
      const file = vscode.Uri.file(target);
      if (options.open ?? true) {
        await vscode.window.showTextDocument(file, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true, preview: true });
      }
      vscode.window.setStatusBarMessage(`$(check) News Facts: ${facts.facts.length} facts → ${path.basename(target)}`, 5000);
      return { article: doc.uri, file, format, facts: facts.facts.length };
    } catch (e) {
      const msg = e instanceof ExportError ? e.message : `News Facts could not export ${name}: ${(e as Error).message}`;
      if (!(e instanceof ExportError || e instanceof OutputError)) this.deps.log.appendLine(`export of ${doc.uri.toString()} failed: ${(e as Error).stack ?? e}`);
      void vscode.window.showErrorMessage(msg.startsWith('News Facts') ? msg : `News Facts: ${msg}`);
      return undefined;
    }
  }

  /** Exports every article of the workspace, one file after the other, with a cancellable progress notification. */
  async exportWorkspace(options: ExportOptions = {}): Promise<WorkspaceExportResult | undefined> {
    const folders = vscode.workspace.workspaceFolders;
    if (!folders?.length) {
      void vscode.window.showInformationMessage('News Facts: open a folder to export the facts of its articles.');
      return undefined;
    }
    if (this.running) {
      void vscode.window.showInformationMessage('News Facts: a workspace export is already running.');
      return undefined;
    }
    const format = options.format ?? (await this.pickFormat());
    if (!format) return undefined;
    // A refused newsFacts.export.folder refuses the whole export, once, before anything is written.
    try {
      for (const f of folders) if (f.uri.scheme === 'file') this.exportDir(f.uri.fsPath, f.uri);
    } catch (e) {
      if (!(e instanceof ExportError)) throw e;
      this.deps.log.appendLine(`[export] ${e.message}`);
      void vscode.window.showErrorMessage(`News Facts: ${e.message}`);
      return undefined;
    }
    const cts = new vscode.CancellationTokenSource();
    this.running = cts;
    try {
      const found = await this.findArticles(folders);
      const result = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: 'News Facts: exporting facts', cancellable: true },
        (progress, token) => {
          token.onCancellationRequested(() => cts.cancel());
          return this.exportAll(found, format, progress, cts.token);
        },
      );
      this.report(result);
      return result;
    } finally {
      cts.dispose();
      this.running = undefined;
      this.progressState = undefined;
    }
  }

  /** The shared batch export (src/node/batch-export) with the editor's text, worker, size limit and progress. */
  private async exportAll(
    found: FoundArticles,
    format: FactsFileFormat,
    progress: vscode.Progress<{ message?: string; increment?: number }>,
    token: vscode.CancellationToken,
  ): Promise<WorkspaceExportResult> {
    const written: ExportedFile[] = [];
    const failed: ExportFailure[] = [...found.failed];
    const total = found.articles.length;
    const progressState = (this.progressState = { done: 0, total });
    this.deps.log.appendLine(`[export] ${total} article${total === 1 ? '' : 's'} in the workspace, format ${format}`);
    for (const f of found.failed) this.deps.log.appendLine(`[export] ${f.article.toString()}: ${f.error}`);
    const rel = (file: string) => vscode.workspace.asRelativePath(vscode.Uri.file(file));
    for (const link of found.symlinks) this.deps.log.appendLine(`[export] ${rel(link)}: symbolic link, not followed`);
    const guard = new ReadFiles([...found.articles.map((a) => a.file), ...openArticleFiles()]);
    const sink = factsFilesSink(format, (a) => this.targetFor(vscode.Uri.file(a.file), format), { guard, csv: { formulas: csvFormulas() } });
    const result = await exportBatch(found.articles, sink, {
      analyse: (text, a) => this.analyseForBatch(vscode.Uri.file(a.file), text, token),
      // An open document exports as shown (unsaved edits included), like the single-article export.
      openText: (file) => {
        const key = vscode.Uri.file(file).toString();
        const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
        return doc && { text: doc.getText(), dirty: doc.isDirty };
      },
      tooLarge: (bytes) => {
        const limitKB = this.deps.config().maxFileSizeKB;
        return aboveLimit(bytes, limitKB) ? `${kb(bytes)} KB, above the limit of ${limitKB} KB (newsFacts.maxFileSizeKB)` : undefined;
      },
      clash: (target, earlier) => `${rel(earlier.file)} already writes ${path.basename(target)}; set newsFacts.export.folder or rename one`,
      failed: (file, error) => {
        failed.push({ article: vscode.Uri.file(file), error });
        this.deps.log.appendLine(`[export] ${rel(file)}: ${error}`);
      },
      written: (a, target, facts) => written.push({ article: vscode.Uri.file(a.file), file: vscode.Uri.file(target!), format, facts }),
      cancelled: () => token.isCancellationRequested,
      starting: (a, i) => progress.report({ message: `${i + 1}/${total}: ${rel(a.file)}` }),
      finished: async (done) => {
        progressState.done = done;
        progress.report({ increment: 100 / total });
        // Let the extension host serve the editor between files (an inline analysis is synchronous).
        await yieldToLoop();
      },
    });
    const summary = SUMMARY.editor({ ...result, failed: failed.length, symlinks: found.symlinks.length });
    this.deps.log.appendLine(`[export] ${summary}`);
    return { total, written, failed, cancelled: result.cancelled, symlinksSkipped: found.symlinks.length, summary };
  }

  /** One article's analysis for the batch, in the worker when it is big; stopped when the export is cancelled. */
  private async analyseForBatch(uri: vscode.Uri, text: string, token: vscode.CancellationToken): Promise<Analysed> {
    const key = `export:${uri.toString()}`;
    const job = this.deps.client.analyze(key, text, this.deps.articles.analyzeOptionsFor(uri));
    const sub = token.onCancellationRequested(() => job.cancel());
    try {
      return await withFacts(job.promise);
    } finally {
      sub.dispose();
      this.deps.client.forget(key);
    }
  }

  /**
   * Articles in every workspace folder: *.txt / *.news, minus newsFacts.exclude and files.exclude (matched relative to
   * the folder), hidden folders and node_modules. A folder that is not on disk cannot be searched: it is a failure.
   */
  private async findArticles(folders: readonly vscode.WorkspaceFolder[]): Promise<FoundArticles> {
    const found: FoundArticles = { articles: [], failed: [], symlinks: [] };
    const seen = new Set<string>(); // a folder may lie inside another one
    for (const folder of folders) {
      if (folder.uri.scheme !== 'file') {
        found.failed.push({ article: folder.uri, error: `not stored on disk (${folder.uri.scheme}:)` });
        continue;
      }
      const excluded = excludeMatcher([...this.deps.config().exclude, ...filesExcludeGlobs(folder)]);
      const { articles, symlinks } = await collectArticles([folder.uri.fsPath], excluded, {
        failed: (dir, error) => found.failed.push({ article: vscode.Uri.file(dir), error }),
      });
      found.symlinks.push(...symlinks.filter((l) => !found.symlinks.includes(l)));
      for (const a of articles) {
        if (seen.has(a.file)) continue;
        seen.add(a.file);
        found.articles.push(a);
      }
    }
    return found;
  }

  /**
   * The article's latest analysis when it was run on this version with the reference date wanted now, with the facts
   * the worker computed for it (big articles); else a fresh analysis (worker for big texts, facts included).
   */
  private async analysisFor(doc: vscode.TextDocument, text: string, version: number, name: string): Promise<Analysed | undefined> {
    const options = this.deps.articles.analyzeOptionsFor(doc.uri);
    const s = this.deps.articles.get(doc.uri);
    const a = s?.status === 'ready' && s.analysedVersion === version && s.analysedRef === (options.referenceDate ?? null) ? s.analysis : undefined;
    if (s && a) {
      if (s.factsReady) await s.factsReady; // on their way from the worker
      return { analysis: a, facts: s.analysis === a ? s.facts : undefined };
    }

    const key = `export:${doc.uri.toString()}`;
    const job = this.deps.client.analyze(key, text, options);
    try {
      if (!job.inWorker) return await withFacts(job.promise);
      return await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: `News Facts: analysing ${name} for export…`, cancellable: true },
        async (_p, token) => {
          token.onCancellationRequested(() => job.cancel());
          const r = await withFacts(job.promise);
          if (token.isCancellationRequested) throw new CancelledError();
          return r;
        },
      );
    } catch (e) {
      if (e instanceof CancelledError) return undefined;
      throw e;
    } finally {
      this.deps.client.forget(key);
    }
  }

  private async pickFormat(): Promise<FactsFileFormat | undefined> {
    const f = this.deps.config().exportFormat;
    if (f !== 'ask') return f;
    const pick = await vscode.window.showQuickPick(
      [
        { label: 'JSON', description: '.facts.json — mentions, entities and facts with provenance', format: 'json' as const },
        { label: 'CSV', description: '.facts.csv — one row per fact, for spreadsheets', format: 'csv' as const },
      ],
      { title: 'News Facts: export format', placeHolder: 'Set newsFacts.export.format to skip this question' },
    );
    return pick?.format;
  }

  /**
   * newsFacts.export.folder for the workspace folder `base` (src/node/export-folder): undefined when unset (facts
   * files go next to their articles); throws an ExportError when the value is refused. `scope` picks the settings.
   */
  private exportDir(base: string, scope: vscode.Uri): string | undefined {
    // The settings the exporter is given decide whether a folder applies at all (none in Restricted Mode, trust.ts);
    // where the value comes from decides whether it may be used.
    if (!this.deps.config().exportFolder) return undefined;
    const { value, source } = exportFolderSetting(scope);
    const r = resolveExportFolder(value, source, base);
    if (r.error) throw new ExportError(r.error);
    return r.dir;
  }

  /** Where the facts of a file article go, per newsFacts.export.folder. */
  private targetFor(article: vscode.Uri, format: FactsFileFormat): string {
    const ws = vscode.workspace.getWorkspaceFolder(article) ?? vscode.workspace.workspaceFolders?.[0];
    const root = ws?.uri.scheme === 'file' ? ws.uri.fsPath : undefined;
    const outDir = this.exportDir(root ?? path.dirname(article.fsPath), ws?.uri ?? article);
    return factsTargetFor(article.fsPath, FACTS_EXT[format], outDir, root);
  }

  /** Where the save dialog for an untitled article starts (the user picks the file there). */
  private saveDialogFolder(): string {
    const ws = vscode.workspace.workspaceFolders?.find((f) => f.uri.scheme === 'file');
    const base = ws?.uri.fsPath ?? os.homedir();
    try {
      return this.exportDir(base, ws?.uri ?? vscode.Uri.file(base)) ?? base;
    } catch {
      return base;
    }
  }

  private report(r: WorkspaceExportResult): void {
    const actions = r.failed.length ? ['Show errors'] : [];
    const text = `News Facts: ${r.summary}.`;
    const shown = r.failed.length || r.cancelled ? vscode.window.showWarningMessage(text, ...actions) : vscode.window.showInformationMessage(text, ...actions);
    void shown.then((pick) => {
      if (pick === 'Show errors') this.deps.log.show(true);
    });
  }
}

/** The articles a workspace export goes through, the folders it could not search, the links it did not follow. */
interface FoundArticles {
  articles: Article[];
  failed: ExportFailure[];
  symlinks: string[];
}

/** newsFacts.export.folder and the settings it comes from (the most specific one that sets it, as VS Code applies them). */
function exportFolderSetting(scope: vscode.Uri): { value: string; source: SettingSource } {
  const info = vscode.workspace.getConfiguration('newsFacts', scope).inspect<unknown>('export.folder');
  const layers: Array<[unknown, SettingSource]> = [
    [info?.workspaceFolderValue, 'folder'],
    [info?.workspaceValue, 'workspace'],
    [info?.globalValue, 'user'],
  ];
  for (const [value, source] of layers) if (value !== undefined) return { value: typeof value === 'string' ? value : '', source };
  return { value: '', source: 'default' };
}

/**
 * newsFacts.export.csvFormulas: only the user's own settings can turn the guard off (the setting has application
 * scope, and a workspace value is not even looked at here).
 */
function csvFormulas(): CsvFormulas {
  return vscode.workspace.getConfiguration('newsFacts').inspect<unknown>('export.csvFormulas')?.globalValue === 'keep' ? 'keep' : 'neutralise';
}

/** Files of the articles open in the editor: no export writes over one. */
function openArticleFiles(): string[] {
  return vscode.workspace.textDocuments.filter((d) => d.uri.scheme === 'file' && ARTICLE_FILE.test(d.uri.fsPath)).map((d) => d.uri.fsPath);
}

/** The globs `files.exclude` hides in `folder` (the export leaves out what the explorer does not show). */
function filesExcludeGlobs(folder: vscode.WorkspaceFolder): string[] {
  const setting = vscode.workspace.getConfiguration('files', folder.uri).get<Record<string, unknown>>('exclude', {});
  return Object.entries(setting ?? {})
    .filter(([, on]) => on === true)
    .map(([glob]) => glob);
}

async function withFacts(result: Promise<AnalysisResult>): Promise<Analysed> {
  const r = await result;
  return { analysis: r.analysis, facts: (await r.facts)?.facts };
}

function displayName(doc: vscode.TextDocument): string {
  return doc.isUntitled ? doc.uri.path : path.basename(doc.uri.path);
}

function sanitize(name: string): string {
  return name.replace(/[\\/:*?"<>|]/g, '_');
}
