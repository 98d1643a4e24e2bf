/**
 * Which documents are articles, when they are (re-)analysed, and the latest trustworthy result for each.
 * Analyses run debounced, only for documents shown in an editor, inline or in the worker (AnalysisClient);
 * a result for a document version that has changed meanwhile is discarded and the document analysed again.
 */
import * as path from 'node:path';
import { monitorEventLoopDelay, performance, type IntervalHistogram } from 'node:perf_hooks';
import * as vscode from 'vscode';
import {
  binaryTextReason,
  FACTS_EXT,
  type ExcludeMatcher,
  notAnArticleMessage,
  type Analysis,
  type AnalyzedMention,
  type AnalyzeOptions,
  type Fact,
} from '../core';
import { AnalysisClient, type AnalysisJob, type AnalysisResult, CancelledError, type FactsResult } from './analysisClient';
import { aboveLimit, type Config, kb, type Settings, utf8Size, WORKER_THRESHOLD } from './config';
import { indexAnalysisSliced, type MentionIndex, mentionIndex } from './format';
import { ARTICLE_LANGUAGES, type ARTICLE_STATES } from './ids';
import { Slicer } from './slices';
import type { WorkerEvent } from './workerCrashes';

/** 'none' in the context key means no article is followed; an article itself is always in one of the others. */
export type ArticleStatus = Exclude<(typeof ARTICLE_STATES)[number], 'none'>;

export interface ArticleState {
  readonly key: string;
  uri: vscode.Uri;
  status: ArticleStatus;
  /** Human-readable reason for tooLarge/binary/cancelled/error. */
  message?: string;
  analysis?: Analysis;
  index?: MentionIndex;
  /** Per mention i of `analysis.mentions`, [startLine, startChar, endLine, endChar] at 4*i, against `analysedVersion`.
   *  Kept flat (no Range per mention): a 1 MB article has ~60k mentions; see mentionRange(). */
  positions?: Int32Array;
  analysedVersion?: number;
  /** The reference date `analysis` was run with (AnalyzeOptions.referenceDate; null: the engine's own, e.g. the
   *  dateline). A result is current only while this still is what analyzeOptionsFor asks for. */
  analysedRef?: string | null;
  /** The facts of `analysis` once they have arrived (computed once per analysis by the AnalysisClient: inline after
   *  the mentions, or in the worker). The Facts view and the export read them here. */
  facts?: Fact[];
  /** Set while the facts of `analysis` are on their way; cleared when they have arrived (or will not: the job was
   *  cancelled or their extraction failed, and `facts` stays unset). */
  factsReady?: Promise<void>;
  /** Version for which the last run finished (whatever its outcome); cleared when the settings that decide the
   *  outcome change, so the article is looked at again when next shown. */
  checkedVersion?: number;
  /** The user chose "Analyse anyway" above the size limit. */
  force: boolean;
  warnedTooLarge?: boolean;
  timer?: ReturnType<typeof setTimeout>;
  job?: AnalysisJob;
  rerun?: boolean;
}

/** One analysis round of an article: what the gate read from the document, and the options it runs with. */
interface Round {
  doc: vscode.TextDocument;
  s: ArticleState;
  version: number;
  text: string;
  name: string;
  bytes: number;
  options: AnalyzeOptions;
  progressTimer?: ReturnType<typeof setTimeout>;
}

const LANGUAGES: ReadonlySet<string> = new Set(ARTICLE_LANGUAGES);
/** Where articles live; plus the scheme of any workspace folder (a virtual workspace's file system). Not: git
 *  (the old side of a diff), output channels and other views of text that is no article. */
const SCHEMES = new Set(['file', 'untitled', 'vscode-remote', 'vscode-vfs', 'vscode-userdata']);
const isArticleScheme = (scheme: string): boolean =>
  SCHEMES.has(scheme) || (vscode.workspace.workspaceFolders ?? []).some((f) => f.uri.scheme === scheme);
const PROGRESS_AFTER_MS = 300;

