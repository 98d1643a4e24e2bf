/**
 * Action words for facts, one record per action category: the verbs (their regular forms are derived by
 * `./facts/morphology.ts`), irregular forms, phrasal verbs, the nouns that carry the act ("a pledge of $5m"), the
 * prepositions that introduce the recipient and how the category's verbs behave in a clause. The category names are
 * the records' keys: `FactCategory` is derived from them (plus `other`, for money verbs that fit no category).
 * Kept small and explicit: a wrong verb is a wrong fact.
 *
 * Order matters twice: a form shared by two lemmas reads as the first one listed (records in this order, lemmas in
 * record order), and the keys' order is the order of `FACT_CATEGORIES` (CLI help, JSON Schema enum).
 */

/** Inflected forms of a verb: third person, past, past participle, gerund. */
export type VerbForms = readonly [s: string, past: string, participle: string, ing: string];

export interface ActionRecord<Category extends string = string> {
  /** Verbs in dictionary form, each in one record only. */
  lemmas: readonly string[];
  /** Forms that the regular rules would get wrong, by lemma (lemmas and phrasal heads of this record). */
  irregular?: Readonly<Record<string, VerbForms>>;
  /** Other spellings read as past participles of a lemma (British "cancelled"). */
  spellings?: Readonly<Record<string, string>>;
  /**
   * Verb + particle pairs read only together ("set aside €300m", "handed over $5m"): the verb alone means something
   * else ("set to", "hand"). All forms of the verb are read; the lemma is "verb particle".
   */
  phrasal?: ReadonlyArray<readonly [verb: string, particle: string]>;
  /**
   * Lemmas whose bare and -s forms are more often nouns in news ("a pledge", "aid cuts", "the request"): those forms
   * count as verbs only after a subject or an auxiliary.
   */
  nounLike?: readonly string[];
  /** Nouns that name the act when tied to an amount ("a pledge of $5m", "a €2 billion fine"): noun → lemma. */
  nouns?: Readonly<Record<string, string>>;
  /**
   * The argument frames, by lemma: which slot of the clause names who acts (the giver, for transfers) and who
   * receives. By default the subject acts (the `by` agent in the passive) and the actor after a recipient
   * preposition receives. These lists change that for their lemmas.
   */
  /** The first object receives: "gave Ukraine $1bn", "paid the workers $5m", "fined Meta €1bn"; passive: "Kyiv was given $1bn". */
  ditransitive?: readonly string[];
  /**
   * The subject receives and the actor after `GIVER_PREPOSITIONS` gives: "Ukraine received $5bn from the EU", "the city
   * borrowed $2m from the bank", "raised $50m from investors".
   */
  receiving?: readonly string[];
  /** The object receives when the amount comes with "with": "provided Kyiv with €1bn", "funded the clinic with $2m". */
  withObject?: readonly string[];
  /** An actor as direct object receives even with no amount after it: "funded the clinic", "financed Acme's expansion". */
  objectRecipient?: readonly string[];
  /** Prepositions that introduce the recipient ("to Kyiv", "on Meta", "from the IMF", "in Hoylake"). Default: `TO`. */
  recipientPrepositions?: readonly string[];
  /** Prepositions that introduce what the money is for, when no actor follows: "spent $2m on promotion". Default: `FOR`. */
  purposePrepositions?: readonly string[];
  /**
   * What an amount this record's verbs govern becomes: `fact` (default); `none` — the verbs take no amount and let
   * the amount's own predicate speak ("said $5m was paid"); `block` — a sale, price, income or change: the amount is
   * governed, and no fact ("sold the unit for $5m", "earned $2m").
   */
  amounts?: 'fact' | 'none' | 'block';
  /** The recipient is read only this many characters after the verb: a statement's addressee ("said to reporters"). */
  recipientWithin?: number;
  /**
   * The category of an act of this kind under future or intention wording. Promises are kept apart from deliveries
   * (CAMEO 0331 "pledge aid" vs 071 "provide aid"): "will provide" is a pledge, not a delivery.
   */
  plannedAs?: Category;
  /**
   * As the first verb of "VERB to VERB": `names` — its category names the whole act ("asked to send" is a request);
   * `promises` — that, and the act is planned ("pledged to provide"); `separate` — the verb is an act of its own and
   * the phrase stops before it ("said to …"). Absent: the verb joins the phrase and the second verb names the act.
   */
  control?: 'names' | 'promises' | 'separate';
  /**
   * A verb without an amount is a fact only with this role found, and a thing given as its object ("supply military
   * support", see `TRANSFER_OBJECTS`); `never`: only with an amount. Default: actor.
   */
  aloneNeeds?: 'actor' | 'recipient' | 'never';
  /** Lemmas that cannot stand without their object: "X, of Ohio, fined $5,000" is a shortened passive (X was fined). */
  objectRequired?: readonly string[];
  /**
   * An amount written inside another noun phrase ("a $20,000 fee", "a $475 million junk offering") belongs to this
   * record's acts only when that noun names a thing given ("a $5bn aid package"); `any` (default): also a contract, a
   * bid, a fine ("won a $130m contract", "paid a $500 fine").
   */
  modifiedAmount?: 'any' | 'transfer';
  /**
   * The verbs announce an act the amount's noun names: "proposed $1.2m in fines" is a planned fine, "announced €2bn in
   * loans" a pledge of loans (the noun's record's `plannedAs`).
   */
  defersToNoun?: boolean;
  /** Says little about the money: a noun tied to the amount ("a fine of €5m") names the act instead. */
  weak?: boolean;
  /** Finite forms report speech: an actor before them is the speaker, not the actor of what follows. */
  reporting?: boolean;
  /** What a recognised verb of this kind adds to a fact's confidence. Default: 0.2. */
  confidence?: number;
}

