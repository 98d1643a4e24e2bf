/**
 * Messages between the extension host (or the bench) and dist/worker.js, and the packed forms they carry.
 * Pure: no `vscode` import.
 */
import type { Analysis, AnalyzeOptions, Fact } from '../core';

/** Requests to dist/worker.js. */
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

/**
 * Replies to an `analyze` request: first the analysis, then (in a second message, so the editor can show mentions
 * without waiting) the facts read from it, computed in the worker because for a 1 MB article that takes ~100 ms.
 * A failed fact extraction sends `factChunks: null`: the host then computes them itself (AnalysisClient).
 */
export type WorkerResponse =
  | { kind: 'analysis'; id: number; ok: true; packed: PackedAnalysis }
  | { kind: 'analysis'; id: number; ok: false; error: string }
  | { kind: 'facts'; id: number; factChunks: string[] | null };

/** Mentions per chunk: one chunk parses in a few milliseconds even on a slow machine. */
const MENTIONS_PER_CHUNK = 1500;
/** Entities are chunked by the number of mention ids they list, their bulk. */
const IDS_PER_CHUNK = 4000;
/** Facts carry their evidence sentence (~500 bytes of JSON each): 1000 parse in ~2–3 ms. */
const FACTS_PER_CHUNK = 1000;

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

/** JSON arrays of consecutive facts, in order; concatenated they are `facts`. */
export function packFacts(facts: readonly Fact[]): string[] {
  const chunks: string[] = [];
  for (let i = 0; i < facts.length; i += FACTS_PER_CHUNK) chunks.push(JSON.stringify(facts.slice(i, i + FACTS_PER_CHUNK)));
  return chunks;
}
