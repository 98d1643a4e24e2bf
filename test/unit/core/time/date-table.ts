/**
 * Table-driven date tests: a case is one line. All sentences are written for these tests.
 *
 *   FormRow     [text, reference date, span, timex, start, end, rule, other fields?] — the text holds exactly this date
 *   SequenceRow [text, reference date, [[span, timex, start, end, rule, other fields?], …]] — every date, in order
 *   NoDateRow   [text, reference date] — no date at all
 */
import * as assert from 'node:assert/strict';
import { extractDates } from '../../../../src/core/extract/dates';
import type { DateMention } from '../../../../src/core/model';
import { BlockView } from '../../../../src/core/text/block-view';

/** A reference date (YYYY-MM-DD) or none. */
export type Ref = string | null;
/** Fields beyond the five every row names: anchor, mod, the date a narrative value counted from, the fiscal flag. */
export type Extra = Partial<Pick<DateMention, 'anchor' | 'mod' | 'anchor_date' | 'fiscal'>>;
export type Found = [span: string, timex: string | null, start: string | null, end: string | null, rule: string, extra?: Extra];
export type FormRow = [text: string, ref: Ref, ...found: Found];
export type SequenceRow = [text: string, ref: Ref, found: Found[]];
export type NoDateRow = [text: string, ref: Ref];

/** 2025-04-04, a Friday in ISO week 14. */
export const FRI = '2025-04-04';
/** 2025-04-09, a Wednesday in ISO week 15. */
export const WED = '2025-04-09';

export function datesIn(text: string, ref: Ref): DateMention[] {
  const found = extractDates(new BlockView(text), { value: ref, source: ref ? 'argument' : 'none' });
  for (const m of found) assert.equal(text.slice(m.start, m.end), m.text, 'offsets must match the text');
  return found;
}

function checkFound(text: string, m: DateMention, [span, timex, start, end, rule, extra]: Found, defaults: Extra): void {
  assert.deepEqual([m.text, m.timex, m.start_date, m.end_date, m.rule], [span, timex, start, end, rule], text);
  const want = { ...defaults, ...extra };
  for (const key of Object.keys(want) as Array<keyof Extra>) assert.deepEqual(m[key], want[key], `${text}: ${key}`);
}

export function checkForm([text, ref, ...found]: FormRow, defaults: Extra = {}): void {
  const all = datesIn(text, ref);
  assert.equal(all.length, 1, `expected one date in ${JSON.stringify(text)}, got ${JSON.stringify(all.map((d) => d.text))}`);
  checkFound(text, all[0], found, defaults);
}

export function checkSequence([text, ref, found]: SequenceRow): void {
  const all = datesIn(text, ref);
  assert.deepEqual(all.map((m) => m.text), found.map((f) => f[0]), text);
  found.forEach((f, k) => checkFound(text, all[k], f, {}));
}

export function checkNoDate([text, ref]: NoDateRow): void {
  assert.deepEqual(datesIn(text, ref), [], text);
}
