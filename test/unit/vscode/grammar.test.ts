import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vsctm from 'vscode-textmate';
import * as oniguruma from 'vscode-oniguruma';

// Tests of the TextMate grammar `syntaxes/news.tmLanguage.json` (scope `text.news`) as VS Code runs it:
// vscode-textmate + the oniguruma WASM shipped inside node_modules (no network). Sample sentences are invented.

const GRAMMAR_PATH = path.join(__dirname, '..', '..', '..', 'syntaxes', 'news.tmLanguage.json');
const BASE = 'text.news';
const MONEY = 'constant.numeric.money.news';
const YEAR = 'constant.numeric.year.news';
const MONTH = 'support.constant.date.month.news';
const WEEKDAY = 'support.constant.date.weekday.news';
const PLACE = 'entity.name.section.dateline.place.news';
const AGENCY = 'entity.name.tag.agency.news';
const SEPARATOR = 'punctuation.separator.dateline.news';
const QUOTE = 'string.quoted.double.news';
const QUOTE_BEGIN = 'punctuation.definition.string.begin.news';
const QUOTE_END = 'punctuation.definition.string.end.news';

interface Tok {
  text: string;
  scopes: string[];
}

let grammar: vsctm.IGrammar;

/** Tokenizes consecutive lines, carrying the rule stack from one line to the next as the editor does. */
function tokenize(lines: string[]): Tok[][] {
  let state = vsctm.INITIAL;
  return lines.map((line) => {
    const r = grammar.tokenizeLine(line, state);
    state = r.ruleStack;
    return r.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes }));
  });
}

/** Maximal runs of adjacent tokens that carry `scope`, as text (e.g. every money amount of the line). */
function runs(tokens: Tok[], scope: string): string[] {
  const out: string[] = [];
  let cur: string | undefined;
  for (const t of tokens) {
    if (t.scopes.includes(scope)) cur = (cur ?? '') + t.text;
    else if (cur !== undefined) {
      out.push(cur);
      cur = undefined;
    }
  }
  if (cur !== undefined) out.push(cur);
  return out;
}

const lineRuns = (line: string, scope: string): string[] => runs(tokenize([line])[0], scope);

/** Every scope but the base one that any token of the line carries. */
function extraScopes(line: string): string[] {
  const all = new Set<string>();
  for (const t of tokenize([line])[0]) for (const s of t.scopes) if (s !== BASE) all.add(s);
  return [...all];
}

/** Every regex source in the grammar JSON, with its JSON path. */
function regexesOf(node: unknown, at = '$', out: Array<[string, string]> = []): Array<[string, string]> {
  if (Array.isArray(node)) node.forEach((n, i) => regexesOf(n, `${at}[${i}]`, out));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (['match', 'begin', 'end', 'while'].includes(k) && typeof v === 'string') out.push([`${at}.${k}`, v]);
      else regexesOf(v, `${at}.${k}`, out);
    }
  }
  return out;
}

