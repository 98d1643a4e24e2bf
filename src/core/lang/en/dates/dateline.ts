/** English wording around an article's own date in its header or dateline (read by core/refdate.ts). Lower case. */

/** Labels before the date in a header: "Published:", "Last updated on", "Dateline –". */
export const HEADER_LABELS: readonly string[] = [
  'published', 'posted', 'updated', 'last updated', 'date', 'dated', 'dateline', 'first published', 'released', 'issued',
];

/** Words between a header label and its date: "Published on", "Updated at". */
export const HEADER_LABEL_PREPOSITIONS: readonly string[] = ['on', 'at'];

/** A time of day written after a header date: "10:32 am ET", "at 10:32 a.m. EDT", "10.32 BST", "09:30 GMT+1". */
export const TIME_OF_DAY_TAIL = /^\s*,?\s*(?:at\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,5}(?:[+-]\d{1,2})?)?/;
