/**
 * Action words for facts: verb lemma → category, every inflected form, and the few nouns that carry an action
 * ("a pledge of $5 million", "a €2 billion fine"). Kept small and explicit: a wrong verb is a wrong fact.
 */
import type { FactCategory } from './types';

const LEMMAS: Record<Exclude<FactCategory, 'other'>, string[]> = {
  // Promises, intentions and approvals of money or aid not (yet) delivered.
  pledge: ['pledge', 'promise', 'commit', 'announce', 'vow', 'offer', 'approve', 'authorize', 'authorise', 'earmark', 'allocate', 'unveil', 'propose'],
  // Deliveries.
  provide: ['provide', 'deliver', 'give', 'send', 'mobilize', 'mobilise', 'supply', 'grant', 'donate', 'disburse', 'transfer', 'lend', 'loan', 'contribute', 'ship', 'award', 'channel', 'receive', 'obtain'],
  request: ['request', 'ask', 'seek', 'demand', 'appeal', 'urge', 'petition', 'apply'],
  cut: ['cut', 'reduce', 'pause', 'suspend', 'withdraw', 'halt', 'freeze', 'cancel', 'slash', 'withhold', 'block', 'scrap', 'trim', 'stop'],
  spend: ['spend', 'invest', 'budget', 'splurge'],
  pay: ['pay', 'repay', 'reimburse', 'compensate', 'refund', 'settle'],
  fine: ['fine', 'penalize', 'penalise'],
  say: ['say', 'state', 'tell', 'add', 'note', 'claim', 'warn', 'emphasize', 'emphasise', 'stress', 'reaffirm', 'acknowledge', 'confirm', 'insist', 'argue', 'report', 'explain', 'declare', 'estimate'],
};

/** Verbs that move money but fit no category above; they still anchor a fact when an amount is present. */
const OTHER_LEMMAS = ['raise', 'earn', 'lose', 'cost', 'sell', 'buy', 'borrow', 'owe', 'charge', 'collect', 'generate', 'save', 'win', 'bid', 'acquire', 'increase', 'boost', 'double'];
// Not here on purpose: "total", "amount", "worth" only restate a sum ("aid totaling $5bn"); the verb before them acts.

/** Irregular forms: lemma → [3rd person, past, past participle, gerund]. */
const IRREGULAR: Record<string, [string, string, string, string]> = {
  give: ['gives', 'gave', 'given', 'giving'],
  send: ['sends', 'sent', 'sent', 'sending'],
  lend: ['lends', 'lent', 'lent', 'lending'],
  seek: ['seeks', 'sought', 'sought', 'seeking'],
  cut: ['cuts', 'cut', 'cut', 'cutting'],
  withdraw: ['withdraws', 'withdrew', 'withdrawn', 'withdrawing'],
  withhold: ['withholds', 'withheld', 'withheld', 'withholding'],
  freeze: ['freezes', 'froze', 'frozen', 'freezing'],
  spend: ['spends', 'spent', 'spent', 'spending'],
  pay: ['pays', 'paid', 'paid', 'paying'],
  repay: ['repays', 'repaid', 'repaid', 'repaying'],
  say: ['says', 'said', 'said', 'saying'],
  tell: ['tells', 'told', 'told', 'telling'],
  lose: ['loses', 'lost', 'lost', 'losing'],
  sell: ['sells', 'sold', 'sold', 'selling'],
  buy: ['buys', 'bought', 'bought', 'buying'],
  win: ['wins', 'won', 'won', 'winning'],
  cost: ['costs', 'cost', 'cost', 'costing'],
  bid: ['bids', 'bid', 'bid', 'bidding'],
  commit: ['commits', 'committed', 'committed', 'committing'],
  ship: ['ships', 'shipped', 'shipped', 'shipping'],
  scrap: ['scraps', 'scrapped', 'scrapped', 'scrapping'],
  trim: ['trims', 'trimmed', 'trimmed', 'trimming'],
  stop: ['stops', 'stopped', 'stopped', 'stopping'],
  budget: ['budgets', 'budgeted', 'budgeted', 'budgeting'],
};

/** Also accepted as past forms (British spelling). */
const EXTRA_PAST: Record<string, string> = { budgetted: 'budget', cancelled: 'cancel', cancelling: 'cancel' };

/**
 * Lemmas whose bare and -s forms are more often nouns in news ("a pledge", "aid cuts", "the request"); those forms
 * count as verbs only after a subject or an auxiliary (see `extract.ts`).
 */
export const NOUN_AMBIGUOUS = new Set([
  'pledge', 'promise', 'offer', 'grant', 'loan', 'transfer', 'supply', 'award', 'request', 'demand', 'appeal', 'cut', 'freeze',
  'halt', 'pause', 'block', 'budget', 'pay', 'fine', 'stress', 'claim', 'report', 'estimate', 'cost', 'bid', 'increase',
  'boost', 'double', 'charge', 'win', 'note', 'state', 'channel', 'stop', 'trim', 'ship', 'petition', 'vow',
]);