describe('news TextMate grammar', () => {
  before(async () => {
    const wasm = fs.readFileSync(path.join(path.dirname(require.resolve('vscode-oniguruma')), 'onig.wasm'));
    await oniguruma.loadWASM(wasm);
    const registry = new vsctm.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
        createOnigString: (s: string) => new oniguruma.OnigString(s),
      }),
      loadGrammar: async (scopeName) =>
        scopeName === BASE ? vsctm.parseRawGrammar(fs.readFileSync(GRAMMAR_PATH, 'utf8'), GRAMMAR_PATH) : null,
    });
    const g = await registry.loadGrammar(BASE);
    assert.ok(g, 'grammar text.news loads');
    grammar = g;
  });

  describe('the grammar file', () => {
    const raw = JSON.parse(fs.readFileSync(GRAMMAR_PATH, 'utf8')) as {
      scopeName: string;
      repository: Record<string, unknown>;
    };

    it('is the grammar package.json contributes for the news language', () => {
      const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', '..', 'package.json'), 'utf8'));
      const entry = pkg.contributes.grammars.find((e: { language: string }) => e.language === 'news');
      assert.equal(entry.scopeName, raw.scopeName);
      assert.equal(path.resolve(path.dirname(GRAMMAR_PATH), '..', entry.path), GRAMMAR_PATH);
    });

    it('compiles every regex in oniguruma', () => {
      const found = regexesOf(raw);
      assert.ok(found.length >= 10, `expected the grammar's regexes, found ${found.length}`);
      for (const [where, source] of found) {
        assert.doesNotThrow(() => new oniguruma.OnigScanner([source]).dispose(), `${where}: ${source}`);
      }
    });

    it('the regex check itself rejects a broken pattern', () => {
      assert.throws(() => new oniguruma.OnigScanner(['(unclosed']));
      assert.throws(() => new oniguruma.OnigScanner(['\\p{NoSuchProperty}']));
    });

    it('includes only repository rules that exist', () => {
      const includes = JSON.stringify(raw).match(/"include":"#[^"]+"/g) ?? [];
      assert.ok(includes.length > 0);
      for (const inc of includes) {
        const name = inc.slice('"include":"#'.length, -1);
        assert.ok(name in raw.repository, `missing repository rule ${name}`);
      }
    });
  });

  describe('money', () => {
    it('marks amounts with a currency symbol or code, and a multiplier', () => {
      assert.deepEqual(lineRuns('The fund pledged $20 billion and a further €1.5bn on top.', MONEY), ['$20 billion', '€1.5bn']);
      assert.deepEqual(lineRuns('It paid £45m for the site and US$2 trillion went elsewhere.', MONEY), ['£45m', 'US$2 trillion']);
      assert.deepEqual(lineRuns('Costs hit HK$3.5 billion, USD 40 million and $1,250.50 in fees.', MONEY), [
        'HK$3.5 billion',
        'USD 40 million',
        '$1,250.50',
      ]);
      assert.deepEqual(lineRuns('A $1.5-billion plan.', MONEY), ['$1.5-billion']);
    });

    it('marks a number followed by a currency word, but not the modifier before it', () => {
      assert.deepEqual(lineRuns('The bill came to more than 20 billion euros this year.', MONEY), ['20 billion euros']);
      const toks = tokenize(['The bill came to more than 20 billion euros this year.'])[0];
      assert.ok(!toks.some((t) => t.text.includes('more') && t.scopes.includes(MONEY)));
      assert.deepEqual(lineRuns('Aid of 5 million US dollars and 30 cents a litre.', MONEY), ['5 million US dollars', '30 cents']);
    });

    it('leaves bare numbers and percentages alone', () => {
      assert.deepEqual(lineRuns('About 20,000 people, 15 percent of them under 12, walked 3 million steps.', MONEY), []);
    });
  });

  describe('years', () => {
    it('marks four-digit years and decades', () => {
      assert.deepEqual(lineRuns('In 2025 the plant reopened; it was built in the 1990s.', YEAR), ['2025', '1990s']);
    });

    it('marks both years of a range', () => {
      assert.deepEqual(lineRuns('The 1990-2000 period and the 2025-26 season.', YEAR), ['1990', '2000', '2025', '26']);
    });

    it('does not mark parts of larger numbers or phone numbers', () => {
      assert.deepEqual(lineRuns('Some 20,000 people and 2,025 cars; a rate of 2025.5 points.', YEAR), []);
      assert.deepEqual(lineRuns('Call 555-2025 or 202-555-1990 for tickets.', YEAR), []);
    });

    it('does not mark money as a year', () => {
      const line = 'It cost $2025 in total.';
      assert.deepEqual(lineRuns(line, YEAR), []);
      assert.deepEqual(lineRuns(line, MONEY), ['$2025']);
    });
  });

  describe('months and weekdays', () => {
    it('marks capitalised month and weekday names and month abbreviations', () => {
      const line = 'Talks resume in April, on Tuesday or on Sept. 3, and end by Friday.';
      assert.deepEqual(lineRuns(line, MONTH), ['April', 'Sept.']);
      assert.deepEqual(lineRuns(line, WEEKDAY), ['Tuesday', 'Friday']);
    });

    it('leaves the verb "may" and words that merely start with a month name alone', () => {
      assert.deepEqual(lineRuns('Prices may rise, the Mayor warned; a marching band played.', MONTH), []);
      assert.deepEqual(lineRuns('The vote is due in May.', MONTH), ['May']);
    });

    it('treats "May" after Theresa or a title as the surname', () => {
      assert.deepEqual(lineRuns('Theresa May spoke in May and Mrs May left in June.', MONTH), ['May', 'June']);
    });
  });

  describe('datelines', () => {
    it('reads place, date, agency and separator of a full dateline', () => {
      const line = 'BRUSSELS, April 4, 2025 (Reuters) — The union agreed on new rules.';
      assert.deepEqual(lineRuns(line, PLACE), ['BRUSSELS']);
      assert.deepEqual(lineRuns(line, MONTH), ['April']);
      assert.deepEqual(lineRuns(line, YEAR), ['2025']);
      assert.deepEqual(lineRuns(line, AGENCY), ['(Reuters)']);
      assert.deepEqual(lineRuns(line, SEPARATOR), ['—']);
    });

    it('reads short, multi-word, day-first and two-city datelines', () => {
      assert.deepEqual(lineRuns('KYIV (AP) — Officials said the grid held.', PLACE), ['KYIV']);
      assert.deepEqual(lineRuns('KYIV (AP) — Officials said the grid held.', AGENCY), ['(AP)']);
      assert.deepEqual(lineRuns('NEW YORK — Stocks rose.', PLACE), ['NEW YORK']);
      assert.deepEqual(lineRuns('LONDON, 4 April (Reuters) - Shares fell.', PLACE), ['LONDON']);
      assert.deepEqual(lineRuns('LONDON, 4 April (Reuters) - Shares fell.', SEPARATOR), ['-']);
      assert.deepEqual(lineRuns('PARIS/BERLIN, May 2 (Reuters) - Leaders met.', PLACE), ['PARIS/BERLIN']);
      assert.deepEqual(lineRuns('SÃO PAULO (Reuters) - Markets rallied.', PLACE), ['SÃO PAULO']);
    });

    it('only at the start of a line', () => {
      assert.deepEqual(lineRuns('He flew to KYIV (AP) — then home.', PLACE), []);
    });

    it('does not take capitalised words joined by a hyphen, or wire labels, for a dateline', () => {
      for (const line of ['US-CHINA TRADE TALKS STALL', 'COVID-19 cases rose again', 'EXCLUSIVE-Firm weighs sale', 'UPDATE: Shares fell']) {
        assert.deepEqual(lineRuns(line, PLACE), [], line);
        assert.deepEqual(lineRuns(line, SEPARATOR), [], line);
      }
    });
  });

  describe('quotations', () => {
    it('marks straight double quotes with their punctuation', () => {
      const toks = tokenize(['"We will help," she said.'])[0];
      assert.deepEqual(runs(toks, QUOTE), ['"We will help,"']);
      assert.deepEqual(runs(toks, QUOTE_BEGIN), ['"']);
      assert.deepEqual(runs(toks, QUOTE_END), ['"']);
      assert.equal(toks.at(-1)?.text, ' she said.');
      assert.deepEqual(toks.at(-1)?.scopes, [BASE]);
    });

    it('marks curly quotes', () => {
      const toks = tokenize(['She said: “Help arrives on Monday,” and left.'])[0];
      assert.deepEqual(runs(toks, QUOTE), ['“Help arrives on Monday,”']);
      assert.deepEqual(runs(toks, QUOTE_BEGIN), ['“']);
      assert.deepEqual(runs(toks, QUOTE_END), ['”']);
    });

    it('still marks money and dates inside a quotation', () => {
      const toks = tokenize(['“We will send $5 million by March,” he said.'])[0];
      const money = toks.find((t) => t.text === '$5 million');
      assert.deepEqual(money?.scopes, [BASE, QUOTE, MONEY]);
      assert.deepEqual(runs(toks, MONTH), ['March']);
    });

    it('does not open a quotation on inch marks', () => {
      assert.deepEqual(lineRuns('It sells 55" and 65" screens.', QUOTE), []);
    });

    it('continues a quotation over a line break within a paragraph', () => {
      const [a, b, c] = tokenize(['“We will help as long as', 'it takes,” the minister said.', 'Nothing else was quoted.']);
      assert.deepEqual(runs(a, QUOTE), ['“We will help as long as']);
      assert.deepEqual(runs(b, QUOTE), ['it takes,”']);
      assert.deepEqual(runs(b, QUOTE_END), ['”']);
      assert.deepEqual(runs(c, QUOTE), []);
    });

    it('ends an unclosed quotation at the blank line closing its paragraph', () => {
      const [a, , c] = tokenize(['He said: "we will never', '', 'Officials met on Tuesday.']);
      assert.deepEqual(runs(a, QUOTE), ['"we will never']);
      assert.deepEqual(runs(c, QUOTE), []);
      assert.deepEqual(runs(c, WEEKDAY), ['Tuesday']);
    });

    it('restarts at a line that opens a new quotation (a quote over several paragraphs)', () => {
      const [, b] = tokenize(['“The first part runs on', '“and the second part ends,” she said.']);
      assert.deepEqual(runs(b, QUOTE_BEGIN), ['“']);
      assert.deepEqual(runs(b, QUOTE), ['“and the second part ends,”']);
      assert.equal(b.at(-1)?.text, ' she said.');
      assert.deepEqual(b.at(-1)?.scopes, [BASE]);
    });
  });

  describe('ordinary text', () => {
    it('gets only the base scope', () => {
      for (const line of [
        'The quick brown fox jumps over the lazy dog.',
        'Officials may meet again, the spokesman added.',
        'It rose 12 percent to 345 points, with 20,000 attendees.',
        'U.S. officials said the Marchers would stay.',
        "The team's 3-1 win was its best in weeks.",
      ]) {
        assert.deepEqual(extraScopes(line), [], line);
      }
    });
  });

  // A catastrophically backtracking pattern blows through vscode-textmate's own 1 s per-line limit (stoppedEarly);
  // wall-clock figures belong in a benchmark, not in an assertion.
  it('tokenizes long hostile lines without hitting the tokenizer time limit (no catastrophic backtracking)', () => {
    const hostile = [
      'A'.repeat(4000),
      'ABC DEF GHI JKL '.repeat(300),
      '1'.repeat(4000),
      '1,000'.repeat(800),
      '"'.repeat(2000) + 'x',
      'In May 2025, $1.5 billion, “quoted” and 1990-2000. '.repeat(80),
    ];
    for (const line of hostile) {
      const r = grammar.tokenizeLine(line, vsctm.INITIAL, 1000);
      assert.equal(r.stoppedEarly, false, line.slice(0, 40));
    }
  });
});
