/** One table of future cues for both engines: the phrase the date resolver reads, the key word the facts engine reads. */
import * as assert from 'node:assert/strict';
import { FUTURE_CUES, futureCues } from '../../../../../src/core/lang/en/tense';

describe('future cues (one table for dates and facts)', () => {
  it('gives the facts engine the key word of each intention the date resolver reads as a phrase', () => {
    const dates = futureCues('dates');
    const facts = futureCues('facts');
    for (const [phrase, key] of [['plans to', 'plans'], ['agreed to', 'agreed'], ['is likely to', 'likely'], ['will', 'will']]) {
      assert.ok(dates.some((c) => phrase.endsWith(c) || c === phrase), `dates read "${phrase}"`);
      assert.ok(facts.includes(key), `facts read "${key}"`);
    }
  });

  it('reads intentions only before a date ("Roth on Thursday agreed to plead guilty" is past)', () => {
    assert.ok(futureCues('dates').includes('agreed to'));
    assert.ok(!futureCues('dates-after').includes('agreed to'));
    assert.ok(futureCues('dates-after').includes('will'));
  });

  it('keeps "due" for dates to schedules ("due to the strike" is a cause)', () => {
    assert.ok(!futureCues('dates').includes('due'));
    assert.ok(futureCues('dates').includes('is due'));
  });

  it('has a facts key only for a word the facts engine can see before a verb', () => {
    for (const c of FUTURE_CUES) if (c.key) assert.ok(c.phrase.split(' ').includes(c.key), c.phrase);
  });
});
