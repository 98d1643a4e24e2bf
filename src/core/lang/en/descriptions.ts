/**
 * Actors that are not names: the common nouns news uses for a party to an act ("the city", "investors", "the
 * company", "the Finnish government", "allies", "its U.S. unit"). One table of head nouns, each with the kind of
 * actor it names and how a definite description of it may be tied to a named actor of the document ("the company"
 * after "Acme Corp."). General English, not taken from any corpus. All lower case.
 */
import type { ActorKind } from '../../model';
import { words } from './words';

/**
 * How "the HEAD" finds the named actor it stands for, when the text does not say it outright (apposition and
 * "the city of X" always link):
 *   - `kind`: the latest named actor of this kind before it, within `DESCRIPTION_LINK_WINDOW` ("the company");
 *   - `name`: only a named actor whose name contains the head word ("the bank" → Chemical Bank) or one of the
 *     head's `referents` ("the alliance" → NATO);
 *   - `none`: never by itself ("the government", "investors": which one is rarely the last one named).
 */
export type DescriptionLink = 'kind' | 'name' | 'none';

export interface DescriptionHead {
  kind: ActorKind;
  link: DescriptionLink;
  /** Only with an owner before it ("its unit", "Hooker's U.S. unit", "the Sony unit") or "of X" after it. */
  owned?: boolean;
  /** Named actors this head conventionally refers to ("the alliance" → NATO), by canonical name. */
  referents?: readonly string[];
  /** For places linked by kind: which places it may stand for ("the country" is no city). */
  place?: PlaceType;
}

/** What the pack's place lists (and compromise's lexicon) know a named place as. */
export type PlaceType = 'country' | 'city' | 'region';

/** A head group: its nouns in singular and plural, and how they behave. Irregular plurals are written out. */
interface HeadGroup extends DescriptionHead {
  singular: string;
  /** Plurals that do not just add "s"; `-` for nouns used only in one number. */
  plural?: string;
}

const group = (singular: string, head: DescriptionHead, plural?: string): HeadGroup => ({ singular, plural, ...head });

const ORG_KIND: DescriptionHead = { kind: 'organization', link: 'kind' };
const ORG_NAME: DescriptionHead = { kind: 'organization', link: 'name' };
const ORG_NONE: DescriptionHead = { kind: 'organization', link: 'none' };
const placeOf = (place: PlaceType): DescriptionHead => ({ kind: 'place', link: 'kind', place });
const PLACE_NONE: DescriptionHead = { kind: 'place', link: 'none' };
const PERSON: DescriptionHead = { kind: 'person', link: 'none' };
const OWNED: DescriptionHead = { kind: 'organization', link: 'none', owned: true };

