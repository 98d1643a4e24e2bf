/**
 * Runs analyses inline (small texts) or in a worker_threads Worker (big texts), behind one interface: either way a
 * job yields `{ analysis, positions, facts }`, both stages run by core's DocumentAnalyzer, the facts once per analysis.
 * A worker that dies is replaced and its jobs re-sent, within a restart budget (workerCrashes.ts; onWorkerEvent).
 * Pure: no `vscode` import (the editor benchmark and the unit tests drive this same module from plain Node).
 */
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { DocumentAnalyzer, factsOf, type Analysis, type AnalyzeOptions, type Fact } from '../core';
import { mentionPositions } from './positions';
import type { PackedAnalysis, WorkerRequest, WorkerResponse } from './protocol';
import { Slicer, yieldToLoop } from './slices';
import { RestartBudget, RETRIES_PER_JOB, WorkerCrashedError, type RestartLimit, type WorkerEvent } from './workerCrashes';

/** An analysis plus, per mention i, [startLine, startChar, endLine, endChar] at 4*i in `positions`. */
export interface AnalysisResult {
  analysis: Analysis;
  positions: Int32Array;
  /** Longest synchronous block the host spent receiving the result (unpacking a worker result, in slices). */
  receiveMs?: number;
  /**
   * The facts read from `analysis`, computed once and after it (the editor takes the mentions in first): inline a
   * macrotask later, in the worker right after the analysis (then unpacked here in slices). Facts the worker does not
   * deliver (it stopped or was restarted, or its extraction failed) are computed here from `analysis` with core's
   * factsOf. Never rejects: undefined when the job was cancelled or the client disposed (nobody waits for them any
   * more), or when the extraction itself failed (logged).
   */
  facts: Promise<FactsResult | undefined>;
}

/** A result before its facts: what the analysis stage delivers. */
export type ReceivedAnalysis = Omit<AnalysisResult, 'facts'>;

export interface FactsResult {
  facts: Fact[];
  /** Longest synchronous block this thread spent on them: unpacking the worker's, or computing them here. */
  receiveMs: number;
  /** 'host': computed on this thread (inline analyses, and facts the worker did not deliver). */
  computedIn: 'worker' | 'host';
}

/** Appends the items of JSON array chunks to `into`, pausing between chunks when the slice is used up; throws
 *  CancelledError once `aborted()` holds. */
async function unpackChunks<T>(chunks: readonly string[], into: T[], slicer: Slicer, aborted: () => boolean): Promise<void> {
  for (const chunk of chunks) {
    if (aborted()) throw new CancelledError();
    for (const x of JSON.parse(chunk) as T[]) into.push(x);
    await slicer.pause();
  }
  if (aborted()) throw new CancelledError();
}

/** Rebuilds the Analysis from the worker's packed form a few chunks per slice, yielding to the event loop between
 *  slices, so a cancelled or superseded job stops early. */
export async function unpackAnalysis(p: PackedAnalysis, aborted: () => boolean = () => false): Promise<ReceivedAnalysis> {
  const slicer = new Slicer();
  const analysis = JSON.parse(p.head) as Analysis;
  analysis.mentions = [];
  analysis.entities = [];
  await unpackChunks(p.mentionChunks, analysis.mentions, slicer, aborted);
  await unpackChunks(p.entityChunks, analysis.entities, slicer, aborted);
  return { analysis, positions: p.positions, receiveMs: slicer.finish() };
}

/** Rebuilds the worker's facts from their JSON chunks, a few chunks per slice (see unpackAnalysis). */
export async function unpackFacts(chunks: readonly string[], aborted: () => boolean = () => false): Promise<FactsResult> {
  const slicer = new Slicer();
  const facts: Fact[] = [];
  await unpackChunks(chunks, facts, slicer, aborted);
  return { facts, receiveMs: slicer.finish(), computedIn: 'worker' };
}

export class CancelledError extends Error {
  constructor() {
    super('analysis cancelled');
    this.name = 'CancelledError';
  }
}

export interface AnalysisJob {
  readonly promise: Promise<AnalysisResult>;
  /** The result's `facts`, available before the analysis has arrived. */
  readonly facts: Promise<FactsResult | undefined>;
  /** True when the job runs in the worker (worth a progress indicator; can be cancelled mid-way). */
  readonly inWorker: boolean;
  /** Stops the job: before its analysis, that rejects with CancelledError; after it, its facts resolve to undefined. */
  cancel(): void;
}

