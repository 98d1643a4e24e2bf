/** Block-level cues the English date parsers test (once per block, cached by the scan context). */
import { escapeRegExp } from '../../../time/context';
import { EARNINGS_WORDS } from '../date-words';

/** Quarterly-earnings wording: there "a year earlier" means the same quarter of the previous year. */
export const EARNINGS_CUE = new RegExp(EARNINGS_WORDS.map(escapeRegExp).join('|'), 'i');
