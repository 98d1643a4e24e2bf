/** The English date registry: every rule it names is produced by some case, and nothing else is produced. */
import * as assert from 'node:assert/strict';
import { DATE_TABLES } from '../../../../src/core/lang/en/dates/registry';
import { FORM_TABLES, SEQUENCES } from './date-cases';
import { datesIn } from './date-table';

const registered = new Set(DATE_TABLES.flatMap((t) => t.parsers.flatMap((p) => (p.rule ? [p.rule] : []))));

/** Rules the engine produces on every case text of the date tables. */
function producedRules(): Set<string> {
  const seen = new Set<string>();
  const texts: Array<[string, string | null]> = [...FORM_TABLES.flatMap(([, rows]) => rows.map((r): [string, string | null] => [r[0], r[1]])), ...SEQUENCES.map((r): [string, string | null] => [r[0], r[1]])];
  for (const [text, ref] of texts) for (const m of datesIn(text, ref)) seen.add(m.rule);
  return seen;
}

describe('date parser registry', () => {
  const produced = producedRules();

  it('names rules as date.<family>[.<variant>]', () => {
    for (const rule of registered) assert.match(rule, /^date\.[a-z]+(?:-[a-z]+)*(?:\.[a-z]+(?:-[a-z]+)*)?$/, rule);
  });

  it('gives every parser at least one trigger token', () => {
    for (const table of DATE_TABLES) for (const p of table.parsers) assert.ok(p.on.length > 0, String(p.parse));
  });

  for (const rule of [...registered].sort()) {
    it(`${rule} is produced by some case (no dead rule)`, () => assert.ok(produced.has(rule), `no case in date-cases.ts yields ${rule}`));
  }

  it('produces only registered rules', () => {
    for (const rule of produced) assert.ok(registered.has(rule), `${rule} is not in the registry`);
  });
});
