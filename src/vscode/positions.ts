/**
 * Line/character positions of mention offsets, computed in the worker for big texts so the extension host does not
 * pay ~2 binary searches per mention (TextDocument.positionAt) nor build a position object per mention.
 * One linear pass collects the line starts; each offset is then a binary search over them (no per-offset rescans).
 * Line breaks as VS Code counts them: \n, \r\n and a lone \r.
 */
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

/** Index of the line containing `offset` (the last line start ≤ offset). */
function lineOf(starts: Int32Array, offset: number): number {
  let lo = 0;
  let hi = starts.length;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid;
  }
  return lo;
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

/** Decoration kinds: MONEY, DATE, or the actor kind (mirrors decorations.ts, which cannot be loaded without vscode). */
export type DecorationKind = 'MONEY' | 'DATE' | 'person' | 'organization' | 'place' | 'group';

/**
 * Editor ranges per decoration kind for the mentions whose type is in `shown`, built from the flat positions a few
 * thousand per slice (`slicer` yields between slices). `make` builds one range (vscode.Range on the host, anything
 * in the bench). Undefined when `aborted()` turned true at a pause.
 */
export async function rangesByKind<R>(
  mentions: ReadonlyArray<{ type: string; kind?: string }>,
  positions: Int32Array,
  shown: ReadonlySet<string>,
  make: (startLine: number, startChar: number, endLine: number, endChar: number) => R,
  slicer: { loop(from: number, to: number, f: (i: number) => void, abort?: () => boolean): Promise<boolean> },
  aborted?: () => boolean,
): Promise<Record<DecorationKind, R[]> | undefined> {
  const out: Record<DecorationKind, R[]> = { MONEY: [], DATE: [], person: [], organization: [], place: [], group: [] };
  const done = await slicer.loop(
    0,
    mentions.length,
    (i) => {
      const m = mentions[i];
      if (!shown.has(m.type)) return;
      const j = 4 * i;
      out[(m.type === 'ACTOR' ? m.kind : m.type) as DecorationKind].push(make(positions[j], positions[j + 1], positions[j + 2], positions[j + 3]));
    },
    aborted,
  );
  return done ? out : undefined;
}