/** The usual recipient prepositions: "to Ukraine", "for Kyiv", "towards the fund". */
const TO = ['to', 'for', 'toward', 'towards'] as const;
/** The usual purpose prepositions: "for reconstruction", "towards new schools". */
const FOR = ['for', 'toward', 'towards'] as const;

type Defaulted = 'recipientPrepositions' | 'purposePrepositions' | 'aloneNeeds' | 'confidence' | 'amounts';

/** What a record leaves out. */
export const ACTION_DEFAULTS: Required<Pick<ActionRecord, Defaulted>> = {
  recipientPrepositions: TO,
  purposePrepositions: FOR,
  aloneNeeds: 'actor',
  confidence: 0.2,
  amounts: 'fact',
};

/** A record with the defaults filled in, as the engine reads it. */
export type ActionFrame<Category extends string = string> = ActionRecord<Category> & Required<Pick<ActionRecord, Defaulted>>;

/** The actor after these gives, for `receiving` verbs. */
export const GIVER_PREPOSITIONS: readonly string[] = ['from'];
/** The actor after these acts, for a passive verb ("was fined … by the SEC"). */
export const AGENT_PREPOSITIONS: readonly string[] = ['by'];

/** Type check only: `plannedAs` must name a record. */
const records = <const T extends Record<string, ActionRecord<Extract<keyof T, string>>>>(r: T): T => r;

