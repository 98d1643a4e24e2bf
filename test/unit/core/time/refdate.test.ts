import * as assert from 'node:assert/strict';
import { detectReferenceDate } from '../../../../src/core/refdate';

function detect(text: string) {
  const r = detectReferenceDate(text);
  if (r.value !== null) {
    assert.ok(r.start !== undefined && r.end !== undefined, 'an anchored date reports where it was read');
    assert.ok(text.slice(r.start, r.end).length > 0);
  }
  return r;
}

const pick = (r: ReturnType<typeof detectReferenceDate>) => [r.value, r.source];

describe('detectReferenceDate — datelines and headers', () => {
  it('reads an agency dateline', () => {
    const text = 'BRUSSELS, April 4, 2025 (Reuters) - European ministers agreed on Friday to extend the sanctions.';
    const r = detect(text);
    assert.deepEqual([r.value, r.source], ['2025-04-04', 'dateline']);
    assert.equal(text.slice(r.start, r.end), 'April 4, 2025');
  });

  it('reads a dateline with a dash and no agency', () => {
    const r = detect('NAIROBI, 12 March 2024 — Heavy rains displaced thousands of families.');
    assert.deepEqual([r.value, r.source], ['2024-03-12', 'dateline']);
  });

  it('reads a "Published:" header with an ISO date or timestamp', () => {
    assert.deepEqual(detect('Ministers meet again\nPublished: 2025-04-04\n\nThe ministers met.').value, '2025-04-04');
    const r = detect('Published: 2025-04-04T09:30:00Z\nThe ministers met on Tuesday.');
    assert.deepEqual([r.value, r.source], ['2025-04-04', 'header']);
  });

  it('reads a "Date:" header with a weekday', () => {
    const r = detect('Title: Budget talks\nDate: Friday 4 April 2025\n\nThe ministers met on Tuesday.');
    assert.deepEqual([r.value, r.source], ['2025-04-04', 'header']);
  });

  it('reads a date line followed by a section name', () => {
    const r = detect('4 April 2025 | Politics\nParliament passed the bill.');
    assert.deepEqual([r.value, r.source], ['2025-04-04', 'header']);
  });

  it('reads a line holding only the date', () => {
    const r = detect('Budget agreed\nFriday, April 4, 2025\n\nParliament passed the bill.');
    assert.deepEqual([r.value, r.source], ['2025-04-04', 'header']);
  });
});

describe('detectReferenceDate — conservative negatives', () => {
  it('does not anchor on a month and day without a year', () => {
    const r = detect('Xinhua News Agency, Beijing, February 16th Recently, the city opened a new port.');
    assert.deepEqual([r.value, r.source], [null, 'none']);
  });

  it('does not take a date in the body text as the dateline', () => {
    assert.equal(detect('On April 4, 2025, the ministers met in Brussels to discuss the budget.').value, null);
    assert.equal(detect('The ministers said April 4, 2025 would be remembered as a turning point.').value, null);
    assert.equal(detect('April 4, 2025 was the day the market turned.').value, null);
  });

  it('only looks at the first lines of the article', () => {
    const body = 'The ministers met.\n'.repeat(10);
    assert.equal(detect(body + 'Published: 2025-04-04\n').value, null);
  });

  it('takes a weekday in front of a header date, but not a word that merely starts like one', () => {
    assert.deepEqual(pick(detect('Friday 4 April 2025 | Brussels\n\nThe ministers met.')), ['2025-04-04', 'header']);
    assert.deepEqual(pick(detect('Fri, 4 Apr 2025\nThe ministers met.')), ['2025-04-04', 'header']);
    assert.deepEqual(pick(detect('WEDNESDAY, 2 April 2025\nThe ministers met.')), ['2025-04-02', 'header']);
    assert.equal(detect('Sunny April 4, 2025\n\nThe ministers met.').value, null);
    assert.equal(detect('Monsoon April 4, 2025\n\nThe rains came.').value, null);
  });

  it('returns none for text without dates', () => {
    assert.deepEqual(detect('Parliament passed the bill after a long debate.'), { value: null, source: 'none' });
    assert.deepEqual(detect(''), { value: null, source: 'none' });
  });
});

describe('detectReferenceDate — modern headers and datelines', () => {
  const cases: Array<[string, string | null]> = [
    ['Updated April 4, 2025 10:32 am ET\nThe Senate passed the bill.', '2025-04-04'],
    ['April 4, 2025 at 10:32 a.m. EDT\nThe Senate passed the bill.', '2025-04-04'],
    ['Published 04.04.2025\nThe Senate passed the bill.', '2025-04-04'],
    ['By Jane Doe | Published: 2025-04-04T09:30:00Z\nBody text.', '2025-04-04'],
    ['Fri 4 Apr 2025 10.32 BST\nBody text.', '2025-04-04'],
    ['WASHINGTON (Reuters) — The Senate passed the bill on Tuesday.', null],
    ['LONDON, April 4 (Reuters) - Shares fell.', null],
  ];
  for (const [text, want] of cases) it(JSON.stringify(text.split('\n')[0]), () => assert.equal(detectReferenceDate(text).value, want));
});
