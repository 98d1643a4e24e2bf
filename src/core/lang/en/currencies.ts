/**
 * Currency gazetteer for the MONEY extractor: symbols, ISO codes, currency words and the nationality words that
 * pick the right ISO 4217 code for shared names ("Canadian dollars" → CAD, "Swiss francs" → CHF).
 * Historical codes are used where the currency no longer exists (markka → FIM, peseta → ESP, guilder → NLG).
 * `null` means the text alone does not say which currency (bare "francs", "rupees", "pesos").
 */

export interface CurrencyUnit {
  /** ISO 4217 code when the bare word is unambiguous, else null. */
  iso: string | null;
  /** Family used to resolve a nationality word in front of it ("Hong Kong" + dollar → HKD). */
  family: string;
  /** Divisor to major units for sub-units: cents → 100. */
  minor?: number;
  /** Word is also an everyday English word; only accepted right after an amount with a scale word or strong cue. */
  weak?: boolean;
}

const u = (iso: string | null, family: string, extra: Partial<CurrencyUnit> = {}): CurrencyUnit => ({
  iso,
  family,
  ...extra,
});

/** Currency words, lower-case, singular and plural forms. */
export const CURRENCY_WORDS: ReadonlyMap<string, CurrencyUnit> = new Map<string, CurrencyUnit>([
  ...forms(['dollar', 'dollars', 'bucks', 'dlr', 'dlrs'], u('USD', 'dollar')),
  ...forms(['cent', 'cents'], u('USD', 'cent', { minor: 100 })),
  ...forms(['euro', 'euros'], u('EUR', 'euro')),
  ...forms(['eurocent', 'eurocents'], u('EUR', 'cent', { minor: 100 })),
  ...forms(['pound', 'pounds', 'quid'], u('GBP', 'pound')),
  ...forms(['sterling', 'stg'], u('GBP', 'pound')),
  ...forms(['pence', 'p'], u('GBP', 'pence', { minor: 100 })),
  ...forms(['penny', 'pennies'], u(null, 'penny', { minor: 100 })),
  ...forms(['yen'], u('JPY', 'yen')),
  ...forms(['yuan', 'renminbi', 'rmb', 'kuai'], u('CNY', 'yuan')),
  ...forms(['jiao', 'mao'], u('CNY', 'yuan', { minor: 10, weak: true })),
  ...forms(['franc', 'francs'], u(null, 'franc')),
  ...forms(['centime', 'centimes'], u(null, 'centime', { minor: 100 })),
  ...forms(['mark', 'marks', 'deutschmark', 'deutschmarks', 'deutschemark', 'deutschemarks', 'd-mark', 'd-marks'], u('DEM', 'mark')),
  ...forms(['pfennig', 'pfennigs'], u('DEM', 'pfennig', { minor: 100 })),
  ...forms(['markka', 'markkaa'], u('FIM', 'markka')),
  ...forms(['peseta', 'pesetas'], u('ESP', 'peseta')),
  ...forms(['guilder', 'guilders'], u('NLG', 'guilder')),
  ...forms(['florin', 'florins'], u(null, 'florin')),
  ...forms(['lira', 'liras'], u(null, 'lira')),
  ...forms(['lire'], u('ITL', 'lira')),
  ...forms(['peso', 'pesos'], u(null, 'peso')),
  ...forms(['centavo', 'centavos'], u(null, 'centavo', { minor: 100 })),
  ...forms(['won'], u('KRW', 'won', { weak: true })),
  ...forms(['ruble', 'rubles', 'rouble', 'roubles'], u('RUB', 'ruble')),
  ...forms(['kopeck', 'kopecks', 'kopek', 'kopeks', 'kopeyka', 'kopeykas'], u('RUB', 'kopeck', { minor: 100 })),
  ...forms(['hryvnia', 'hryvnias', 'hryvnya', 'hryvnyas', 'hryvna', 'hryvnas', 'hryvni'], u('UAH', 'hryvnia')),
  ...forms(['riyal', 'riyals'], u('SAR', 'riyal')),
  ...forms(['rial', 'rials'], u(null, 'riyal')),
  ...forms(['dirham', 'dirhams', 'dirhams'], u('AED', 'dirham')),
  ...forms(['dinar', 'dinars'], u(null, 'dinar')),
  ...forms(['denar', 'denars', 'denari'], u('MKD', 'denar')),
  ...forms(['rupee', 'rupees'], u(null, 'rupee')),
  ...forms(['paise', 'paisa'], u(null, 'paisa', { minor: 100 })),
  ...forms(['crore', 'crores', 'lakh', 'lakhs'], u(null, 'none', { weak: true })),
  ...forms(['rupiah', 'rupiahs'], u('IDR', 'rupiah')),
  ...forms(['ringgit', 'ringgits'], u('MYR', 'ringgit')),
  ...forms(['baht'], u('THB', 'baht')),
  ...forms(['satang'], u('THB', 'baht', { minor: 100 })),
  ...forms(['dong'], u('VND', 'dong', { weak: true })),
  ...forms(['kip'], u('LAK', 'kip', { weak: true })),
  ...forms(['riel', 'riels'], u('KHR', 'riel')),
  ...forms(['kyat', 'kyats'], u('MMK', 'kyat')),
  ...forms(['taka'], u('BDT', 'taka')),
  ...forms(['afghani', 'afghanis'], u('AFN', 'afghani', { weak: true })),
  ...forms(['tenge'], u('KZT', 'tenge')),
  ...forms(['som', 'soms'], u('KGS', 'som', { weak: true })),
  ...forms(['somoni'], u('TJS', 'somoni')),
  ...forms(['manat', 'manats'], u('AZN', 'manat')),
  ...forms(['lari', 'laris'], u('GEL', 'lari')),
  ...forms(['dram', 'drams'], u('AMD', 'dram', { weak: true })),
  ...forms(['tugrik', 'tugriks', 'tögrög'], u('MNT', 'tugrik')),
  ...forms(['shekel', 'shekels', 'sheqel', 'sheqels', 'shekalim'], u('ILS', 'shekel')),
  ...forms(['agorot', 'agora'], u('ILS', 'shekel', { minor: 100, weak: true })),
  ...forms(['rand'], u('ZAR', 'rand', { weak: true })),
  ...forms(['naira'], u('NGN', 'naira')),
  ...forms(['kobo'], u('NGN', 'naira', { minor: 100 })),
  ...forms(['cedi', 'cedis'], u('GHS', 'cedi')),
  ...forms(['birr'], u('ETB', 'birr')),
  ...forms(['kwacha'], u('ZMW', 'kwacha')),
  ...forms(['shilling', 'shillings'], u(null, 'shilling')),
  ...forms(['schilling', 'schillings'], u('ATS', 'schilling')),
  ...forms(['pula'], u('BWP', 'pula', { weak: true })),
  ...forms(['metical', 'meticais', 'meticals'], u('MZN', 'metical')),
  ...forms(['kwanza', 'kwanzas'], u('AOA', 'kwanza')),
  ...forms(['ariary'], u('MGA', 'ariary')),
  ...forms(['nakfa'], u('ERN', 'nakfa')),
  ...forms(['leone', 'leones'], u('SLL', 'leone', { weak: true })),
  ...forms(['dalasi', 'dalasis'], u('GMD', 'dalasi')),
  ...forms(['ouguiya', 'ouguiyas'], u('MRU', 'ouguiya')),
  ...forms(['gourde', 'gourdes'], u('HTG', 'gourde')),
  ...forms(['pataca', 'patacas'], u('MOP', 'pataca')),
  ...forms(['rufiyaa'], u('MVR', 'rufiyaa')),
  ...forms(['ngultrum'], u('BTN', 'ngultrum')),
  ...forms(['zloty', 'zlotys', 'zlotych', 'złoty', 'złotych'], u('PLN', 'zloty')),
  ...forms(['forint', 'forints'], u('HUF', 'forint')),
  ...forms(['koruna', 'korunas', 'koruny', 'korun'], u('CZK', 'koruna')),
  ...forms(['krona', 'kronor'], u('SEK', 'krona')),
  ...forms(['krone', 'kroner'], u(null, 'krone')),
  ...forms(['kronur', 'króna', 'krónur'], u('ISK', 'krona')),
  ...forms(['lev', 'leva', 'levs'], u('BGN', 'lev', { weak: true })),
  ...forms(['leu', 'lei'], u('RON', 'leu', { weak: true })),
  ...forms(['kuna', 'kunas', 'kune'], u('HRK', 'kuna')),
  ...forms(['colon', 'colones', 'colón'], u('CRC', 'colon', { weak: true })),
  ...forms(['quetzal', 'quetzales', 'quetzals'], u('GTQ', 'quetzal')),
  ...forms(['lempira', 'lempiras'], u('HNL', 'lempira')),
  ...forms(['cordoba', 'cordobas', 'córdoba', 'córdobas'], u('NIO', 'cordoba', { weak: true })),
  ...forms(['balboa', 'balboas'], u('PAB', 'balboa', { weak: true })),
  ...forms(['bolivar', 'bolivars', 'bolivares', 'bolívar', 'bolívares'], u('VES', 'bolivar')),
  ...forms(['soles', 'nuevos soles'], u('PEN', 'sol')),
  ...forms(['guarani', 'guaranis', 'guaraníes', 'guaranies'], u('PYG', 'guarani', { weak: true })),
  ...forms(['boliviano', 'bolivianos'], u('BOB', 'boliviano')),
  ...forms(['real', 'reais', 'reals'], u('BRL', 'real', { weak: true })),
  ...forms(['escudo', 'escudos'], u('PTE', 'escudo')),
  ...forms(['drachma', 'drachmas', 'drachmae'], u('GRD', 'drachma')),
  ...forms(['punt', 'punts'], u('IEP', 'punt')),
  ...forms(['ecu', 'ecus'], u('XEU', 'ecu')),
  ...forms(['ரூ', 'ரூபாய்'], u('LKR', 'rupee')),
  ...forms(['रु', 'रू'], u('NPR', 'rupee')),
]);

