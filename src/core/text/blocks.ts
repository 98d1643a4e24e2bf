/**
 * Splits a text into blocks, the unit of caching and of extraction. A block is a paragraph (blank-line separated);
 * a paragraph longer than MAX_BLOCK is cut at sentence ends, else at whitespace, so every extractor sees bounded
 * input and the whole analysis stays linear in the text length (compromise and regex scans over a 1 MB single line
 * would not). Mentions never cross a block boundary.
 */

export interface Block {
  start: number;
  text: string;
}

export const MAX_BLOCK = 3000;

const PARAGRAPH_BREAK = /\r?\n[ \t\f\v]*\r?\n\s*/g;

export function splitBlocks(text: string, maxBlock = MAX_BLOCK): Block[] {
  const blocks: Block[] = [];
  let from = 0;
  PARAGRAPH_BREAK.lastIndex = 0;
  for (let m = PARAGRAPH_BREAK.exec(text); m; m = PARAGRAPH_BREAK.exec(text)) {
    pushParagraph(text, from, m.index, maxBlock, blocks);
    from = m.index + m[0].length;
  }
  pushParagraph(text, from, text.length, maxBlock, blocks);
  return blocks;
}

function pushParagraph(text: string, start: number, end: number, maxBlock: number, out: Block[]): void {
  while (end - start > maxBlock) {
    const cut = findCut(text, start, start + maxBlock);
    out.push({ start, text: text.slice(start, cut) });
    start = cut;
  }
  if (end > start && /\S/.test(text.slice(start, end))) out.push({ start, text: text.slice(start, end) });
}

/** Best cut in (start, limit]: after the last sentence end, else the last whitespace, else `limit` itself
 *  (moved back one unit if that would split a surrogate pair). */
function findCut(text: string, start: number, limit: number): number {
  const floor = start + Math.floor((limit - start) / 2);
  let ws = -1;
  for (let i = limit; i > floor; i--) {
    const c = text.charCodeAt(i - 1);
    if (c === 10) return i; // a line break inside an over-long paragraph
    if (c === 32 || c === 9) {
      if (ws < 0) ws = i;
      const p = text.charCodeAt(i - 2);
      if ((p === 46 || p === 33 || p === 63) && /[A-Z"“]/.test(text[i] ?? '')) return i;
    }
  }
  if (ws > 0) return ws;
  const c = text.charCodeAt(limit - 1);
  return c >= 0xd800 && c <= 0xdbff ? limit - 1 : limit;
}
