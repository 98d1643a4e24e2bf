import type { ActorMention } from '../../model';
import type { BlockView } from '../../text/block-view';
import { emit, mergeCityCountry } from './emit';
import { collectRun, isBreak, isVerbOnly } from './runs';
import { scanBlock } from './scan';
import { isPartyLetter, splitRun, type Segment } from './segments';

export { ACTOR_RULES, LIST_RULES, RULE_WEIGHT, type ActorRule } from './rules';

/**
 * ACTOR mentions (people, organisations, places, nationalities/groups) in one block; offsets relative to the block.
 *
 * A capitalisation scanner over the block's name tokens, not a tagger: it collects runs of capitalised words (with
 * "of", "and", "&", "for" and name particles inside when the run is an institution's name), splits titles off
 * people's names, then classifies each segment with gazetteers (the pack's lists + compromise's lexicon as a lookup
 * table), recording the rule that decided. Linear in the text. Spans follow OntoNotes: "the" kept for multi-word
 * organisation names, titles and honorifics left out. Reads the view and keeps no state between calls.
 */
export function extractActors(view: BlockView): ActorMention[] {
  const scan = scanBlock(view);
  const tokens = scan.tokens;
  const segments: Segment[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (isPartyLetter(tokens, i)) {
      segments.push({ words: [t], decided: { kind: 'group', rule: 'actor.party-letter' }, prev: i - 1 });
      i++;
      continue;
    }
    if (!t.cap || isBreak(t) || isVerbOnly(t)) {
      i++;
      continue;
    }
    const run = collectRun(scan, i);
    splitRun(scan, run, i, segments);
    i += run.length;
  }
  return emit(scan, mergeCityCountry(scan, segments));
}