/** Coins named as a value: "a nickel", "a dime". */
export const COIN_WORDS: ReadonlyMap<string, { iso: string; amount: number }> = new Map([
  ['dime', { iso: 'USD', amount: 0.1 }],
  ['nickel', { iso: 'USD', amount: 0.05 }],
]);

/** Nationality/issuer words in front of a shared currency name, per family. Keys are lower-case, space-joined. */
export const CURRENCY_ISSUERS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  dollar: {
    us: 'USD', 'u.s.': 'USD', 'u.s': 'USD', 'u. s.': 'USD', american: 'USD', 'united states': 'USD', 'us.': 'USD',
    canadian: 'CAD', 'can': 'CAD', australian: 'AUD', aussie: 'AUD', 'new zealand': 'NZD', kiwi: 'NZD',
    'hong kong': 'HKD', hk: 'HKD', singapore: 'SGD', singaporean: 'SGD', taiwan: 'TWD', taiwanese: 'TWD',
    'new taiwan': 'TWD', nt: 'TWD', zimbabwe: 'ZWL', zimbabwean: 'ZWL', jamaican: 'JMD', jamaica: 'JMD',
    namibian: 'NAD', fiji: 'FJD', fijian: 'FJD', brunei: 'BND', liberian: 'LRD', bahamian: 'BSD',
    barbados: 'BBD', barbadian: 'BBD', belize: 'BZD', belizean: 'BZD', trinidad: 'TTD', 'trinidad and tobago': 'TTD',
    'east caribbean': 'XCD', guyanese: 'GYD', 'solomon islands': 'SBD', cayman: 'KYD', 'cayman islands': 'KYD',
    bermudian: 'BMD', bermuda: 'BMD', surinamese: 'SRD',
  },
  cent: { us: 'USD', 'u.s.': 'USD', american: 'USD', euro: 'EUR', canadian: 'CAD', australian: 'AUD' },
  penny: { us: 'USD', 'u.s.': 'USD', american: 'USD', british: 'GBP', uk: 'GBP', 'u.k.': 'GBP' },
  pound: {
    british: 'GBP', uk: 'GBP', 'u.k.': 'GBP', english: 'GBP', scottish: 'GBP', egyptian: 'EGP', lebanese: 'LBP',
    syrian: 'SYP', sudanese: 'SDG', 'south sudanese': 'SSP', irish: 'IEP', cypriot: 'CYP', cyprus: 'CYP',
    maltese: 'MTL', gibraltar: 'GIP', 'falkland islands': 'FKP',
  },
  franc: {
    swiss: 'CHF', french: 'FRF', belgian: 'BEF', luxembourg: 'LUF', cfa: 'XOF', congolese: 'CDF', rwandan: 'RWF',
    burundian: 'BIF', guinean: 'GNF', djiboutian: 'DJF', comorian: 'KMF', cfp: 'XPF', malagasy: 'MGF',
  },
  peso: {
    mexican: 'MXN', philippine: 'PHP', filipino: 'PHP', argentine: 'ARS', argentinian: 'ARS', argentinean: 'ARS',
    chilean: 'CLP', colombian: 'COP', cuban: 'CUP', dominican: 'DOP', uruguayan: 'UYU', bolivian: 'BOB',
  },
  mark: {
    german: 'DEM', deutsche: 'DEM', deutsch: 'DEM', 'west german': 'DEM', 'east german': 'DDM', d: 'DEM',
    finnish: 'FIM', finland: 'FIM', convertible: 'BAM',
  },
  markka: { finnish: 'FIM', finland: 'FIM' },
  rupee: {
    indian: 'INR', india: 'INR', pakistani: 'PKR', pakistan: 'PKR', 'sri lankan': 'LKR', 'sri lanka': 'LKR',
    nepalese: 'NPR', nepali: 'NPR', mauritian: 'MUR', seychellois: 'SCR',
  },
  dinar: {
    kuwaiti: 'KWD', iraqi: 'IQD', jordanian: 'JOD', bahraini: 'BHD', tunisian: 'TND', algerian: 'DZD',
    libyan: 'LYD', serbian: 'RSD', yugoslav: 'YUM',
  },
  riyal: { saudi: 'SAR', 'saudi arabian': 'SAR', qatari: 'QAR', omani: 'OMR', iranian: 'IRR', yemeni: 'YER' },
  dirham: { uae: 'AED', 'u.a.e.': 'AED', emirati: 'AED', moroccan: 'MAD' },
  shilling: { kenyan: 'KES', ugandan: 'UGX', tanzanian: 'TZS', somali: 'SOS', austrian: 'ATS' },
  krona: { swedish: 'SEK', icelandic: 'ISK' },
  krone: { danish: 'DKK', norwegian: 'NOK' },
  lira: { turkish: 'TRY', italian: 'ITL', maltese: 'MTL' },
  won: { korean: 'KRW', 'south korean': 'KRW', 'north korean': 'KPW' },
  yuan: { chinese: 'CNY' },
  yen: { japanese: 'JPY' },
  ruble: { russian: 'RUB', belarusian: 'BYN', belarussian: 'BYN' },
  rand: { 'south african': 'ZAR' },
  real: { brazilian: 'BRL' },
  kwacha: { zambian: 'ZMW', malawian: 'MWK' },
  guilder: { dutch: 'NLG', netherlands: 'NLG', antillean: 'ANG', surinamese: 'SRG' },
  florin: { dutch: 'NLG', aruban: 'AWG' },
  manat: { azerbaijani: 'AZN', turkmen: 'TMT' },
  leu: { romanian: 'RON', moldovan: 'MDL' },
  colon: { 'costa rican': 'CRC', salvadoran: 'SVC' },
  escudo: { portuguese: 'PTE', 'cape verdean': 'CVE' },
  koruna: { czech: 'CZK', slovak: 'SKK' },
  euro: {},
};

