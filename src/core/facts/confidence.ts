/**
 * A fact's confidence: which parts were found, and how directly. Each part adds its weight, a party scaled by how it
 * was read (a frame slot of the act counts fully; a relative clause's antecedent, the owner of an intention, an
 * earlier clause's subject and coreference count less, in that order). A fact with everything read from its frame
 * scores 1; a fact without an actor or without an amount cannot reach `INCOMPLETE_MAX`.
 */
import type { Governance } from './parts';
import type { SlotSource } from './types';

/** How much a party read through each slot is worth, relative to a frame slot. */
const SLOT_WEIGHT: Readonly<Record<SlotSource, number>> = {
  subject: 1,
  agent: 1,
  object: 1,
  preposition: 1,
  possessor: 0.9,
  relative: 0.9,
  control: 0.85,
  clause: 0.7,
  coreference: 0.6,
};

/** How directly the amount is tied to the act. */
const GOVERNANCE_WEIGHT: Readonly<Record<Governance, number>> = {
  object: 1,
  passive: 1,
  relative: 0.9,
  coordinated: 0.9,
  noun: 0.85,
};

const WEIGHT = { act: 0.2, amount: 0.35, actor: 0.3, recipient: 0.1, time: 0.05 } as const;

/** No fact without an actor or an amount scores more than this. */
export const INCOMPLETE_MAX = WEIGHT.act + WEIGHT.amount + WEIGHT.recipient + WEIGHT.time;

export interface ConfidenceParts {
  /** How the amount is tied to the act; null: no amount. */
  amount: Governance | null;
  /** The act is a noun ("a pledge of"), which says less than a verb. */
  noun: boolean;
  actor: SlotSource | null;
  recipient: SlotSource | null;
  time: boolean;
}

export function confidenceOf(p: ConfidenceParts): number {
  let c = WEIGHT.act * (p.noun ? 0.75 : 1);
  if (p.amount) c += WEIGHT.amount * GOVERNANCE_WEIGHT[p.amount];
  if (p.actor) c += WEIGHT.actor * SLOT_WEIGHT[p.actor];
  if (p.recipient) c += WEIGHT.recipient * SLOT_WEIGHT[p.recipient];
  if (p.time) c += WEIGHT.time;
  return Math.round(Math.min(1, c) * 100) / 100;
}