type VerbForm = 'base' | 's' | 'past' | 'ing';

interface VerbEntry {
  lemma: string;
  category: FactCategory;
  form: VerbForm;
  /** The past form doubles as a participle: "was given", "were pledged". */
  participle: boolean;
}

const FORMS = new Map<string, VerbEntry[]>();

function add(form: string, entry: VerbEntry): void {
  const list = FORMS.get(form);
  if (!list) FORMS.set(form, [entry]);
  else if (!list.some((e) => e.lemma === entry.lemma && e.form === entry.form)) list.push(entry);
}

function regular(lemma: string): [string, string, string, string] {
  const s = /(s|sh|ch|x|z)$/.test(lemma) ? `${lemma}es` : /[^aeiou]y$/.test(lemma) ? `${lemma.slice(0, -1)}ies` : `${lemma}s`;
  const past = lemma.endsWith('e') ? `${lemma}d` : /[^aeiou]y$/.test(lemma) ? `${lemma.slice(0, -1)}ied` : `${lemma}ed`;
  const ing = /[^e]e$/.test(lemma) ? `${lemma.slice(0, -1)}ing` : `${lemma}ing`;
  return [s, past, past, ing];
}

for (const [category, lemmas] of Object.entries({ ...LEMMAS, other: OTHER_LEMMAS }) as Array<[FactCategory, string[]]>) {
  for (const lemma of lemmas) {
    const [s, past, participle, ing] = IRREGULAR[lemma] ?? regular(lemma);
    add(lemma, { lemma, category, form: 'base', participle: past === lemma || participle === lemma });
    add(s, { lemma, category, form: 's', participle: false });
    add(past, { lemma, category, form: 'past', participle: past === participle });
    if (participle !== past) add(participle, { lemma, category, form: 'past', participle: true });
    add(ing, { lemma, category, form: 'ing', participle: false });
  }
}
for (const [form, lemma] of Object.entries(EXTRA_PAST)) {
  const base = FORMS.get(lemma)?.[0];
  if (base) add(form, { lemma, category: base.category, form: 'past', participle: true });
}

/** The verb reading of a lower-case word, or undefined. When a form belongs to two lemmas the first listed wins. */
export function lookupVerb(word: string): VerbEntry | undefined {
  return FORMS.get(word)?.[0];
}

/**
 * Verb + particle pairs that act on money: "set aside €300m", "handed over $5m", "scaled back aid". The verb word alone
 * means something else ("set to", "hand"), so they are only read together. Forms: base, -s, past, participle, -ing.
 */
const PHRASAL: Array<{ forms: string[]; particle: string; category: FactCategory }> = [
  // Earmarking money is a promise of it (CAMEO: like "allocate", "approve funds").
  { forms: ['set', 'sets', 'setting'], particle: 'aside', category: 'pledge' },
  { forms: ['put', 'puts', 'putting'], particle: 'aside', category: 'pledge' },
  { forms: ['hand', 'hands', 'handed', 'handing'], particle: 'over', category: 'provide' },
  { forms: ['pay', 'pays', 'paid', 'paying'], particle: 'out', category: 'pay' },
  { forms: ['pay', 'pays', 'paid', 'paying'], particle: 'back', category: 'pay' },
  { forms: ['scale', 'scales', 'scaled', 'scaling'], particle: 'back', category: 'cut' },
  { forms: ['cut', 'cuts', 'cutting'], particle: 'back', category: 'cut' },
  { forms: ['shell', 'shells', 'shelled', 'shelling'], particle: 'out', category: 'spend' },
  { forms: ['fork', 'forks', 'forked', 'forking'], particle: 'out', category: 'spend' },
];

const PHRASAL_FORMS = new Map<string, VerbEntry & { particle: string }>();
const PHRASAL_PARTICLES = new Set(PHRASAL.map((p) => p.particle));
for (const p of PHRASAL) {
  p.forms.forEach((form, i) => {
    // Index 0 is the base; a base that doubles as past ("set", "put", "cut") is also a participle.
    const vf: VerbForm = i === 0 ? 'base' : form.endsWith('s') && i === 1 ? 's' : form.endsWith('ing') ? 'ing' : 'past';
    const participle = vf === 'past' || (i === 0 && (form === 'set' || form === 'put' || form === 'cut'));
    // The lemma is the phrasal verb's dictionary form ("set aside": "set" alone would read as another verb).
    PHRASAL_FORMS.set(`${form} ${p.particle}`, { lemma: `${p.forms[0]} ${p.particle}`, category: p.category, form: vf, participle, particle: p.particle });
  });
}

/** The verb reading of "word particle" ("set aside"), or undefined. */
export function lookupPhrasal(word: string, next: string | undefined): VerbEntry | undefined {
  return next && PHRASAL_PARTICLES.has(next) ? PHRASAL_FORMS.get(`${word} ${next}`) : undefined;
}