/** First words of the multi-word issuers, so the scanner knows when to look further. */
export const ISSUER_FIRST_WORDS: ReadonlySet<string> = new Set(
  Object.values(CURRENCY_ISSUERS).flatMap((m) => Object.keys(m).map((k) => k.split(' ')[0])),
);

/** Currency symbols (single characters) and what a bare symbol means. */
export const CURRENCY_SYMBOLS: ReadonlyMap<string, string | null> = new Map<string, string | null>([
  ['$', 'USD'], ['£', 'GBP'], ['€', 'EUR'], ['¥', 'JPY'], ['￥', 'JPY'], ['₹', 'INR'], ['₩', 'KRW'], ['₽', 'RUB'],
  ['₴', 'UAH'], ['₪', 'ILS'], ['₦', 'NGN'], ['₱', 'PHP'], ['₫', 'VND'], ['฿', 'THB'], ['₺', 'TRY'], ['₾', 'GEL'],
  ['₭', 'LAK'], ['₡', 'CRC'], ['₸', 'KZT'], ['₼', 'AZN'], ['₮', 'MNT'], ['₲', 'PYG'], ['₵', 'GHS'], ['₨', null],
  ['৳', 'BDT'], ['₣', null], ['₤', null], ['元', 'CNY'], ['円', 'JPY'], ['﷼', null], ['֏', 'AMD'], ['₥', null],
]);

