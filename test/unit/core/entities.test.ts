import * as assert from 'node:assert/strict';
import { extractActors } from '../../../src/core/extract/actors';
import { BlockView } from '../../../src/core/text/block-view';
import { linkEntities, nameKey, withRecoveredNames } from '../../../src/core/entities';
import { analyze } from '../../../src/core/analyze';
import type { ActorKind, Mention } from '../../../src/core/model';

const extract = (text: string): Mention[] => extractActors(new BlockView(text));

function link(text: string) {
  const mentions = extract(text);
  const links = linkEntities(mentions);
  const byCanonical = (c: string) => links.entities.find((e) => e.canonical === c);
  return { mentions, links, byCanonical };
}

/** [text of one block, every entity linked from its actors: [id, canonical, kind, mention ids]]. */
const LINKED: Array<[string, Array<[string, string, ActorKind, string]>]> = [
  // a bare surname → the full name seen in the document
  ['Prime Minister Ingrid Solberg arrived. Solberg said the deal was fair, and Solberg left.', [['e1', 'Ingrid Solberg', 'person', 'm1,m2,m3']]],
  // a place is not linked to a person who shares its name
  ['Senator Maria Lisbon spoke in Lisbon.', [['e1', 'Maria Lisbon', 'person', 'm1'], ['e2', 'Lisbon', 'place', 'm2']]],
  // U.S., the United States and America through the alias table
  ['U.S. aid grew. The United States and America are the same, said the U.S. envoy.', [['e1', 'United States', 'place', 'm1,m2,m3,m4']]],
  // an acronym → the spelled-out organisation
  ['The Asian Infrastructure Fund approved loans. The AIF said more would follow.', [['e1', 'Asian Infrastructure Fund', 'organization', 'm1,m2']]],
  ['The European Union agreed. EU diplomats cheered.', [['e1', 'European Union', 'organization', 'm1,m2']]],
  // different people stay apart; entities are numbered in text order
  [
    'Anna Berg met Carl Lind in Oslo. Lind spoke first, then Berg.',
    [['e1', 'Anna Berg', 'person', 'm1,m5'], ['e2', 'Carl Lind', 'person', 'm2,m4'], ['e3', 'Oslo', 'place', 'm3']],
  ],
  // transliteration variants are one person
  ['President Volodymyr Zelenskyy spoke. Later Zelensky and Zelenskiy were quoted.', [['e1', 'Volodymyr Zelenskyy', 'person', 'm1,m2,m3']]],
  // the weightiest evidence decides the kind: a title makes the bare surname guessed first as a company a person
  ['Varnell spoke first. Later President Varnell left.', [['e1', 'Varnell', 'person', 'm1,m2']]],
  // a company suffix anywhere makes the name a company, also where it reads like a person's name
  ['Dorian Kell Inc. posted a loss. Dorian Kell said sales fell.', [['e1', 'Dorian Kell Inc.', 'organization', 'm1,m2']]],
  // the fuller form names the entity, whichever comes first
  ['Dorian Kell said sales fell. Dorian Kell Inc. posted a loss.', [['e1', 'Dorian Kell Inc.', 'organization', 'm1,m2']]],
  // "& Co." is a suffix too
  ['Halvex & Co. grew. Halvex said it would hire.', [['e1', 'Halvex & Co.', 'organization', 'm1,m2']]],
  // what a name list says about a bare surname does not outvote the person the document names in full
  ['Premier Doug Ford spoke. Later Ford said he would fight, and Ford left.', [['e1', 'Doug Ford', 'person', 'm1,m2,m3']]],
  // spelling variants keep the form written first
  ['Zelensky spoke. Later Zelenskyy left.', [['e1', 'Zelensky', 'person', 'm1,m2']]],
  // a person the company is named after stays a person of their own
  [
    'Halloway Corp. grew. Mr. Halloway founded Halloway Corp. in 1903.',
    [['e1', 'Halloway Corp.', 'organization', 'm1,m3'], ['e2', 'Halloway', 'person', 'm2']],
  ],
];