export interface AnalysisClientOptions {
  /** Path of the bundled worker script (dist/worker.js). */
  workerPath: string;
  /** Texts of at least this many UTF-16 units go to the worker; smaller ones run inline. */
  workerThreshold: number;
  /** Called when the worker cannot start or a fact extraction fails, so the host can log it (deaths of the worker
   *  are reported through onWorkerEvent). */
  log?: (msg: string) => void;
  /** Crashes allowed before the worker is given up (default DEFAULT_RESTART_LIMIT: 3 within a minute). */
  restartLimit?: RestartLimit;
  /** Clock of the restart budget (tests). */
  now?: () => number;
}

/** An inline document: its DocumentAnalyzer and the analysis it returned last (the one its facts() accepts). */
interface InlineDocument {
  analyzer: DocumentAnalyzer;
  last?: Analysis;
}

interface Pending {
  msg: Extract<WorkerRequest, { kind: 'analyze' }>;
  resolve(a: ReceivedAnalysis): void;
  reject(e: unknown): void;
  /** Set by cancel() once the reply has arrived and is being unpacked. */
  aborted?: boolean;
  /** The worker's fact chunks; null when they will not come (worker stopped or restarted, extraction failed there). */
  chunks: Promise<string[] | null>;
  settleChunks(c: string[] | null): void;
  /** How often a worker died while running this job (see RETRIES_PER_JOB). */
  strikes: number;
}

export class AnalysisClient {
  private inline = new Map<string, InlineDocument>();
  private worker: Worker | undefined;
  /** No worker any more (it could not start, or crashed too often): everything is analysed inline. */
  private workerBroken = false;
  private readonly budget: RestartBudget;
  private readonly listeners = new Set<(e: WorkerEvent) => void>();
  /** Jobs waiting for their analysis. */
  private pending = new Map<number, Pending>();
  /** Jobs whose analysis has arrived, waiting for their facts. */
  private awaitingFacts = new Map<number, Pending>();
  private nextId = 1;
  private disposed = false;
  /** hostFacts: how often facts were computed on this thread (tests check that worker jobs cost none);
   *  workerStarts / workerCrashes: workers started, and how many of them died unexpectedly. */
  readonly counters = { hostFacts: 0, workerStarts: 0, workerCrashes: 0 };

  constructor(private readonly opts: AnalysisClientOptions) {
    this.budget = new RestartBudget(opts.restartLimit, opts.now);
  }

