/**
 * What happens when the analysis worker dies unexpectedly (an uncaught exception, `process.exit`, out of memory,
 * terminated by someone else): the restart budget the AnalysisClient keeps, the events it reports, and what the user
 * is told about them. Pure: no `vscode` import (unit-tested from plain Node).
 */

/** Restarts allowed: at most `crashes` crashes within `withinMs`; the last of them stops the restarts. */
export interface RestartLimit {
  crashes: number;
  withinMs: number;
}

/** 3 crashes in a minute: a worker that keeps dying is not worth its restarts, the editor's thread takes over. */
export const DEFAULT_RESTART_LIMIT: RestartLimit = { crashes: 3, withinMs: 60_000 };

/**
 * How often one job is re-sent to a fresh worker after the worker died while running it. A job the worker died on
 * twice (an article that exhausts its memory, say) fails instead: it is never retried on the editor's thread.
 */
export const RETRIES_PER_JOB = 1;

/**
 * What the AnalysisClient reports when its worker died. `rerun`: keys of the jobs that go on (re-sent to the new
 * worker, or analysed inline once the worker is given up), so their articles are being analysed again; `failed`: keys
 * of the jobs that were not retried (they reject with WorkerCrashedError).
 */
export type WorkerEvent =
  | { kind: 'restarted'; why: string; crashes: number; rerun: string[]; failed: string[] }
  | { kind: 'gaveUp'; why: string; crashes: number; rerun: string[]; failed: string[] };

/** Crash times within the window, and whether the worker may be restarted once more. */
export class RestartBudget {
  private times: number[] = [];

  constructor(
    private readonly limit: RestartLimit = DEFAULT_RESTART_LIMIT,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records a crash; false once the limit is reached (no more restarts). */
  crashed(): boolean {
    const t = this.now();
    this.times = this.times.filter((x) => t - x < this.limit.withinMs);
    this.times.push(t);
    return this.times.length < this.limit.crashes;
  }

  /** Crashes within the current window. */
  get recent(): number {
    const t = this.now();
    return this.times.filter((x) => t - x < this.limit.withinMs).length;
  }
}

/** The job rejected because the worker died while running it, more often than it is retried (RETRIES_PER_JOB). */
export class WorkerCrashedError extends Error {
  constructor(
    readonly why: string,
    readonly crashes: number,
  ) {
    super(
      `the analysis worker stopped ${crashes === 1 ? 'while analysing it' : `${crashes} times while analysing it`} (${why}), so it is not retried automatically. Run “News Facts: Refresh” to try again.`,
    );
    this.name = 'WorkerCrashedError';
  }
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** The message for the output channel and the notification: what happened, and what the extension did about it. */
export function workerEventMessage(e: WorkerEvent): string {
  const failed = e.failed.length ? ` ${plural(e.failed.length, 'analysis', 'analyses')} it stopped on again ${e.failed.length === 1 ? 'was' : 'were'} not retried.` : '';
  if (e.kind === 'restarted') {
    const rerun = e.rerun.length ? `, and ${plural(e.rerun.length, 'analysis', 'analyses')} under way ${e.rerun.length === 1 ? 'runs' : 'run'} again` : '';
    return `News Facts: the analysis worker stopped unexpectedly (${e.why}). It was restarted${rerun}.${failed}`;
  }
  return `News Facts: the analysis worker stopped ${plural(e.crashes, 'time')} within a minute (last: ${e.why}), so it is not restarted: large articles are now analysed on the editor's own thread, which can pause the editor while they are. Reload the window to use the worker again.${failed}`;
}

/**
 * Which worker events get a notification: the first crash of a quiet spell, and giving up (always). Further crashes
 * within `quietMs` of a notification are only logged, so a burst of crashes is one message, not one per crash.
 */
export class NoticeThrottle {
  private last: number | undefined;

  constructor(
    private readonly quietMs = DEFAULT_RESTART_LIMIT.withinMs,
    private readonly now: () => number = Date.now,
  ) {}

  shouldNotify(e: WorkerEvent): boolean {
    const t = this.now();
    if (e.kind === 'restarted' && this.last !== undefined && t - this.last < this.quietMs) return false;
    this.last = t;
    return true;
  }
}
