/**
 * Facts read through argument frames, one construction at a time, on sentences written for these tests: who gives
 * and who receives, through which slot (`via`), and which amounts make no fact at all.
 */
import * as assert from 'node:assert/strict';
import { facts } from './markup';

const Y2024 = '{D:2024:2024-01-01:2024-12-31}';

/** [actor, category, recipient, amount, via.actor, via.recipient] of each fact. */
const roles = (src: string) => facts(src).map((f) => [f.actor, f.category, f.recipient, f.amount, f.via.actor, f.via.recipient]);

describe('facts: argument frames', () => {
  it('passive with "by": the agent gives, the "to" phrase receives', () => {
    assert.deepEqual(roles('A grant of [$2 million]{M:2e6:USD} was awarded to [the Riverside Clinic]{A:organization:Riverside Clinic} by [the Hale Foundation]{A:organization:Hale Foundation}.'), [
      ['Hale Foundation', 'provide', 'Riverside Clinic', '$2 million', 'agent', 'preposition'],
    ]);
  });

  it('passive without "by": no giver is invented', () => {
    assert.deepEqual(roles('[$3 million]{M:3e6:USD} was paid to [the contractors]{A:group:contractors:d} in [2024]' + Y2024 + '.'), [
      [null, 'pay', 'contractors', '$3 million', null, 'preposition'],
    ]);
  });

  it('passive of a ditransitive verb: its subject receives ("Ghana was given $1bn")', () => {
    assert.deepEqual(roles('[Ghana]{A:place} was given [$1 billion]{M:1e9:USD} by [the Fund]{A:organization:Fund}.'), [['Fund', 'provide', 'Ghana', '$1 billion', 'agent', 'subject']]);
  });

  it('subject control: "agreed / plans / is expected to provide" takes the subject of the control verb', () => {
    const out = facts(
      '[Orbis]{A:organization} agreed to provide [$4 million]{M:4e6:USD} to [Chad]{A:place}. ' +
        '[Lumen]{A:organization} is expected to pay [$2 million]{M:2e6:USD} to [Niger]{A:place}.',
    );
    assert.deepEqual(
      out.map((f) => [f.actor, f.action, f.category, f.planned, f.recipient, f.via.actor]),
      [
        ['Orbis', 'agreed to provide', 'pledge', true, 'Chad', 'subject'],
        ['Lumen', 'is expected to pay', 'pay', true, 'Niger', 'subject'],
      ],
    );
  });

  it('noun control: the owner of an intention gives ("Canada\'s decision to send $5m")', () => {
    assert.deepEqual(roles("Officials praised [Canada]{A:place}'s decision to send [$5 million]{M:5e6:USD} to [Haiti]{A:place}."), [
      ['Canada', 'pledge', 'Haiti', '$5 million', 'control', 'preposition'],
    ]);
  });

  it('receive, borrow, raise … from: the subject receives, the "from" phrase gives', () => {
    const out = roles(
      '[Kenya]{A:place} borrowed [$300 million]{M:3e8:USD} from [the World Bank]{A:organization:World Bank}. ' +
        '[The charity]{A:organization:charity:d} raised [$2 million]{M:2e6:USD} from [local donors]{A:group:local donors:d}. ' +
        '[Peru]{A:place} received [$40 million]{M:4e7:USD} in flood aid.',
    );
    assert.deepEqual(out, [
      ['World Bank', 'provide', 'Kenya', '$300 million', 'preposition', 'subject'],
      ['local donors', 'provide', 'charity', '$2 million', 'preposition', 'subject'],
      [null, 'provide', 'Peru', '$40 million', null, 'subject'],
    ]);
  });

  it('indirect object: "paid the contractors $70,000" puts them in the recipient slot', () => {
    const out = roles(
      '[The ministry]{A:organization:ministry:d} paid [the contractors]{A:group:contractors:d} [$70,000]{M:7e4:USD}. ' +
        '[Acme]{A:organization} offered [farmers]{A:group:farmers:d} [$2]{M:2:USD} a bushel.',
    );
    assert.deepEqual(out, [
      ['ministry', 'pay', 'contractors', '$70,000', 'subject', 'object'],
      ['Acme', 'pledge', 'farmers', '$2', 'subject', 'object'],
    ]);
  });

  it('a title before a name does not hide the recipient: "pay Mr. Ortega $4,000", "to Sen. Hale\'s campaign"', () => {
    const out = roles(
      '[The board]{A:organization:board:d} refused to pay Mr. [Ortega]{A:person:Luis Ortega} [$4,000]{M:4e3:USD} last week. ' +
        '[Acme]{A:organization} gave [$9,000]{M:9e3:USD} to Sen. [Hale]{A:person:Ann Hale}\'s [re-election campaign]{A:organization:re-election campaign:d}.',
    );
    assert.deepEqual(out, [
      ['board', 'pay', 'Luis Ortega', '$4,000', 'subject', 'object'],
      ['Acme', 'provide', 're-election campaign', '$9,000', 'subject', 'preposition'],
    ]);
  });

  it('"we" in a quotation stands for no actor of the text', () => {
    const [f] = facts('[Local donors]{A:group:local donors:d} met on Monday. "We will pay [$3 million]{M:3e6:USD} to the school," a teacher said.');
    assert.equal(f.actor, null);
  });

  it('"provide X with $N" and "fund X": the object receives', () => {
    const out = roles(
      '[Norway]{A:place} provided [Moldova]{A:place} with [$9 million]{M:9e6:USD}. ' +
        '[The Hale Foundation]{A:organization:Hale Foundation} funded [the clinic]{A:organization:clinic:d} with [$1 million]{M:1e6:USD}.',
    );
    assert.deepEqual(out, [
      ['Norway', 'provide', 'Moldova', '$9 million', 'subject', 'object'],
      ['Hale Foundation', 'provide', 'clinic', '$1 million', 'subject', 'object'],
    ]);
  });

  it('a nominal grant: "a $5 million grant from X to Y"', () => {
    const out = facts('The board welcomed a [$5 million]{M:5e6:USD} grant from [the Hale Foundation]{A:organization:Hale Foundation} to [the Riverside Clinic]{A:organization:Riverside Clinic}.');
    assert.deepEqual(
      out.map((f) => [f.actor, f.action, f.category, f.recipient, f.object, f.via.actor]),
      [['Hale Foundation', 'grant', 'provide', 'Riverside Clinic', 'grant', 'preposition']],
    );
  });

  it('an amount in a passive\'s "by" phrase belongs to its own noun: "Funded by a $2 million gift from X, …"', () => {
    const [f] = facts('Funded by a [$2 million]{M:2e6:USD} gift from [the Hale Foundation]{A:organization:Hale Foundation}, [the clinic]{A:organization:clinic:d} opened in May.');
    assert.deepEqual([f.actor, f.lemma, f.category], ['Hale Foundation', 'give', 'provide']);
  });

  it('"€2bn in aid" and "a loan of $52m from the bank" are acts of their nouns', () => {
    const out = facts(
      'Talks on [€2 billion]{M:2e9:EUR} in aid for [Moldova]{A:place} ended. ' +
        'The port used a loan of [$52 million]{M:5.2e7:USD} from [the Asian Development Bank]{A:organization:Asian Development Bank}.',
    );
    assert.deepEqual(
      out.map((f) => [f.actor, f.lemma, f.category, f.recipient, f.amount]),
      [
        [null, 'provide', 'provide', 'Moldova', '€2 billion'],
        ['Asian Development Bank', 'loan', 'provide', null, '$52 million'],
      ],
    );
  });

  it('a common-noun giver: "the city paid …"', () => {
    const [f] = facts('[The city]{A:place:city:d} paid [$1.2 million]{M:1.2e6:USD} to [the contractor]{A:organization:contractor:d}.');
    assert.deepEqual([f.actor, f.category, f.recipient, f.via.actor, f.confidence], ['city', 'pay', 'contractor', 'subject', 0.95]);
  });

  it('a relative clause: the antecedent acts, with or without a comma', () => {
    const out = roles(
      '[The fund]{A:organization:fund:d}, which received [$2 billion]{M:2e9:USD} from [Norway]{A:place}, closed. ' +
        'Lawyers must report [clients]{A:group:clients:d} who pay them [$10,000]{M:1e4:USD} in cash. ' +
        '[Anyone]{A:person:anyone:d} ... no. Nobody who receives [$5,000]{M:5e3:USD} from [Acme]{A:organization} must report it.',
    );
    assert.deepEqual(out, [
      ['Norway', 'provide', 'fund', '$2 billion', 'preposition', 'relative'],
      ['clients', 'pay', null, '$10,000', 'relative', null],
      // "Nobody who receives": the antecedent is no actor, so the relative clause names no receiver.
      ['Acme', 'provide', null, '$5,000', 'preposition', null],
    ]);
  });

  it('an object relative clause: "a $20,000 fee that investors must pay"', () => {
    const [f] = facts('Congress set a [$20,000]{M:2e4:USD} fee that [investors]{A:group:investors:d} must pay each year.');
    assert.deepEqual([f.actor, f.category, f.amount, f.via.actor], ['investors', 'pay', '$20,000', 'subject']);
  });

  it('an earlier clause\'s subject: "… and spent $100,000 on promotion"', () => {
    const [f] = facts('[Its backers]{A:group:backers:d} hired a mayor -- and a chef -- and spent [$100,000]{M:1e5:USD} on promotion.');
    assert.deepEqual([f.actor, f.category, f.via.actor, f.purpose], ['backers', 'spend', 'clause', 'promotion']);
  });

  it('coreference: "It also gave …" takes the previous sentence\'s subject; "they" a plural, "he" a person', () => {
    const out = facts(
      '[Orbis Corp.]{A:organization} reported strong sales. It also gave [$2 million]{M:2e6:USD} to [the museum]{A:organization:museum:d}. ' +
        '[Local donors]{A:group:local donors:d} met [Orbis]{A:organization:Orbis Corp.} on Monday. They pledged [$3 million]{M:3e6:USD}. ' +
        '[Ms Park]{A:person:Mina Park} arrived. She paid [$4,000]{M:4e3:USD} to [the city]{A:place:city:d}.',
    );
    assert.deepEqual(
      out.map((f) => [f.actor, f.amount, f.via.actor]),
      [
        ['Orbis Corp.', '$2 million', 'coreference'],
        ['local donors', '$3 million', 'coreference'],
        ['Mina Park', '$4,000', 'coreference'],
      ],
    );
  });

  it('a subject pronoun nearer the verb is its subject, not an earlier name', () => {
    const [f] = facts('[Orbis]{A:organization} said we needed a partner to go into the market, spend [$2 million]{M:2e6:USD} and wait.');
    assert.equal(f.actor, null);
  });

  it('coordinated givers are one fact with co-actors; coordinated amounts share their act', () => {
    const out = facts(
      '[Ms Park]{A:person:Mina Park}, [her family members]{A:group:family members:d} and [associates]{A:group:associates:d} donated [$112,000]{M:1.12e5:USD} to [the campaign]{A:organization:campaign:d}. ' +
        '[The firm]{A:organization:firm:d} spent [$325,000]{M:3.25e5:USD} in [2023]{D:2023:2023-01-01:2023-12-31} and [$340,000]{M:3.4e5:USD} in [2024]' +
        Y2024 +
        '.',
    );
    assert.deepEqual(
      out.map((f) => [f.actor, f.coActors, f.category, f.amount, f.time]),
      [
        ['Mina Park', ['family members', 'associates'], 'provide', '$112,000', null],
        ['firm', [], 'spend', '$325,000', '2023'],
        ['firm', [], 'spend', '$340,000', '2024'],
      ],
    );
  });

  it('an address with "of" after a name: "Ann Lee of Dover, Del., and … were fined"', () => {
    const [f] = facts('[Lumen Ltd.]{A:organization} and its president, [Ann Lee]{A:person} of [Dover]{A:place}, [Del.]{A:place:Delaware}, were fined [$5,000]{M:5e3:USD}.');
    assert.deepEqual([f.actor, f.category, f.recipient], [null, 'fine', 'Ann Lee']);
  });

  it('an amount after "and" with a verb of its own is no coordinated amount: "fined $2,500 and ordered to disgorge $11,000"', () => {
    const out = facts('[Ann Lee]{A:person} was fined [$2,500]{M:2.5e3:USD} and ordered to disgorge [$11,000]{M:1.1e4:USD}.');
    assert.deepEqual(
      out.map((f) => f.amount),
      ['$2,500'],
    );
  });

  it('a receipt to come is no promise of the receiver: "will raise $10 billion" stays provide, planned', () => {
    const [f] = facts('[The Treasury]{A:organization:Treasury} will raise [$10 billion]{M:1e10:USD} next week.');
    assert.deepEqual([f.category, f.planned, f.recipient], ['provide', true, 'Treasury']);
  });

  it('modifiers between the determiner and the recipient: "to the financially strapped city government"', () => {
    const [f] = facts('[Norway]{A:place} gave [$5 million]{M:5e6:USD} to the financially strapped [city government]{A:organization:city government:d}.');
    assert.equal(f.recipient, 'city government');
  });

  it('apposition of places after a name: "Ann Lee, Dover, Del., fined $5,000" — a shortened passive', () => {
    const [f] = facts('[Ann Lee]{A:person}, [Dover]{A:place}, [Del.]{A:place:Delaware}, fined [$5,000]{M:5e3:USD}; others were barred.');
    assert.deepEqual([f.actor, f.category, f.recipient], [null, 'fine', 'Ann Lee']);
  });
});

