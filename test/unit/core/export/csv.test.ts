import * as assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { CSV_COLUMNS, factsToCsv, factsToCsvRows } from '../../../../src/core/export/csv';
import { exportArticles, exportOf, fromMarkup, MARKED } from './helpers';

const articles = exportArticles();

describe('facts CSV', () => {
  it('round-trips through csv-parse with the same values (quotes, commas, line breaks, emoji, BOM)', () => {
    const docs = [fromMarkup(MARKED), ...articles.map(exportOf)];
    const csv = factsToCsv(docs);
    assert.ok(csv.startsWith('\ufeff'), 'BOM for spreadsheets');
    assert.ok(csv.includes('\r\n'));
    const records = parse(csv, { bom: true, columns: true, skip_empty_lines: false }) as Array<Record<string, string>>;
    const expected = docs.flatMap(factsToCsvRows);
    assert.equal(records.length, expected.length);
    assert.deepEqual(records, expected);
    assert.deepEqual(Object.keys(records[0]), [...CSV_COLUMNS]);
    const italy = records.find((r) => r.actor === 'Italy')!;
    assert.deepEqual([italy.amount, italy.currency, italy.recipient, italy.category, italy.date_start], ['5000000', 'EUR', 'Chad', 'provide', '2025-04-04']);
  });

  it('writes object, purpose, co-actors, named and missing; can leave out facts below a confidence', () => {
    const doc = fromMarkup(
      '[Norway]{A:place}, [Sweden]{A:place} and [the city]{A:place:city:d} gave [€5 million]{M:5e6:EUR} in food aid to [Chad]{A:place} for schools. ' +
        '[€2 million]{M:2e6:EUR} was paid to [Mali]{A:place}.',
    );
    const rows = factsToCsvRows(doc);
    assert.deepEqual(
      rows.map((r) => [r.actor, r.co_actors, r.actor_named, r.recipient_named, r.object, r.purpose, r.missing]),
      [
        ['Norway', 'Sweden; city', 'true', 'true', 'food aid', 'schools', ''],
        ['', '', '', 'true', '', '', 'actor'],
      ],
    );
    const csv = factsToCsv([doc], { minConfidence: 0.7 });
    const kept = parse(csv, { bom: true, columns: true }) as Array<Record<string, string>>;
    assert.deepEqual(kept.map((r) => r.amount), ['5000000']);
  });

  it('can leave out the BOM and the header', () => {
    const csv = factsToCsv([fromMarkup(MARKED)], { bom: false, header: false });
    assert.ok(!csv.startsWith('\ufeff') && !csv.startsWith('fact_id'));
  });
});
