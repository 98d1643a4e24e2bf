/**
 * The facts engine compares no English word inline: words live in the language pack (lang/en/actions.ts, clauses.ts).
 * The string literals left in src/core/facts are codes (categories, verb forms, mention types, record fields).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const DIR = path.resolve(__dirname, '../../../../src/core/facts');

const CODES = new Set([
  ...['other', 'base', 's', 'past', 'ing', 'separate', 'names', 'promises', 'never', 'recipient', 'actor'],
  ...['person', 'group', 'ACTOR', 'MONEY', 'DATE', 'P', 'string', 'facts', 'nounLike', 'ditransitive', 'receiving'],
  ...['', ' ', ',', "'", '’', '-'],
  // record fields and values, how an amount is governed (Governance), where a party was read (SlotSource), fact parts
  ...['withObject', 'objectRecipient', 'objectRequired', 'fact', 'none', 'how', 'amount', 'transfer'],
  ...['kind', 'partitive', 'compound', 'place', '|'],
  ...['object', 'passive', 'relative', 'noun', 'coordinated'],
  ...['subject', 'agent', 'preposition', 'possessor', 'control', 'clause', 'coreference'],
]);

describe('facts engine: words come from the pack', () => {
  for (const file of fs.readdirSync(DIR).filter((f) => f.endsWith('.ts'))) {
    it(`${file} compares no word literal`, () => {
      const code = fs
        .readFileSync(path.join(DIR, file), 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/(^|\s)\/\/ .*$/gm, '');
      const literals = [...code.matchAll(/(['"])((?:(?!\1)[^\\\n])*)\1/g)].map((m) => m[2]);
      assert.deepEqual([...new Set(literals.filter((l) => !l.startsWith('.') && !CODES.has(l)))], []);
    });
  }
});
