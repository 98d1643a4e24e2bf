/**
 * The scanner's lookup tables, derived once at load time from the language pack: the currency records (one per
 * currency, lang/en/currencies.ts) and the number and money word tables. Every per-token question the scanner asks
 * is one Map/Set lookup here. A record that contradicts another (the same word, sign, code or issuer meaning two
 * things) is a data error and fails loudly when the module loads.
 */
import { CURRENCIES, type CurrencyRecord, type PrefixSpacing, type UnitForms } from '../../lang/en/currencies';
import { MONEY_QUALIFIERS, RANGE_OPENERS, SINGLE_ARTICLES, VAGUE_QUANTIFIERS } from '../../lang/en/money-words';
import { ADJECTIVE_SCALES, NUMBER_GRAMMAR, NUMBER_TENS, NUMBER_UNITS, PLURAL_SCALES } from '../../lang/en/numbers';

/** What a currency word means to the scanner. */
export interface CurrencyWord {
  /** Code of the bare word (null: it does not say which currency). */
  iso: string | null;
  /** Shared name whose issuer words select a currency ("dollar": "Canadian" → CAD). */
  family: string;
  /** 1 for major units, 100 for cents. */
  divisor: number;
  /** Also everyday English: `amount` needs a scale word, an issuer or a big grouped number; `scale` the first two. */
  weak?: 'amount' | 'scale';
  glue?: 'only' | 'allowed';
  then?: ReadonlySet<string>;
  weight: boolean;
  yearBasis: boolean;
  /** Makes "90-cent"-style adjectives. */
  adjective: boolean;
  /** An amount alone after "a"/"single"; `with-issuer`: after "a" only with an issuer. */
  single?: 'any' | 'with-issuer';
  addsToMajor: boolean;
  /** Stands before a scaled amount in wire-service copy: "dlrs 220 million". */
  unitFirst: boolean;
}

export interface SignPrefix {
  iso: string;
  spacing: PrefixSpacing;
}

export interface Coin {
  iso: string | null;
  amount: number;
}

/** Everything the scanner looks up about currencies, derived from the records. */
export interface CurrencyTables {
  /** Currency words, lower case: "dollars", "pence", "yuan". */
  words: ReadonlyMap<string, CurrencyWord>;
  /** Issuer phrases per family: issuers.get("dollar").get("hong kong") → HKD. */
  issuers: ReadonlyMap<string, ReadonlyMap<string, string>>;
  /** Signs and what a bare sign means. */
  symbols: ReadonlyMap<string, string | null>;
  /** Signs written only before the amount in English ("$", "£"): after a number they open the next amount. */
  leadingSigns: ReadonlySet<string>;
  /** Letters in front of a sign, per sign, lower case: signPrefixes.get("$").get("hk") → HKD. */
  signPrefixes: ReadonlyMap<string, ReadonlyMap<string, SignPrefix>>;
  /** ISO codes (and aliases) as written next to an amount → the code to report ("RMB" → CNY). */
  codes: ReadonlyMap<string, string>;
  /** Codes also accepted in lower case, in all-lower-case (tokenised) text only. */
  lowerCodes: ReadonlyMap<string, string>;
  /** Abbreviations, case-sensitive, before ("Rs 500") and after ("500 kr") the amount. */
  abbreviationsBefore: ReadonlyMap<string, string | null>;
  abbreviationsAfter: ReadonlyMap<string, string | null>;
  /** Coins named as a value: "a nickel". */
  coins: ReadonlyMap<string, Coin>;
}

const T = currencyTables(CURRENCIES);
export const CURRENCY_WORDS = T.words;
export const ISSUERS = T.issuers;
export const SYMBOLS = T.symbols;
export const LEADING_SIGNS = T.leadingSigns;
export const SIGN_PREFIXES = T.signPrefixes;
export const CODES = T.codes;
export const LOWER_CODES = T.lowerCodes;
export const ABBREVIATIONS_BEFORE = T.abbreviationsBefore;
export const ABBREVIATIONS_AFTER = T.abbreviationsAfter;
export const COINS = T.coins;
/** Every issuer phrase of any family, and their first words (so the scanner knows when to look further). */
export const ISSUER_PHRASES: ReadonlySet<string> = new Set([...ISSUERS.values()].flatMap((m) => [...m.keys()]));
export const ISSUER_FIRST_WORDS: ReadonlySet<string> = new Set([...ISSUER_PHRASES].map((k) => k.split(' ')[0]));

