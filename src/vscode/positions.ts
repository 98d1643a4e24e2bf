/**
 * Line/character positions of mention offsets in one linear sweep over the text, so the extension host does not
 * pay ~2 binary searches per mention (TextDocument.positionAt) for big articles. Runs in the worker for big texts.
 * Line breaks as VS Code counts them: \n, \r\n and a lone \r.
 */
export function mentionPositions(text: string, spans: ReadonlyArray<{ start: number; end: number }>): Int32Array {
  // offsets to resolve, in ascending order (mentions are sorted by start, but ends may interleave with later starts)
  const n = spans.length;
  const order: number[] = new Array(2 * n);
  for (let i = 0; i < n; i++) {
    order[2 * i] = spans[i].start;
    order[2 * i + 1] = spans[i].end;
  }
  const sorted = Array.from(new Set(order)).sort((a, b) => a - b);
  const at = new Map<number, [number, number]>();
  let line = 0;
  let lineStart = 0;
  let k = 0;
  for (let i = 0; i <= text.length && k < sorted.length; i++) {
    while (k < sorted.length && sorted[k] === i) at.set(sorted[k++], [line, i - lineStart]);
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  const out = new Int32Array(4 * n);
  for (let i = 0; i < n; i++) {
    const s = at.get(spans[i].start) ?? [line, 0];
    const e = at.get(spans[i].end) ?? s;
    out.set([s[0], s[1], e[0], e[1]], 4 * i);
  }
  return out;
}