export class ArticleService implements vscode.Disposable {
  private readonly states = new Map<string, ArticleState>();
  private readonly changed = new vscode.EventEmitter<ArticleState>();
  /** Fires whenever an article's analysis or status changes. */
  readonly onDidChange = this.changed.event;
  private idleWaiters: Array<() => void> = [];
  /** Counters exposed to tests. lastApplyMs: the longest synchronous block the extension host spent taking the
   *  last result in (receiving, indexing, notifying, decorating: all of it runs in slices); lastLoopDelayMs: the
   *  maximum event-loop delay measured over the last worker cycle (analysis + applying the result). */
  readonly counters = { runs: 0, stale: 0, inWorker: 0, lastApplyMs: 0, lastApplyTotalMs: 0, lastLoopDelayMs: 0, lastFactsReceiveMs: 0 };
  /** Host-side work started for a result (decorating in slices) that whenIdle() must wait for. */
  private hostWork = 0;
  private loopDelay: { h: IntervalHistogram; name: string } | undefined;

  constructor(
    private readonly client: AnalysisClient,
    private readonly settings: Settings,
    private readonly memento: vscode.Memento,
    private readonly log: vscode.OutputChannel,
  ) {}

  private get config(): Config {
    return this.settings.current;
  }

  isArticle(doc: vscode.TextDocument): boolean {
    if (!LANGUAGES.has(doc.languageId) || !isArticleScheme(doc.uri.scheme)) return false;
    // Our own exports (a .facts.csv opens as plain text) are data, not articles.
    if (isOwnOutput(doc.uri.path)) return false;
    return !isExcluded(doc.uri, this.config.excluded);
  }

  get(uri: vscode.Uri): ArticleState | undefined {
    return this.states.get(uri.toString());
  }

  /** Makes sure a shown article is analysed at its current version and reference date. */
  ensure(doc: vscode.TextDocument): void {
    if (!this.isArticle(doc)) {
      this.drop(doc.uri);
      return;
    }
    const s = this.stateFor(doc);
    const refChanged = s.status === 'ready' && s.analysedRef !== this.refFor(doc.uri);
    if ((s.checkedVersion !== doc.version || refChanged) && !s.timer && !s.job) this.schedule(doc, 0);
  }

  /** ensure() for every document shown in an editor (drops what is no article, or no article any more). */
  ensureVisible(): void {
    for (const e of vscode.window.visibleTextEditors) this.ensure(e.document);
  }

  /** Debounced (re-)analysis. */
  schedule(doc: vscode.TextDocument, delay = this.config.debounceMs): void {
    if (!this.isArticle(doc)) return;
    const s = this.stateFor(doc);
    if (s.timer) clearTimeout(s.timer);
    s.timer = setTimeout(() => {
      s.timer = undefined;
      void this.run(doc, s);
    }, delay);
  }

  /**
   * Settings changed or the refresh command: every article is looked at again, the shown ones now and the others
   * (background tabs) when next shown (ensure).
   */
  refreshAll(): void {
    for (const s of this.states.values()) s.checkedVersion = undefined;
    for (const e of vscode.window.visibleTextEditors) {
      if (this.isArticle(e.document)) this.schedule(e.document, 0);
      else this.drop(e.document.uri);
    }
  }

  analyseAnyway(doc: vscode.TextDocument): void {
    const s = this.stateFor(doc);
    s.force = true;
    this.schedule(doc, 0);
  }

  /** Cancels a running analysis (the progress notification's Cancel button does the same). */
  cancel(uri: vscode.Uri): boolean {
    const s = this.states.get(uri.toString());
    if (!s?.job) return false;
    s.job.cancel();
    return true;
  }

  referenceDateOf(uri: vscode.Uri): string | undefined {
    return this.memento.get<string>(refKey(uri));
  }

  async setReferenceDate(doc: vscode.TextDocument, day: string | undefined): Promise<void> {
    await this.memento.update(refKey(doc.uri), day || undefined);
    this.schedule(doc, 0);
  }

  drop(uri: vscode.Uri): void {
    const key = uri.toString();
    const s = this.states.get(key);
    if (!s) return;
    if (s.timer) clearTimeout(s.timer);
    s.job?.cancel();
    this.states.delete(key);
    this.client.forget(key);
    this.notifyIdle();
  }

  /**
   * The analysis worker died (src/vscode/workerCrashes.ts). An article whose analysis was under way shows nothing of
   * its last result until the new one arrives: its highlights, tree and facts are withdrawn and its state says it is
   * being analysed again (the AnalysisClient re-sent the job), or, when the job was not retried, the error its job
   * rejects with (takeFailure).
   */
  workerStopped(e: WorkerEvent): void {
    const rerun = new Set(e.rerun);
    for (const key of [...e.rerun, ...e.failed]) {
      const s = this.states.get(key);
      if (!s?.job) continue; // not an editor article (an export's analysis), or no longer waiting
      withdrawResult(s);
      s.message = rerun.has(key) ? `The analysis worker stopped (${e.why}); analysing ${path.basename(s.uri.path)} again…` : undefined;
      this.changed.fire(s);
    }
  }

