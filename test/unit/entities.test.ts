import * as assert from 'node:assert/strict';
import { extractActors as extractActorsIn } from '../../src/core/extract/actors';
import { BlockView } from '../../src/core/text/block-view';
const extractActors = (text: string) => extractActorsIn(new BlockView(text));

import { linkEntities, withRecoveredNames } from '../../src/core/entities';
import type { Mention } from '../../src/core/model';

function link(text: string) {
  const mentions: Mention[] = extractActors(text);
  const links = linkEntities(mentions);
  const byCanonical = (c: string) => links.entities.find((e) => e.canonical === c);
  return { mentions, links, byCanonical };
}

describe('linkEntities', () => {
  it('links a bare surname to the full name seen in the document', () => {
    const { byCanonical, links } = link('Prime Minister Ingrid Solberg arrived. Solberg said the deal was fair, and Solberg left.');
    const e = byCanonical('Ingrid Solberg');
    assert.ok(e);
    assert.equal(e.kind, 'person');
    assert.deepEqual(e.mentions, ['m1', 'm2', 'm3']);
    assert.deepEqual(e.aliases, ['Ingrid Solberg', 'Solberg']);
    assert.deepEqual(e.titles, ['Prime Minister']);
    assert.equal(links.entities.length, 1);
    assert.equal(links.canonicalOf(1), 'Ingrid Solberg');
    assert.equal(links.kindOf(1), 'person', 'a bare surname takes the kind of the person it names');
  });

  it('does not link a place to a person who shares its name', () => {
    const { links } = link('Senator Maria Lisbon spoke in Lisbon.');
    assert.deepEqual(links.entities.map((e) => [e.canonical, e.kind]), [
      ['Maria Lisbon', 'person'],
      ['Lisbon', 'place'],
    ]);
  });

  it('merges U.S., the United States and America into one entity', () => {
    const { byCanonical, links } = link('U.S. aid grew. The United States and America are the same, said the U.S. envoy.');
    const e = byCanonical('United States');
    assert.ok(e);
    assert.equal(e.mentions.length, 4);
    assert.ok(e.aliases.includes('U.S.') && e.aliases.includes('United States') && e.aliases.includes('America'));
    assert.equal(links.entities.length, 1);
  });

  it('resolves acronyms to the spelled-out organisation', () => {
    const { byCanonical, links } = link('The Asian Infrastructure Fund approved loans. The AIF said more would follow.');
    const e = byCanonical('Asian Infrastructure Fund');
    assert.ok(e);
    assert.deepEqual(e.mentions, ['m1', 'm2']);
    assert.equal(links.entityOf(1), e.id);
  });

  it('links EU to European Union through the alias table', () => {
    const { links } = link('The European Union agreed. EU diplomats cheered.');
    assert.equal(links.entities.length, 1);
    assert.equal(links.entities[0].canonical, 'European Union');
  });

  it('keeps different people with different names apart and numbers entities in text order', () => {
    const { links } = link('Anna Berg met Carl Lind in Oslo. Lind spoke first, then Berg.');
    assert.deepEqual(
      links.entities.map((e) => [e.id, e.canonical, e.mentions.join(',')]),
      [
        ['e1', 'Anna Berg', 'm1,m5'],
        ['e2', 'Carl Lind', 'm2,m4'],
        ['e3', 'Oslo', 'm3'],
      ],
    );
  });

  it('ignores non-actor mentions but counts them in mention ids', () => {
    const mentions: Mention[] = [
      { type: 'DATE', rule: 'test', start: 0, end: 6, text: 'Monday', timex: null, start_date: null, end_date: null, anchor: 'unresolved' },
      { type: 'ACTOR', rule: 'test', start: 10, end: 15, text: 'Chile', kind: 'place', canonical: 'Chile' },
    ];
    const links = linkEntities(mentions);
    assert.deepEqual(links.entities[0].mentions, ['m2']);
    assert.equal(links.entityOf(0), undefined);
    assert.equal(links.entityOf(1), 'e1');
  });
});

describe('withRecoveredNames', () => {
  const recovered = (text: string) =>
    withRecoveredNames(text, extractActors(text)).filter((m) => m.text === 'Vestergaard').map((m) => m.start);

  it('recovers a sentence-initial surname after a capitalised word that ends the previous sentence or paragraph', () => {
    for (const sep of ['. ', '.\n\n', '\n\n']) {
      const text = `Competition chief Anna Vestergaard flew to Brussels${sep}Vestergaard emphasised the stakes.`;
      const second = text.lastIndexOf('Vestergaard');
      assert.ok(recovered(text).includes(second), `recovered after ${JSON.stringify(sep)}`);
    }
  });

  it('does not recover a surname preceded by another capitalised word on the same line', () => {
    const text = 'Competition chief Anna Vestergaard spoke.\n\nThe ferry Port Vestergaard sailed.';
    assert.deepEqual(recovered(text), []);
  });
});
