/** Facts export: the document builder and its JSON / CSV forms. `write.ts` (Node fs) is imported separately. */
export { buildFactsDocument, quote, FACTS_SCHEMA } from './document';
export type { BuildInput, ExportedEntity, ExportedFact, ExportedMention, FactsDocument } from './document';
export { factsToJson, factsToJsonLine } from './json';
export { factsToCsv, factsToCsvRows, CSV_COLUMNS, type CsvColumn, type CsvOptions } from './csv';
export { sha256Hex } from './ids';
export { FACTS_EXT, serializeFacts, type FactsFileFormat } from './format';
export { ARTICLE_FILE, decodeArticle } from './read';