  /** Resolves once no analysis is scheduled or running and every shown article is analysed at its version. */
  whenIdle(): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  dispose(): void {
    for (const s of this.states.values()) {
      if (s.timer) clearTimeout(s.timer);
      s.job?.cancel();
    }
    this.states.clear();
    this.changed.dispose();
    this.notifyIdle();
  }

  /**
   * Registers host-side work that follows a result (e.g. decorations applied in slices): whenIdle() waits for it,
   * and its longest slice counts into `counters.lastApplyMs`.
   */
  track(work: Promise<number | void>): void {
    this.hostWork++;
    const done = (longest: number | void) => {
      if (typeof longest === 'number') this.counters.lastApplyMs = Math.max(this.counters.lastApplyMs, longest);
      this.hostWork--;
      this.notifyIdle();
    };
    work.then(done, (e) => {
      this.log.appendLine(`host-side update failed: ${(e as Error)?.stack ?? e}`);
      done();
    });
  }

  private isIdle(): boolean {
    if (this.hostWork > 0) return false;
    for (const s of this.states.values()) if (s.timer || s.job) return false;
    for (const e of vscode.window.visibleTextEditors) {
      const s = this.states.get(e.document.uri.toString());
      if (s && s.checkedVersion !== e.document.version) return false;
    }
    return true;
  }

  private notifyIdle(): void {
    if (this.loopDelay && this.hostWork === 0 && this.isIdle()) this.stopLoopDelay();
    if (!this.idleWaiters.length || !this.isIdle()) return;
    const w = this.idleWaiters;
    this.idleWaiters = [];
    for (const r of w) r();
  }

  private stateFor(doc: vscode.TextDocument): ArticleState {
    const key = doc.uri.toString();
    let s = this.states.get(key);
    if (!s) {
      s = { key, uri: doc.uri, status: 'pending', force: false };
      this.states.set(key, s);
    }
    return s;
  }

  /** Reference-date precedence shared by every analysis of an article: its own date, then the setting, then the
   *  dateline the engine finds. */
  analyzeOptionsFor(uri: vscode.Uri): AnalyzeOptions {
    const day = this.refFor(uri);
    return day ? { referenceDate: day, referenceSource: 'setting' } : {};
  }

  /** The reference date analyses of `uri` are run with (analyzeOptionsFor); null: the engine finds its own. */
  private refFor(uri: vscode.Uri): string | null {
    return this.referenceDateOf(uri) ?? this.config.referenceDate;
  }

  private finish(s: ArticleState, version: number, status: ArticleStatus, message?: string): void {
    s.status = status;
    s.message = message;
    s.checkedVersion = version;
    this.changed.fire(s);
  }

  /** One analysis round: the size/binary gate, the job, then its result and its facts. */
  private async run(doc: vscode.TextDocument, s: ArticleState): Promise<void> {
    if (this.isGone(doc, s)) return this.notifyIdle();
    if (s.job) {
      // A synchronous analysis cannot be interrupted cheaply; let it finish (its result will be stale) and go again.
      s.rerun = true;
      return;
    }
    const round = this.gate(doc, s);
    if (!round) return this.notifyIdle();
    const job = this.startJob(round);
    try {
      await this.takeResult(round, job, await job.promise);
    } catch (e) {
      this.takeFailure(round, e);
    } finally {
      this.endJob(round, job);
    }
  }

  private isGone(doc: vscode.TextDocument, s: ArticleState): boolean {
    return doc.isClosed || this.states.get(s.key) !== s;
  }

  /** Step 1, the size/binary gate: the round to run, or undefined when the article was refused (state finished). */
  private gate(doc: vscode.TextDocument, s: ArticleState): Round | undefined {
    const version = doc.version;
    const text = doc.getText();
    const name = path.basename(doc.uri.path);
    const bytes = utf8Size(text);
    const tooLarge = aboveLimit(bytes, this.config.maxFileSizeKB);
    if (tooLarge && !s.force) {
      const msg = `${name} is ${kb(bytes)} KB, above the News Facts limit of ${this.config.maxFileSizeKB} KB (newsFacts.maxFileSizeKB); it was not analysed.`;
      this.finish(s, version, 'tooLarge', msg);
      this.offerAnalyseAnyway(doc, s, msg);
      return undefined;
    }
    if (!tooLarge) s.warnedTooLarge = false;
    const binary = binaryTextReason(text);
    if (binary) {
      this.finish(s, version, 'binary', `${name} ${notAnArticleMessage(binary)}.`);
      return undefined;
    }
    return { doc, s, version, text, name, bytes, options: this.analyzeOptionsFor(doc.uri) };
  }