describe('facts: money no transfer governs', () => {
  const NONE: string[] = [
    '[Orbis]{A:organization} agreed to buy [Lumen]{A:organization} for [$4 billion]{M:4e9:USD}.',
    'Shares of [Orbis]{A:organization} fell [$2]{M:2:USD}.',
    '[Orbis]{A:organization} had revenue of [$150 million]{M:1.5e8:USD}.',
    '[Orbis]{A:organization} won an order worth [$5 million]{M:5e6:USD}.',
    '[Orbis]{A:organization} cut its price by [$2]{M:2:USD}.',
    '[Orbis]{A:organization} raised its dividend to [10 cents]{M:0.1:USD}.',
    '[Orbis]{A:organization} offered [$750 million]{M:7.5e8:USD} of 30-year notes.',
    '[The council]{A:organization:council:d} approved a [$20,000]{M:2e4:USD} fee for permits.',
    'A [$6,500]{M:6.5e3:USD} tree is designed to send light to the room.',
    '[Orbis]{A:organization} sold the unit for [$5 million]{M:5e6:USD}.',
    '[Lee]{A:person:Tom Lee} said [$5 million]{M:5e6:USD} was a lot.',
    'The report sent [Orbis]{A:organization} shares plunging [$3]{M:3:USD} in early trading.',
    '[Traders]{A:group:traders:d} seek greater investment stability.',
  ];
  for (const sentence of NONE) it(sentence.replace(/\{[^}]*\}|[[\]]/g, ''), () => assert.deepEqual(facts(sentence), []));

  it('a pledge of $5m yes, but the $85m "including" a sum already counted no', () => {
    const out = facts('[The bill]{A:organization:bill:d} provides [$615 million]{M:6.15e8:USD} for [Amtrak]{A:organization}, including [$85 million]{M:8.5e7:USD} for repairs.');
    assert.deepEqual(
      out.map((f) => f.amount),
      ['$615 million'],
    );
  });
});

