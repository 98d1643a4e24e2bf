import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import type { Analysis } from '../../src/core/model';
import { buildFactsDocument, quote, type FactsDocument } from '../../src/core/export/document';
import { factsToJson } from '../../src/core/export/json';
import { CSV_COLUMNS, factsToCsv, factsToCsvRows } from '../../src/core/export/csv';
import { factsPathFor, relativeArticlePath, writeFileAtomic } from '../../src/core/export/write';
import { VERSION } from '../../src/core/version';
import { markup } from './facts-markup';
import { exportOf, FIXTURES, SAMPLE, SAMPLE_MISSING } from './helpers-export';

const schema = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../schema/news-facts.schema.json'), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validate = ajv.compile(schema);

function fromMarkup(src: string, pathName = 'a.txt'): FactsDocument {
  const a = markup(src);
  const analysis: Analysis = {
    chars: a.text.length,
    referenceDate: { value: '2025-04-04', source: 'argument' },
    mentions: a.mentions,
    entities: a.entities,
    stats: { blocks: 1, reusedBlocks: 0, ms: 0 },
  };
  return buildFactsDocument({ path: pathName, text: a.text, analysis });
}

const articles = fs.readdirSync(FIXTURES).map((f) => path.join(FIXTURES, f));
if (fs.existsSync(SAMPLE)) articles.push(SAMPLE);
else console.log(`      ${SAMPLE_MISSING} (export tests use the fixtures only)`);

const MARKED =
  'ROME — [Italy]{A:place} gave [€5 million]{M:5e6:EUR} to [Chad]{A:place} on [4 April 2025]{D:2025-04-04:2025-04-04:2025-04-04}, ' +
  'and "[Chad]{A:place}" said [the money]{A:organization:Money, "Inc"} arrived.\nLosses hit [between $1 and $2 billion]{M:1e9:USD::} in [2024]{D:2024:2024-01-01:2024-12-31}. ' +
  'Officials shrugged 😀.';

describe('facts document', () => {
  it('validates against the shipped schema (fixtures, sample, hand-made analysis)', () => {
    const docs = [...articles.map(exportOf), fromMarkup(MARKED)];
    for (const doc of docs) {
      const ok = validate(JSON.parse(factsToJson(doc)));
      assert.ok(ok, `${doc.document.path}: ${ajv.errorsText(validate.errors)}`);
      assert.ok(doc.facts.length > 0);
    }
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

describe('facts CSV', () => {
  it('round-trips through csv-parse with the same values (quotes, commas, line breaks, emoji, BOM)', () => {
    const docs = [fromMarkup(MARKED), ...articles.map(exportOf)];
    const csv = factsToCsv(docs);
    assert.ok(csv.startsWith('\ufeff'), 'BOM for spreadsheets');
    assert.ok(csv.includes('\r\n'));
    const records = parse(csv, { bom: true, columns: true, skip_empty_lines: false }) as Array<Record<string, string>>;
    const expected = docs.flatMap(factsToCsvRows);
    assert.equal(records.length, expected.length);
    assert.deepEqual(records, expected);
    assert.deepEqual(Object.keys(records[0]), [...CSV_COLUMNS]);
    const italy = records.find((r) => r.actor === 'Italy')!;
    assert.deepEqual([italy.amount, italy.currency, italy.recipient, italy.category, italy.date_start], ['5000000', 'EUR', 'Chad', 'provide', '2025-04-04']);
  });

  it('can leave out the BOM and the header', () => {
    const csv = factsToCsv([fromMarkup(MARKED)], { bom: false, header: false });
    assert.ok(!csv.startsWith('\ufeff') && !csv.startsWith('fact_id'));
  });
});

describe('export files', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nf-export-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('names the facts file after the article and writes the article path relative to it', () => {
    assert.equal(factsPathFor('/x/y/story.txt'), path.join('/x/y', 'story.facts.json'));
    assert.equal(factsPathFor('/x/y/story.news', '.facts.csv', '/out'), path.join('/out', 'story.facts.csv'));
    // Only article endings are replaced, so "story.md" given by name cannot overwrite the facts of "story.txt".
    assert.equal(factsPathFor('/x/y/story.md'), path.join('/x/y', 'story.md.facts.json'));
    assert.equal(relativeArticlePath('/x/y/story.txt', '/x/out/story.facts.json'), '../y/story.txt');
  });

  it('writes atomically, replaces an old file, leaves no temporary file, refuses to write the article', () => {
    const target = path.join(dir, 'sub', 'a.facts.json');
    writeFileAtomic(target, 'one');
    writeFileAtomic(target, 'two');
    assert.equal(fs.readFileSync(target, 'utf8'), 'two');
    assert.deepEqual(fs.readdirSync(path.dirname(target)), ['a.facts.json']);
    const article = path.join(dir, 'a.txt');
    fs.writeFileSync(article, 'text');
    assert.throws(() => writeFileAtomic(article, 'x', { protect: [article] }), /refusing/);
    assert.equal(fs.readFileSync(article, 'utf8'), 'text');
  });
});
