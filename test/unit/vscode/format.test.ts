import * as assert from 'node:assert/strict';
import type { Analysis, AnalyzedMention, Entity, ReferenceDate } from '../../../src/core';
import { escapeMarkdown, formatValue, groupKey, groupLabel, indexAnalysisSliced, mentionAt, preview, ruleLine } from '../../../src/vscode/format';
import { Slicer } from '../../../src/vscode/slices';
import { actor, date, entity, money } from './mentions';

const DATELINE: ReferenceDate = { value: '2025-04-04', source: 'dateline' };
const analysisWith = (mentions: AnalyzedMention[], entities: Entity[] = [], referenceDate = DATELINE): Analysis => ({
  chars: 1000,
  referenceDate,
  mentions,
  entities,
  stats: { blocks: 1, reusedBlocks: 0, ms: 1 },
});

describe('format: how mentions read in the hover and the sidebar', () => {
  const RUTTE = entity({ id: 'e1', canonical: 'Mark Rutte', aliases: ['Mark Rutte', 'Rutte'], titles: ['Secretary-General'] });
  const VALUES: Array<[string, AnalyzedMention, string]> = [
    ['money with a qualifier', money({ amount: 2e10, currency: 'EUR', approx: 'more than' }), '20,000,000,000 EUR (more than)'],
    ['a money range', money({ amount: 1e6, min: 1e6, max: 2e6, currency: 'USD' }), '1,000,000–2,000,000 USD'],
    ['money without a currency', money({ amount: 5000 }), '5,000 (currency not stated)'],
    ['money without an amount', money({ currency: 'GBP' }), 'amount not resolved GBP'],
    ['a fractional amount', money({ amount: 1.5, currency: 'USD' }), '1.5 USD'],
    ['a quarter', date({ timex: '2025-Q1', start_date: '2025-01-01', end_date: '2025-03-31' }), '2025-01-01 → 2025-03-31 (2025-Q1)'],
    ['a day read against the dateline', date({ timex: '2025-04-04', start_date: '2025-04-04', end_date: '2025-04-04', anchor: 'reference' }), '2025-04-04 (anchored on 2025-04-04 from the dateline)'],
    ['a year with a modifier', date({ timex: '2024', start_date: '2024-01-01', end_date: '2024-12-31', mod: 'BEFORE' }), '2024-01-01 → 2024-12-31 (2024, mod BEFORE)'],
    ['an unresolved date', date({ timex: 'PAST_REF', anchor: 'unresolved' }), 'unresolved (PAST_REF, no reference date to resolve it against)'],
    ['an actor with its entity', actor({ text: 'Rutte', kind: 'person', canonical: 'Rutte', entity: 'e1' }), 'Mark Rutte · person · also: Rutte, Secretary-General Mark Rutte'],
    ['an actor without an entity', actor({ text: 'NATO', canonical: 'NATO' }), 'NATO · organization'],
  ];
  for (const [what, m, expected] of VALUES)
    it(`formatValue: ${what}`, () => {
      assert.equal(formatValue(m, analysisWith([m], [RUTTE]), new Map([[RUTTE.id, RUTTE]])), expected);
    });

  const LABELS: Array<[string, AnalyzedMention, string]> = [
    ['money reads as its value', money({ amount: 3e8, currency: 'EUR' }), '300,000,000 EUR'],
    ['a date as its span and modifier', date({ timex: '2024', start_date: '2024-01-01', end_date: '2024-12-31', mod: 'AFTER' }), '2024-01-01 → 2024-12-31 (AFTER)'],
    ['an unresolved date as its timex', date({ text: 'recently', timex: 'PAST_REF' }), 'PAST_REF'],
    ['an unresolved date without a timex as its text', date({ text: 'some day' }), 'some day'],
    ['an actor as its canonical name', actor({ text: 'Rutte', canonical: 'Mark Rutte' }), 'Mark Rutte'],
  ];
  for (const [what, m, expected] of LABELS) it(`groupLabel: ${what}`, () => assert.equal(groupLabel(m), expected));

  it('groupKey: equal values group together, any difference in value apart', () => {
    const same: Array<[AnalyzedMention, AnalyzedMention]> = [
      [money({ amount: 5e6, currency: 'USD', text: '$5 million' }), money({ amount: 5e6, currency: 'USD', text: '5 million dollars' })],
      [date({ start_date: '2024-01-01', end_date: '2024-12-31', text: '2024' }), date({ start_date: '2024-01-01', end_date: '2024-12-31', text: 'last year' })],
      [date({ text: 'Recently' }), date({ text: 'recently' })],
      [actor({ canonical: 'Rutte', entity: 'e1' }), actor({ canonical: 'Mark Rutte', entity: 'e1' })],
    ];
    for (const [a, b] of same) assert.equal(groupKey(a), groupKey(b), `${a.text} ~ ${b.text}`);
    const apart: Array<[AnalyzedMention, AnalyzedMention]> = [
      [money({ amount: 5e6, currency: 'USD' }), money({ amount: 5e6, currency: 'USD', approx: 'about' })],
      [money({ amount: 5e6, currency: 'USD' }), money({ amount: 5e6, currency: 'EUR' })],
      [date({ start_date: '2024-01-01', end_date: '2024-12-31' }), date({ start_date: '2024-01-01', end_date: '2024-12-31', mod: 'END' })],
      [actor({ canonical: 'Paris', kind: 'place' }), actor({ canonical: 'Paris', kind: 'person' })],
    ];
    for (const [a, b] of apart) assert.notEqual(groupKey(a), groupKey(b));
  });

  const RULES: Array<[string, string | undefined]> = [
    ['money.scale-word', 'Why marked: scale word (rule money.scale-word)'],
    ['date.month-day-year', 'Why marked: month day year (rule date.month-day-year)'],
    ['actor.gazetteer.org', 'Why marked: gazetteer, org (rule actor.gazetteer.org)'],
    ['money', 'Why marked: rule money'],
    ['', undefined],
  ];
  for (const [rule, expected] of RULES) it(`ruleLine("${rule}")`, () => assert.equal(ruleLine(rule), expected));

  it('mentionAt finds the mention covering an offset, its end included', async () => {
    const ms = [money({ id: 'm1', start: 4, end: 12 }), date({ id: 'm2', start: 20, end: 26 }), actor({ id: 'm3', start: 30, end: 34 })];
    const index = await indexAnalysisSliced(analysisWith(ms), new Slicer());
    assert.ok(index);
    const AT: Array<[number, string | undefined]> = [[0, undefined], [4, 'm1'], [12, 'm1'], [13, undefined], [23, 'm2'], [34, 'm3'], [35, undefined]];
    for (const [offset, id] of AT) assert.equal(mentionAt(index, offset)?.id, id, `offset ${offset}`);
    assert.deepEqual(index.counts, { MONEY: 1, DATE: 1, ACTOR: 1 });
  });

  it('escapeMarkdown escapes markdown syntax and collapses whitespace', () => {
    const CASES: Array<[string, string]> = [
      ['a*b_c [x](y)', 'a\\*b\\_c \\[x\\]\\(y\\)'],
      ['$5.5 million - #1 <b>', '$5\\.5 million \\- \\#1 \\<b\\>'],
      ['  many   spaces\nand a line', ' many spaces and a line'],
    ];
    for (const [input, expected] of CASES) assert.equal(escapeMarkdown(input), expected);
  });

  const PREVIEWS: Array<[string, string, string, number]> = [
    // text, mention, label, where the mention starts in the label
    ['Officials said the fund got $5 million.', '$5 million', '…id the fund got $5 million.', 17],
    ['In a long opening passage about the budget talks, the ministers finally agreed to provide 300 million euros in aid to the region.', '300 million euros', '…reed to provide 300 million euros in aid to the…', 17],
    ['First line of the story.\nNorway paid $7 million.\nLast line.', '$7 million', 'Norway paid $7 million.', 12],
    ['Tabs\tand   many spaces before NATO   and after it.', 'NATO', '…y spaces before NATO and after it.', 17],
  ];
  for (const [text, mention, label, from] of PREVIEWS)
    it(`preview of "${mention}": stays on its line, collapses whitespace, keeps the mention in view`, () => {
      const start = text.indexOf(mention);
      const p = preview(text, start, start + mention.length);
      assert.deepEqual(p, { label, from, to: from + mention.length });
      assert.equal(p.label.slice(p.from, p.to), mention);
    });
});