const GROUPS: readonly HeadGroup[] = [
  // Businesses: "the company" is the company the story is about, the last one named.
  group('company|firm|concern|corporation|conglomerate|maker|manufacturer|producer|retailer|carrier|airline|automaker|insurer|utility|operator|developer|contractor|supplier|publisher|distributor|exporter|importer|brokerage|startup|partnership|consortium', ORG_KIND, 'companies|firms|concerns|corporations|conglomerates|makers|manufacturers|producers|retailers|carriers|airlines|automakers|insurers|utilities|operators|developers|contractors|suppliers|publishers|distributors|exporters|importers|brokerages|startups|partnerships|consortia'),
  // Institutions named by their head: "the bank" is the last named bank.
  group('bank|lender|fund|trust|agency|authority|commission|committee|council|board|ministry|department|bureau|regulator|foundation|charity|institute|institution|university|hospital|association|federation|union|league|coalition|party|campaign|church|court|exchange|group', ORG_NAME, 'banks|lenders|funds|trusts|agencies|authorities|commissions|committees|councils|boards|ministries|departments|bureaus|regulators|foundations|charities|institutes|institutions|universities|hospitals|associations|federations|unions|leagues|coalitions|parties|campaigns|churches|courts|exchanges|groups'),
  group('museum|library|school|college|academy|clinic|orchestra|theater|theatre|shelter', ORG_NAME, 'museums|libraries|schools|colleges|academies|clinics|orchestras|theaters|theatres|shelters'),
  group('alliance|bloc', { ...ORG_NAME, referents: ['NATO', 'North Atlantic Treaty Organization'] }, '-'),
  group('government|administration|legislature|parliament|cabinet|military|army|navy|police|treasury|organization|organisation', ORG_NONE, 'governments|administrations|legislatures|parliaments|militaries|armies|organizations|organisations'),
  // Parts of a company, only with their owner: "its unit", "the Sony unit", "a subsidiary of Zenith".
  group('unit|subsidiary|affiliate|division|arm|-', OWNED, 'units|subsidiaries|affiliates|divisions|arms|operations'),
  // Places that act: "the city paid", "the country received".
  group('country|nation|republic|kingdom', placeOf('country'), 'countries|nations|republics|kingdoms'),
  group('city|town|village|capital|municipality', placeOf('city'), 'cities|towns|villages|capitals|municipalities'),
  group('state|province|region|county|district|territory', placeOf('region'), 'states|provinces|regions|counties|districts|territories'),
  group('zone|island|prefecture|emirate', PLACE_NONE, 'zones|islands|prefectures|emirates'),
  // People by role; in the plural they are a group ("investors", "union members", "two inventors").
  group(
    'official|executive|spokesman|spokeswoman|spokesperson|chairman|chairwoman|minister|senator|lawmaker|legislator|mayor|governor|leader|director|manager|banker|lawyer|attorney|client|customer|donor|investor|buyer|seller|owner|holder|shareholder|stockholder|bondholder|unitholder|creditor|debtor|borrower|taxpayer|consumer|resident|citizen|voter|worker|employee|member|backer|supporter|farmer|patient|student|parent|household|victim|refugee|veteran|retiree|pensioner|inventor|winner|recipient|beneficiary|partner|ally|rebel|militant|contributor|sponsor|benefactor|philanthropist|businessman|businesswoman|entrepreneur|trader|dealer|broker|analyst|economist|diplomat|negotiator|prosecutor|regulator|landlord|tenant|homeowner|associate|family|heir|developer',
    PERSON,
    'officials|executives|spokesmen|spokeswomen|spokespeople|chairmen|chairwomen|ministers|senators|lawmakers|legislators|mayors|governors|leaders|directors|managers|bankers|lawyers|attorneys|clients|customers|donors|investors|buyers|sellers|owners|holders|shareholders|stockholders|bondholders|unitholders|creditors|debtors|borrowers|taxpayers|consumers|residents|citizens|voters|workers|employees|members|backers|supporters|farmers|patients|students|parents|households|victims|refugees|veterans|retirees|pensioners|inventors|winners|recipients|beneficiaries|partners|allies|rebels|militants|contributors|sponsors|benefactors|philanthropists|businessmen|businesswomen|entrepreneurs|traders|dealers|brokers|analysts|economists|diplomats|negotiators|prosecutors|regulators|landlords|tenants|homeowners|associates|families|heirs|developers',
  ),
  group('-', { kind: 'group', link: 'none' }, 'troops|forces|donors|nations|governments|authorities|people|taxpayers'),
];

/** Lower-case head noun → how it acts. A noun listed twice keeps its first reading. */
export const DESCRIPTION_HEADS: ReadonlyMap<string, DescriptionHead & { plural: boolean }> = (() => {
  const map = new Map<string, DescriptionHead & { plural: boolean }>();
  for (const g of GROUPS) {
    const { singular, plural, ...head } = g;
    const singulars = singular.split('|');
    const plurals = plural ? plural.split('|') : singulars.map((s) => `${s}s`);
    for (const s of singulars) if (s !== '-' && !map.has(s)) map.set(s, { ...head, plural: false });
    // People in the plural are a group of people.
    const pluralKind: ActorKind = head.kind === 'person' ? 'group' : head.kind;
    for (const p of plurals) if (p !== '-' && !map.has(p)) map.set(p, { ...head, kind: pluralKind, plural: true });
  }
  return map;
})();

