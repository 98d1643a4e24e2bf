/**
 * Writes the fact category enum of schema/news-facts.schema.json from the language pack (`FACT_CATEGORIES`), leaving
 * the rest of the hand-formatted file as it is. Run: npm run gen:schema (a unit test fails while the two differ).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FACT_CATEGORIES } from '../src/core/facts/categories';

export const SCHEMA_PATH = path.resolve(__dirname, '../schema/news-facts.schema.json');

/** The `"enum": [...]` right inside the action's `"category": {`. */
const CATEGORY_ENUM = /("category":\s*\{\s*"enum":\s*)\[[^\]]*\]/;

/** The category enum as the schema states it. */
export function categoryEnum(schema: string): string[] {
  return JSON.parse(schema).$defs.fact.properties.action.properties.category.enum;
}

/** The schema text with its category enum set to `categories`, written on one line as the file writes its enums. */
export function withCategoryEnum(schema: string, categories: readonly string[]): string {
  if (!CATEGORY_ENUM.test(schema)) throw new Error('no "category": { "enum": [...] } in the schema');
  const out = schema.replace(CATEGORY_ENUM, (_, head: string) => `${head}[${categories.map((c) => JSON.stringify(c)).join(', ')}]`);
  if (categoryEnum(out).join() !== categories.join()) throw new Error('the enum written is not the one read back');
  return out;
}

if (require.main === module) {
  const before = fs.readFileSync(SCHEMA_PATH, 'utf8');
  const after = withCategoryEnum(before, FACT_CATEGORIES);
  if (after === before) console.log(`${path.relative(process.cwd(), SCHEMA_PATH)}: category enum up to date`);
  else {
    fs.writeFileSync(SCHEMA_PATH, after);
    console.log(`${path.relative(process.cwd(), SCHEMA_PATH)}: category enum → ${FACT_CATEGORIES.join(', ')}`);
  }
}
