/**
 * Runs analyses either inline (small texts) or in a worker_threads Worker (big texts), behind one interface.
 * No `vscode` import: the editor benchmark drives this same module from plain Node.
 */
import { Worker } from 'node:worker_threads';
import { Analyzer } from '../core/analyze';
import type { Fact } from '../core/facts/types';
import type { Analysis, AnalyzeOptions } from '../core/model';
import { mentionPositions } from './positions';
import type { PackedAnalysis, WorkerRequest, WorkerResponse } from './protocol';
import { Slicer } from './slices';

/** An analysis plus, per mention i, [startLine, startChar, endLine, endChar] at 4*i in `positions`. */
export interface AnalysisResult {
  analysis: Analysis;
  positions: Int32Array;
  /** Longest synchronous block the host spent receiving the result (unpacking a worker result, in slices). */
  receiveMs?: number;
  /**
   * Worker results only: the facts the worker read from `analysis`. They arrive after it (the editor shows mentions
   * first) and are unpacked in slices. Never rejects: undefined means none will come (worker stopped or restarted,
   * extraction failed, job cancelled), and whoever needs facts extracts them from `analysis` itself.
   */
  facts?: Promise<FactsResult | undefined>;
}

export interface FactsResult {
  facts: Fact[];
  /** Longest synchronous block the host spent unpacking them. */
  receiveMs: number;
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
export async function unpackAnalysis(p: PackedAnalysis, aborted: () => boolean = () => false): Promise<AnalysisResult> {
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
  return { facts, receiveMs: slicer.finish() };
}

export class CancelledError extends Error {
  constructor() {
    super('analysis cancelled');
    this.name = 'CancelledError';
  }
}

export interface AnalysisJob {
  readonly promise: Promise<AnalysisResult>;
  /** True when the job runs in the worker (worth a progress indicator; can be cancelled mid-way). */
  readonly inWorker: boolean;
  cancel(): void;
}

export interface AnalysisClientOptions {
  /** Path of the bundled worker script (dist/worker.js). */
  workerPath: string;
  /** Texts of at least this many UTF-16 units go to the worker; smaller ones run inline. */
  workerThreshold: number;
  /** Called when the worker cannot start or crashes, so the host can log it. */
  log?: (msg: string) => void;
}

interface Pending {
  msg: Extract<WorkerRequest, { kind: 'analyze' }>;
  resolve(a: AnalysisResult): void;
  reject(e: unknown): void;
  /** Set by cancel() once the reply has arrived and is being unpacked. */
  aborted?: boolean;
  /** The job's facts promise and its resolver (called exactly once: with the facts, or undefined). */
  facts: Promise<FactsResult | undefined>;
  settleFacts(r: FactsResult | undefined): void;
}

export class AnalysisClient {
  private inline = new Map<string, Analyzer>();
  private worker: Worker | undefined;
  private workerBroken = false;
  /** Jobs waiting for their analysis. */
  private pending = new Map<number, Pending>();
  /** Jobs whose analysis has arrived, waiting for their facts. */
  private awaitingFacts = new Map<number, Pending>();
  private nextId = 1;
  private disposed = false;

  constructor(private readonly opts: AnalysisClientOptions) {}

