/**
 * Sentence boundaries for news English. Used for tense around weekdays, for fact evidence and for previews.
 * Abbreviation periods ("U.S.", "Mr.", "Corp.", "Jan.") do not end a sentence unless a new sentence clearly starts.
 */
import { LINE_CONTINUES_AFTER, SENTENCE_ABBREVIATIONS, SENTENCE_OPENERS, TITLE_ABBREVIATIONS } from '../lang/en/abbreviations';

export interface Sentence {
  start: number;
  end: number;
}

/** The word characters (\w: ASCII letters, digits, underscore) at the start of a string. */
const FIRST_WORD = /^\w+/;

/** The word characters ending a string, as /\w+$/ would match them, found without that pattern's quadratic retries. */
function lastWord(s: string): string {
  let i = s.length;
  while (i > 0 && /\w/.test(s[i - 1])) i--;
  return s.slice(i);
}

export function splitSentences(text: string, offset = 0): Sentence[] {
  const out: Sentence[] = [];
  let start = skipSpace(text, 0);
  const n = text.length;
  for (let i = start; i < n; i++) {
    const c = text[i];
    if (c === '\n') {
      // A line break ends a sentence when the line ends with terminal punctuation or the next line is blank/indented.
      const prev = text.slice(start, i).trimEnd();
      const next = text[i + 1];
      if (/[.!?:"”]$/.test(prev) || next === '\n' || next === '\r' || prev.length === 0 || isHeadlineLine(prev)) {
        if (prev.length) out.push({ start: start + offset, end: start + prev.length + offset });
        start = skipSpace(text, i + 1);
        i = start - 1;
      }
      continue;
    }
    if (c !== '.' && c !== '!' && c !== '?') continue;
    let j = i + 1;
    while (j < n && /["”’')\]]/.test(text[j])) j++;
    if (j < n && !/\s/.test(text[j])) continue;
    const k = skipSpace(text, j);
    if (k >= n) break;
    if (c === '.' && !endsSentence(text, i, k)) continue;
    out.push({ start: start + offset, end: j + offset });
    start = k;
    i = k - 1;
  }
  const tail = text.slice(start).trimEnd();
  if (tail.length) out.push({ start: start + offset, end: start + tail.length + offset });
  return out;
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && /\s/.test(text[i])) i++;
  return i;
}

/** Short lines without final punctuation (headlines, datelines) stand alone. */
function isHeadlineLine(line: string): boolean {
  return line.length < 120 && !/[,;]$/.test(line) && !LINE_CONTINUES_AFTER.has(lastWord(line).toLowerCase());
}

function endsSentence(text: string, dot: number, next: number): boolean {
  const before = /([A-Za-z.]+)$/.exec(text.slice(Math.max(0, dot - 12), dot));
  const word = before ? before[1].toLowerCase() : '';
  const nextChar = text[next];
  const startsNew = /[A-Z"“(0-9]/.test(nextChar);
  if (!startsNew) return false;
  if (TITLE_ABBREVIATIONS.has(word)) return false;
  // Single initials ("John F. Kennedy") do not end a sentence.
  if (/^[a-z]$/i.test(word) && /[A-Z]/.test(text[dot - 1])) return false;
  if (SENTENCE_ABBREVIATIONS.has(word) || /^([a-z]\.)+[a-z]$/i.test(word)) {
    // "... in the U.S. The next day ..." — an abbreviation followed by a typical sentence opener does end it.
    return SENTENCE_OPENERS.has(FIRST_WORD.exec(text.slice(next, next + 12))?.[0] ?? '');
  }
  return true;
}
