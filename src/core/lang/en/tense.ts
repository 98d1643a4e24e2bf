/**
 * Tense cues for English, one table for both engines that read them: the date resolver (a bare weekday, month or
 * quarter in a forward-looking clause resolves forward) and the facts engine (an act introduced by an intention or
 * future word is planned, and a planned delivery is a pledge). Each cue says which engine reads it today; the two
 * lists grew apart and are unified with measurements in the dates-values work, not silently here.
 */

interface TenseCue {
  /** A word or phrase, lower case; "(is|are)" style alternatives are written out. */
  cue: string;
  /** Read by the date resolver in the text around a date. */
  dates: boolean;
  /** Read by the facts engine among the words right before an action verb. */
  facts: boolean;
}

const cue = (cue: string, dates: boolean, facts: boolean): TenseCue => ({ cue, dates, facts });

export const FUTURE_CUES: readonly TenseCue[] = [
  // modals
  cue('will', true, true), cue('would', true, true), cue('shall', true, true), cue("'ll", true, true), cue("won't", true, true),
  // schedules and intentions written as phrases
  cue('going to', true, false), cue('going', false, true), cue('set to', true, false), cue('set', false, true),
  cue('scheduled', true, true), cue('is due', true, false), cue('are due', true, false), cue('be due', true, false),
  cue('due out', true, false), cue('due on', true, false), cue('due in', true, false), cue('due', false, true),
  cue('slated', true, true), cue('poised to', true, false), cue('poised', false, true), cue('expected to', true, false),
  cue('expected', false, true), cue('to be held', true, false), cue('planned', true, true), cue('planning', true, true),
  cue('plan to', true, false), cue('plan for', true, false), cue('plan on', true, false), cue('plans to', true, false),
  cue('plans for', true, false), cue('plans on', true, false), cue('plan', false, true), cue('plans', false, true),
  cue('intend to', true, false), cue('intends to', true, false), cue('intend', false, true), cue('intends', false, true),
  cue('intended', false, true), cue('upcoming', true, false), cue('is to', true, false), cue('are to', true, false),
  // intentions the facts engine reads before "to" + verb ("agreed to provide", "is ready to send")
  cue('aim', false, true), cue('aims', false, true), cue('aimed', false, true), cue('expect', false, true),
  cue('expects', false, true), cue('agreed', false, true), cue('agree', false, true), cue('agrees', false, true),
  cue('prepared', false, true), cue('ready', false, true), cue('decided', false, true), cue('decide', false, true),
  cue('decides', false, true), cue('want', false, true), cue('wants', false, true), cue('wanted', false, true),
  cue('hope', false, true), cue('hopes', false, true), cue('hoped', false, true), cue('likely', false, true),
];

/** Auxiliaries that mark a clause as past ("had paid"); a past cue after the last future cue wins for dates. */
export const PAST_AUXILIARIES: readonly string[] = ['had', 'has', 'have', 'was', 'were', 'did'];

/** Future auxiliaries before which a past auxiliary stays future ("will have", "would have"). */
export const PERFECT_FUTURE_AUXILIARIES: readonly string[] = ['will', 'would', 'shall'];

/** The cues one engine reads. */
export function futureCues(engine: 'dates' | 'facts'): string[] {
  return FUTURE_CUES.filter((c) => c[engine]).map((c) => c.cue);
}

// ---- the word right before a date

/** Irregular past-tense verbs that often precede a date in news ("said Friday", "met Tuesday"). */
export const PAST_VERBS: ReadonlySet<string> = new Set(
  'said told met began came went saw took made held rose fell won lost left gave sold bought paid fled found got hit led ran sent set shot spoke struck threw wrote was were had did'.split(' '),
);

/** Words between a verb and its date that the date resolver looks past ("said on Friday", "met late last Tuesday"). */
export const DATE_TENSE_SKIP: ReadonlySet<string> = new Set('on late early last this the in since'.split(' '));

/** A past-tense verb: an irregular one, or a regular "-ed" form ("announced"; not "need", "speed"). */
export function isPastVerb(word: string): boolean {
  return PAST_VERBS.has(word) || (word.length > 4 && word.endsWith('ed') && !word.endsWith('eed'));
}
