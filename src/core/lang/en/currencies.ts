/**
 * One record per currency, the way Microsoft Recognizers-Text keeps one entry per currency: its ISO 4217 code, signs,
 * codes, abbreviations, the words naming its units and the issuer words that select it among currencies sharing a
 * name ("Canadian dollars" → CAD). The MONEY scanner derives all its lookup tables from these records at load time
 * (extract/money/lexicon.ts), so a new form of a currency is an edit to its record.
 *
 * Historical codes stand where the currency no longer exists (markka → FIM, peseta → ESP, guilder → NLG).
 * A record with `iso: null` holds a name that alone does not say which currency (bare "francs", "rupees", "pesos"):
 * mentions written with it have `currency: null` unless an issuer word selects a record ("Swiss francs").
 */

/** How letters written in front of a sign ("US$", "C$") may stand apart from it. */
export type PrefixSpacing =
  /** The letters are a word of their own ("a $4 billion" is the article): only glued to the sign. */
  | 'glued'
  /** Glued, or spaced in all-lower-case tokenised text ("us $ 150 million"; in ordinary text "us $5" is the pronoun). */
  | 'tokenised'
  /** Glued or spaced in any text ("HK $5", "c $ 16.4 million"), except a capitalised form ending in a period ("U.S. $5"). */
  | 'spaced';

/** A denomination named by words, or the issuer words that select a record among currencies sharing a name. */
export interface UnitForms {
  /** Lower-case words, singular and plural; a word belongs to one record, the one the bare word means. */
  words?: readonly string[];
  /** The shared name these words or issuers belong to (default: the first word); issuers are looked up per name. */
  family?: string;
  /** Lower-case, space-joined issuer words that select this record before a word of the family ("New Taiwan" dollars). */
  issuers?: readonly string[];
  /** Sub-units: how many make one major unit (cents → 100). */
  divisor?: number;
  /**
   * The words are also everyday English: why, and what makes them money. By default a scale word, an issuer or a
   * big grouped number ("5 billion won", "1,000 won"); `scale`: only a scale word or an issuer.
   */
  weak?: { note: string; needs?: 'scale' };
  /** Written onto the digits: `only` there ("45p"), or `allowed` like a sign ("100ரூ"); other glued words are suffixes ("20th"). */
  glue?: 'only' | 'allowed';
  /** Words that may follow and belong to the amount: "yuan RMB", "pounds sterling". */
  then?: readonly string[];
  /** Also a unit of weight: "weighs 200 pounds", "a pound of sugar", "500 pounds (225 kilograms)". */
  weight?: true;
  /** After a year they name a price basis, not an amount: "in constant 1989 dollars". */
  yearBasis?: true;
  /** Forms that make a noun modifier with a number: "90-cent", "one-yen", "multibillion-dollar". */
  adjective?: readonly string[];
  /** Forms that are an amount on their own after "a" or "single": "a dollar a day", "a penny". */
  single?: readonly string[];
  /** After "a" the single forms need an issuer ("a Japanese yen"); alone they are mostly other things ("a yen for"). */
  singleNeedsIssuer?: true;
  /** A sub-unit that adds to a whole major amount: "3 dollars 50 cents". */
  addsToMajor?: true;
  /** Forms wire-service copy writes before a scaled amount: "dlrs 220 million", "stg 5 mln". */
  unitFirst?: readonly string[];
}

export interface CurrencyRecord {
  /** ISO 4217 code; null when the record's words alone do not say which currency (see `note`). */
  iso: string | null;
  /** English name. */
  name: string;
  /** Why the code is null, or what else a reader of the record needs to know. */
  note?: string;
  units?: readonly UnitForms[];
  /** Signs (single characters) meaning this record when written alone. */
  symbols?: readonly string[];
  /** In English its signs stand only before the amount; after a number they open the next amount ("5 $10"). */
  signBefore?: true;
  /** Letters glued to a sign that select this record ("US$", "E£"), as written, with how they may be spaced. */
  prefixes?: Readonly<Record<string, PrefixSpacing>>;
  /** The ISO code (and `codeAliases`) accepted next to an amount: in capitals, or in `any-case` in all-lower-case text. */
  code?: 'upper' | 'any-case';
  codeAliases?: readonly string[];
  /** Abbreviations as written (case matters): before the amount ("Rs 500", "DM 5 million") and after it ("500 kr"). */
  abbreviations?: { before?: readonly string[]; after?: readonly string[] };
  /** Coins named as a value: "a nickel", "a dime". */
  coins?: Readonly<Record<string, number>>;
}

const US = ['us', 'u.s.', 'american'];

