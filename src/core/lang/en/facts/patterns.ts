/**
 * Patterns over the raw text between words, built once from the word tables of `../clauses.ts`: clause boundaries,
 * an amount stated twice, a list of subjects.
 */
import { CLAUSE_OPENERS, COORDINATORS, LIST_ARTICLES, PARTICIPLE_ENDING, RESTATEMENT } from '../clauses';

/** `a|b|c` with regular-expression characters escaped. */
const alt = (list: readonly string[]): string => list.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');

/**
 * Clause starts: after ; : dashes (also the typed "--") and brackets, and after a comma that introduces a relative, subordinate or
 * coordinated clause or a participle (", which", ", while", ", and", ", underscoring"). Plain commas do not split:
 * "In 2024, NATO allies provided …" is one clause. Global: callers reset `lastIndex`.
 */
export const CLAUSE_BOUNDARY = new RegExp(
  String.raw`[;()]|:(?!\d)|\s(?:[—–-]|--)\s|—|,\s*(?=(?:${alt(CLAUSE_OPENERS)}|[a-z]{2,}${PARTICIPLE_ENDING})\b)`,
  'g',
);

/** The text between two amounts that state one amount twice: " (about ", ", or roughly ". */
export const RESTATEMENT_GAP = new RegExp(
  String.raw`^\s*(?:\(\s*(?:${alt(RESTATEMENT.bracketed)})?\s*|,?\s*(?:${alt(RESTATEMENT.conjunctions)})\s+(?:${alt(RESTATEMENT.hedges)})?\s*)$`,
  'i',
);

/** Between the last two subjects of a list: " and ", ", and the ". */
export const LIST_LAST_GAP = new RegExp(String.raw`^\s*,?\s*(?:${alt(COORDINATORS)})\s+(?:(?:${alt(LIST_ARTICLES)})\s+)?$`, 'i');
/** Between earlier subjects of a list: ", ", ", the ". */
export const LIST_GAP = new RegExp(String.raw`^\s*,\s*(?:(?:${alt(LIST_ARTICLES)})\s+)?$`);