  analyze(key: string, text: string, options: AnalyzeOptions): AnalysisJob {
    if (text.length >= this.opts.workerThreshold && !this.workerBroken) {
      // A document that moved to the worker drops its inline cache (and vice versa below) to keep one copy.
      this.inline.delete(key);
      return this.inWorker(key, text, options);
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
    for (const p of this.pending.values()) {
      p.settleFacts(undefined);
      p.reject(new CancelledError());
    }
    this.pending.clear();
    this.dropFacts();
    void this.worker?.terminate();
    this.worker = undefined;
    this.inline.clear();
  }

  private inlineJob(key: string, text: string, options: AnalyzeOptions): AnalysisJob {
    let analyzer = this.inline.get(key);
    if (!analyzer) this.inline.set(key, (analyzer = new Analyzer()));
    const a = analyzer;
    let cancelled = false;
    // Deferred by one macrotask so callers get uniform async behaviour and a cancel right after scheduling works.
    const promise = new Promise<AnalysisResult>((resolve, reject) =>
      setImmediate(() => {
        if (cancelled) return reject(new CancelledError());
        try {
          const analysis = a.analyze(text, options);
          resolve({ analysis, positions: mentionPositions(text, analysis.mentions) });
        } catch (e) {
          reject(e);
        }
      }),
    );
    return { promise, inWorker: false, cancel: () => (cancelled = true) };
  }

  private inWorker(key: string, text: string, options: AnalyzeOptions): AnalysisJob {
    const id = this.nextId++;
    const msg = { kind: 'analyze' as const, id, key, text, options };
    let settleFacts!: (r: FactsResult | undefined) => void;
    const facts = new Promise<FactsResult | undefined>((resolve) => (settleFacts = resolve));
    const promise = new Promise<AnalysisResult>((resolve, reject) => {
      this.pending.set(id, { msg, resolve, reject, facts, settleFacts });
    });
    if (!this.post(msg, true)) {
      // No worker available: fall back to inline so the article still gets analysed.
      const p = this.pending.get(id)!;
      this.pending.delete(id);
      settleFacts(undefined);
      const job = this.inlineJob(key, text, options);
      job.promise.then(p.resolve, p.reject);
      return { promise, inWorker: false, cancel: job.cancel };
    }
    const p = this.pending.get(id)!;
    return { promise, inWorker: true, cancel: () => (this.pending.has(id) ? this.cancel(id) : (p.aborted = true)) };
  }

  /** A synchronous analysis cannot be interrupted, so cancelling means terminating the worker; the other
   *  pending jobs are re-posted to a fresh one (their documents lose their paragraph cache once). */
  private cancel(id: number): void {
    const p = this.pending.get(id);
    if (!p) return;
    this.pending.delete(id);
    p.settleFacts(undefined);
    p.reject(new CancelledError());
    const w = this.worker;
    this.worker = undefined;
    void w?.terminate();
    this.dropFacts(); // the terminated worker will not send them
    for (const other of this.pending.values()) this.post(other.msg, true);
  }

  /** Facts that will not come (worker terminated or gone): their jobs get undefined, i.e. "extract them yourself". */
  private dropFacts(): void {
    for (const p of this.awaitingFacts.values()) p.settleFacts(undefined);
    this.awaitingFacts.clear();
  }

  private post(msg: WorkerRequest, start: boolean): boolean {
    if (!this.worker && start) this.worker = this.startWorker();
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
    // Referenced only while jobs are pending: an idle worker must not keep a process (bench, tests) alive.
    w.unref();
    w.on('message', (r: WorkerResponse) => {
      const aborted = (p: Pending) => () => !!p.aborted || this.disposed;
      if (r.kind === 'facts') {
        const p = this.awaitingFacts.get(r.id);
        if (!p) return;
        this.awaitingFacts.delete(r.id);
        if (r.factChunks) unpackFacts(r.factChunks, aborted(p)).then(p.settleFacts, () => p.settleFacts(undefined));
        else p.settleFacts(undefined);
      } else {
        const p = this.pending.get(r.id);
        if (!p) return; // cancelled meanwhile
        this.pending.delete(r.id);
        if (r.ok) {
          this.awaitingFacts.set(r.id, p);
          unpackAnalysis(r.packed, aborted(p)).then((res) => p.resolve({ ...res, facts: p.facts }), p.reject);
        } else {
          p.settleFacts(undefined);
          p.reject(new Error(r.error));
        }
      }
      // Idle once nothing more is expected from it.
      if (this.pending.size === 0 && this.awaitingFacts.size === 0) w.unref();
    });
    const fail = (why: string) => {
      if (this.worker !== w) return; // a worker we terminated on purpose
      this.worker = undefined;
      this.opts.log?.(`analysis worker stopped: ${why}`);
      for (const p of this.pending.values()) {
        p.settleFacts(undefined);
        p.reject(new Error(`analysis worker stopped: ${why}`));
      }
      this.pending.clear();
      this.dropFacts();
    };
    w.on('error', (e) => fail(e.message));
    w.on('exit', (code) => fail(`exit code ${code}`));
    return w;
  }
}
