import * as assert from 'node:assert/strict';
import { extractActors as extractActorsIn } from '../../src/core/extract/actors';
import { BlockView } from '../../src/core/text/block-view';
const extractActors = (text: string) => extractActorsIn(new BlockView(text));

import type { ActorMention } from '../../src/core/model';

const spans = (text: string): string[] => extractActors(text).map((m) => m.text);
const find = (text: string, surface: string): ActorMention | undefined => extractActors(text).find((m) => m.text === surface);

describe('extractActors', () => {
  it('finds people, organisations, places and groups with their kinds', () => {
    const text = 'Chancellor Olaf Brandt met officials of the World Bank in Lisbon, where Portuguese ministers waited.';
    const ms = extractActors(text);
    assert.deepEqual(
      ms.map((m) => [m.text, m.kind]),
      [
        ['Olaf Brandt', 'person'],
        ['the World Bank', 'organization'],
        ['Lisbon', 'place'],
        ['Portuguese', 'group'],
      ],
    );
    for (const m of ms) assert.equal(text.slice(m.start, m.end), m.text);
  });

  it('keeps titles out of a person span but records them', () => {
    const text = 'The talks were praised by NATO Secretary-General Jane Holloway and by former President Tom Becker.';
    const jane = find(text, 'Jane Holloway');
    assert.equal(jane?.title, 'NATO Secretary-General');
    assert.equal(jane?.kind, 'person');
    assert.ok(find(text, 'NATO'), 'the organisation before the title is its own mention');
    assert.equal(find(text, 'Tom Becker')?.title, 'former President');
    assert.equal(find(text, 'Mr. Becker'), undefined);
    assert.deepEqual(spans('Later, Mr. Kowalczyk declined to comment.'), ['Kowalczyk']);
  });

  it('includes "the" in multi-word organisation names but not before countries or one-word names', () => {
    assert.deepEqual(spans('Officials from the European Union and the United Kingdom talked to the Treasury.'), [
      'the European Union',
      'the United Kingdom',
      'Treasury',
    ]);
    assert.deepEqual(spans('Exports to the Netherlands rose.'), ['Netherlands']);
    assert.deepEqual(spans('Delegates gathered in The Hague on a cold morning.'), ['The Hague']);
  });

  it('finds U.S., also as an adjective, and keeps it inside an organisation name', () => {
    assert.deepEqual(spans('U.S. officials said the U.S. Treasury would act.'), ['U.S.', 'the U.S. Treasury']);
    const us = find('Aid from the U.S. has slowed.', 'U.S.');
    assert.equal(us?.kind, 'place');
    assert.equal(us?.canonical, 'United States');
  });

  it('tags nationalities and political groups as groups', () => {
    const ms = extractActors('Some Japanese exporters and many Democrats worried, but the Soviets did not.');
    assert.deepEqual(
      ms.map((m) => [m.text, m.kind]),
      [
        ['Japanese', 'group'],
        ['Democrats', 'group'],
        ['Soviets', 'group'],
      ],
    );
    assert.deepEqual(spans('Russian troops advanced.'), ['Russian']);
  });

  it('joins "of", "and", "&" inside institution names', () => {
    assert.deepEqual(spans('Shares of Procter & Gamble rose after the Bank of Canada spoke.'), ['Procter & Gamble', 'the Bank of Canada']);
    assert.deepEqual(spans('He called the Securities and Exchange Commission.'), ['the Securities and Exchange Commission']);
    assert.deepEqual(spans('Trade between Brazil and Chile grew.'), ['Brazil', 'Chile']);
  });

  it('keeps a city and its country together, splits adjectival hyphen forms', () => {
    assert.deepEqual(spans('The office in Gdansk, Poland closed.'), ['Gdansk, Poland']);
    assert.deepEqual(spans('A Chinese-funded port opened.'), ['Chinese']);
  });

  it('does not report sentence-initial common words, months, weekdays or lone titles', () => {
    assert.deepEqual(spans('Investors were nervous. However, prices rose on Monday in March.'), []);
    assert.deepEqual(spans('Currently the President is abroad.'), []);
    assert.deepEqual(spans('Analysts expect growth. Sources said little.'), []);
  });

  it('marks party letters in congressional affiliations as groups', () => {
    const ms = extractActors('Rep. Anna Field (D., Ohio) objected.');
    assert.deepEqual(
      ms.map((m) => [m.text, m.kind]),
      [
        ['Anna Field', 'person'],
        ['D.', 'group'],
        ['Ohio', 'place'],
      ],
    );
  });

  it('returns offsets relative to the text, in order, without overlaps', () => {
    const text = 'Berlin and Paris disagreed.\nLater the Kremlin replied to Warsaw.';
    const ms = extractActors(text);
    for (let i = 1; i < ms.length; i++) assert.ok(ms[i].start >= ms[i - 1].end);
    for (const m of ms) assert.equal(text.slice(m.start, m.end), m.text);
    assert.deepEqual(ms.map((m) => m.text), ['Berlin', 'Paris', 'Kremlin', 'Warsaw']);
  });
});
