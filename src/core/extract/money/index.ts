/** The MONEY extractor: one scan per block over the shared money token layer, tables derived from the language pack. */
export { extractMoney } from './scanner';
export { MONEY_RULES, type MoneyRule } from './rules';