export const ACTIONS = records({
  // Promises, intentions and approvals of money or aid not (yet) delivered.
  pledge: {
    lemmas: ['pledge', 'promise', 'commit', 'announce', 'vow', 'offer', 'approve', 'authorize', 'authorise', 'earmark', 'allocate', 'unveil', 'propose'],
    irregular: {
      commit: ['commits', 'committed', 'committed', 'committing'],
      set: ['sets', 'set', 'set', 'setting'],
      put: ['puts', 'put', 'put', 'putting'],
    },
    // Earmarking money is a promise of it (CAMEO: like "allocate", "approve funds").
    phrasal: [['set', 'aside'], ['put', 'aside']],
    nounLike: ['pledge', 'promise', 'offer', 'vow'],
    nouns: {
      pledge: 'pledge', pledges: 'pledge', promise: 'promise', commitment: 'commit', commitments: 'commit', offer: 'offer',
      allocation: 'allocate', allocations: 'allocate', earmark: 'earmark', earmarks: 'earmark',
    },
    ditransitive: ['offer', 'promise'],
    control: 'promises',
    modifiedAmount: 'transfer',
    defersToNoun: true,
  },
  // Deliveries, and receipts seen from the receiver ("received", "borrowed", "won", "raised … from").
  provide: {
    lemmas: [
      'provide', 'deliver', 'give', 'send', 'mobilize', 'mobilise', 'supply', 'grant', 'donate', 'disburse', 'transfer', 'lend', 'loan',
      'contribute', 'ship', 'award', 'channel', 'fund', 'finance', 'subsidize', 'subsidise', 'bankroll', 'furnish', 'receive', 'obtain',
      'get', 'win', 'borrow', 'secure', 'accept', 'raise',
    ],
    irregular: {
      give: ['gives', 'gave', 'given', 'giving'],
      send: ['sends', 'sent', 'sent', 'sending'],
      lend: ['lends', 'lent', 'lent', 'lending'],
      ship: ['ships', 'shipped', 'shipped', 'shipping'],
      get: ['gets', 'got', 'gotten', 'getting'],
      win: ['wins', 'won', 'won', 'winning'],
    },
    phrasal: [['hand', 'over']],
    nounLike: ['grant', 'loan', 'transfer', 'supply', 'award', 'channel', 'ship', 'fund', 'finance', 'win', 'raise'],
    nouns: {
      grant: 'grant', grants: 'grant', donation: 'donate', donations: 'donate', contribution: 'contribute', contributions: 'contribute',
      loan: 'loan', loans: 'loan', delivery: 'deliver', deliveries: 'deliver', aid: 'provide', assistance: 'provide',
      support: 'provide', gift: 'give', gifts: 'give', funding: 'fund', financing: 'finance', subsidy: 'subsidize',
      subsidies: 'subsidize', credit: 'lend', credits: 'lend', transfer: 'transfer', transfers: 'transfer', disbursement: 'disburse',
    },
    ditransitive: ['give', 'grant', 'award', 'send', 'lend', 'loan'],
    receiving: ['receive', 'obtain', 'get', 'win', 'borrow', 'secure', 'accept', 'raise'],
    withObject: ['provide', 'supply', 'furnish', 'fund', 'finance'],
    objectRecipient: ['fund', 'finance', 'subsidize', 'subsidise', 'bankroll'],
    plannedAs: 'pledge',
  },
  request: {
    lemmas: ['request', 'ask', 'seek', 'demand', 'appeal', 'urge', 'petition', 'apply'],
    irregular: { seek: ['seeks', 'sought', 'sought', 'seeking'] },
    nounLike: ['request', 'demand', 'appeal', 'petition'],
    nouns: { request: 'request', appeal: 'appeal' },
    recipientPrepositions: ['from', ...TO],
    control: 'names',
    modifiedAmount: 'transfer',
  },
  cut: {
    lemmas: ['cut', 'reduce', 'pause', 'suspend', 'withdraw', 'halt', 'freeze', 'cancel', 'slash', 'withhold', 'block', 'scrap', 'trim', 'stop'],
    irregular: {
      cut: ['cuts', 'cut', 'cut', 'cutting'],
      withdraw: ['withdraws', 'withdrew', 'withdrawn', 'withdrawing'],
      withhold: ['withholds', 'withheld', 'withheld', 'withholding'],
      freeze: ['freezes', 'froze', 'frozen', 'freezing'],
      scrap: ['scraps', 'scrapped', 'scrapped', 'scrapping'],
      trim: ['trims', 'trimmed', 'trimmed', 'trimming'],
      stop: ['stops', 'stopped', 'stopped', 'stopping'],
    },
    // "cancelling" too is read as a participle (so it needs no "is" or "by" before it, as the -ing forms do).
    spellings: { cancelled: 'cancel', cancelling: 'cancel' },
    phrasal: [['scale', 'back'], ['cut', 'back']],
    nounLike: ['cut', 'freeze', 'halt', 'pause', 'block', 'stop', 'trim'],
    nouns: { cut: 'cut', cuts: 'cut', reduction: 'reduce' },
    recipientPrepositions: ['from', ...TO],
    control: 'names',
    modifiedAmount: 'transfer',
  },
  // Paying and spending keep their category under intention wording: "plans to spend" is no pledge to anyone.
  spend: {
    lemmas: ['spend', 'budget', 'splurge'],
    irregular: {
      spend: ['spends', 'spent', 'spent', 'spending'],
      budget: ['budgets', 'budgeted', 'budgeted', 'budgeting'],
    },
    spellings: { budgetted: 'budget' },
    phrasal: [['shell', 'out'], ['fork', 'out']],
    nounLike: ['budget'],
    nouns: { spending: 'spend' },
    // "spent $2m on promotion": what it was spent on is a purpose; a recipient is one it was spent "to".
    recipientPrepositions: ['to', 'toward', 'towards'],
    purposePrepositions: ['on', 'for', 'toward', 'towards'],
  },
  // Money put into an asset or a venture: "invested $2 billion in", "an investment of $5m". Like spending, no pledge
  // when planned ("plans to invest" stays invest, planned): it promises nothing to a recipient.
  invest: {
    lemmas: ['invest'],
    nouns: { investment: 'invest', investments: 'invest' },
    // "invested $1bn in Hoylake": the venture invested in receives; "in new plants" is what it is for.
    recipientPrepositions: ['in', 'into', ...TO],
    purposePrepositions: ['in', 'into', ...FOR],
  },
  pay: {
    lemmas: ['pay', 'repay', 'reimburse', 'compensate', 'refund', 'settle'],
    irregular: {
      pay: ['pays', 'paid', 'paid', 'paying'],
      repay: ['repays', 'repaid', 'repaid', 'repaying'],
    },
    phrasal: [['pay', 'out'], ['pay', 'back']],
    nounLike: ['pay'],
    nouns: { payment: 'pay', payments: 'pay', settlement: 'settle', compensation: 'compensate', reimbursement: 'reimburse' },
    ditransitive: ['pay', 'compensate', 'reimburse', 'refund'],
  },
  fine: {
    lemmas: ['fine', 'penalize', 'penalise'],
    nounLike: ['fine'],
    nouns: { fine: 'fine', fines: 'fine', penalty: 'penalize', penalties: 'penalize' },
    ditransitive: ['fine', 'penalize', 'penalise'],
    objectRequired: ['fine', 'penalize', 'penalise'],
    // "a fine on Meta", "penalties against the bank".
    recipientPrepositions: ['on', 'against', ...TO],
  },
  // Statements: no facts of their own (they move no money), and their speakers act in nothing they report.
  say: {
    lemmas: [
      'say', 'state', 'tell', 'add', 'note', 'claim', 'warn', 'emphasize', 'emphasise', 'stress', 'reaffirm', 'acknowledge', 'confirm',
      'insist', 'argue', 'report', 'explain', 'declare', 'estimate',
    ],
    irregular: {
      say: ['says', 'said', 'said', 'saying'],
      tell: ['tells', 'told', 'told', 'telling'],
    },
    nounLike: ['stress', 'claim', 'report', 'estimate', 'note', 'state'],
    ditransitive: ['tell'],
    recipientWithin: 12,
    control: 'separate',
    aloneNeeds: 'never',
    amounts: 'none',
    weak: true,
    reporting: true,
  },
});

