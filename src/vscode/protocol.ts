import type { Analysis, AnalyzeOptions } from '../core/model';

/** Messages between the extension host (or the bench) and dist/worker.js. */
export type WorkerRequest =
  | { kind: 'analyze'; id: number; key: string; text: string; options: AnalyzeOptions }
  | { kind: 'forget'; key: string };

/**
 * A finished analysis in a form that is cheap to receive. Structured-cloning tens of thousands of mention objects
 * costs the receiving thread ~100 ms in one block; strings and transferred typed arrays cost next to nothing to
 * receive, and JSON chunks can be parsed a few thousand mentions at a time between other events.
 */
export interface PackedAnalysis {
  /** JSON of the Analysis without `mentions` and `entities`. */
  head: string;
  /** JSON arrays of consecutive mentions, in order; concatenated they are `analysis.mentions`. */
  mentionChunks: string[];
  /** JSON arrays of consecutive entities, in order. */
  entityChunks: string[];
  /** Per mention i, [startLine, startChar, endLine, endChar] at 4*i (transferred, not copied). */
  positions: Int32Array;
}

export type WorkerResponse =
  | { id: number; ok: true; packed: PackedAnalysis }
  | { id: number; ok: false; error: string };

/** Mentions per chunk: one chunk parses in a few milliseconds even on a slow machine. */
const MENTIONS_PER_CHUNK = 1500;
/** Entities are chunked by the number of mention ids they list, their bulk. */
const IDS_PER_CHUNK = 4000;

export function packAnalysis(analysis: Analysis, positions: Int32Array): PackedAnalysis {
  const { mentions, entities, ...rest } = analysis;
  const mentionChunks: string[] = [];
  for (let i = 0; i < mentions.length; i += MENTIONS_PER_CHUNK)
    mentionChunks.push(JSON.stringify(mentions.slice(i, i + MENTIONS_PER_CHUNK)));
  const entityChunks: string[] = [];
  for (let i = 0; i < entities.length; ) {
    let j = i;
    for (let ids = 0; j < entities.length && (j === i || ids < IDS_PER_CHUNK); j++) ids += entities[j].mentions.length + 8;
    entityChunks.push(JSON.stringify(entities.slice(i, j)));
    i = j;
  }
  return { head: JSON.stringify(rest), mentionChunks, entityChunks, positions };
}
