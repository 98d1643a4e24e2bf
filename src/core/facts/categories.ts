/**
 * The fact categories: one per action record of the language pack, in the pack's order, then `other` (money verbs that
 * fit no record, and facts without a recognised verb). `FACT_CATEGORIES` feeds the CLI help and the JSON Schema enum.
 */
import { ACTION_DEFAULTS, ACTIONS, OTHER_VERBS, type ActionFrame, type ActionRecord } from '../lang/en/actions';
import type { FactCategory } from './types';

export const FACT_CATEGORIES: readonly FactCategory[] = [...(Object.keys(ACTIONS) as Array<keyof typeof ACTIONS>), 'other'];

export type Frame = ActionFrame<FactCategory>;

function mapRecord<K extends string, A, B>(record: Readonly<Record<K, A>>, f: (a: A) => B): Record<K, B> {
  return Object.fromEntries(Object.entries(record).map(([k, a]) => [k, f(a as A)])) as Record<K, B>;
}

/** Each category's frame: how its verbs behave in a clause (recipient prepositions, control, planned category …). */
export const FRAMES: Readonly<Record<FactCategory, Frame>> = mapRecord(
  { ...ACTIONS, other: OTHER_VERBS } satisfies Record<FactCategory, ActionRecord<FactCategory>>,
  (r: ActionRecord<FactCategory>): Frame => ({ ...ACTION_DEFAULTS, ...r }),
);
