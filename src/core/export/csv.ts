/**
 * The CSV variant of the facts file: one row per fact, for spreadsheets. RFC 4180 (comma, double quotes, CRLF),
 * header row, UTF-8 with a byte order mark by default: Excel reads BOM-less UTF-8 as the local code page and turns
 * "€" into "â‚¬"; LibreOffice, pandas (encoding="utf-8-sig") and csv-parse (bom: true) all accept the BOM.
 *
 * Formula injection (OWASP "CSV Injection"): a spreadsheet runs a cell that starts with "=", "+", "-" or "@" (or a
 * tab or carriage return) as a formula, and an article may contain "=HYPERLINK(…)". Such cells get a "'" in
 * front by default (OWASP's advice): spreadsheets then read the cell as text instead of running it. A cell that is just a number
 * ("-5", "+3.5", "1e21") is left alone: every spreadsheet reads it as that number, it cannot hold a formula, and the
 * amounts stay numbers (OWASP's own escaping rules target formula characters; a plain number has none after its sign).
 * `formulas: 'keep'` writes every value as found, so the file round-trips exactly.
 */
import { stringify } from 'csv-stringify/sync';
import type { ExportedMention, FactsDocument } from './document';

export const CSV_COLUMNS = [
  'fact_id',
  'source',
  'actor',
  'actor_kind',
  'action',
  'lemma',
  'category',
  'negated',
  'planned',
  'recipient',
  'recipient_kind',
  'amount',
  'currency',
  'approx',
  'amount_min',
  'amount_max',
  'amount_text',
  'date_start',
  'date_end',
  'timex',
  'date_text',
  'confidence',
  'sentence',
  'start',
  'end',
  // Added after the first release, at the end so existing column positions stay.
  'object',
  'purpose',
  'co_actors',
  'actor_named',
  'recipient_named',
  'missing',
] as const;

type CsvColumn = (typeof CSV_COLUMNS)[number];

/** What happens to a cell a spreadsheet would run as a formula (see above). */
export type CsvFormulas = 'neutralise' | 'keep';
export const CSV_FORMULAS: readonly CsvFormulas[] = ['neutralise', 'keep'];

export interface CsvOptions {
  /** Start with a UTF-8 byte order mark (default true, see above). */
  bom?: boolean;
  /** Write the header row (default true; false to append to an existing file). */
  header?: boolean;
  /** Default 'neutralise'. */
  formulas?: CsvFormulas;
  /** Leave out facts whose confidence is below this (default 0: every fact). The JSON file always keeps all. */
  minConfidence?: number;
}

/** The characters that make a spreadsheet read a cell as a formula (OWASP: = + - @ tab CR). */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A cell that is only a decimal number, signed or not: read as a number, never as a formula. */
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** `cell` as a spreadsheet shows it without running it: "'" before a formula character (see above). */
export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell) ? `'${cell}` : cell;
}

/** The rows of one article, values as strings (empty for "not found"). */
export function factsToCsvRows(doc: FactsDocument): Array<Record<CsvColumn, string>> {
  const mentions = new Map<string, ExportedMention>(doc.mentions.map((m) => [m.id, m]));
  const entities = new Map(doc.entities.map((e) => [e.id, e]));
  return doc.facts.map((f) => {
    const money = f.amount ? mentions.get(f.amount) : undefined;
    const date = f.time ? mentions.get(f.time) : undefined;
    const actor = f.actor ? entities.get(f.actor) : undefined;
    const recipient = f.recipient ? entities.get(f.recipient) : undefined;
    const m = money?.type === 'MONEY' ? money : undefined;
    const d = date?.type === 'DATE' ? date : undefined;
    return {
      fact_id: f.id,
      source: doc.document.path,
      actor: actor?.canonical ?? '',
      actor_kind: actor?.kind ?? '',
      action: f.action.text ?? '',
      lemma: f.action.lemma ?? '',
      category: f.action.category,
      negated: String(f.action.negated),
      planned: String(f.action.planned),
      recipient: recipient?.canonical ?? '',
      recipient_kind: recipient?.kind ?? '',
      amount: num(m?.amount),
      currency: m?.currency ?? '',
      approx: m?.approx ?? '',
      amount_min: num(m?.min),
      amount_max: num(m?.max),
      amount_text: m?.text ?? '',
      date_start: d?.start_date ?? '',
      date_end: d?.end_date ?? '',
      timex: d?.timex ?? '',
      date_text: d?.text ?? '',
      confidence: String(f.confidence),
      sentence: f.evidence.text,
      start: String(f.evidence.start),
      end: String(f.evidence.end),
      object: f.object?.text ?? '',
      purpose: f.purpose?.text ?? '',
      co_actors: f.co_actors.map((id) => entities.get(id)?.canonical ?? '').join('; '),
      actor_named: actor ? String(actor.named) : '',
      recipient_named: recipient ? String(recipient.named) : '',
      missing: f.missing.join('; '),
    };
  });
}

/** Plain decimal notation for amounts a spreadsheet reads as numbers ("20000000000", not "2e10"). */
function num(n: number | null | undefined): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return '';
  return Math.abs(n) < 1e21 ? String(n) : n.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
}

/** One CSV text for one or many articles (a corpus export has one header and a `source` column). */
export function factsToCsv(docs: FactsDocument[], options: CsvOptions = {}): string {
  const min = options.minConfidence ?? 0;
  const rows = docs.flatMap((d) => factsToCsvRows(min > 0 ? { ...d, facts: d.facts.filter((f) => f.confidence >= min) } : d));
  return stringify(rows, {
    header: options.header ?? true,
    columns: [...CSV_COLUMNS],
    bom: options.bom ?? true,
    record_delimiter: 'windows',
    ...(options.formulas === 'keep' ? {} : { cast: { string: neutraliseFormula } }),
    // A sentence may hold a bare line break; quote it so no reader takes it for the end of the record.
    quoted_match: /[\r\n]/,
  });
}
