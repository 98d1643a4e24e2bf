import type { MoneyMention } from '../model';

/** MONEY mentions in one block; offsets relative to the block. (Placeholder until the money extractor lands.) */
export function extractMoney(_text: string): MoneyMention[] {
  return [];
}