  /** Once per article above the limit: a warning with "Analyse anyway" and "Open Settings". */
  private offerAnalyseAnyway(doc: vscode.TextDocument, s: ArticleState, msg: string): void {
    if (s.warnedTooLarge) return;
    s.warnedTooLarge = true;
    void vscode.window.showWarningMessage(msg, 'Analyse anyway', 'Open Settings').then((pick) => {
      if (pick === 'Analyse anyway') this.analyseAnyway(doc);
      else if (pick === 'Open Settings') void vscode.commands.executeCommand('workbench.action.openSettings', 'newsFacts.maxFileSizeKB');
    });
  }

  /** Step 2: the job starts (inline or in the worker); a long worker job gets a cancellable progress notification. */
  private startJob(round: Round): AnalysisJob {
    const { s, text, name, bytes, options } = round;
    this.counters.runs++;
    const job = this.client.analyze(s.key, text, options);
    if (job.inWorker) {
      this.counters.inWorker++;
      this.startLoopDelay(name);
      round.progressTimer = setTimeout(() => this.showProgress(job, name, bytes), PROGRESS_AFTER_MS);
    }
    s.job = job;
    s.status = 'analysing';
    s.message = undefined;
    this.changed.fire(s);
    return job;
  }

  /**
   * Step 3: the result becomes the article's, unless the document was edited meanwhile (then it is discarded and the
   * article analysed again). The main-thread part runs in slices: the grouping index, then the listeners
   * (decorations are applied in slices of their own, registered through track(); the tree builds mention rows
   * lazily). Step 4, the facts, follows (takeFacts).
   */
  private async takeResult(round: Round, job: AnalysisJob, result: AnalysisResult): Promise<void> {
    const { doc, s, version, text, name, options } = round;
    const { analysis, positions, receiveMs, facts } = result;
    const gone = () => this.isGone(doc, s);
    const edited = () => doc.version !== version;
    if (gone()) return;
    if (edited()) return this.discard(s, job); // edited while analysing: these offsets no longer fit the text
    const t0 = performance.now();
    const slicer = new Slicer();
    const index = await indexAnalysisSliced(analysis, slicer, () => gone() || edited(), positions);
    if (gone()) return;
    if (!index || edited()) return this.discard(s, job);
    this.counters.lastApplyMs = 0;
    s.analysis = analysis;
    s.index = index;
    s.positions = positions;
    s.analysedVersion = version;
    s.analysedRef = options.referenceDate ?? null;
    s.facts = undefined;
    s.factsReady = this.takeFacts(s, analysis, facts);
    this.finish(s, version, 'ready'); // listeners: decorations (sliced, tracked) and the tree (lazy)
    this.counters.lastApplyMs = Math.max(this.counters.lastApplyMs, slicer.finish(), receiveMs ?? 0);
    this.counters.lastApplyTotalMs = performance.now() - t0;
    if (text.length >= WORKER_THRESHOLD)
      this.log.appendLine(
        `${name}: ${analysis.mentions.length} mentions, engine ${analysis.stats.ms.toFixed(0)} ms, longest host-side block ${this.counters.lastApplyMs.toFixed(0)} ms (before decorations)`,
      );
  }

  /** A result for an outdated version: dropped (its facts are not wanted either), and the article analysed again. */
  private discard(s: ArticleState, job: AnalysisJob): void {
    this.counters.stale++;
    job.cancel();
    s.rerun = true;
  }

  private takeFailure(round: Round, e: unknown): void {
    const { doc, s, version, name } = round;
    if (this.states.get(s.key) !== s) return;
    if (e instanceof CancelledError) {
      this.finish(s, version, 'cancelled', `Analysis of ${name} was cancelled. Run “News Facts: Refresh” to analyse it again.`);
    } else {
      this.log.appendLine(`analysis of ${doc.uri.toString()} failed: ${(e as Error).stack ?? e}`);
      this.finish(s, version, 'error', `News Facts could not analyse ${name}: ${(e as Error).message}`);
    }
  }