/** Letters written in front of "$" (with or without a space in tokenised text): "US$", "C$", "HK$". */
export const DOLLAR_PREFIXES: ReadonlyMap<string, string> = new Map([
  ['us', 'USD'], ['u.s.', 'USD'], ['u.s', 'USD'], ['usd', 'USD'], ['c', 'CAD'], ['ca', 'CAD'], ['can', 'CAD'],
  ['cdn', 'CAD'], ['a', 'AUD'], ['au', 'AUD'], ['aus', 'AUD'], ['nz', 'NZD'], ['hk', 'HKD'], ['s', 'SGD'],
  ['sg', 'SGD'], ['nt', 'TWD'], ['r', 'BRL'], ['mx', 'MXN'], ['mex', 'MXN'], ['rd', 'DOP'], ['j', 'JMD'],
  ['tt', 'TTD'], ['z', 'ZWL'], ['ec', 'XCD'], ['bds', 'BBD'], ['fj', 'FJD'], ['b', 'BND'],
]);
/** Prefixes that are also ordinary words/letters in lower-cased text, so they need "$" glued to them. */
export const GLUED_ONLY_DOLLAR_PREFIXES: ReadonlySet<string> = new Set(['a', 's', 'r', 'j', 'z', 'b', 'can', 'ca', 'ec']);

