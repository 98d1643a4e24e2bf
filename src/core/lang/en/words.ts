/** A lower-case word list written as `a|b|c` across lines → a Set. */
export const words = (s: string): Set<string> => new Set(s.trim().split(/\s*\|\s*/));
