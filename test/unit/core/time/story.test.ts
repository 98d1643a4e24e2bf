/** Dates that count from an earlier paragraph of the article, and how the analyzer's per-paragraph cache keeps up. */
import * as assert from 'node:assert/strict';
import { Analyzer } from '../../../../src/core/analyze';
import type { Analysis, DateMention } from '../../../../src/core/model';

const dates = (a: Analysis): DateMention[] => a.mentions.filter((m): m is DateMention & { id: string } => m.type === 'DATE');
const value = (a: Analysis, text: string) => {
  const m = dates(a).find((d) => d.text === text);
  return m && [m.timex, m.start_date, m.end_date, m.anchor, m.anchor_date?.timex];
};

describe('dates across paragraphs', () => {
  const ref = { referenceDate: '2025-04-04' };

  it('"that year" names the year an earlier paragraph mentioned', () => {
    const a = new Analyzer().analyze('The plant opened in 2019.\n\nOfficials said that year was bad.', ref);
    assert.deepEqual(value(a, 'that year'), ['2019', '2019-01-01', '2019-12-31', 'narrative', '2019']);
  });

  it('"that year" with no date before it stays open', () => {
    const a = new Analyzer().analyze('Officials said that year was bad.', ref);
    assert.deepEqual(value(a, 'that year'), ['XXXX', null, null, 'unresolved', undefined]);
  });

  it('"a year earlier" in a later paragraph compares with the quarter the story reports', () => {
    const text = 'Third-quarter profit fell 47%, the company said.\n\nIt earned $45 million, compared with $85 million a year earlier.';
    const a = new Analyzer().analyze(text, { referenceDate: '2024-11-02' });
    assert.deepEqual(value(a, 'a year earlier'), ['2023-Q3', '2023-07-01', '2023-09-30', 'narrative', '2024-Q3']);
  });

  it('the fiscal calendar one paragraph gives dates the fiscal years of the next', () => {
    const text = 'Profit rose in the year ended June 30, 2024.\n\nThe company expects fiscal 2025 to be harder.';
    const a = new Analyzer().analyze(text, ref);
    const fy = dates(a).find((d) => d.text === 'fiscal 2025');
    assert.deepEqual([fy?.timex, fy?.start_date, fy?.end_date, fy?.fiscal], ['2025', '2024-07-01', '2025-06-30', true]);
  });

  it('re-reads a later paragraph only when the dates it counts from change', () => {
    const analyzer = new Analyzer();
    const text = 'The plant opened in 2019.\n\nOfficials said that year was bad.\n\nNo date here.';
    analyzer.analyze(text, ref);
    // Wording changed, dates not: the later paragraphs keep their cached dates.
    const reworded = analyzer.analyze(text.replace('The plant opened', 'The new plant opened'), ref);
    assert.equal(reworded.stats.reusedDateBlocks, 2);
    // The year changed: "that year" follows it (and so is re-read, as is the paragraph after it).
    const moved = analyzer.analyze(text.replace('2019', '2021'), ref);
    assert.equal(moved.stats.reusedDateBlocks, 0);
    assert.deepEqual(value(moved, 'that year'), ['2021', '2021-01-01', '2021-12-31', 'narrative', '2021']);
    assert.deepEqual(moved.mentions, new Analyzer().analyze(text.replace('2019', '2021'), ref).mentions);
  });
});
