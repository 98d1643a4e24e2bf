/**
 * The date engine over a block's date tokens. At each token it asks the grammar's tables which parsers that token can
 * start, keeps the first phrase one of them finds, lets the refiners extend it and moves on after it: leftmost, no
 * backtracking beyond a few tokens, so the cost is linear in the text.
 *
 * Span conventions follow OntoNotes DATE: determiners and modifiers belong to the span ("the past two years",
 * "late Tuesday", "a year earlier"), prepositions do not ("on Tuesday" → "Tuesday"); durations and periodic words
 * ("six months", "five-year", "quarterly") are DATE; times of day are not.
 */
import type { DateValue } from '../model';
import type { Token } from '../text/token';
import { EMPTY_STORY, NarrativeAnchor, StoryContext } from './anchor';
import type { Ymd } from './calendar';
import type { ScanContext } from './context';
import { DateGrammar, NOT_A_DATE, Phrase, TriggerTable } from './grammar';
import { type Anchor, type Grain, type Tense, fiscalValue } from './resolve';

export interface DateMatch {
  /** First token and one past the last token of the span. */
  i0: number;
  i1: number;
  v: DateValue;
  rule: string;
}

/** Rule of a phrase no table entry named (a grammar bug: the registry test keeps it from happening). */
const UNNAMED = 'date';

export class DateScan {
  /** The story's dates so far (this block's and the earlier blocks'), for phrases that count from them. */
  readonly story: NarrativeAnchor;

  constructor(
    /** The block's date tokens (read only). */
    readonly t: readonly Token[],
    readonly ref: Ymd | null,
    readonly ctx: ScanContext,
    readonly grammar: DateGrammar,
    prior: StoryContext = EMPTY_STORY,
  ) {
    this.story = new NarrativeAnchor(prior);
  }

  scan(): DateMatch[] {
    const out: DateMatch[] = [];
    for (let i = 0; i < this.t.length; ) {
      const p = this.phrase(i);
      if (p && p.next > i) {
        out.push({ i0: i, i1: p.next, v: p.v, rule: p.rule ?? UNNAMED });
        this.story.note(p.v, this.t, i, p.next, this.grammar.reportingDays);
        i = p.next;
      } else i++;
    }
    return out;
  }

  // ---------------------------------------------------------------- tables

  /** The phrase starting at token i: a wrapper, else a point, else a duration; then refined. */
  private phrase(i: number): Phrase | null {
    const g = this.grammar;
    let p = this.run(g.wrappers, i) ?? this.run(g.points, i) ?? this.run(g.durations, i);
    if (!p) return null;
    for (const refine of g.refiners) p = refine(this, i, p);
    return p;
  }

  /** A calendar point or period starting at token i (no wrappers, no refiners). */
  point(i: number): Phrase | null {
    return this.run(this.grammar.points, i);
  }

  /** A duration or count starting at token i. */
  durationAt(i: number): Phrase | null {
    return this.run(this.grammar.durations, i);
  }

  /**
   * The first phrase a parser of `table` finds starting at token i, the parsers chosen by token `at` (the token after
   * "the" for the "the …" table). A phrase gets the rule of the entry that found it unless it carries its core's.
   */
  run(table: TriggerTable, i: number, at = i): Phrase | null {
    const tok = this.t[at];
    const parsers = tok && table.at(tok);
    if (!parsers) return null;
    for (const parser of parsers) {
      const r = parser.parse(this, i);
      if (r === NOT_A_DATE) return null;
      if (r) {
        r.rule ??= parser.rule;
        return r;
      }
    }
    return null;
  }

  // ---------------------------------------------------------------- token helpers

  /** Lower-case text of token i; '' outside the block. */
  w(i: number): string {
    return i < this.t.length && i >= 0 ? this.t[i].lower : '';
  }

  glued(i: number): boolean {
    return i < this.t.length && this.t[i].glued;
  }

  /** Token i is "-" glued on both sides. */
  hyphenAt(i: number): boolean {
    return this.w(i) === '-' && this.glued(i) && this.glued(i + 1);
  }

  /**
   * Tense for resolving token i. A past-tense verb right before the date ("said Monday", "announced on Friday") wins
   * over future wording elsewhere in the clause ("said Monday that it will …"); otherwise the clause's cues decide
   * (ScanContext.future).
   */
  tense(i: number): Tense {
    const g = this.grammar;
    let k = i - 1;
    while (k >= 0 && k >= i - 3 && g.tenseSkip.has(this.w(k))) k--;
    if (g.isPastVerb(this.w(k), this.w(k - 1))) return 'past';
    return this.ctx.future(this.t[i]) ? 'future' : 'past';
  }

  /** A fiscal period (timex YYYY, YYYY-Qn, YYYY-Hn), with its days when the article gave its fiscal calendar. */
  fiscal(timex: string | null, anchor: Anchor, mod?: string): DateValue {
    return fiscalValue(timex, anchor, this.story.fiscalYearEnd, mod);
  }

  /** `n` units of `unit` from the story's last date before token i (see NarrativeAnchor.shifted). */
  fromAnchor(i: number, unit: Grain, n: number, comparison: boolean, asUnit = false): DateValue | null {
    return this.story.shifted(this.t, i, unit, n, comparison, asUnit);
  }
}
