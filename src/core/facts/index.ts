export { extractFacts } from './extract';
export { FACT_CATEGORIES, type Fact, type FactAction, type FactCategory } from './types';