  /** After every round: the job is over; a round asked for meanwhile (edits, a stale result) starts now. */
  private endJob(round: Round, job: AnalysisJob): void {
    const { doc, s } = round;
    if (round.progressTimer) clearTimeout(round.progressTimer);
    if (s.job === job) s.job = undefined;
    if (s.rerun && this.states.get(s.key) === s) {
      s.rerun = false;
      if (!s.timer) this.schedule(doc, 0);
    }
    this.notifyIdle();
  }

  /** Step 4: the facts of `analysis` join `s` when they arrive, if it is still the article's; whenIdle() waits. */
  private takeFacts(s: ArticleState, analysis: Analysis, facts: Promise<FactsResult | undefined>): Promise<void> {
    const ready = facts.then((r) => {
      if (s.analysis !== analysis) return;
      s.facts = r?.facts;
      s.factsReady = undefined;
      if (r?.computedIn !== 'worker') return;
      this.counters.lastFactsReceiveMs = r.receiveMs;
      this.log.appendLine(`${path.basename(s.uri.path)}: ${r.facts.length} facts from the worker, longest host-side block ${r.receiveMs.toFixed(0)} ms`);
    });
    this.track(facts.then((r) => r?.receiveMs));
    return ready;
  }

  /** Samples the host's event-loop delay over a worker cycle (analysis + applying the result), for the log/tests. */
  private startLoopDelay(name: string): void {
    if (this.loopDelay) return; // one window covers overlapping cycles
    const h = monitorEventLoopDelay({ resolution: 5 });
    h.enable();
    this.loopDelay = { h, name };
  }

  private stopLoopDelay(): void {
    const d = this.loopDelay!;
    this.loopDelay = undefined;
    d.h.disable();
    this.counters.lastLoopDelayMs = d.h.max / 1e6;
    this.log.appendLine(
      `${d.name}: host event-loop delay over the cycle: max ${this.counters.lastLoopDelayMs.toFixed(0)} ms, longest host-side block ${this.counters.lastApplyMs.toFixed(0)} ms`,
    );
  }

  private showProgress(job: AnalysisJob, name: string, bytes: number): void {
    void vscode.window.withProgress(
      {
        location: vscode.ProgressLocation.Notification,
        title: `News Facts: analysing ${name} (${kb(bytes)} KB)…`,
        cancellable: true,
      },
      (_progress, token) => {
        token.onCancellationRequested(() => job.cancel());
        return job.promise.then(
          () => undefined,
          () => undefined,
        );
      },
    );
  }
}

/**
 * Whether the views may go on showing the article's last result: while it is current ('ready'), or while a newer one
 * is on its way — unless it was withdrawn (the worker died, see workerStopped). After a failure, a cancel or a refusal
 * they show nothing but why.
 */
export function showsLastResult(s: ArticleState): boolean {
  return s.analysis !== undefined && (s.status === 'ready' || s.status === 'pending' || s.status === 'analysing');
}

/** Forgets the article's last result (its views then show the state's message, or that it is being analysed). */
function withdrawResult(s: ArticleState): void {
  s.analysis = s.index = s.positions = s.facts = s.factsReady = undefined;
  s.analysedVersion = s.analysedRef = undefined;
}

/** Our own facts files (a .facts.csv opens as plain text). */
const isOwnOutput = (p: string): boolean => Object.values(FACTS_EXT).some((ext) => p.toLowerCase().endsWith(ext));
const refKey = (uri: vscode.Uri): string => `newsFacts.referenceDate:${uri.toString()}`;

// newsFacts.exclude, matched as the workspace export and `extract --exclude` match it: against the path relative to
// the article's workspace folder (outside any folder, its whole path).
export function isExcluded(uri: vscode.Uri, excluded: ExcludeMatcher): boolean {
  return excluded(vscode.workspace.asRelativePath(uri, false).replace(/^\/+/, ''));
}

/** Mention i's editor range, from flat positions (see ArticleState.positions). */
export function rangeAt(p: Int32Array, i: number): vscode.Range {
  const j = 4 * i;
  return new vscode.Range(p[j], p[j + 1], p[j + 2], p[j + 3]);
}

/** The editor range of mention `m` of `s.analysis` (valid for `s.analysedVersion`). */
export function mentionRange(s: ArticleState, m: AnalyzedMention): vscode.Range | undefined {
  return s.positions && rangeAt(s.positions, mentionIndex(m.id));
}