/** Words that open a description and stay in its span: "the city", "its backers", "some grain companies". */
export const DESCRIPTION_DETERMINERS = words(`
  the | a | an | its | their | his | her | our | your | this | that | these | those | some | many | most | several | all | both |
  each | every | another | other | such | any | no | few | more | fewer | certain | various | numerous`);

/** Determiners that make a description definite: only these may stand for a named actor met before ("the company"). */
export const DEFINITE_DETERMINERS = words('the | this | that | these | those');

/** Owners before a part of a company: "its unit", "their subsidiaries". */
export const POSSESSIVE_DETERMINERS = words('its | their | his | her | our | your');

/** Number words a description may start with: "two inventors", "three organizations". */
export const NUMBER_WORDS = words(`
  one | two | three | four | five | six | seven | eight | nine | ten | eleven | twelve | dozens | hundreds | thousands | millions |
  dozen | hundred | thousand | million`);

/** A rank before a number inside a description: "Japan's No. 1 computer maker". */
export const RANK_WORDS = words('no. | no | number');

/**
 * Words that never modify a head noun inside a description: function words, auxiliaries and the like. A modifier is
 * any other lower-case word (adjective or noun: "junk bond investors", "the short-lived democratic government").
 */
export const NOT_MODIFIERS = words(`
  of | in | on | at | to | for | from | by | with | about | as | into | over | under | after | before | between | among | than |
  and | or | but | nor | so | yet | if | because | while | when | where | whether | which | who | whom | whose | that | what |
  is | are | was | were | be | been | being | am | has | have | had | do | does | did | will | would | shall | should | can | could |
  may | might | must | not | never | also | only | even | just | still | already | now | then | there | here | very | too | much |
  he | she | it | they | we | i | you | him | them | us | me | itself | themselves | said | says | say | according | per | via |
  against | through | during | without | within | including | like | unlike | despite | amid | toward | towards | upon | across |
  around | behind | beyond | since | until | unless | although | though | once | whereas | however | meanwhile | today | yesterday |
  tomorrow | ago | last | next | year | years | month | months | week | weeks | day | days`);

/**
 * compromise lexicon tags of a word after a head noun that leave the head the phrase's head ("the city paid", "the
 * contractor late", "the fund again"); a noun after it makes it a modifier instead ("the city budget"). A bare verb
 * form ("plan", "support") is read as a verb after a plural head only ("the companies plan to …", "the company plan").
 */
export const NOT_NOUN_TAGS = new Set(
  'PastTense PresentTense Modal Copula Adjective Adverb Comparative Superlative Conjunction Preposition Determiner Pronoun Date Gerund Participle QuestionWord'.split(' '),
);
export const BARE_VERB_TAG = 'Infinitive';

/** How many words may stand between a description's determiner and its head ("new high level technology development zone"). */
export const MAX_DESCRIPTION_MODIFIERS = 6;

/** How far back (characters) "the company" looks for the named actor it stands for. */
export const DESCRIPTION_LINK_WINDOW = 1500;

/** "the city of Hiroshima", "the government of Chad": the head and the name after "of" are one actor. */
export const OF_NAME_LINK = words('of');

/**
 * Members of a named organisation, written with its name, act as the organisation: "NATO allies", "NATO partners",
 * "EU member states", "OPEC members". The head, or a word between the name and the head, is one of these.
 */
export const MEMBER_WORDS = words('ally | allies | partner | partners | member | members');

/**
 * What may end an apposition after its head: an "of" phrase ("a maker of pumps"), then punctuation or the end:
 * "Fujitsu, Japan's No. 1 computer maker, said …", "Orbis Corp., a maker of pumps, said …".
 */
export const APPOSITION_CLOSERS = /^(?:\s+of\s+[^,.;:()"“”]{1,48}?)?\s*(?:[,.;:)]|--|—|–|$)/;