/** Lower-case words that can open a money phrase; the scan skips every other word at once. */
export const STARTERS: ReadonlySet<string> = new Set([
  ...MONEY_QUALIFIERS.map(([phrase]) => phrase.split(' ')[0]), ...RANGE_OPENERS.keys(),
  ...NUMBER_UNITS.keys(), ...NUMBER_TENS.keys(), ...NUMBER_GRAMMAR.one, NUMBER_GRAMMAR.half,
  ...VAGUE_QUANTIFIERS.map(([phrase]) => phrase.split(' ')[0]), ...PLURAL_SCALES.words, ...ADJECTIVE_SCALES.keys(),
  ...[...SIGN_PREFIXES.values()].flatMap((m) => [...m.keys()]), ...LOWER_CODES.keys(), ...SINGLE_ARTICLES.keys(),
  ...[...CURRENCY_WORDS].filter(([, w]) => w.unitFirst).map(([word]) => word),
]);

// ---------------------------------------------------------------- derivation

/** The tables of a list of records; throws when two records claim the same word, sign, code, prefix or issuer. */
export function currencyTables(records: readonly CurrencyRecord[]): CurrencyTables {
  const t = {
    words: new Map<string, CurrencyWord>(),
    issuers: new Map<string, Map<string, string>>(),
    symbols: new Map<string, string | null>(),
    leadingSigns: new Set<string>(),
    signPrefixes: new Map<string, Map<string, SignPrefix>>(),
    codes: new Map<string, string>(),
    lowerCodes: new Map<string, string>(),
    abbreviationsBefore: new Map<string, string | null>(),
    abbreviationsAfter: new Map<string, string | null>(),
    coins: new Map<string, Coin>(),
  };
  for (const r of records) {
    for (const u of r.units ?? []) addUnit(t, r, u);
    for (const s of r.symbols ?? []) {
      put(t.symbols, s, r.iso, r, 'sign');
      if (r.signBefore) t.leadingSigns.add(s);
    }
    for (const [form, spacing] of Object.entries(r.prefixes ?? {})) {
      const sign = form.slice(-1);
      put(tableOf(t.signPrefixes, sign), form.slice(0, -1).toLowerCase(), { iso: coded(r), spacing }, r, 'prefix');
    }
    if (r.code) {
      for (const code of [coded(r), ...(r.codeAliases ?? [])]) {
        put(t.codes, code, coded(r), r, 'code');
        if (r.code === 'any-case') put(t.lowerCodes, code.toLowerCase(), coded(r), r, 'code');
      }
    }
    for (const a of r.abbreviations?.before ?? []) put(t.abbreviationsBefore, a, r.iso, r, 'abbreviation');
    for (const a of r.abbreviations?.after ?? []) put(t.abbreviationsAfter, a, r.iso, r, 'abbreviation');
    for (const [coin, amount] of Object.entries(r.coins ?? {})) put(t.coins, coin, { iso: r.iso, amount }, r, 'coin');
  }
  return t;
}

function addUnit(t: { words: Map<string, CurrencyWord>; issuers: Map<string, Map<string, string>> }, r: CurrencyRecord, u: UnitForms): void {
  const family = u.family ?? u.words?.[0];
  if (!family) throw new Error(`currency record ${r.name}: a unit needs words or a family`);
  for (const phrase of u.issuers ?? []) put(tableOf(t.issuers, family), phrase, coded(r), r, `issuer of "${family}"`);
  for (const form of [...(u.adjective ?? []), ...(u.single ?? []), ...(u.unitFirst ?? [])]) {
    if (!u.words?.includes(form)) throw new Error(`currency record ${r.name}: "${form}" is not one of its words`);
  }
  for (const w of u.words ?? []) {
    const single = u.single?.includes(w) ? (u.singleNeedsIssuer ? 'with-issuer' : 'any') : undefined;
    put(t.words, w, {
      iso: r.iso,
      family,
      divisor: u.divisor ?? 1,
      weak: u.weak ? (u.weak.needs ?? 'amount') : undefined,
      glue: u.glue,
      then: u.then && new Set(u.then),
      weight: !!u.weight,
      yearBasis: !!u.yearBasis,
      adjective: !!u.adjective?.includes(w),
      single,
      addsToMajor: !!u.addsToMajor,
      unitFirst: !!u.unitFirst?.includes(w),
    }, r, 'word');
  }
}

function tableOf<V>(map: Map<string, Map<string, V>>, key: string): Map<string, V> {
  let table = map.get(key);
  if (!table) map.set(key, (table = new Map()));
  return table;
}

function coded(r: CurrencyRecord): string {
  if (!r.iso) throw new Error(`currency record ${r.name}: issuers, prefixes and codes need an ISO code`);
  return r.iso;
}

function put<V>(map: Map<string, V>, key: string, value: V, r: CurrencyRecord, what: string): void {
  if (map.has(key)) throw new Error(`currency record ${r.name}: ${what} "${key}" is already taken by another record`);
  map.set(key, value);
}
