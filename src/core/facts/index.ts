export { extractFacts } from './extract';
export type { Fact, FactAction, FactCategory } from './types';
