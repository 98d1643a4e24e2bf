import type { ReferenceDate } from './model';
import { extractDates } from './extract/dates';
import { BlockView } from './text/block-view';
import { isIsoDay } from './time/calendar';
import { WEEKDAYS, WEEKDAY_ABBREVIATIONS } from './lang/en/calendar';
import { HEADER_LABELS, HEADER_LABEL_PREPOSITIONS, TIME_OF_DAY_TAIL } from './lang/en/dates/dateline';

/** How far into the article a dateline or header date may appear. */
const HEAD_CHARS = 1000;
const HEAD_LINES = 5;

/** Header labels that introduce the article's own date ("Published:", "Updated on –"), at the end of the text before it. */
const HEADER_LABEL = new RegExp(
  `(?:^|[|•·]\\s*)(?:${HEADER_LABELS.join('|')})\\s*(?:${HEADER_LABEL_PREPOSITIONS.join('|')})?\\s*[:\\-–—]?\\s*$`,
  'i',
);
/** What may follow a dateline date: "(Reuters) -", "/PRNewswire/ --", "—", "|", or nothing. */
const DATELINE_TAIL = /^\s*(?:\([^)\n]{1,40}\)\s*)?(?:[-–—|:/]|$)/;
/** What may precede a dateline date: "BRUSSELS,", "WASHINGTON (AP) -", "Xinhua News Agency, Beijing,". */
const DATELINE_HEAD = /^\s*(?:[A-Z][A-Za-z.'’\- ]{1,60},\s*){1,3}$/;

/**
 * The article's own date from its dateline or header, read from the first few lines only. Conservative: the date must
 * be a full calendar day (a month and day without a year does not anchor anything) and must stand where a dateline or
 * header date stands — not anywhere in the first sentence of the body.
 */
export function detectReferenceDate(text: string): ReferenceDate {
  const head = text.slice(0, HEAD_CHARS);
  let lineStart = 0;
  for (let n = 0; n < HEAD_LINES && lineStart < head.length; n++) {
    let lineEnd = head.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = head.length;
    const line = head.slice(lineStart, lineEnd);
    const found = dateInLine(line);
    if (found) return { value: found.value, source: found.source, start: lineStart + found.start, end: lineStart + found.end };
    lineStart = lineEnd + 1;
    if (line.trim() === '') n--; // blank lines do not count against the budget
  }
  return { value: null, source: 'none' };
}

function dateInLine(line: string): { value: string; source: 'dateline' | 'header'; start: number; end: number } | null {
  if (!line.trim()) return null;
  const candidates: Array<{ value: string; start: number; end: number }> = [];
  for (const m of extractDates(new BlockView(line), { value: null, source: 'none' })) {
    if (m.timex && isIsoDay(m.timex)) candidates.push({ value: m.timex, start: m.start, end: m.end });
  }
  // ISO timestamps in headers ("Published: 2025-04-04T09:30:00Z") carry a time the date scanner does not read.
  const iso = ISO_STAMP.exec(line);
  if (iso && isIsoDay(iso[1])) {
    const end = iso.index + iso[0].length;
    const i = candidates.findIndex((c) => c.start === iso.index);
    if (i >= 0) candidates[i].end = end;
    else candidates.push({ value: iso[1], start: iso.index, end });
  }
  candidates.sort((a, b) => a.start - b.start);
  // Only the first full date of a line is considered: a later one is body text.
  const c = candidates[0];
  if (!c) return null;
  // A weekday in front of the date goes with it: "Friday 4 April 2025", "Fri, 4 Apr 2025".
  const lead = line.slice(0, c.start).replace(WEEKDAY_TAIL, '');
  // A time of day after the date belongs to the header ("April 4, 2025 at 10:32 a.m. EDT").
  const tm = TIME_OF_DAY_TAIL.exec(line.slice(c.end));
  const after = line.slice(c.end + (tm && /\d/.test(tm[0]) ? tm[0].length : 0));
  if (HEADER_LABEL.test(lead)) return { ...c, source: 'header' };
  if (/^\s*$/.test(lead) && /^\s*(?:[|•·–—-]|$)/.test(after)) return { ...c, source: 'header' };
  if (DATELINE_HEAD.test(lead) && DATELINE_TAIL.test(after)) return { ...c, source: 'dateline' };
  return null;
}

const ISO_STAMP = /\b(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?\b/;

/** A weekday written just before the date ("Friday, April 4, 2025") belongs with it. */
const WEEKDAY_TAIL = new RegExp(`\\b(?:${[...WEEKDAYS.keys(), ...WEEKDAY_ABBREVIATIONS.keys()].join('|')})\\.?,?\\s*$`, 'i');
