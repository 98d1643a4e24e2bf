import type { Analysis, AnalyzeOptions } from '../core/model';

/** Messages between the extension host (or the bench) and dist/worker.js. */
export type WorkerRequest =
  | { kind: 'analyze'; id: number; key: string; text: string; options: AnalyzeOptions }
  | { kind: 'forget'; key: string };

export type WorkerResponse =
  | { id: number; ok: true; analysis: Analysis; positions: Int32Array }
  | { id: number; ok: false; error: string };
