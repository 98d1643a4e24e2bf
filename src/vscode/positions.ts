/**
 * Line/character positions of mention offsets, computed in the worker for big texts so the extension host does not
 * pay ~2 binary searches per mention (TextDocument.positionAt) nor build a position object per mention.
 * One linear pass collects the line starts; each offset is then a binary search over them (no per-offset rescans).
 * Line breaks as VS Code counts them: \n, \r\n and a lone \r.
 * Pure: no `vscode` import (the worker computes positions; the host builds Ranges from them).
 */
import { firstIndex, type ActorKind } from '../core';

/** The offset each line starts at (starts[0] = 0). */
export function lineStarts(text: string): Int32Array {
  let starts = new Int32Array(1024);
  let n = 1; // starts[0] = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      if (n === starts.length) {
        const grown = new Int32Array(starts.length * 2);
        grown.set(starts);
        starts = grown;
      }
      starts[n++] = i + 1;
    }
  }
  return starts.subarray(0, n);
}

/** Index of the line containing `offset` (the last line start ≤ offset; starts[0] = 0). */
function lineOf(starts: Int32Array, offset: number): number {
  return firstIndex(starts.length, (i) => starts[i] > offset) - 1;
}

/** Per span i, [startLine, startChar, endLine, endChar] at 4*i. */
export function mentionPositions(text: string, spans: ReadonlyArray<{ start: number; end: number }>): Int32Array {
  const starts = lineStarts(text);
  const out = new Int32Array(4 * spans.length);
  for (let i = 0; i < spans.length; i++) {
    const s = Math.min(Math.max(spans[i].start, 0), text.length);
    const e = Math.min(Math.max(spans[i].end, s), text.length);
    const ls = lineOf(starts, s);
    // most mentions end on their start line: skip the second search then
    const le = ls + 1 >= starts.length || e < starts[ls + 1] ? ls : lineOf(starts, e);
    out[4 * i] = ls;
    out[4 * i + 1] = s - starts[ls];
    out[4 * i + 2] = le;
    out[4 * i + 3] = e - starts[le];
  }
  return out;
}

/** What a mention is decorated as: MONEY, DATE, or the actor's kind (one decoration type each). */
export type DecorationKey = 'MONEY' | 'DATE' | ActorKind;
export const DECORATION_KEYS: readonly DecorationKey[] = ['MONEY', 'DATE', 'person', 'organization', 'place', 'group'];

export function emptyRanges<R>(): Record<DecorationKey, R[]> {
  return { MONEY: [], DATE: [], person: [], organization: [], place: [], group: [] };
}

/**
 * Editor ranges per decoration key for the mentions whose type is in `shown`, built from the flat positions a few
 * thousand per slice (`slicer` yields between slices). `rangeAt(positions, i)` builds mention i's range
 * (vscode.Range on the host, anything in the bench). Undefined when `aborted()` turned true at a pause.
 */
export async function rangesByKind<R>(
  mentions: ReadonlyArray<{ type: string; kind?: string }>,
  positions: Int32Array,
  shown: ReadonlySet<string>,
  rangeAt: (positions: Int32Array, i: number) => R,
  slicer: { loop(from: number, to: number, f: (i: number) => void, abort?: () => boolean): Promise<boolean> },
  aborted?: () => boolean,
): Promise<Record<DecorationKey, R[]> | undefined> {
  const out = emptyRanges<R>();
  const done = await slicer.loop(
    0,
    mentions.length,
    (i) => {
      const m = mentions[i];
      if (shown.has(m.type)) out[(m.type === 'ACTOR' ? m.kind : m.type) as DecorationKey].push(rangeAt(positions, i));
    },
    aborted,
  );
  return done ? out : undefined;
}