export const CURRENCIES: readonly CurrencyRecord[] = [
  // ------------------------------------------------------------------ dollars
  {
    iso: 'USD', name: 'US dollar',
    units: [
      {
        words: ['dollar', 'dollars', 'bucks', 'dlr', 'dlrs'], single: ['dollar'], adjective: ['dollar'], yearBasis: true, unitFirst: ['dlrs'],
        issuers: ['us', 'u.s.', 'u.s', 'u. s.', 'american', 'united states', 'us.'],
      },
      { words: ['cent', 'cents'], divisor: 100, issuers: US, single: ['cent'], adjective: ['cent'], addsToMajor: true },
      { family: 'penny', issuers: US },
    ],
    symbols: ['$'], signBefore: true, prefixes: { US$: 'tokenised', USD$: 'tokenised', 'U.S.$': 'spaced', 'U.S$': 'spaced' },
    code: 'any-case', coins: { dime: 0.1, nickel: 0.05 },
  },
  {
    iso: 'CAD', name: 'Canadian dollar', code: 'upper',
    units: [{ family: 'dollar', issuers: ['canadian', 'can'] }, { family: 'cent', issuers: ['canadian'] }],
    prefixes: { C$: 'spaced', CDN$: 'tokenised', CA$: 'glued', CAN$: 'glued' },
  },
  {
    iso: 'AUD', name: 'Australian dollar', code: 'any-case',
    units: [{ family: 'dollar', issuers: ['australian', 'aussie'] }, { family: 'cent', issuers: ['australian'] }],
    prefixes: { A$: 'glued', AU$: 'tokenised', AUS$: 'tokenised' },
  },
  { iso: 'NZD', name: 'New Zealand dollar', units: [{ family: 'dollar', issuers: ['new zealand', 'kiwi'] }], prefixes: { NZ$: 'spaced' }, code: 'any-case' },
  { iso: 'HKD', name: 'Hong Kong dollar', units: [{ family: 'dollar', issuers: ['hong kong', 'hk'] }], prefixes: { HK$: 'spaced' }, code: 'any-case' },
  {
    iso: 'SGD', name: 'Singapore dollar', units: [{ family: 'dollar', issuers: ['singapore', 'singaporean'] }],
    prefixes: { S$: 'glued', SG$: 'tokenised' }, code: 'any-case',
  },
  {
    iso: 'TWD', name: 'New Taiwan dollar', units: [{ family: 'dollar', issuers: ['taiwan', 'taiwanese', 'new taiwan', 'nt'] }],
    prefixes: { NT$: 'spaced' }, code: 'upper',
  },
  { iso: 'ZWL', name: 'Zimbabwean dollar', units: [{ family: 'dollar', issuers: ['zimbabwe', 'zimbabwean'] }], prefixes: { Z$: 'glued' } },
  { iso: 'JMD', name: 'Jamaican dollar', units: [{ family: 'dollar', issuers: ['jamaican', 'jamaica'] }], prefixes: { J$: 'glued' } },
  { iso: 'NAD', name: 'Namibian dollar', units: [{ family: 'dollar', issuers: ['namibian'] }] },
  { iso: 'FJD', name: 'Fijian dollar', units: [{ family: 'dollar', issuers: ['fiji', 'fijian'] }], prefixes: { FJ$: 'tokenised' } },
  { iso: 'BND', name: 'Brunei dollar', units: [{ family: 'dollar', issuers: ['brunei'] }], prefixes: { B$: 'glued' } },
  { iso: 'LRD', name: 'Liberian dollar', units: [{ family: 'dollar', issuers: ['liberian'] }] },
  { iso: 'BSD', name: 'Bahamian dollar', units: [{ family: 'dollar', issuers: ['bahamian'] }] },
  { iso: 'BBD', name: 'Barbadian dollar', units: [{ family: 'dollar', issuers: ['barbados', 'barbadian'] }], prefixes: { BDS$: 'tokenised' } },
  { iso: 'BZD', name: 'Belize dollar', units: [{ family: 'dollar', issuers: ['belize', 'belizean'] }] },
  {
    iso: 'TTD', name: 'Trinidad and Tobago dollar', units: [{ family: 'dollar', issuers: ['trinidad', 'trinidad and tobago'] }],
    prefixes: { TT$: 'tokenised' },
  },
  { iso: 'XCD', name: 'East Caribbean dollar', units: [{ family: 'dollar', issuers: ['east caribbean'] }], prefixes: { EC$: 'glued' } },
  { iso: 'GYD', name: 'Guyanese dollar', units: [{ family: 'dollar', issuers: ['guyanese'] }] },
  { iso: 'SBD', name: 'Solomon Islands dollar', units: [{ family: 'dollar', issuers: ['solomon islands'] }] },
  { iso: 'KYD', name: 'Cayman Islands dollar', units: [{ family: 'dollar', issuers: ['cayman', 'cayman islands'] }] },
  { iso: 'BMD', name: 'Bermudian dollar', units: [{ family: 'dollar', issuers: ['bermudian', 'bermuda'] }] },
  { iso: 'SRD', name: 'Surinamese dollar', units: [{ family: 'dollar', issuers: ['surinamese'] }] },
  { iso: null, name: 'mill', note: 'The mill sign (a thousandth of a dollar) does not say whose dollar.', symbols: ['₥'] },

  // ------------------------------------------------------------------ euro, pound, yen, yuan
  {
    iso: 'EUR', name: 'euro', code: 'any-case', symbols: ['€'],
    units: [
      { words: ['euro', 'euros'], single: ['euro'], singleNeedsIssuer: true, adjective: ['euro'] },
      { words: ['eurocent', 'eurocents'], family: 'cent', divisor: 100, issuers: ['euro'] },
    ],
  },
  {
    iso: 'GBP', name: 'pound sterling', code: 'any-case', symbols: ['£'], signBefore: true, prefixes: { 'STG£': 'tokenised', 'UK£': 'tokenised' },
    units: [
      {
        words: ['pound', 'pounds', 'quid', 'sterling', 'stg'], then: ['sterling'], weight: true, single: ['pound'], unitFirst: ['stg'],
        issuers: ['british', 'uk', 'u.k.', 'english', 'scottish'],
      },
      { words: ['pence'], divisor: 100, adjective: ['pence'], addsToMajor: true },
      { words: ['p'], family: 'pence', divisor: 100, glue: 'only' },
      { family: 'penny', issuers: ['british', 'uk', 'u.k.'] },
    ],
  },
  {
    iso: null, name: 'penny', note: 'A US cent or a British penny; "U.S. penny" and "British penny" select.',
    units: [{ words: ['penny', 'pennies'], divisor: 100, single: ['penny'], adjective: ['penny'], addsToMajor: true }],
  },
  { iso: 'EGP', name: 'Egyptian pound', units: [{ family: 'pound', issuers: ['egyptian'] }], prefixes: { 'E£': 'tokenised' }, code: 'upper' },
  { iso: 'LBP', name: 'Lebanese pound', units: [{ family: 'pound', issuers: ['lebanese'] }], prefixes: { 'L£': 'tokenised' } },
  { iso: 'SYP', name: 'Syrian pound', units: [{ family: 'pound', issuers: ['syrian'] }], prefixes: { 'S£': 'glued' } },
  { iso: 'SDG', name: 'Sudanese pound', units: [{ family: 'pound', issuers: ['sudanese'] }] },
  { iso: 'SSP', name: 'South Sudanese pound', units: [{ family: 'pound', issuers: ['south sudanese'] }] },
  { iso: 'CYP', name: 'Cypriot pound', units: [{ family: 'pound', issuers: ['cypriot', 'cyprus'] }] },
  { iso: 'GIP', name: 'Gibraltar pound', units: [{ family: 'pound', issuers: ['gibraltar'] }] },
  { iso: 'FKP', name: 'Falkland Islands pound', units: [{ family: 'pound', issuers: ['falkland islands'] }] },
  { iso: 'IEP', name: 'Irish pound (punt)', units: [{ words: ['punt', 'punts'] }, { family: 'pound', issuers: ['irish'] }] },
  { iso: 'MTL', name: 'Maltese lira', units: [{ family: 'pound', issuers: ['maltese'] }, { family: 'lira', issuers: ['maltese'] }] },
  {
    iso: 'JPY', name: 'Japanese yen', code: 'any-case', symbols: ['¥', '￥', '円'],
    units: [{ words: ['yen'], issuers: ['japanese'], single: ['yen'], singleNeedsIssuer: true, adjective: ['yen'] }],
  },
  {
    iso: 'CNY', name: 'Chinese yuan (renminbi)', code: 'any-case', codeAliases: ['RMB'], symbols: ['元'],
    units: [
      {
        words: ['yuan', 'renminbi', 'rmb', 'kuai'], then: ['rmb', 'renminbi'], issuers: ['chinese'], single: ['yuan'],
        singleNeedsIssuer: true, adjective: ['yuan'],
      },
      { words: ['jiao', 'mao'], family: 'yuan', divisor: 10, then: ['rmb', 'renminbi'], weak: { note: 'Mao is a name.' } },
    ],
  },

  // ------------------------------------------------------------------ francs, marks and other European names
  {
    iso: null, name: 'franc', note: 'French, Swiss, Belgian, CFA… francs: the word alone does not say which.', symbols: ['₣'],
    units: [{ words: ['franc', 'francs'], adjective: ['franc'] }, { words: ['centime', 'centimes'], divisor: 100 }],
    abbreviations: { before: ['Fr', 'Fr.'] },
  },
  { iso: 'CHF', name: 'Swiss franc', units: [{ family: 'franc', issuers: ['swiss'] }], abbreviations: { before: ['SFr', 'SFr.'] }, code: 'any-case' },
  { iso: 'FRF', name: 'French franc', units: [{ family: 'franc', issuers: ['french'] }], code: 'upper' },
  { iso: 'BEF', name: 'Belgian franc', units: [{ family: 'franc', issuers: ['belgian'] }] },
  { iso: 'LUF', name: 'Luxembourg franc', units: [{ family: 'franc', issuers: ['luxembourg'] }] },
  { iso: 'XOF', name: 'West African CFA franc', units: [{ family: 'franc', issuers: ['cfa'] }], code: 'upper' },
  { iso: 'XAF', name: 'Central African CFA franc', code: 'upper' },
  { iso: 'CDF', name: 'Congolese franc', units: [{ family: 'franc', issuers: ['congolese'] }] },
  { iso: 'RWF', name: 'Rwandan franc', units: [{ family: 'franc', issuers: ['rwandan'] }] },
  { iso: 'BIF', name: 'Burundian franc', units: [{ family: 'franc', issuers: ['burundian'] }] },
  { iso: 'GNF', name: 'Guinean franc', units: [{ family: 'franc', issuers: ['guinean'] }] },
  { iso: 'DJF', name: 'Djiboutian franc', units: [{ family: 'franc', issuers: ['djiboutian'] }] },
  { iso: 'KMF', name: 'Comorian franc', units: [{ family: 'franc', issuers: ['comorian'] }] },
  { iso: 'XPF', name: 'CFP franc', units: [{ family: 'franc', issuers: ['cfp'] }] },
  { iso: 'MGF', name: 'Malagasy franc', units: [{ family: 'franc', issuers: ['malagasy'] }] },
  {
    iso: 'DEM', name: 'Deutsche Mark', code: 'upper', abbreviations: { before: ['DM'] },
    units: [
      {
        words: ['mark'], issuers: ['german', 'deutsche', 'deutsch', 'west german', 'd'],
        weak: { note: '"the 2,000 mark" is a level; a big number alone does not make it money', needs: 'scale' },
      },
      { words: ['marks', 'deutschmark', 'deutschmarks', 'deutschemark', 'deutschemarks', 'd-mark', 'd-marks'], family: 'mark' },
      { words: ['pfennig', 'pfennigs'], divisor: 100 },
    ],
  },
  { iso: 'DDM', name: 'East German mark', units: [{ family: 'mark', issuers: ['east german'] }] },
  { iso: 'BAM', name: 'Bosnia and Herzegovina convertible mark', units: [{ family: 'mark', issuers: ['convertible'] }] },
  {
    iso: 'FIM', name: 'Finnish markka',
    units: [{ words: ['markka', 'markkaa'], issuers: ['finnish', 'finland'] }, { family: 'mark', issuers: ['finnish', 'finland'] }],
  },
  { iso: 'ESP', name: 'Spanish peseta', units: [{ words: ['peseta', 'pesetas'] }], code: 'upper' },
  {
    iso: 'NLG', name: 'Dutch guilder', code: 'upper',
    units: [{ words: ['guilder', 'guilders'], issuers: ['dutch', 'netherlands'] }, { family: 'florin', issuers: ['dutch'] }],
  },
  { iso: 'ANG', name: 'Netherlands Antillean guilder', units: [{ family: 'guilder', issuers: ['antillean'] }] },
  { iso: 'SRG', name: 'Surinamese guilder', units: [{ family: 'guilder', issuers: ['surinamese'] }] },
  { iso: null, name: 'florin', note: 'Dutch or Aruban florins (and historical others).', units: [{ words: ['florin', 'florins'] }] },
  { iso: 'AWG', name: 'Aruban florin', units: [{ family: 'florin', issuers: ['aruban'] }] },
  { iso: null, name: 'lira', note: 'Turkish, Italian or Maltese lira: the word alone does not say which.', units: [{ words: ['lira', 'liras'] }], symbols: ['₤'] },
  { iso: 'ITL', name: 'Italian lira', units: [{ words: ['lire'], family: 'lira', issuers: ['italian'] }], code: 'upper' },
  { iso: 'TRY', name: 'Turkish lira', units: [{ family: 'lira', issuers: ['turkish'] }], symbols: ['₺'], code: 'upper' },
  { iso: 'PTE', name: 'Portuguese escudo', units: [{ words: ['escudo', 'escudos'], issuers: ['portuguese'] }] },
  { iso: 'CVE', name: 'Cape Verdean escudo', units: [{ family: 'escudo', issuers: ['cape verdean'] }] },
  { iso: 'GRD', name: 'Greek drachma', units: [{ words: ['drachma', 'drachmas', 'drachmae'] }] },
  { iso: 'XEU', name: 'European Currency Unit', units: [{ words: ['ecu', 'ecus'] }] },
  {
    iso: 'ATS', name: 'Austrian schilling',
    units: [{ words: ['schilling', 'schillings'] }, { family: 'shilling', issuers: ['austrian'] }],
  },

  // ------------------------------------------------------------------ central and eastern Europe, Nordics
  {
    iso: 'RUB', name: 'Russian ruble', code: 'any-case', symbols: ['₽'],
    units: [
      { words: ['ruble', 'rubles', 'rouble', 'roubles'], issuers: ['russian'] },
      { words: ['kopeck', 'kopecks', 'kopek', 'kopeks', 'kopeyka', 'kopeykas'], divisor: 100 },
    ],
  },
  { iso: 'BYN', name: 'Belarusian ruble', units: [{ family: 'ruble', issuers: ['belarusian', 'belarussian'] }], code: 'upper' },
  {
    iso: 'UAH', name: 'Ukrainian hryvnia', symbols: ['₴'], code: 'upper',
    units: [{ words: ['hryvnia', 'hryvnias', 'hryvnya', 'hryvnyas', 'hryvna', 'hryvnas', 'hryvni'] }],
  },
  {
    iso: 'PLN', name: 'Polish zloty', abbreviations: { before: ['zł'], after: ['zł'] }, code: 'upper',
    units: [{ words: ['zloty', 'zlotys', 'zlotych', 'złoty', 'złotych'] }],
  },
  { iso: 'HUF', name: 'Hungarian forint', units: [{ words: ['forint', 'forints'] }], abbreviations: { before: ['Ft'], after: ['Ft'] }, code: 'upper' },
  {
    iso: 'CZK', name: 'Czech koruna', abbreviations: { before: ['Kč'], after: ['Kč'] }, code: 'upper',
    units: [{ words: ['koruna', 'korunas', 'koruny', 'korun'], issuers: ['czech'] }],
  },
  { iso: 'SKK', name: 'Slovak koruna', units: [{ family: 'koruna', issuers: ['slovak'] }] },
  { iso: 'SEK', name: 'Swedish krona', units: [{ words: ['krona', 'kronor'], issuers: ['swedish'] }], code: 'upper' },
  { iso: 'ISK', name: 'Icelandic króna', units: [{ words: ['kronur', 'króna', 'krónur'], family: 'krona', issuers: ['icelandic'] }], code: 'upper' },
  {
    iso: null, name: 'krone', note: 'Danish or Norwegian kroner; "kr" is also written for Swedish and Icelandic kronor.',
    units: [{ words: ['krone', 'kroner'] }], abbreviations: { before: ['kr', 'Kr'], after: ['kr'] },
  },
  { iso: 'DKK', name: 'Danish krone', units: [{ family: 'krone', issuers: ['danish'] }], code: 'upper' },
  { iso: 'NOK', name: 'Norwegian krone', units: [{ family: 'krone', issuers: ['norwegian'] }], code: 'upper' },
  { iso: 'BGN', name: 'Bulgarian lev', units: [{ words: ['lev', 'leva', 'levs'], weak: { note: 'Lev is a name.' } }], code: 'upper' },
  {
    iso: 'RON', name: 'Romanian leu', abbreviations: { after: ['lei'] }, code: 'upper',
    units: [{ words: ['leu', 'lei'], issuers: ['romanian'], weak: { note: 'Both are names and "lei" a garland.' } }],
  },
  { iso: 'MDL', name: 'Moldovan leu', units: [{ family: 'leu', issuers: ['moldovan'] }] },
  { iso: 'HRK', name: 'Croatian kuna', units: [{ words: ['kuna', 'kunas', 'kune'] }], code: 'upper' },
  { iso: 'MKD', name: 'Macedonian denar', units: [{ words: ['denar', 'denars', 'denari'] }] },
  { iso: 'YUM', name: 'Yugoslav dinar', units: [{ family: 'dinar', issuers: ['yugoslav'] }] },
  { iso: 'RSD', name: 'Serbian dinar', units: [{ family: 'dinar', issuers: ['serbian'] }], code: 'upper' },

  // ------------------------------------------------------------------ Middle East and North Africa
  { iso: null, name: 'dinar', note: 'Kuwaiti, Iraqi, Jordanian, Serbian… dinars.', units: [{ words: ['dinar', 'dinars'] }] },
  { iso: 'KWD', name: 'Kuwaiti dinar', units: [{ family: 'dinar', issuers: ['kuwaiti'] }], abbreviations: { before: ['KD'] }, code: 'upper' },
  { iso: 'IQD', name: 'Iraqi dinar', units: [{ family: 'dinar', issuers: ['iraqi'] }], code: 'upper' },
  { iso: 'JOD', name: 'Jordanian dinar', units: [{ family: 'dinar', issuers: ['jordanian'] }], code: 'upper' },
  { iso: 'BHD', name: 'Bahraini dinar', units: [{ family: 'dinar', issuers: ['bahraini'] }], code: 'upper' },
  { iso: 'TND', name: 'Tunisian dinar', units: [{ family: 'dinar', issuers: ['tunisian'] }], code: 'upper' },
  { iso: 'DZD', name: 'Algerian dinar', units: [{ family: 'dinar', issuers: ['algerian'] }], code: 'upper' },
  { iso: 'LYD', name: 'Libyan dinar', units: [{ family: 'dinar', issuers: ['libyan'] }] },
  {
    iso: 'SAR', name: 'Saudi riyal', abbreviations: { before: ['SR'] }, code: 'upper',
    units: [{ words: ['riyal', 'riyals'], issuers: ['saudi', 'saudi arabian'] }],
  },
  {
    iso: null, name: 'rial', note: 'Iranian, Omani, Yemeni rials (the Saudi riyal is also spelt so).', symbols: ['﷼'],
    units: [{ words: ['rial', 'rials'], family: 'riyal' }],
  },
  { iso: 'QAR', name: 'Qatari riyal', units: [{ family: 'riyal', issuers: ['qatari'] }], abbreviations: { before: ['QR'] }, code: 'upper' },
  { iso: 'OMR', name: 'Omani rial', units: [{ family: 'riyal', issuers: ['omani'] }], code: 'upper' },
  { iso: 'IRR', name: 'Iranian rial', units: [{ family: 'riyal', issuers: ['iranian'] }], code: 'upper' },
  { iso: 'YER', name: 'Yemeni rial', units: [{ family: 'riyal', issuers: ['yemeni'] }] },
  {
    iso: 'AED', name: 'UAE dirham', abbreviations: { before: ['Dh', 'Dhs'] }, code: 'upper',
    units: [{ words: ['dirham', 'dirhams'], issuers: ['uae', 'u.a.e.', 'emirati'] }],
  },
  { iso: 'MAD', name: 'Moroccan dirham', units: [{ family: 'dirham', issuers: ['moroccan'] }], code: 'upper' },
  {
    iso: 'ILS', name: 'Israeli new shekel', symbols: ['₪'], abbreviations: { before: ['NIS'] }, code: 'upper',
    units: [
      { words: ['shekel', 'shekels', 'sheqel', 'sheqels', 'shekalim'] },
      { words: ['agorot', 'agora'], family: 'shekel', divisor: 100, weak: { note: 'An agora is a public square.' } },
    ],
  },

  // ------------------------------------------------------------------ South and Central Asia
  {
    iso: null, name: 'rupee', note: 'Indian, Pakistani, Sri Lankan, Nepalese… rupees: the word alone does not say which.',
    symbols: ['₨'], abbreviations: { before: ['Rs', 'Rs.'] },
    units: [{ words: ['rupee', 'rupees'], adjective: ['rupee'] }, { words: ['paisa', 'paise'], divisor: 100 }],
  },
  { iso: 'INR', name: 'Indian rupee', units: [{ family: 'rupee', issuers: ['indian', 'india'] }], symbols: ['₹'], code: 'any-case' },
  { iso: 'PKR', name: 'Pakistani rupee', units: [{ family: 'rupee', issuers: ['pakistani', 'pakistan'] }], code: 'upper' },
  {
    iso: 'LKR', name: 'Sri Lankan rupee', code: 'upper',
    units: [{ words: ['ரூ'], family: 'rupee', glue: 'allowed', issuers: ['sri lankan', 'sri lanka'] }, { words: ['ரூபாய்'], family: 'rupee' }],
  },
  { iso: 'NPR', name: 'Nepalese rupee', units: [{ words: ['रु', 'रू'], family: 'rupee', glue: 'allowed', issuers: ['nepalese', 'nepali'] }], code: 'upper' },
  { iso: 'MUR', name: 'Mauritian rupee', units: [{ family: 'rupee', issuers: ['mauritian'] }] },
  { iso: 'SCR', name: 'Seychellois rupee', units: [{ family: 'rupee', issuers: ['seychellois'] }] },
  {
    iso: null, name: 'crore, lakh', note: 'Indian scale words that stand for an amount of money ("hundreds of crores"), currency unsaid.',
    units: [{ words: ['crore', 'crores', 'lakh', 'lakhs'], weak: { note: 'Scale words before a currency word ("5 crore rupees").' } }],
  },
  { iso: 'BDT', name: 'Bangladeshi taka', units: [{ words: ['taka'] }], symbols: ['৳'], abbreviations: { before: ['Tk'] }, code: 'upper' },
  { iso: 'AFN', name: 'Afghan afghani', units: [{ words: ['afghani', 'afghanis'], weak: { note: 'Also "an Afghan".' } }] },
  { iso: 'KZT', name: 'Kazakhstani tenge', units: [{ words: ['tenge'] }], symbols: ['₸'], code: 'upper' },
  { iso: 'KGS', name: 'Kyrgyz som', units: [{ words: ['som', 'soms'], weak: { note: 'A name and a word in other languages.' } }] },
  { iso: 'TJS', name: 'Tajikistani somoni', units: [{ words: ['somoni'] }] },
  { iso: 'AZN', name: 'Azerbaijani manat', units: [{ words: ['manat', 'manats'], issuers: ['azerbaijani'] }], symbols: ['₼'], code: 'upper' },
  { iso: 'TMT', name: 'Turkmenistani manat', units: [{ family: 'manat', issuers: ['turkmen'] }] },
  { iso: 'GEL', name: 'Georgian lari', units: [{ words: ['lari', 'laris'] }], symbols: ['₾'], code: 'upper' },
  { iso: 'AMD', name: 'Armenian dram', units: [{ words: ['dram', 'drams'], weak: { note: 'A dram of whisky.' } }], symbols: ['֏'], code: 'upper' },
  { iso: 'MNT', name: 'Mongolian tögrög', units: [{ words: ['tugrik', 'tugriks', 'tögrög'] }], symbols: ['₮'], code: 'upper' },
  { iso: 'MVR', name: 'Maldivian rufiyaa', units: [{ words: ['rufiyaa'] }] },
  { iso: 'BTN', name: 'Bhutanese ngultrum', units: [{ words: ['ngultrum'] }] },

  // ------------------------------------------------------------------ East and South-East Asia
  {
    iso: 'KRW', name: 'South Korean won', symbols: ['₩'], code: 'any-case',
    units: [{ words: ['won'], issuers: ['korean', 'south korean'], weak: { note: 'The past of "win".' } }],
  },
  { iso: 'KPW', name: 'North Korean won', units: [{ family: 'won', issuers: ['north korean'] }] },
  { iso: 'IDR', name: 'Indonesian rupiah', units: [{ words: ['rupiah', 'rupiahs'] }], abbreviations: { before: ['Rp'] }, code: 'upper' },
  { iso: 'MYR', name: 'Malaysian ringgit', units: [{ words: ['ringgit', 'ringgits'] }], abbreviations: { before: ['RM'] }, code: 'upper' },
  {
    iso: 'THB', name: 'Thai baht', symbols: ['฿'], code: 'upper',
    units: [{ words: ['baht'] }, { words: ['satang'], family: 'baht', divisor: 100 }],
  },
  { iso: 'VND', name: 'Vietnamese dong', units: [{ words: ['dong'], weak: { note: 'A name and a slang word.' } }], symbols: ['₫'], code: 'upper' },
  { iso: 'LAK', name: 'Lao kip', units: [{ words: ['kip'], weak: { note: 'A nap, and a name.' } }], symbols: ['₭'], code: 'upper' },
  { iso: 'KHR', name: 'Cambodian riel', units: [{ words: ['riel', 'riels'] }], code: 'upper' },
  { iso: 'MMK', name: 'Myanmar kyat', units: [{ words: ['kyat', 'kyats'] }], code: 'upper' },
  { iso: 'PHP', name: 'Philippine peso', units: [{ family: 'peso', issuers: ['philippine', 'filipino'] }], symbols: ['₱'], code: 'upper' },
  { iso: 'MOP', name: 'Macanese pataca', units: [{ words: ['pataca', 'patacas'] }] },

  // ------------------------------------------------------------------ Africa
  { iso: 'ZAR', name: 'South African rand', units: [{ words: ['rand'], issuers: ['south african'], weak: { note: 'A name, and the Rand (Witwatersrand).' } }], code: 'upper' },
  { iso: 'NGN', name: 'Nigerian naira', symbols: ['₦'], code: 'upper', units: [{ words: ['naira'] }, { words: ['kobo'], family: 'naira', divisor: 100 }] },
  { iso: 'GHS', name: 'Ghanaian cedi', units: [{ words: ['cedi', 'cedis'] }], symbols: ['₵'], code: 'upper' },
  { iso: 'ETB', name: 'Ethiopian birr', units: [{ words: ['birr'] }], code: 'upper' },
  { iso: 'ZMW', name: 'Zambian kwacha', units: [{ words: ['kwacha'], issuers: ['zambian'] }] },
  { iso: 'MWK', name: 'Malawian kwacha', units: [{ family: 'kwacha', issuers: ['malawian'] }] },
  { iso: null, name: 'shilling', note: 'Kenyan, Ugandan, Tanzanian, Somali… shillings.', units: [{ words: ['shilling', 'shillings'] }] },
  { iso: 'KES', name: 'Kenyan shilling', units: [{ family: 'shilling', issuers: ['kenyan'] }], abbreviations: { before: ['KSh', 'Ksh'] }, code: 'upper' },
  { iso: 'UGX', name: 'Ugandan shilling', units: [{ family: 'shilling', issuers: ['ugandan'] }], abbreviations: { before: ['USh'] }, code: 'upper' },
  { iso: 'TZS', name: 'Tanzanian shilling', units: [{ family: 'shilling', issuers: ['tanzanian'] }], abbreviations: { before: ['TSh'] }, code: 'upper' },
  { iso: 'SOS', name: 'Somali shilling', units: [{ family: 'shilling', issuers: ['somali'] }] },
  { iso: 'BWP', name: 'Botswana pula', units: [{ words: ['pula'], weak: { note: 'Also "rain" and a name.' } }] },
  { iso: 'MZN', name: 'Mozambican metical', units: [{ words: ['metical', 'meticais', 'meticals'] }] },
  { iso: 'AOA', name: 'Angolan kwanza', units: [{ words: ['kwanza', 'kwanzas'] }] },
  { iso: 'MGA', name: 'Malagasy ariary', units: [{ words: ['ariary'] }] },
  { iso: 'ERN', name: 'Eritrean nakfa', units: [{ words: ['nakfa'] }] },
  { iso: 'SLL', name: 'Sierra Leonean leone', units: [{ words: ['leone', 'leones'], weak: { note: 'Leone is a name.' } }] },
  { iso: 'GMD', name: 'Gambian dalasi', units: [{ words: ['dalasi', 'dalasis'] }] },
  { iso: 'MRU', name: 'Mauritanian ouguiya', units: [{ words: ['ouguiya', 'ouguiyas'] }] },

  // ------------------------------------------------------------------ the Americas
  {
    iso: null, name: 'peso', note: 'Mexican, Philippine, Argentine… pesos: the word alone does not say which.',
    units: [{ words: ['peso', 'pesos'], adjective: ['peso'] }, { words: ['centavo', 'centavos'], divisor: 100 }],
  },
  { iso: 'MXN', name: 'Mexican peso', units: [{ family: 'peso', issuers: ['mexican'] }], prefixes: { MX$: 'tokenised', MEX$: 'tokenised' }, code: 'upper' },
  { iso: 'ARS', name: 'Argentine peso', units: [{ family: 'peso', issuers: ['argentine', 'argentinian', 'argentinean'] }], code: 'upper' },
  { iso: 'CLP', name: 'Chilean peso', units: [{ family: 'peso', issuers: ['chilean'] }], code: 'upper' },
  { iso: 'COP', name: 'Colombian peso', units: [{ family: 'peso', issuers: ['colombian'] }], code: 'upper' },
  { iso: 'CUP', name: 'Cuban peso', units: [{ family: 'peso', issuers: ['cuban'] }] },
  { iso: 'DOP', name: 'Dominican peso', units: [{ family: 'peso', issuers: ['dominican'] }], prefixes: { RD$: 'tokenised' } },
  { iso: 'UYU', name: 'Uruguayan peso', units: [{ family: 'peso', issuers: ['uruguayan'] }], code: 'upper' },
  { iso: 'BOB', name: 'Bolivian boliviano', units: [{ words: ['boliviano', 'bolivianos'] }, { family: 'peso', issuers: ['bolivian'] }] },
  {
    iso: 'BRL', name: 'Brazilian real', prefixes: { R$: 'glued' }, code: 'upper',
    units: [{ words: ['real', 'reais', 'reals'], issuers: ['brazilian'], weak: { note: 'The adjective "real".' } }],
  },
  {
    iso: 'CRC', name: 'Costa Rican colón', symbols: ['₡'],
    units: [{ words: ['colon', 'colones', 'colón'], issuers: ['costa rican'], weak: { note: 'The colon (punctuation, anatomy).' } }],
  },
  { iso: 'SVC', name: 'Salvadoran colón', units: [{ family: 'colon', issuers: ['salvadoran'] }] },
  { iso: 'GTQ', name: 'Guatemalan quetzal', units: [{ words: ['quetzal', 'quetzales', 'quetzals'] }] },
  { iso: 'HNL', name: 'Honduran lempira', units: [{ words: ['lempira', 'lempiras'] }] },
  { iso: 'NIO', name: 'Nicaraguan córdoba', units: [{ words: ['cordoba', 'cordobas', 'córdoba', 'córdobas'], weak: { note: 'Córdoba is a city.' } }] },
  { iso: 'PAB', name: 'Panamanian balboa', units: [{ words: ['balboa', 'balboas'], weak: { note: 'Balboa is a name and a place.' } }] },
  { iso: 'VES', name: 'Venezuelan bolívar', units: [{ words: ['bolivar', 'bolivars', 'bolivares', 'bolívar', 'bolívares'] }] },
  { iso: 'PEN', name: 'Peruvian sol', units: [{ words: ['soles', 'nuevos soles'], family: 'sol' }], code: 'upper' },
  {
    iso: 'PYG', name: 'Paraguayan guaraní', symbols: ['₲'],
    units: [{ words: ['guarani', 'guaranis', 'guaraníes', 'guaranies'], weak: { note: 'Also the people and their language.' } }],
  },
  { iso: 'HTG', name: 'Haitian gourde', units: [{ words: ['gourde', 'gourdes'] }] },

  // ------------------------------------------------------------------ no ISO 4217 code
  {
    iso: 'XBT', name: 'bitcoin', symbols: ['₿'],
    note: "ISO 4217 assigns bitcoin no code; XBT follows its X-code convention for non-national units and is in market use (the ticker BTC would start with Bhutan's country code, BT).",
  },
];
