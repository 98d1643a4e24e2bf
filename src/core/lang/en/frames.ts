/**
 * How English ties an amount to the act that moves it, and the act to its parties, beyond the verbs themselves
 * (`./actions.ts` has those and their argument frames): which words before an amount make it a price or a change
 * rather than the thing given, which nouns are transparent ("a total of $5m"), which verbs lend their subject to a
 * noun ("made a $5m donation"), which nouns pass their owner to an infinitive ("the U.S.'s intention to send"), and
 * what counts as a thing given ("military aid") when no amount is stated. All lower case.
 */
import { words } from './words';

/**
 * Prepositions right before an amount that may still leave it the thing given: "provided Kyiv with €1bn", "a total
 * of $5m" (then the noun before "of" decides). Any other preposition makes the amount a price, a change, a level or
 * a comparison: "bought for $5m", "cut by $2", "rose to $1bn", "priced at $10", "more than $3".
 */
export const AMOUNT_GIVEN_AFTER = words('with | of');

/**
 * Words right before an amount that make it a value, not a thing given: "won an order worth $5m" (the order is what
 * was won). An action noun before them still names an act ("grants worth $2m").
 */
export const VALUE_BEFORE_AMOUNT = words('worth | valued | priced');

/** Nouns that only measure the amount after "of": "a total of $5m", "the sum of €2bn" — the verb before governs. */
export const QUANTITY_NOUNS = words(`
  total | sum | amount | maximum | minimum | average | tune | excess | figure | additional | further | extra | portion | share |
  tranche | installment | instalment | part`);

/** Words that join two amounts of one act: "$325,000 in 1989 and $340,000 in 1990", "€2bn plus €1bn in loans". */
export const AMOUNT_COORDINATORS = words('and | or | plus | as well as');

/** How many words may stand between a verb and the amount it governs ("gave two inventors of the microchip a $350,000 …"). */
export const MAX_OBJECT_WORDS = 12;

/** How many words may stand between an amount and a passive or relative verb governing it ("$205m in road projects earmarked"). */
export const MAX_AMOUNT_TO_VERB_WORDS = 6;

/**
 * Verbs that lend their subject to the act their object names: "Acme made a $5 million donation to the fund",
 * "the bank extended a $2 billion loan". All forms listed.
 */
export const SUPPORT_VERBS = words(`
  make | makes | made | making | extend | extends | extended | extending | arrange | arranges | arranged | arranging | sign | signs |
  signed | signing | approve | approves | approved | approving | announce | announces | announced | announcing | unveil | unveils |
  unveiled | unveiling | offer | offers | offered | offering | propose | proposes | proposed | proposing`);

/**
 * Nouns whose owner is the subject of the infinitive after them: "the U.S.'s intention to send $100m", "Acme's
 * decision to pay", "the EU's plan to lend".
 */
export const CONTROL_NOUNS = words(`
  intention | intent | plan | plans | decision | promise | pledge | commitment | offer | agreement | deal | bid | effort |
  efforts | proposal | move | attempt | readiness | willingness | vow | ability | obligation | refusal | failure | push |
  pledges | promises | offers | proposals | decisions`);

/** Words between a name and its address: "Alvin Lee of Plantation, Fla.", "Ann Roe, also of Dover". */
export const ADDRESS_LINKS = words('of | also | both');

/** Subject pronouns: "Every $15,000 you send", "the money they paid". */
export const SUBJECT_PRONOUNS = words('i | you | he | she | it | we | they');

/**
 * What is given, named without an amount: an act with one of these as its object is a fact even without an amount
 * ("NATO announces substantial support for Ukraine", "the U.S. has continued to supply military support").
 */
export const TRANSFER_OBJECTS = words(`
  aid | assistance | support | funding | funds | money | cash | loan | loans | grant | grants | credit | credits | help | relief |
  subsidies | subsidy | donations | donation | investment | investments | payment | payments | compensation | weapons | arms |
  ammunition | munitions | equipment | supplies | food | fuel | vaccines | medicine | medicines | systems | tanks | missiles | jets |
  aircraft | financing | contributions | contribution | reparations | bailout | stimulus | grants-in-aid`);

/**
 * Securities: an amount "of" them is an issue or a trade, money the offerer or seller gets, not gives ("offered $750
 * million of debentures", "sold $200 million of notes").
 */
export const SECURITIES = words(`
  debentures | notes | bonds | shares | stock | stocks | securities | certificates | paper | warrants | debt | preferred |
  bills | obligations | issue | issues | offering | offerings`);

/** Words that end an object or purpose phrase besides prepositions: conjunctions, relatives, auxiliaries. */
export const PHRASE_STOPS = words(`
  and | or | but | nor | so | yet | which | who | whom | whose | that | what | when | where | while | as | if | because | than |
  is | are | was | were | be | been | being | has | have | had | do | does | did | will | would | shall | should | can | could |
  may | might | must | not | also | said | says | according`);

/** How many words an object or purpose phrase keeps ("a water transportation traffic infrastructure"). */
export const MAX_PHRASE_WORDS = 8;

/** The infinitive marker that opens a purpose clause: "spent $50 million to introduce its line". */
export const PURPOSE_INFINITIVE = words('to');
