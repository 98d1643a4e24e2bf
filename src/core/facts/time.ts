/** Which of a sentence's DATE mentions dates a fact. */
import type { DateM, Verb } from './parts';
import { clauseOf, type SentenceView } from './sentence';

/**
 * The sentence's DATE for a fact whose core (amount, or verb, up to the recipient) spans from..to: same clause first,
 * then resolvable points and periods, then the nearest to that core. A date inside the verb phrase ("agreed on Friday
 * to provide …") dates the agreement, so a date of the complement ("… in the first quarter of 2025") wins over it.
 */
export function pickTime(view: SentenceView, dates: DateM[], from: number, to: number, verb: Verb | undefined): DateM | null {
  let best: DateM | null = null;
  let bestScore = -Infinity;
  const clause = clauseOf(view, from);
  for (const d of dates) {
    // Another clause's date only from the main clause ("On Monday, …", a dateline), never into a clause with its own
    // subject, and never out of a relative or subordinate clause ("which gave $61bn last year").
    const dClause = d.clause;
    if (dClause !== clause && (dClause !== 0 || view.ownSubject[clause])) continue;
    const distance = d.end <= from ? from - d.end : Math.max(0, d.start - to);
    const duration = typeof d.timex === 'string' && d.timex.startsWith('P');
    const ofControlVerb = !!verb && d.start >= verb.phraseStart && d.end <= verb.start;
    const score =
      (dClause === clause ? 10000 : 0) + (d.start_date ? 5000 : 0) + (duration ? -8000 : 0) + (ofControlVerb ? -3000 : 0) - distance;
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}
