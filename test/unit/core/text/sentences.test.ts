import * as assert from 'node:assert/strict';
import { splitSentences } from '../../../../src/core/text/sentences';

const texts = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits at terminal punctuation but not after abbreviations, titles or initials', () => {
    assert.deepEqual(
      texts('Mr. Smith met U.S. officials in Washington. They agreed. Acme Corp. paid $5 million. John F. Kennedy spoke!'),
      ['Mr. Smith met U.S. officials in Washington.', 'They agreed.', 'Acme Corp. paid $5 million.', 'John F. Kennedy spoke!'],
    );
  });

  it('ends a sentence after an abbreviation when a typical opener follows', () => {
    assert.deepEqual(texts('Aid came from the U.S. The allies also helped.'), ['Aid came from the U.S.', 'The allies also helped.']);
  });

  it('keeps closing quotes with their sentence', () => {
    assert.deepEqual(texts('"We will help," she said. "Soon."'), ['"We will help," she said.', '"Soon."']);
  });

  it('treats a headline line without punctuation as its own sentence but joins hard-wrapped lines', () => {
    const t = 'Allies pledge support\nThe ministers met in Brussels and promised that the help led by the\nEuropean Union would go on.';
    assert.deepEqual(texts(t), [
      'Allies pledge support',
      'The ministers met in Brussels and promised that the help led by the\nEuropean Union would go on.',
    ]);
  });

  it('applies an offset and survives empty input', () => {
    assert.deepEqual(splitSentences('', 10), []);
    assert.deepEqual(splitSentences('One. Two.', 100), [
      { start: 100, end: 104 },
      { start: 105, end: 109 },
    ]);
  });
});