describe('facts: object, purpose, completeness and confidence', () => {
  it('records what is given and what for', () => {
    const out = facts(
      '[Germany]{A:place} pledged [€2 billion]{M:2e9:EUR} in military aid to [Ukraine]{A:place} for reconstruction. ' +
        '[Acme]{A:organization} spent [$50 million]{M:5e7:USD} to introduce its new line. ' +
        '[The U.S.]{A:place:United States} will supply air-defence systems to [Kyiv]{A:place}.',
    );
    assert.deepEqual(
      out.map((f) => [f.actor, f.object, f.purpose, f.missing]),
      [
        ['Germany', 'military aid', 'reconstruction', []],
        ['Acme', null, 'introduce its new line', []],
        ['United States', 'air-defence systems', null, ['amount']],
      ],
    );
  });

  it('lets confidence follow how the parts were read: frame slots over coreference over nothing', () => {
    const out = facts(
      '[Norway]{A:place} paid [$5 million]{M:5e6:USD} to [Chad]{A:place}. ' +
        '[Sweden]{A:place} met donors. It paid [$4 million]{M:4e6:USD} to [Mali]{A:place}. ' +
        '[$3 million]{M:3e6:USD} was paid to [Niger]{A:place}.',
    );
    const [frame, coref, none] = out.map((f) => f.confidence);
    assert.ok(frame > coref && coref > none, JSON.stringify(out.map((f) => f.confidence)));
    assert.deepEqual(out[2].missing, ['actor']);
    assert.ok(none < 0.7, 'a fact without an actor stays below 0.7');
  });
});