/** Nouns that name an action when tied to an amount: "a pledge of $5m", "a $5m fine", "Germany's contribution of …". */
export const ACTION_NOUNS: Record<string, { lemma: string; category: FactCategory }> = {
  pledge: { lemma: 'pledge', category: 'pledge' },
  pledges: { lemma: 'pledge', category: 'pledge' },
  promise: { lemma: 'promise', category: 'pledge' },
  commitment: { lemma: 'commit', category: 'pledge' },
  commitments: { lemma: 'commit', category: 'pledge' },
  offer: { lemma: 'offer', category: 'pledge' },
  grant: { lemma: 'grant', category: 'provide' },
  grants: { lemma: 'grant', category: 'provide' },
  donation: { lemma: 'donate', category: 'provide' },
  donations: { lemma: 'donate', category: 'provide' },
  contribution: { lemma: 'contribute', category: 'provide' },
  contributions: { lemma: 'contribute', category: 'provide' },
  loan: { lemma: 'loan', category: 'provide' },
  loans: { lemma: 'loan', category: 'provide' },
  delivery: { lemma: 'deliver', category: 'provide' },
  deliveries: { lemma: 'deliver', category: 'provide' },
  request: { lemma: 'request', category: 'request' },
  appeal: { lemma: 'appeal', category: 'request' },
  cut: { lemma: 'cut', category: 'cut' },
  cuts: { lemma: 'cut', category: 'cut' },
  reduction: { lemma: 'reduce', category: 'cut' },
  spending: { lemma: 'spend', category: 'spend' },
  investment: { lemma: 'invest', category: 'spend' },
  payment: { lemma: 'pay', category: 'pay' },
  payments: { lemma: 'pay', category: 'pay' },
  settlement: { lemma: 'settle', category: 'pay' },
  compensation: { lemma: 'compensate', category: 'pay' },
  fine: { lemma: 'fine', category: 'fine' },
  fines: { lemma: 'fine', category: 'fine' },
  penalty: { lemma: 'penalize', category: 'fine' },
  penalties: { lemma: 'penalize', category: 'fine' },
};

/** Verbs whose first object is the receiver: "gave Ukraine $1bn", "fined Meta €1bn", "paid the workers $5m". */
export const DITRANSITIVE = new Set(['give', 'grant', 'pay', 'fine', 'award', 'offer', 'promise', 'send', 'lend', 'loan', 'owe', 'charge', 'penalize', 'penalise', 'compensate', 'reimburse', 'refund', 'tell']);

/** The subject receives, the "from" actor gives: "Ukraine received $5bn from the EU". */
export const RECEIVING = new Set(['receive', 'obtain', 'win', 'borrow']);

const MODALS = ['will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'cannot'];
const DO_FORMS = ['do', 'does', 'did'];
const FINITE_BE = ['is', 'are', 'was', 'were', 'am'];
const FINITE_HAVE = ['has', 'have', 'had'];

/** Auxiliaries and modals that license a noun-ambiguous form as a verb ("will pledge", "did not pay"). */
export const AUXILIARIES = new Set([
  ...MODALS, ...DO_FORMS, 'to', "didn't", "don't", "doesn't", "won't", "wouldn't", "can't", 'not', 'never', 'also', 'jointly',
  'collectively', 'reportedly', 'then', 'he', 'she', 'they', 'we', 'i', 'it', 'who', 'which', 'that', 'now', 'still', 'already',
  'formally', 'officially',
]);

export const BE_FORMS = new Set([...FINITE_BE, 'be', 'been', 'being', "'s"]);
export const HAVE_FORMS = new Set([...FINITE_HAVE, 'having']);

/** Negating words besides the "-n't" forms, which `isNegation` matches by their ending. */
const NEGATIONS = new Set(['not', 'never', 'cannot', 'refused', 'refuses', 'declined', 'declines', 'failed', 'fails', 'no']);

export function isNegation(word: string): boolean {
  return NEGATIONS.has(word) || word.endsWith("n't");
}

const FINITE_MARKERS = new Set([...FINITE_HAVE, ...FINITE_BE, ...MODALS, ...DO_FORMS, 'not', 'never', 'also', 'then']);

/** A word that shows a finite verb phrase starts here: "…, has not announced", "and the EU had set aside", "…, doesn't send". */
export function isFiniteMarker(word: string): boolean {
  return FINITE_MARKERS.has(word) || word.endsWith("n't");
}

/**
 * Future or intention wording before a verb: "will provide", "plans to send", "agreed to pay", "is expected to give".
 * They set `planned`, and make a delivery verb a pledge (CAMEO: intent to provide is not provision).
 */
export const FUTURE_MARKERS = new Set([
  'will', 'would', 'shall', "'ll", "won't", 'plan', 'plans', 'planned', 'planning', 'intend', 'intends', 'intended', 'aim',
  'aims', 'aimed', 'expected', 'expect', 'expects', 'set', 'agreed', 'agree', 'agrees', 'going', 'prepared', 'ready', 'decided',
  'decide', 'decides', 'want', 'wants', 'wanted', 'hope', 'hopes', 'hoped', 'poised', 'scheduled', 'slated', 'due', 'likely',
]);
