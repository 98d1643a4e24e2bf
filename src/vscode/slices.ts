/**
 * Cooperative slicing for work on the extension host's event loop: big results are processed in slices of a few
 * milliseconds with a macrotask (setImmediate) in between, so typing, rendering and other extensions keep running.
 * Pure: no `vscode` import (the editor benchmark drives the same code from plain Node).
 */
import { performance } from 'node:perf_hooks';

/** Target length of one slice. Well under the 50 ms event-loop-delay budget, with room for a slow machine. */
const SLICE_MS = 8;

/** Yields to the event loop (timers, I/O, messages run before the promise resolves). */
export const yieldToLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Tracks the time spent in the current slice and yields once it exceeds the budget. */
export class Slicer {
  private start = performance.now();
  /** Longest synchronous stretch seen between two yields (what the event loop had to wait for, at most). */
  longest = 0;

  constructor(private readonly budgetMs = SLICE_MS) {}

  /** True when the current slice has used its budget; cheap enough to call every few hundred items. */
  get due(): boolean {
    return performance.now() - this.start >= this.budgetMs;
  }

  /** Ends the current slice (if `force` or due) and starts a new one after a macrotask. */
  async pause(force = false): Promise<void> {
    if (!force && !this.due) return;
    this.longest = Math.max(this.longest, performance.now() - this.start);
    await yieldToLoop();
    this.start = performance.now();
  }

  /** Closes the books on the last slice (call when the work is done). */
  finish(): number {
    this.longest = Math.max(this.longest, performance.now() - this.start);
    return this.longest;
  }

  /** Calls `f(i)` for i in [from, to), pausing whenever the budget is used; `abort` is checked after each pause. */
  async loop(from: number, to: number, f: (i: number) => void, abort?: () => boolean): Promise<boolean> {
    for (let i = from; i < to; ) {
      const stop = Math.min(to, i + 256);
      for (; i < stop; i++) f(i);
      if (this.due) {
        await this.pause(true);
        if (abort?.()) return false;
      }
    }
    return true;
  }
}
