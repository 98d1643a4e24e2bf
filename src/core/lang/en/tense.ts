/**
 * Tense cues for English: one table for both engines that read them. The date resolver reads each cue's phrase in the
 * clause around a bare weekday, month or quarter ("the notes, to be auctioned Thursday" → the coming Thursday); the
 * facts engine reads its key word among the words right before an action verb ("plans to provide" → planned, and a
 * planned delivery is a pledge). A cue without a key is one the facts engine cannot see there ("is to", "upcoming").
 */

export interface FutureCue {
  /** As written in the text, lower case: what the date resolver looks for ("plans to", "will"). */
  phrase: string;
  /** The word the facts engine reads right before the verb ("plans"); null when it reads none. */
  key: string | null;
  /**
   * Also read after the date ("Thursday, the board will vote"). An intention word after the date is mostly the
   * clause's own past verb instead ("Roth on Thursday agreed to plead guilty").
   */
  after: boolean;
}

/** A cue whose key is its only word ("will"), or its first one ("going to" → "going"). */
const cue = (phrase: string, key: string | null = phrase.split(' ')[0], after = true): FutureCue => ({ phrase, key, after });
/** Intention words read before "to" + verb: "plans to send", "agreed to pay", "is likely to give". */
const intents = (words: string): FutureCue[] => words.split(' ').map((w) => cue(`${w} to`, w, false));

export const FUTURE_CUES: readonly FutureCue[] = [
  // modals
  cue('will'), cue('would'), cue('shall'), cue("'ll"), cue("won't"),
  // schedules
  cue('going to'), cue('set to', 'set'), cue('scheduled'), cue('slated'), cue('poised to', 'poised'),
  // "due" alone is also "because of" ("due to the strike")
  cue('is due', 'due'), cue('are due', 'due'), cue('be due', 'due'), cue('due out', 'due'), cue('due on', 'due'), cue('due in', 'due'),
  cue('expected to', 'expected'), cue('planned'), cue('planning'), cue('plan for', 'plan'), cue('plan on', 'plan'),
  cue('plans for', 'plans'), cue('plans on', 'plans'),
  // intentions before "to" + verb
  ...intents('plan plans intend intends intended aim aims aimed expect expects agree agrees agreed prepared ready decide'),
  ...intents('decides decided want wants wanted hope hopes hoped likely'),
  // wording the facts engine does not read before a verb: "is to resume", "the notes, to be auctioned", "the upcoming
  // vote", "an agreement to buy … in January", "the next round"
  cue('is to', null), cue('are to', null), cue('to be', null, false), cue('upcoming', null, false), cue('agreement to', null, false),
  cue('next', null, false),
];

/**
 * Verbs in the present tense that announce a scheduled event: "the offer expires Friday", "the court convenes Monday".
 * Read by the date resolver only; forms that are also common nouns ("close", "returns", "visits") are left out.
 */
export const SCHEDULE_VERBS: readonly string[] = ['meets', 'begins', 'opens', 'resumes', 'expires', 'convenes'];

/**
 * Where a clause around a date starts or ends, besides the sentence's: the clause openers the facts engine reads
 * after a comma and its complementizers before a new subject ("said that it will …"), both in lang/en/clauses.ts, and
 * these words anywhere.
 */
export const CLAUSE_SUBORDINATORS: readonly string[] = 'but while whereas although though because unless adding saying'.split(' ');
/** Words after a complementizer that make it open a clause ("that it …", not "that year"). */
export const COMPLEMENTIZER_SUBJECTS: readonly string[] = 'it he she they we i you the its his her their'.split(' ');

/** Auxiliaries that mark a clause as past ("had paid"); a past cue after the last future cue wins for dates. */
export const PAST_AUXILIARIES: readonly string[] = ['had', 'has', 'have', 'was', 'were', 'did'];

/** Future auxiliaries before which a past auxiliary stays future ("will have", "would have"). */
export const PERFECT_FUTURE_AUXILIARIES: readonly string[] = ['will', 'would', 'shall'];
/** The perfect auxiliary: "will have paid" stays future. */
export const PERFECT_AUXILIARIES: readonly string[] = ['have'];

/**
 * The cues one engine reads: the date resolver's phrases (schedule verbs included; 'dates-after': those it also reads
 * after a date), the facts engine's key words.
 */
export function futureCues(engine: 'dates' | 'dates-after' | 'facts'): string[] {
  if (engine === 'facts') return [...new Set(FUTURE_CUES.flatMap((c) => (c.key ? [c.key] : [])))];
  const cues = engine === 'dates' ? FUTURE_CUES : FUTURE_CUES.filter((c) => c.after);
  return [...cues.map((c) => c.phrase), ...SCHEDULE_VERBS];
}

// ---- the word right before a date

/** Irregular past-tense verbs that often precede a date in news ("said Friday", "met Tuesday"). */
export const PAST_VERBS: ReadonlySet<string> = new Set(
  'said told met began came went saw took made held rose fell won lost left gave sold bought paid fled found got hit led ran sent set shot spoke struck threw wrote was were had did'.split(' '),
);

/** Words between a verb and its date that the date resolver looks past ("said on Friday", "met late last Tuesday"). */
export const DATE_TENSE_SKIP: ReadonlySet<string> = new Set('on late early last this the in since'.split(' '));

/** Words before a participle that make it no past tense: "to be auctioned Thursday", "will be held Monday". */
export const PARTICIPLE_AUXILIARIES: ReadonlySet<string> = new Set(['be']);

/**
 * A past-tense verb: an irregular one, or a regular "-ed" form ("announced"; not "need", "speed"), unless a participle
 * after `before` ("be auctioned").
 */
export function isPastVerb(word: string, before = ''): boolean {
  if (PARTICIPLE_AUXILIARIES.has(before)) return false;
  return PAST_VERBS.has(word) || (word.length > 4 && word.endsWith('ed') && !word.endsWith('eed'));
}