/**
 * Verbs whose amount is no transfer (category `other`): sales and purchases, prices, income, losses, changes. They
 * govern the amount so that no transfer verb farther away takes it ("agreed to buy Lumen for $4bn"), and make no
 * fact. Not here on purpose: "total", "amount", "worth" only restate a sum ("aid totaling $5bn"); the verb before
 * them acts.
 */
export const OTHER_VERBS = {
  lemmas: [
    'earn', 'lose', 'cost', 'sell', 'buy', 'purchase', 'owe', 'charge', 'collect', 'generate', 'save', 'bid', 'acquire', 'increase',
    'boost', 'double', 'price', 'value', 'fetch',
  ],
  // "gave up $10 of the gain": losing, not giving.
  phrasal: [['give', 'up']],
  irregular: {
    lose: ['loses', 'lost', 'lost', 'losing'],
    sell: ['sells', 'sold', 'sold', 'selling'],
    buy: ['buys', 'bought', 'bought', 'buying'],
    cost: ['costs', 'cost', 'cost', 'costing'],
    bid: ['bids', 'bid', 'bid', 'bidding'],
    give: ['gives', 'gave', 'given', 'giving'],
  },
  nounLike: ['cost', 'bid', 'increase', 'boost', 'double', 'charge', 'price', 'value'],
  ditransitive: ['owe', 'charge'],
  control: 'separate',
  aloneNeeds: 'never',
  weak: true,
  confidence: 0.1,
  amounts: 'block',
} satisfies ActionRecord;
