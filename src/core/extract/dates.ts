import type { DateMention, ReferenceDate } from '../model';

/** DATE mentions in one block; offsets relative to the block. (Placeholder until the date extractor lands.) */
export function extractDates(_text: string, _ref: ReferenceDate): DateMention[] {
  return [];
}
