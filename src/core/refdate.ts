import type { ReferenceDate } from './model';

/** The article's own date from its dateline or header. (Placeholder until the date work lands.) */
export function detectReferenceDate(_text: string): ReferenceDate {
  return { value: null, source: 'none' };
}