  /** Listens to the worker dying unexpectedly (one event per death, whatever it took down); dispose to stop. */
  onWorkerEvent(listener: (e: WorkerEvent) => void): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => void this.listeners.delete(listener) };
  }

  /** Whether analyses can go to a worker (false once it could not start or was given up after crashes). */
  get workerAvailable(): boolean {
    return !this.workerBroken;
  }

  /**
   * Terminates the running worker the way an outside cause would (tests: the crash path end to end); undefined when no
   * worker runs, else how many jobs it had not answered yet.
   */
  killWorker(): number | undefined {
    if (!this.worker) return undefined;
    void this.worker.terminate();
    return this.pending.size;
  }

  analyze(key: string, text: string, options: AnalyzeOptions): AnalysisJob {
    if (text.length >= this.opts.workerThreshold && !this.workerBroken) {
      // A document that moved to the worker drops its inline cache (and vice versa below) to keep one copy.
      this.inline.delete(key);
      const job = this.workerJob(key, text, options);
      if (job) return job;
    }
    this.post({ kind: 'forget', key }, false);
    return this.inlineJob(key, text, options);
  }

  /** Drops every cache for a closed document. */
  forget(key: string): void {
    this.inline.delete(key);
    this.post({ kind: 'forget', key }, false);
  }

  dispose(): void {
    this.disposed = true;
    for (const p of this.pending.values()) p.reject(new CancelledError());
    this.pending.clear();
    this.dropFacts();
    void this.worker?.terminate();
    this.worker = undefined;
    this.inline.clear();
  }

  /** Analyses on this thread with the document's DocumentAnalyzer (its paragraph cache), kept for its facts. */
  private analyzeHere(key: string, text: string, options: AnalyzeOptions): { d: InlineDocument; a: ReceivedAnalysis } {
    let d = this.inline.get(key);
    if (!d) this.inline.set(key, (d = { analyzer: new DocumentAnalyzer() }));
    const analysis = (d.last = d.analyzer.analyze(text, options));
    return { d, a: { analysis, positions: mentionPositions(text, analysis.mentions) } };
  }

  private inlineJob(key: string, text: string, options: AnalyzeOptions): AnalysisJob {
    let d: InlineDocument | undefined;
    let cancelled = false;
    // Deferred by one macrotask so callers get uniform async behaviour and a cancel right after scheduling works.
    const analysed = new Promise<ReceivedAnalysis>((resolve, reject) =>
      setImmediate(() => {
        if (cancelled) return reject(new CancelledError());
        try {
          const r = this.analyzeHere(key, text, options);
          d = r.d;
          resolve(r.a);
        } catch (e) {
          reject(e);
        }
      }),
    );
    const facts = this.factsStage(analysed, async ({ analysis }) => {
      await yieldToLoop(); // a macrotask later: the caller takes the mentions in first
      if (cancelled) return undefined;
      // a newer analysis of the document replaced this one meanwhile: its DocumentAnalyzer has moved on
      return this.onHost(() => (d?.last === analysis ? d.analyzer.facts(analysis) : factsOf(text, analysis)));
    });
    return { promise: withFacts(analysed, facts), facts, inWorker: false, cancel: () => (cancelled = true) };
  }

  /** A job in the worker; undefined when no worker can be started (the caller then analyses inline). */
  private workerJob(key: string, text: string, options: AnalyzeOptions): AnalysisJob | undefined {
    const id = this.nextId++;
    const msg = { kind: 'analyze' as const, id, key, text, options };
    if (!this.post(msg, true)) return undefined;
    let p!: Pending;
    const analysed = new Promise<ReceivedAnalysis>((resolve, reject) => {
      let settleChunks!: (c: string[] | null) => void;
      const chunks = new Promise<string[] | null>((r) => (settleChunks = r));
      p = { msg, resolve, reject, chunks, settleChunks, strikes: 0 };
    });
    this.pending.set(id, p);
    const aborted = () => !!p.aborted || this.disposed;
    const facts = this.factsStage(analysed, async ({ analysis }) => {
      const chunks = await p.chunks;
      if (chunks) return unpackFacts(chunks, aborted);
      if (aborted()) return undefined;
      await yieldToLoop(); // the worker's are lost: computed here, in a slice of their own
      return aborted() ? undefined : this.onHost(() => factsOf(text, analysis));
    });
    const cancel = () => (this.pending.has(id) ? this.cancel(id) : (p.aborted = true));
    return { promise: withFacts(analysed, facts), facts, inWorker: true, cancel };
  }

  /** A job's facts stage, run once its analysis is there; never rejects (see AnalysisResult.facts). */
  private factsStage(
    analysed: Promise<ReceivedAnalysis>,
    stage: (a: ReceivedAnalysis) => Promise<FactsResult | undefined>,
  ): Promise<FactsResult | undefined> {
    return analysed.then(
      (a) =>
        stage(a).catch((e) => {
          if (!(e instanceof CancelledError)) this.opts.log?.(`fact extraction failed: ${(e as Error)?.stack ?? e}`);
          return undefined;
        }),
      () => undefined, // no analysis, no facts (its error reaches the caller through the job's promise)
    );
  }

  /** Facts computed on this thread, timed. */
  private onHost(compute: () => Fact[]): FactsResult {
    const t0 = performance.now();
    const facts = compute();
    this.counters.hostFacts++;
    return { facts, receiveMs: performance.now() - t0, computedIn: 'host' };
  }

  /** A synchronous analysis cannot be interrupted, so cancelling means terminating the worker; the other
   *  pending jobs are re-posted to a fresh one (their documents lose their paragraph cache once). */
  private cancel(id: number): void {
    const p = this.pending.get(id);
    if (!p) return;
    this.pending.delete(id);
    p.reject(new CancelledError());
    const w = this.worker;
    this.worker = undefined;
    void w?.terminate();
    this.dropFacts(); // the terminated worker will not send them
    const others = [...this.pending.values()];
    this.pending.clear();
    for (const other of others) this.resend(other);
  }

  /**
   * The worker died on its own (workerCrashes.ts). It answers in order, so unless it was still busy with a job's facts,
   * the first job waiting is the one it was running: that one gets a strike. Every job goes on in a new worker, except
   * one struck more than RETRIES_PER_JOB times. Past the restart budget no worker is started again: the jobs queued
   * behind run inline, and the one it died on fails (it is never retried on this thread).
   */
  private workerDied(why: string): void {
    this.counters.workerCrashes++;
    const restart = this.budget.crashed();
    if (!restart) this.workerBroken = true;
    const running = this.awaitingFacts.size === 0 ? this.pending.values().next().value : undefined;
    if (running) running.strikes++;
    this.dropFacts();
    const jobs = [...this.pending.values()];
    this.pending.clear();
    const rerun: string[] = [];
    const failed: string[] = [];
    for (const p of jobs) {
      if (p.strikes > RETRIES_PER_JOB || (p === running && !restart)) {
        failed.push(p.msg.key);
        p.reject(new WorkerCrashedError(why, p.strikes));
        continue;
      }
      rerun.push(p.msg.key);
      if (restart) this.resend(p);
      else this.runInline(p);
    }
    if (restart && !this.worker) this.worker = this.startWorker(); // a worker for the next job, as before the crash
    const crashes = this.budget.recent;
    const event: WorkerEvent = restart ? { kind: 'restarted', why, crashes, rerun, failed } : { kind: 'gaveUp', why, crashes, rerun, failed };
    for (const listener of this.listeners) listener(event);
  }

  /** A pending job posted (again) to the worker, started if need be; analysed inline when none can start. */
  private resend(p: Pending): void {
    this.pending.set(p.msg.id, p);
    if (this.post(p.msg, true)) return;
    this.pending.delete(p.msg.id);
    this.runInline(p);
  }

  /** A worker job analysed on this thread instead; its facts are then computed here too (as lost worker facts are). */
  private runInline(p: Pending): void {
    p.settleChunks(null);
    setImmediate(() => {
      if (p.aborted || this.disposed) return p.reject(new CancelledError());
      try {
        p.resolve(this.analyzeHere(p.msg.key, p.msg.text, p.msg.options).a);
      } catch (e) {
        p.reject(e);
      }
    });
  }

  /** Facts that will not come from the worker (terminated or gone): computed here for whoever still wants them. */
  private dropFacts(): void {
    for (const p of this.awaitingFacts.values()) p.settleChunks(null);
    this.awaitingFacts.clear();
  }

  private post(msg: WorkerRequest, start: boolean): boolean {
    if (!this.worker && start && !this.workerBroken) this.worker = this.startWorker();
    if (!this.worker) return false;
    if (msg.kind === 'analyze') this.worker.ref();
    this.worker.postMessage(msg);
    return true;
  }

  private startWorker(): Worker | undefined {
    let w: Worker;
    try {
      w = new Worker(this.opts.workerPath);
    } catch (e) {
      this.workerBroken = true;
      this.opts.log?.(`analysis worker unavailable, analysing inline: ${(e as Error).message}`);
      return undefined;
    }
    this.counters.workerStarts++;
    // Referenced only while jobs are pending: an idle worker must not keep a process (bench, tests) alive.
    w.unref();
    w.on('message', (r: WorkerResponse) => {
      if (this.worker !== w) return; // a worker replaced meanwhile: its jobs went to the new one
      if (r.kind === 'facts') {
        const p = this.awaitingFacts.get(r.id);
        if (!p) return;
        this.awaitingFacts.delete(r.id);
        p.settleChunks(r.factChunks);
      } else {
        const p = this.pending.get(r.id);
        if (!p) return; // cancelled meanwhile
        this.pending.delete(r.id);
        if (r.ok) {
          this.awaitingFacts.set(r.id, p);
          unpackAnalysis(r.packed, () => !!p.aborted || this.disposed).then(p.resolve, p.reject);
        } else p.reject(new Error(r.error));
      }
      // Idle once nothing more is expected from it.
      if (this.pending.size === 0 && this.awaitingFacts.size === 0) w.unref();
    });
    // An uncaught exception emits 'error', then 'exit': the first one reports the death, the second finds it handled.
    const died = (why: string) => {
      if (this.worker !== w) return; // terminated on purpose (a cancel, dispose), or its death is handled already
      this.worker = undefined;
      this.workerDied(why);
    };
    w.on('error', (e) => died(`${e.name}: ${e.message}`));
    w.on('exit', (code) => died(`exit code ${code}`));
    return w;
  }
}

/** The job's result: the analysis with its facts promise. */
const withFacts = (analysed: Promise<ReceivedAnalysis>, facts: Promise<FactsResult | undefined>): Promise<AnalysisResult> =>
  analysed.then((a) => ({ ...a, facts }));
