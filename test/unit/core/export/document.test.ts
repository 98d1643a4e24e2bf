import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { Analyzer } from '../../../../src/core/analyze';
import { buildFactsDocument, quote, type FactsDocument } from '../../../../src/core/export/document';
import { factsToJson } from '../../../../src/core/export/json';
import { VERSION } from '../../../../src/core/version';
import { exportArticles, exportOf, fromMarkup, MARKED } from './helpers';

const schema = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../../schema/news-facts.schema.json'), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validate = ajv.compile(schema);

const articles = exportArticles();

describe('facts document', () => {
  it('validates against the shipped schema (fixtures, sample, hand-made analysis)', () => {
    const docs = [...articles.map(exportOf), fromMarkup(MARKED)];
    for (const doc of docs) {
      const ok = validate(JSON.parse(factsToJson(doc)));
      assert.ok(ok, `${doc.document.path}: ${ajv.errorsText(validate.errors)}`);
      assert.ok(doc.facts.length > 0);
    }
  });

  it('writes the date counted from and the fiscal flag, and the schema takes them', () => {
    const text = 'Profit rose in fiscal 1990.\n\nIn March 2019 the plant opened; that month sales doubled.';
    const doc = buildFactsDocument({ path: 'a.txt', text, analysis: new Analyzer().analyze(text, { referenceDate: '2025-04-04' }) });
    const dates = doc.mentions.filter((m) => m.type === 'DATE');
    assert.deepEqual(
      dates.map((m) => m.type === 'DATE' && [m.text, m.anchor, m.anchor_date ?? null, m.fiscal ?? null]),
      [
        ['fiscal 1990', 'absolute', null, true],
        ['March 2019', 'absolute', null, null],
        ['that month', 'narrative', { text: 'March 2019', timex: '2019-03' }, null],
      ],
    );
    assert.ok(validate(JSON.parse(factsToJson(doc))), ajv.errorsText(validate.errors));
  });

  it('the schema rejects what is wrong', () => {
    const doc = JSON.parse(factsToJson(fromMarkup(MARKED)));
    const bad = [
      (d: any) => (d.schema = 'news-facts/2'),
      (d: any) => (d.facts[0].action.category = 'donate'),
      (d: any) => (d.document.reference_date.value = '2025-13-01'),
      (d: any) => (d.document.sha256 = 'xyz'),
      (d: any) => delete d.facts[0].evidence.quote,
      (d: any) => (d.mentions.find((m: any) => m.type === 'MONEY').kind = 'person'),
      (d: any) => (d.mentions.find((m: any) => m.type === 'DATE').start_date = '4 April'),
      (d: any) => (d.mentions.find((m: any) => m.type === 'DATE').anchor = 'story'),
      (d: any) => (d.mentions.find((m: any) => m.type === 'DATE').fiscal = false),
      (d: any) => (d.facts[0].confidence = 1.5),
      (d: any) => (d.facts[0].extra = true),
    ];
    for (const spoil of bad) {
      const copy = structuredClone(doc);
      spoil(copy);
      assert.equal(validate(copy), false, spoil.toString());
    }
  });

  it('has the generator, checksum and reference date, and refers only to ids it defines', () => {
    const doc = fromMarkup(MARKED);
    assert.equal(doc.schema, 'news-facts/1');
    assert.deepEqual(doc.generator, { name: 'news-facts', version: VERSION });
    assert.deepEqual(doc.document.reference_date, { value: '2025-04-04', source: 'argument' });
    assert.match(doc.document.sha256, /^[0-9a-f]{64}$/);
    const mentionIds = new Set(doc.mentions.map((m) => m.id));
    const entityIds = new Set(doc.entities.map((e) => e.id));
    assert.equal(mentionIds.size, doc.mentions.length);
    for (const f of doc.facts) {
      for (const id of [f.amount, f.time, f.actor_mention, f.recipient_mention]) if (id) assert.ok(mentionIds.has(id));
      for (const id of [f.actor, f.recipient]) if (id) assert.ok(entityIds.has(id));
    }
    for (const e of doc.entities) for (const id of e.mentions) assert.ok(mentionIds.has(id));
  });

  it('is byte-identical for the same input, and ids survive an edit elsewhere', () => {
    for (const file of articles) assert.equal(factsToJson(exportOf(file)), factsToJson(exportOf(file)));
    const before = fromMarkup(MARKED);
    const after = fromMarkup('An added first sentence about [Peru]{A:place}. ' + MARKED);
    const key = (d: FactsDocument) => d.facts.map((f) => `${f.id} ${f.evidence.text}`);
    assert.deepEqual(key(after).slice(-key(before).length), key(before));
    assert.ok(after.facts.every((f) => /^f-[0-9a-f]{10}(-\d+)?$/.test(f.id)));
  });

  it('quotes the evidence with its context, never splitting a surrogate pair', () => {
    // One ASCII character on each side puts both 32-unit context cuts in the middle of an emoji.
    const text = '😀'.repeat(20) + 'a' + 'Peru paid $9 million.' + 'b' + '😀'.repeat(20);
    const q = quote(text, 41, 62);
    assert.equal(q.exact, 'Peru paid $9 million.');
    assert.ok(!/^[\udc00-\udfff]/.test(q.prefix), 'prefix starts with half an emoji');
    assert.ok(!/[\ud800-\udbff]$/.test(q.suffix), 'suffix ends with half an emoji');
    assert.ok(q.prefix.endsWith('😀a') && q.suffix.startsWith('b😀'));
    const doc = fromMarkup(MARKED);
    const f = doc.facts[0];
    assert.equal(f.evidence.quote.exact, f.evidence.text);
  });
});