/** [document, every entity of its analysis: [canonical, number of mentions]]. */
const ANALYZED: Array<[string, Array<[string, number]>]> = [
  // "the Commission" → the one commission named in full
  ['The European Commission opened a case.\n\nThe Commission said it would decide soon.', [['European Commission', 2]]],
  // "Mr. Halden" → the full name; datelines get their own casing
  ['OSLO — Finance Minister Kari Halden spoke.\n\nMr. Halden later left Oslo.', [['Oslo', 2], ['Kari Halden', 2]]],
];

describe('linkEntities', () => {
  for (const [text, want] of LINKED) {
    it(JSON.stringify(text), () => {
      const { links } = link(text);
      assert.deepEqual(links.entities.map((e) => [e.id, e.canonical, e.kind, e.mentions.join(',')]), want);
    });
  }

  it('records aliases and titles, and gives a bare surname the kind of the person it names', () => {
    const { byCanonical, links } = link('Prime Minister Ingrid Solberg arrived. Solberg said the deal was fair, and Solberg left.');
    const e = byCanonical('Ingrid Solberg');
    assert.ok(e);
    assert.deepEqual(e.aliases, ['Ingrid Solberg', 'Solberg']);
    assert.deepEqual(e.titles, ['Prime Minister']);
    assert.equal(links.canonicalOf(1), 'Ingrid Solberg');
    assert.equal(links.kindOf(1), 'person', 'a bare surname takes the kind of the person it names');
  });

  it('keeps every surface form of an entity as an alias', () => {
    const e = link('U.S. aid grew. The United States and America are the same, said the U.S. envoy.').byCanonical('United States');
    assert.ok(e);
    assert.ok(e.aliases.includes('U.S.') && e.aliases.includes('United States') && e.aliases.includes('America'));
  });

  it('maps a mention index to its entity id', () => {
    const { byCanonical, links } = link('The Asian Infrastructure Fund approved loans. The AIF said more would follow.');
    assert.equal(links.entityOf(1), byCanonical('Asian Infrastructure Fund')?.id);
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

  it('folds transliteration variants in the grouping key', () => {
    assert.equal(nameKey('Zelenskyy'), nameKey('Zelensky'));
    assert.equal(nameKey('Zelenskiy'), nameKey('Zelensky'));
    assert.notEqual(nameKey('Scholz'), nameKey('Schulz'));
  });
});

describe('entities of a whole analysis', () => {
  for (const [text, want] of ANALYZED) {
    it(JSON.stringify(text), () => {
      assert.deepEqual(analyze(text).entities.map((e) => [e.canonical, e.mentions.length]), want);
    });
  }
});

describe('withRecoveredNames', () => {
  const recovered = (text: string) =>
    withRecoveredNames(text, extract(text)).filter((m) => m.text === 'Vestergaard').map((m) => m.start);

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

  it('recovers a paragraph-opening surname once the document has named the person', () => {
    const text = 'Competition chief Anna Vestergaard opened the case.\n\nVestergaard emphasised the stakes.';
    const second = text.indexOf('Vestergaard emph');
    const paragraph = text.slice(text.indexOf('\n\n') + 2);
    assert.ok(!extract(paragraph).some((m) => m.text === 'Vestergaard'), 'the paragraph alone cannot tell');
    const a = analyze(text);
    const rec = a.mentions.find((m) => m.start === second);
    assert.equal(rec?.text, 'Vestergaard');
    assert.equal(rec?.rule, 'actor.surname-recovery');
    assert.equal(a.entities.find((e) => e.canonical === 'Anna Vestergaard')?.mentions.length, 2);
  });

  it('does not recover a surname that is part of another name or already covered', () => {
    const text = 'Trade envoy Paul Cook arrived.\n\nThe Cook Islands signed. Cook Strait was calm.';
    const ms = withRecoveredNames(text, extract(text));
    assert.equal(ms.filter((m) => m.text === 'Cook').length, 0);
  });
});
