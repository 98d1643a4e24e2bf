import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { categoryEnum, SCHEMA_PATH, withCategoryEnum } from '../../../../scripts/gen-schema';
import { ACTIONS } from '../../../../src/core/lang/en/actions';
import { FACT_CATEGORIES, FRAMES } from '../../../../src/core/facts/categories';

describe('fact categories', () => {
  it('are the action records of the pack, in order, then "other"', () => {
    assert.deepEqual(FACT_CATEGORIES, [...Object.keys(ACTIONS), 'other']);
    assert.deepEqual(Object.keys(FRAMES).sort(), [...FACT_CATEGORIES].sort());
  });

  it('equal the JSON Schema category enum (npm run gen:schema rewrites it)', () => {
    const schema = fs.readFileSync(SCHEMA_PATH, 'utf8');
    assert.deepEqual(categoryEnum(schema), FACT_CATEGORIES, 'schema/news-facts.schema.json is stale: run npm run gen:schema');
    assert.equal(withCategoryEnum(schema, FACT_CATEGORIES), schema, 'the generator would rewrite the file');
  });

  it('the generator rewrites the enum only', () => {
    const schema = fs.readFileSync(SCHEMA_PATH, 'utf8');
    const changed = withCategoryEnum(schema, ['pledge', 'other']);
    assert.deepEqual(categoryEnum(changed), ['pledge', 'other']);
    assert.equal(withCategoryEnum(changed, FACT_CATEGORIES), schema);
  });
});