/** Letters written in front of "£". */
export const POUND_PREFIXES: ReadonlyMap<string, string> = new Map([
  ['e', 'EGP'], ['l', 'LBP'], ['s', 'SYP'], ['stg', 'GBP'], ['uk', 'GBP'],
]);

/** ISO codes accepted next to an amount ("USD 5 million", "40 rmb"). Upper-case as written. */
export const ISO_CODES: ReadonlySet<string> = new Set(
  ('USD EUR GBP JPY CNY RMB CHF CAD AUD NZD HKD SGD INR KRW RUB BRL MXN ZAR SEK NOK DKK PLN HUF CZK TRY ILS THB MYR ' +
    'IDR PHP TWD VND SAR AED QAR KWD BHD OMR JOD EGP NGN KES GHS PKR BDT LKR NPR UAH KZT ARS CLP COP PEN UYU ' +
    'ISK RON BGN HRK RSD IRR IQD MAD TND DZD ETB TZS UGX XOF XAF GEL AMD AZN BYN MNT LAK KHR MMK DEM FRF ITL ESP NLG')
    .split(' '),
);
/** ISO codes also accepted in lower case (lower-cased tokenised input), only right next to an amount. */
export const LOWER_ISO_CODES: ReadonlySet<string> = new Set(
  'usd eur gbp jpy cny rmb chf aud hkd sgd nzd inr krw rub'.split(' '),
);
/** ISO code as written → the code to report (RMB is the common name, CNY the ISO code). */
export function isoOf(code: string): string {
  const up = code.toUpperCase();
  return up === 'RMB' ? 'CNY' : up;
}

/** Abbreviations written before an amount: "Rs 500", "DM 5 million", "SFr 20". Case-sensitive. */
export const PREFIX_ABBREVIATIONS: ReadonlyMap<string, string | null> = new Map<string, string | null>([
  ['Rs', null], ['Rs.', null], ['Rp', 'IDR'], ['RM', 'MYR'], ['DM', 'DEM'], ['SFr', 'CHF'], ['SFr.', 'CHF'],
  ['Fr', null], ['Fr.', null], ['Dh', 'AED'], ['Dhs', 'AED'], ['NIS', 'ILS'], ['Tk', 'BDT'], ['zł', 'PLN'],
  ['Kč', 'CZK'], ['kr', null], ['Kr', null], ['Ft', 'HUF'], ['SR', 'SAR'], ['QR', 'QAR'], ['KD', 'KWD'],
  ['KSh', 'KES'], ['Ksh', 'KES'], ['USh', 'UGX'], ['TSh', 'TZS'],
]);
/** Abbreviations that may stand after the number: "500 kr", "20 zł". */
export const POSTFIX_ABBREVIATIONS: ReadonlyMap<string, string | null> = new Map<string, string | null>([
  ['kr', null], ['zł', 'PLN'], ['Kč', 'CZK'], ['Ft', 'HUF'], ['lei', 'RON'],
]);

function forms(words: string[], unit: CurrencyUnit): Array<[string, CurrencyUnit]> {
  return words.map((w) => [w, unit]);
}
