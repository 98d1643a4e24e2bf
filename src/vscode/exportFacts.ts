/**
 * "Export facts" (the active article) and "Export facts for workspace" (every article): the same facts file the CLI
 * writes (`a.txt` → `a.facts.json` / `a.facts.csv`, shared code in src/core/export), written atomically.
 *
 * What is exported is what the user sees: the editor's text, unsaved edits included. `document.sha256` is then the
 * checksum of that text's UTF-8 bytes; when the document has no unsaved edits and the file on disk decodes to the
 * same text, it is the checksum of the file's bytes (equal to what `news-facts extract` writes for the file).
 * Articles are only ever read: the writer refuses the article's own path.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { buildFactsDocument } from '../core/export/document';
import { FACTS_EXT, serializeFacts, type FactsFileFormat } from '../core/export/format';
import { ARTICLE_FILE, decodeArticle } from '../core/export/read';
import { factsTargetFor, relativeArticlePath, writeFileAtomic } from '../core/export/write';
import type { Fact } from '../core/facts/types';
import type { Analysis } from '../core/model';
import { binaryTextReason, notAnArticleMessage } from '../core/text/input';
import { AnalysisClient, CancelledError, type AnalysisResult } from './analysisClient';
import { isExcluded, type ArticleService } from './articles';
import { aboveLimit, kb, utf8Size, type Config } from './config';
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

const ARTICLE_GLOB = '**/*.{txt,news,TXT,NEWS}';

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
      const protect: string[] = [];
      if (doc.uri.scheme === 'file') {
        target = this.targetFor(doc.uri, format);
        articlePath = relativeArticlePath(doc.uri.fsPath, target);
        protect.push(doc.uri.fsPath);
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
      const bytes = doc.uri.scheme === 'file' && !doc.isDirty ? sameBytes(doc.uri.fsPath, text) : undefined;
      const facts = buildFactsDocument({ path: articlePath, text, analysis: analysed.analysis, facts: analysed.facts, bytes });
      writeFileAtomic(target, serializeFacts(facts, format), { protect });
      const file = vscode.Uri.file(target);
      if (options.open ?? true) {
        await vscode.window.showTextDocument(file, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true, preview: true });
      }
      vscode.window.setStatusBarMessage(`$(check) News Facts: ${facts.facts.length} facts → ${path.basename(target)}`, 5000);
      return { article: doc.uri, file, format, facts: facts.facts.length };
    } catch (e) {
      const msg = e instanceof ExportError ? e.message : `News Facts could not export ${name}: ${(e as Error).message}`;
      if (!(e instanceof ExportError)) this.deps.log.appendLine(`export of ${doc.uri.toString()} failed: ${(e as Error).stack ?? e}`);
      void vscode.window.showErrorMessage(msg.startsWith('News Facts') ? msg : `News Facts: ${msg}`);
      return undefined;
    }
  }

  /** Exports every article of the workspace, one file after the other, with a cancellable progress notification. */
  async exportWorkspace(options: ExportOptions = {}): Promise<WorkspaceExportResult | undefined> {
    if (!vscode.workspace.workspaceFolders?.length) {
      void vscode.window.showInformationMessage('News Facts: open a folder to export the facts of its articles.');
      return undefined;
    }
    if (this.running) {
      void vscode.window.showInformationMessage('News Facts: a workspace export is already running.');
      return undefined;
    }
    const format = options.format ?? (await this.pickFormat());
    if (!format) return undefined;
    const cts = new vscode.CancellationTokenSource();
    this.running = cts;
    try {
      const files = await this.findArticles();
      const result = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: 'News Facts: exporting facts', cancellable: true },
        (progress, token) => {
          token.onCancellationRequested(() => cts.cancel());
          return this.exportAll(files, format, progress, cts.token);
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

  private async exportAll(
    files: vscode.Uri[],
    format: FactsFileFormat,
    progress: vscode.Progress<{ message?: string; increment?: number }>,
    token: vscode.CancellationToken,
  ): Promise<WorkspaceExportResult> {
    const written: ExportedFile[] = [];
    const failed: ExportFailure[] = [];
    const targets = new Map<string, vscode.Uri>();
    const total = files.length;
    this.progressState = { done: 0, total };
    this.deps.log.appendLine(`[export] ${total} article${total === 1 ? '' : 's'} in the workspace, format ${format}`);
    let cancelled = false;
    for (const [i, uri] of files.entries()) {
      if (token.isCancellationRequested) {
        cancelled = true;
        break;
      }
      progress.report({ message: `${i + 1}/${total}: ${vscode.workspace.asRelativePath(uri)}` });
      try {
        const out = await this.exportFile(uri, format, targets, token);
        written.push(out);
      } catch (e) {
        if (e instanceof CancelledError) {
          cancelled = true;
          break;
        }
        const error = (e as Error).message;
        failed.push({ article: uri, error });
        this.deps.log.appendLine(`[export] ${vscode.workspace.asRelativePath(uri)}: ${error}`);
      }
      this.progressState.done = i + 1;
      progress.report({ increment: 100 / total });
      // Let the extension host serve the editor between files (the analysis itself is synchronous).
      await yieldToLoop();
    }
    if (token.isCancellationRequested) cancelled = true;
    const n = written.length;
    let summary = `Exported ${n} article${n === 1 ? '' : 's'}`;
    if (failed.length) summary += `, ${failed.length} failed`;
    if (cancelled) summary += ` — cancelled after ${n + failed.length} of ${total}`;
    else if (total === 0) summary = 'No articles (*.txt, *.news) found in the workspace';
    this.deps.log.appendLine(`[export] ${summary}`);
    return { total, written, failed, cancelled, summary };
  }

  private async exportFile(uri: vscode.Uri, format: FactsFileFormat, targets: Map<string, vscode.Uri>, token: vscode.CancellationToken): Promise<ExportedFile> {
    if (uri.scheme !== 'file') throw new Error(`not stored on disk (${uri.scheme}:)`);
    const target = this.targetFor(uri, format);
    const clash = targets.get(target);
    if (clash) throw new Error(`${vscode.workspace.asRelativePath(clash)} already writes ${path.basename(target)}; set newsFacts.export.folder or rename one`);
    targets.set(target, uri);

    const limitKB = this.deps.config().maxFileSizeKB;
    const checkSize = (size: number) => {
      if (aboveLimit(size, limitKB)) throw new Error(`${kb(size)} KB, above the limit of ${limitKB} KB (newsFacts.maxFileSizeKB)`);
    };
    // An open document exports as shown (unsaved edits included), like the single-article export.
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    let text: string;
    let bytes: Uint8Array | undefined;
    if (open) {
      text = open.getText();
      checkSize(utf8Size(text));
      const binary = binaryTextReason(text);
      if (binary) throw new Error(notAnArticleMessage(binary));
      bytes = open.isDirty ? undefined : sameBytes(uri.fsPath, text);
    } else {
      checkSize((await vscode.workspace.fs.stat(uri)).size);
      bytes = await vscode.workspace.fs.readFile(uri);
      const decoded = decodeArticle(bytes);
      if ('error' in decoded) throw new Error(decoded.error);
      text = decoded.text;
    }

    const key = `export:${uri.toString()}`;
    const job = this.deps.client.analyze(key, text, this.deps.articles.analyzeOptionsFor(uri));
    const sub = token.onCancellationRequested(() => job.cancel());
    let analysed: Analysed;
    try {
      analysed = await withFacts(job.promise);
    } finally {
      sub.dispose();
      this.deps.client.forget(key);
    }
    if (token.isCancellationRequested) throw new CancelledError(); // rather than extract the facts here
    const doc = buildFactsDocument({ path: relativeArticlePath(uri.fsPath, target), text, analysis: analysed.analysis, facts: analysed.facts, bytes });
    writeFileAtomic(target, serializeFacts(doc, format), { protect: [uri.fsPath] });
    return { article: uri, file: vscode.Uri.file(target), format, facts: doc.facts.length };
  }

  /** Articles in every workspace folder: *.txt / *.news, minus newsFacts.exclude, hidden folders and node_modules. */
  private async findArticles(): Promise<vscode.Uri[]> {
    const found = await vscode.workspace.findFiles(ARTICLE_GLOB);
    const exclude = this.deps.config().exclude;
    const seen = new Set<string>();
    const out: vscode.Uri[] = [];
    for (const uri of found) {
      const key = uri.toString();
      if (seen.has(key) || !ARTICLE_FILE.test(uri.path)) continue;
      seen.add(key);
      const rel = vscode.workspace.asRelativePath(uri, false).split('/');
      if (rel.slice(0, -1).some((seg) => seg.startsWith('.') || seg === 'node_modules')) continue;
      if (isExcluded(uri, exclude)) continue;
      out.push(uri);
    }
    return out.sort((a, b) => (a.fsPath < b.fsPath ? -1 : a.fsPath > b.fsPath ? 1 : 0));
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
   * newsFacts.export.folder as a directory: '~' expanded, a relative path taken from `base` (the workspace folder,
   * else the article's folder). Undefined when unset: facts files go next to their articles.
   */
  private resolveExportDir(base: string): string | undefined {
    const setting = this.deps.config().exportFolder;
    if (!setting) return undefined;
    const expanded = setting.replace(/^~(?=$|[\\/])/, os.homedir());
    return path.isAbsolute(expanded) ? expanded : path.join(base, expanded);
  }

  /** Where the facts of a file article go, per newsFacts.export.folder. */
  private targetFor(article: vscode.Uri, format: FactsFileFormat): string {
    const ws = vscode.workspace.getWorkspaceFolder(article) ?? vscode.workspace.workspaceFolders?.[0];
    const root = ws?.uri.scheme === 'file' ? ws.uri.fsPath : undefined;
    const outDir = this.resolveExportDir(root ?? path.dirname(article.fsPath));
    return factsTargetFor(article.fsPath, FACTS_EXT[format], outDir, root);
  }

  /** Where the save dialog for an untitled article starts. */
  private saveDialogFolder(): string {
    const ws = vscode.workspace.workspaceFolders?.find((f) => f.uri.scheme === 'file')?.uri.fsPath;
    return this.resolveExportDir(ws ?? os.homedir()) ?? ws ?? os.homedir();
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

/** An analysis and, when the worker computed them, its facts (else buildFactsDocument extracts them). */
interface Analysed {
  analysis: Analysis;
  facts?: Fact[];
}

async function withFacts(result: Promise<AnalysisResult>): Promise<Analysed> {
  const r = await result;
  return { analysis: r.analysis, facts: (await r.facts)?.facts };
}

/** The article's bytes on disk when they decode to exactly `text` (so the checksum is the file's); else undefined. */
function sameBytes(file: string, text: string): Uint8Array | undefined {
  try {
    const bytes = fs.readFileSync(file);
    const decoded = decodeArticle(bytes);
    return 'text' in decoded && decoded.text === text ? bytes : undefined;
  } catch {
    return undefined;
  }
}

function displayName(doc: vscode.TextDocument): string {
  return doc.isUntitled ? doc.uri.path : path.basename(doc.uri.path);
}

function sanitize(name: string): string {
  return name.replace(/[\\/:*?"<>|]/g, '_');
}
