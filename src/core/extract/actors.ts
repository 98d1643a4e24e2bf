import type { ActorKind, ActorMention } from '../model';
import type { BlockView } from '../text/block-view';
import { tokenize, Token } from './actor-tokens';
import { demoteHeadlineWords } from './actor-headline';
import { lexTags } from '../lang/en/compromise-lexicon';
import { canonicalName, classify, isCommonWord, isNorp, known, lastWord } from './actor-classify';
import {
  COMMON_OPENERS, FAC_HEADS, GPE_HEADS, HONORIFICS, LOC_HEADS, NAME_PARTICLES, NEVER_ACTOR, ORG_HEADS, TITLES, TITLE_MODIFIERS, WEAK_TITLES,
} from '../lang/en/actors-gazetteer';
import { CALENDAR_WORDS } from '../lang/en/calendar';

/**
 * ACTOR mentions (people, organisations, places, nationalities/groups) in one block; offsets relative to the block.
 *
 * A capitalisation scanner over word tokens, not a tagger: it collects runs of capitalised words (with "of", "and",
 * "&", "for" and name particles inside when the run is an institution's name), splits titles off people's names,
 * then classifies each run with gazetteers (own lists + compromise's lexicon as a lookup table). Linear in the text.
 * Spans follow OntoNotes: "the" kept for multi-word organisation names, titles and honorifics left out.
 */
export function extractActors(view: BlockView): ActorMention[] {
  const text = view.text;
  const tokens = splitHyphenated(tokenize(text));
  demoteHeadlineWords(tokens, (w) => BREAK.has(w));
  const lowerSeen = new Set<string>();
  const capSeen = new Set<string>();
  tokens.forEach((t, k) => {
    t.index = k;
    if (t.word && !t.cap) lowerSeen.add(t.lower);
    else if (t.cap && isShoutedWord(t)) t.cap = false;
    else if (t.cap && !t.sentenceStart) capSeen.add(t.lower);
  });
  ctx.lowerSeen = lowerSeen;
  ctx.capSeen = capSeen;
  ctx.tokens = tokens;
  const segments: Segment[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (isPartyLetter(tokens, i)) {
      segments.push({ words: [t], kind: 'group', prev: i - 1 });
      i++;
      continue;
    }
    if (!t.cap || isBreak(t) || isVerbOnly(t)) {
      i++;
      continue;
    }
    const run = collectRun(tokens, i);
    splitRun(text, tokens, run, i, segments);
    i += run.length;
  }
  return emit(text, tokens, mergeCityCountry(text, tokens, segments));
}

/**
 * Per-block evidence the scanner's helpers consult (set at the start of each call; extraction is synchronous):
 * words seen in lower case, words seen capitalised inside a sentence, and the block's tokens.
 */
const ctx: { lowerSeen: Set<string>; capSeen: Set<string>; tokens: Token[] } = {
  lowerSeen: new Set(),
  capSeen: new Set(),
  tokens: [],
};

/** All-caps ordinary words in tables and shouted headings ("LATE EURODOLLARS") are not names. */
function isShoutedWord(t: Token): boolean {
  if (t.text.length < 4 || t.text !== t.text.toUpperCase() || /[.&\d]/.test(t.text)) return false;
  return !known(t.lower) && (isCommonWord(t.lower) || COMMON_OPENERS.has(t.lower) || NEVER_ACTOR.has(t.lower));
}

const VERB_TAGS = new Set(['PastTense', 'Modal', 'Copula']);
/** Headline verbs in the present tense; compromise tags many plural nouns ("Markets") as present-tense verbs too. */
const HEADLINE_VERBS = new Set(
  'says say sees gets wins plans seeks urges warns vows faces hits cuts takes makes earns lures lure calls backs rejects ends opens slams eyes agrees denies'.split(' '),
);

/** Title-case headlines ("Minister Says Talks Will Go On"): a word compromise knows only as a verb is not a name. */
function isVerbOnly(t: Token): boolean {
  if (t.text.length < 3 || t.text === t.text.toUpperCase()) return false;
  if (HEADLINE_VERBS.has(t.lower)) return true;
  const tags = lexTags(t.lower);
  return tags.length > 0 && tags.every((x) => VERB_TAGS.has(x)) && !known(t.lower);
}

/** A run of capitalised words, possibly with connector words inside. */
type Run = Token[];

interface Segment {
  words: Token[];
  kind?: ActorKind;
  title?: string;
  /** Index of the token before the segment (for "the" handling), -1 at the start. */
  prev: number;
}

/** Function words and calendar words never inside a name. */
const BREAK = new Set(
  ('the a an this that these those and or but if of in on at to for with by from as it its he she we they you his her our ' +
    'their my your there here what when where who why how while after before since although though because however ' +
    'meanwhile also yet then so not i nor unlike like despite during under over about among against without within into ' +
    'through between following including according asked said says say both each every all some many most such other ' +
    'another last next until unless whether once whenever even only just now thus hence therefore otherwise rather ' +
    'again already always never often sometimes soon instead still later earlier please ' +
    'today yesterday tomorrow tonight a.m. p.m. ' +
    // Online timestamps: "Updated 3:45 PM EST, Tue March 4".
    'pm est edt cst cdt mst mdt pst pdt gmt utc bst cet cest jst hkt tue tues wed thu thur thurs fri')
    .split(' ')
    .concat(CALENDAR_WORDS),
);

/** A function word breaks a run, unless written as a known acronym ("WHO", "US"). */
function isBreak(t: Token): boolean {
  return BREAK.has(t.lower) && !isKnownAcronym(t);
}

function isKnownAcronym(t: Token): boolean {
  return t.cap && t.text.length > 1 && t.text === t.text.toUpperCase() && known(t.lower) !== undefined;
}

/**
 * Words whose run may continue with "of" + capitalised words ("Bank of Japan", "University of Chicago").
 * Company suffixes are left out: "Newgate Associates of Northampton" names the firm and then its town.
 */
const OF_HEADS = new Set([
  ...GPE_HEADS, ...LOC_HEADS,
  'bank', 'ministry', 'department', 'agency', 'administration', 'bureau', 'office', 'commission', 'committee', 'council',
  'board', 'authority', 'service', 'institute', 'institutes', 'institution', 'university', 'college', 'academy', 'school',
  'hospital', 'museum', 'foundation', 'society', 'association', 'federation', 'union', 'league', 'alliance', 'coalition',
  'organization', 'organisation', 'party', 'front', 'movement', 'army', 'court', 'parliament', 'assembly', 'congress',
  'government', 'exchange', 'chamber', 'church', 'center', 'centre', 'conference', 'corporation', 'fund', 'trust',
  'embassy', 'consulate', 'mission', 'secretariat', 'tribunal', 'police', 'guard', 'republic', 'kingdom', 'emirate',
  'centers', 'centres', 'guild', 'journal', 'school', 'schools', 'division', 'branch', 'command', 'corps',
  'house', 'daughters', 'sons', 'friends', 'order', 'states', 'isle', 'cape', 'port', "people's",
]);

/** Prepositions that Title Case names keep capitalised ("Doctors Without Borders", "Reporters Against Hunger"). */
const NAME_INNER_WORDS = new Set(['without', 'against', 'beyond', 'across', 'within']);

/** Bodies named after their remit: "Subcommittee on Investigations", "Council on Foreign Relations". */
const ON_HEADS = new Set(['committee', 'subcommittee', 'commission', 'council', 'panel', 'conference', 'board', 'force']);

/** Longest run considered: longer names are rare, and the cap keeps every per-run step bounded (linear overall). */
const MAX_RUN = 16;

function collectRun(tokens: Token[], start: number): Run {
  const run: Run = [tokens[start]];
  let j = start + 1;
  while (j < tokens.length && run.length < MAX_RUN) {
    const t = tokens[j];
    if (
      t.cap && !isBreak(t) && !isVerbOnly(t) && tokens[j - 1].end >= t.start - 1 && !t.newLine &&
      !newSentenceAfterAbbreviation(tokens, tokens[j - 1], t)
    ) {
      run.push(t);
      j++;
      continue;
    }
    // "Moody's Investors Service", "People's Congress": a possessive that belongs to the name.
    if (/^['’]s$/.test(t.text) && possessiveInName(tokens, run, j)) {
      run.push(t);
      j++;
      continue;
    }
    // "Goldman, Sachs & Co.": a partnership's name keeps its comma.
    if (t.text === ',' && t.end === tokens[j + 1]?.start - 1) {
      const k = partnershipEnd(tokens, j + 1);
      if (k > 0) {
        for (let q = j; q < k; q++) run.push(tokens[q]);
        j = k;
        continue;
      }
    }
    const next = tokens[j + 1];
    // "Organization of the Petroleum Exporting Countries": "of the" inside an institution's name.
    const after = tokens[j + 2];
    if (
      t.lower === 'of' && next?.lower === 'the' && OF_HEADS.has(run[run.length - 1].lower) && after?.cap && !isBreak(after) &&
      !t.headline
    ) {
      run.push(t, next, after);
      j += 3;
      continue;
    }
    // "Ursula von der Leyen": two particles in a row.
    if (NAME_PARTICLES.has(t.lower) && t.text === t.lower && next && NAME_PARTICLES.has(next.text) && after?.cap && !isBreak(after)) {
      run.push(t, next, after);
      j += 3;
      continue;
    }
    // "Doctors Without Borders": a function word capitalised inside a sentence belongs to the name around it.
    if (
      NAME_INNER_WORDS.has(t.lower) && t.cap && t.text !== t.text.toUpperCase() && !t.sentenceStart && !t.headline &&
      !tokens[j - 1].text.endsWith('.') && next?.cap && !isBreak(next)
    ) {
      run.push(t, next);
      j += 2;
      continue;
    }
    const glued = t.text === '/' && t.start === tokens[j - 1].end && next && next.start === t.end;
    if ((!t.word && t.text !== '&' && !glued) || !next || !next.cap || isBreak(next)) break;
    const last = run[run.length - 1].lower;
    const joins =
      t.text === '&' ||
      glued ||
      (t.lower === 'of' && OF_HEADS.has(last)) ||
      (t.lower === 'on' && ON_HEADS.has(last)) ||
      (t.lower === 'for' && ORG_HEADS.has(last) && !isGeoOrGroup(next.lower)) ||
      (NAME_PARTICLES.has(t.lower) && t.text === t.lower) ||
      (t.lower === 'and' && andJoins(tokens, run, j));
    if (!joins) break;
    run.push(t, next);
    j += 2;
  }
  // A run never ends on a connector.
  return run;
}

function isPossessive(t: Token): boolean {
  return t.text === "'s" || t.text === '’s';
}

/** "… in the U.S. More than …": an abbreviation's period ended the sentence when an ordinary word follows. */
function newSentenceAfterAbbreviation(tokens: Token[], prev: Token, t: Token): boolean {
  if (!prev.text.endsWith('.') || prev.text.length <= 2 || HONORIFICS.has(prev.lower) || TITLES.has(prev.lower)) return false;
  if (known(t.lower) || ORG_HEADS.has(t.lower)) return false;
  const after = tokens[t.index + 1];
  if (after && after.cap) return false;
  const opener = isFunctionLike(t.lower) || COMMON_OPENERS.has(t.lower) || ctx.lowerSeen.has(t.lower);
  if (opener) t.sentenceStart = true;
  return opener;
}

function possessiveInName(tokens: Token[], run: Run, at: number): boolean {
  const phrase = run.map((t) => t.lower).join(' ');
  if (known(phrase + "'s") === 'org') return true;
  const next = tokens[at + 1];
  return run.length === 1 && POSSESSIVE_NAME_WORDS.has(run[0].lower) && !!next && next.cap && tokens[at].end === next.start - 1;
}
const POSSESSIVE_NAME_WORDS = new Set(['people', 'children', 'women', 'men', 'workers', 'veterans', 'farmers', 'citizens']);

/** End (exclusive) of "Sachs & Co." after a comma when the words up to an "& Co."-style suffix are capitalised. */
function partnershipEnd(tokens: Token[], from: number): number {
  let amp = false;
  for (let k = from; k < tokens.length && k < from + 8; k++) {
    const t = tokens[k];
    if (t.text === '&') {
      amp = true;
      continue;
    }
    if (!t.cap || known(t.lower)) return -1;
    if (amp && ORG_HEADS.has(t.lower) && /^(?:co\.?|inc\.?|cos\.?|corp\.?|ltd\.?)$/.test(t.lower)) return k + 1;
    // "Orrick, Herrington & Sutcliffe": a law or accounting firm's partner names.
    const after = tokens[k + 1];
    if (amp && (!after || (!after.cap && after.text !== '&'))) return k + 1;
  }
  return -1;
}

/** "Securities and Exchange Commission", "Trade and Industry Ministry": "and" inside an institution's name. */
function andJoins(tokens: Token[], run: Run, andAt: number): boolean {
  // "Department of Health and Human Services": inside an "of" name, "and" goes on unless a new institution starts.
  const next = tokens[andAt + 1];
  if (run.some((t) => t.lower === 'of') && next && !OF_HEADS.has(next.lower) && !known(next.lower)) return true;
  if (run.length > 2 || OF_HEADS.has(run[run.length - 1].lower) || COMPANY_SUFFIX.has(run[run.length - 1].lower)) return false;
  const phrase = run.map((t) => t.lower).join(' ');
  if (known(phrase)) return false;
  let k = andAt + 1;
  while (k < tokens.length && k < andAt + 6 && tokens[k].cap && !isBreak(tokens[k])) k++;
  if (k === andAt + 1) return false;
  return ORG_HEADS.has(tokens[k - 1].lower);
}

/** "Nvidia Corp. and Samsung Electronics": a name that ends in a company suffix is complete. */
const COMPANY_SUFFIX = new Set('inc. inc corp. corp co. co ltd. ltd plc llc ag sa group holdings'.split(' '));

/** Party letters in "(D., Mass.)" / "(R-Texas)" / ", D-N.Y.,". */
function isPartyLetter(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (t.text !== 'D.' && t.text !== 'R.' && t.text !== 'D' && t.text !== 'R') return false;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (next?.text === '-' && prev && (prev.text === ',' || prev.text === '(') && known(tokens[i + 2]?.lower ?? '') === 'state') return true;
  return !!prev && prev.text === '(' && !!next && (next.text === ',' || next.text === '-' || next.text === ')');
}

/** Splits a run into title-free segments and classifies them. */
function splitRun(text: string, tokens: Token[], run: Run, runStart: number, out: Segment[]): void {
  let words = run;
  let prev = runStart - 1;
  // Sentence-initial ordinary words ("Investors", "Growing") are capitalised only by position.
  while (words.length && words[0].sentenceStart && isOrdinaryOpener(words)) {
    words = words.slice(1);
    prev++;
    while (words.length && !words[0].cap) {
      words = words.slice(1);
      prev++;
    }
  }
  if (!words.length) return;

  // "TOKYO/SHANGHAI" datelines: places joined by a slash are separate places.
  const slash = words.findIndex((w) => w.text === '/');
  // "Reuters/Jane Doe" photo credits: an agency and a photographer.
  const credit = slash > 0 && known(words.slice(0, slash).map((w) => w.lower).join(' ')) === 'org' && known(words[slash + 1]?.lower ?? '') === 'first';
  if (slash > 0 && (credit || (isPlace(words.slice(0, slash)) && isPlace(words.slice(slash + 1))))) {
    pushSegment(words.slice(0, slash), prev, out);
    splitRun(text, tokens, words.slice(slash + 1), words[slash].index, out);
    return;
  }

  // "Senate Republicans", "House Democrats": an institution and a party's members.
  const lastW = words[words.length - 1];
  if (words.length > 1 && isNorp(lastW.lower) && known(words.slice(0, -1).map((w) => w.lower).join(' ')) === 'org') {
    pushSegment(words.slice(0, -1), prev, out);
    out.push({ words: [lastW], prev: lastW.index - 1 });
    return;
  }

  // "Ukraine Aid" (headline case): a place or nationality followed by one ordinary word is just the place.
  if (words.length === 2 && isGeoOrGroup(words[0].lower, true) && known(words[0].lower) !== 'org') {
    const w = words[1].lower;
    const plain = isCommonWord(w) && !w.endsWith('s') && !known(w) && !known(words[0].lower + ' ' + w);
    if (plain && !ORG_HEADS.has(w) && !LOC_HEADS.has(w) && !GPE_HEADS.has(w) && !FAC_HEADS.has(w)) {
      pushSegment(words.slice(0, 1), prev, out);
      return;
    }
  }

  // "Republican Ann Fox", "Greek Cypriot": a nationality or party word before a given name or another one stands alone.
  for (let k = 0; k + 1 < words.length; k++) {
    if (!isNorp(words[k].lower) || !words[k + 1].cap) continue;
    const nextKnown = known(words[k + 1].lower);
    if (nextKnown !== 'first' && nextKnown !== 'norp') continue;
    if (known(words[k].lower + ' ' + words[k + 1].lower)) continue;
    splitRun(text, tokens, words.slice(0, k + 1), prev + 1, out);
    splitRun(text, tokens, words.slice(k + 1), words[k + 1].index, out);
    return;
  }

  // "Secretary of State Baker": the run starts inside a title.
  const afterOfTitle = prev >= 1 && tokens[prev].lower === 'of' && TITLES.has(tokens[prev - 1].lower);
  const split = findTitleSplit(words, afterOfTitle);
  if (split) {
    const [s, e] = split;
    const prefix = words.slice(0, s);
    const person = words.slice(e + 1);
    const titleStart = prefix.length ? prefix[0] : words[s];
    const title = titleText(text, tokens, prev, titleStart, words[e]);
    if (prefix.length) pushSegment(stripTrailingTitles(prefix), prev, out);
    out.push({ words: person, kind: 'person', title, prev: prev + e + 1 });
    return;
  }
  pushSegment(stripTrailingTitles(words), prev, out);
}

function isPlace(words: Token[]): boolean {
  if (!words.length || words.some((w) => w.text === '/')) return false;
  const k = known(words.map((w) => w.lower).join(' '));
  return k === 'city' || k === 'country' || k === 'state' || k === 'region';
}

function pushSegment(words: Token[], prev: number, out: Segment[]): void {
  // Trailing connectors can be left behind once titles are stripped.
  while (words.length && !words[words.length - 1].cap && !isPossessive(words[words.length - 1])) words = words.slice(0, -1);
  if (!words.length) return;
  if (words.length === 1) {
    const w = words[0];
    if ((NEVER_ACTOR.has(w.lower) && !isKnownAcronym(w)) || TITLES.has(w.lower)) return;
    if (/^\p{Lu}\.?$/u.test(w.text)) return; // a stray initial
  }
  if (words.every((w) => TITLES.has(w.lower) || !w.cap)) return;
  // "By Ann Lee, Staff Writer": the role after a byline's comma describes the author.
  const tail = words[words.length - 1].lower;
  if (BYLINE_ROLES.has(tail) && ctx.tokens[prev]?.text === ',' && words.every((w) => !known(w.lower))) return;
  const phrase = words.map((w) => w.lower).join(' ');
  if (NEVER_ACTOR.has(phrase) && !(words.length === 1 && isKnownAcronym(words[0]))) return;
  const last = words[words.length - 1].lower;
  // Laws, events, indexes and products named like institutions ("the Clean Air Act", "World War II", "Apple II").
  if (words.length > 1 && (NON_ACTOR_HEADS.has(last) || ROMAN.test(words[words.length - 1].text))) return;
  out.push({ words, prev });
}

const NON_ACTOR_HEADS = new Set(
  ('act|code|amendment|war|series|cup|games|prize|award|awards|index|average|treaty|accord|accords|incident|festival|' +
    'olympics|championship|championships|doctrine|syndrome|disease|virus|bill|bills|show|tour|expo|fair|summit|' +
    'marathon|open|bowl|day|week|month|year|era|age|revolution|rebellion|uprising|massacre|crisis|scandal')
    .split('|'),
);
const ROMAN = /^(?:II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)$/;

/** True when the run's first word is capitalised only because it opens the sentence. */
function isOrdinaryOpener(words: Token[]): boolean {
  const w = words[0];
  if (TITLES.has(w.lower) && words.length > 1) return false;
  if (known(w.lower)) return false;
  const common =
    isCommonWord(w.lower) || NEVER_ACTOR.has(w.lower) || COMMON_OPENERS.has(w.lower) || ctx.lowerSeen.has(w.lower) ||
    COMMON_SUFFIX.test(w.lower);
  if (!common) {
    if (words.length > 1) return false;
    // A lone word nobody knows as a name, capitalised only here at a sentence start and never inside a sentence of
    // this block, is more often an ordinary word ("Crime was awful") than a name, unless a reporting verb follows.
    if (ctx.capSeen.has(w.lower) || /^\p{Lu}+$/u.test(w.text)) return false;
    const next = ctx.tokens[w.index + 1];
    if (next && (isPossessive(next) || SUBJECT_VERBS.has(next.lower))) return false;
    // "Halvorsen, an analyst at …", "Reeves, Britain's finance minister, …": a surname before an appositive.
    if (next?.text === ',' && appositiveAfter(ctx.tokens, next.index + 1)) return false;
    if (next && !next.cap && lexTags(next.lower).some((t) => t === 'PastTense' || t === 'PresentTense')) return false;
    return true;
  }
  if (words.length === 1) return true;
  // "Composer Ann Fox": an ordinary noun before a given name.
  if (known(words[1].lower) === 'first') return true;
  // "National Semiconductor", "Federal Express": an adjective or singular noun can open a company name.
  if (!NON_NAME_OPENER.test(w.lower) && !isFunctionLike(w.lower)) return false;
  // "New York", "General Motors", "Federal Reserve": a common word can open a known or institution name.
  const phrase = words.map((t) => t.lower).join(' ');
  if (known(phrase)) return false;
  const last = lastWord(words.map((t) => t.text));
  if (ORG_HEADS.has(last) || LOC_HEADS.has(last) || GPE_HEADS.has(last)) return false;
  return true;
}

/** An appositive or relative clause describing a person starts at tokens[k]. */
function appositiveAfter(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (t.lower === 'who' || t.lower === 'whose') return true;
  if (t.lower === 'a' || t.lower === 'an' || t.lower === 'the') {
    // "a former minister", "an analyst", "the chief economist": a title or occupation within a few words.
    for (let q = k + 1; q < tokens.length && q <= k + 4; q++) if (isTitleWord(tokens[q].lower) || PERSON_NOUNS.has(tokens[q].lower)) return true;
    return false;
  }
  // "Reeves, Britain's finance minister": a name in the possessive, then the title.
  if (t.cap && isPossessive(tokens[k + 1] ?? t)) return true;
  return isTitleWord(t.lower) || PERSON_NOUNS.has(t.lower);
}

const BYLINE_ROLES = new Set(['reporter', 'writer', 'correspondent', 'editor', 'columnist', 'photographer', 'contributor']);

/** Nouns for people that compromise does not tag as occupations. */
const PERSON_NOUNS = new Set(
  'analyst analysts economist strategist spokesman spokeswoman spokesperson mediator negotiator official lawmaker senator diplomat minister adviser advisor researcher professor lawyer activist author founder resident veteran partner investor trader banker executive'.split(' '),
);

const SUBJECT_VERBS = new Set(
  ('said says told added reported announced acknowledged reaffirmed stated noted warned denied declined argued insisted ' +
    'confirmed agreed explained wrote has had is was will would could can may might also who won wouldn hasn isn wasn ' +
    'didn doesn couldn hadn').split(' '),
);

/** Endings of ordinary words that names rarely have. */
const COMMON_SUFFIX = /(?:[^e]ed|ents|ants|ists|ions|ors|men|ies|ly|ness|ment|ments|tion|tions|sion|sions|ity|ities|ous|ive|ful|less|ance|ence|ings)$/;
/** Endings of opening words that do not start a name (adverbs, plurals, verb forms). */
const NON_NAME_OPENER = /(?:ly|s|ed|ing)$/;

function isFunctionLike(lower: string): boolean {
  const tags = lexTags(lower);
  return tags.some((t) => FUNCTION_TAGS.has(t));
}
const FUNCTION_TAGS = new Set([
  'Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Adverb', 'PastTense', 'PresentTense', 'Infinitive', 'Gerund',
  'Modal', 'Copula', 'Participle', 'Plural', 'QuestionWord', 'Expression',
]);

/** [first, last] index of the title words before a person's name inside the run, if any. */
function findTitleSplit(words: Token[], afterOfTitle: boolean): [number, number] | undefined {
  for (let e = words.length - 2; e >= 0; e--) {
    if (!isTitleWord(words[e].lower)) continue;
    let s = e;
    while (s > 0 && isTitleWord(words[s - 1].lower)) s--;
    const rest = words.slice(e + 1);
    if (!looksLikePerson(rest, words.slice(s, e + 1), afterOfTitle && s === 0)) continue;
    return [s, e];
  }
  return undefined;
}

/** Titles from the list, and occupations compromise knows ("Cartoonist", "Composer"), which act as weak titles. */
function isTitleWord(lower: string): boolean {
  if (TITLES.has(lower)) return true;
  const tags = lexTags(lower);
  return tags.includes('Actor') && !tags.includes('Plural');
}

function looksLikePerson(rest: Token[], title: Token[], afterOfTitle: boolean): boolean {
  if (rest.some((t) => !t.cap && !NAME_PARTICLES.has(t.lower))) return false;
  // Particles do not count towards a name's length ("Mohammed bin Abdulrahman Al Thani").
  const named = rest.filter((t) => !NAME_PARTICLES.has(t.lower)).length;
  if (named > 4 || rest.length > 6 || !rest[rest.length - 1].cap) return false;
  const firstName = known(rest[0].lower) === 'first';
  if (title[title.length - 1] && HONORIFICS.has(title[title.length - 1].lower)) return true;
  if (firstName && rest.length > 1) return true;
  const names = rest.map((t) => t.text);
  const phrase = names.join(' ').toLowerCase();
  // "Chief Executive Amin Nasser": two title words together are as strong as one unambiguous title.
  const strong =
    afterOfTitle || title.some((t) => HONORIFICS.has(t.lower)) || title.some((t) => TITLES.has(t.lower) && !WEAK_TITLES.has(t.lower)) ||
    (title.length >= 2 && title.every((t) => TITLES.has(t.lower)));
  // "Judge Hampton", "Mayor Washington": a single word after a strong title is a surname even if it names a town.
  const townOk = (kk: string | undefined): boolean =>
    strong && rest.length === 1 && (kk === 'city' || kk === 'state' || kk === 'region');
  const k = known(phrase);
  if (k && k !== 'person' && k !== 'first' && k !== 'last' && !townOk(k)) return false;
  const last = phrase.split(' ').pop() as string;
  if (ORG_HEADS.has(last) || LOC_HEADS.has(last) || GPE_HEADS.has(last) || FAC_HEADS.has(last)) return false;
  const firstKnown = known(rest[0].lower);
  if (firstKnown && firstKnown !== 'first' && firstKnown !== 'last' && firstKnown !== 'person' && !townOk(firstKnown)) return false;
  if (strong) return true;
  return firstKnown === 'first' || firstKnown === 'person';
}

function stripTrailingTitles(words: Token[]): Token[] {
  let end = words.length;
  while (end > 1 && TITLES.has(words[end - 1].lower) && !WEAK_TITLES.has(words[end - 1].lower)) end--;
  return end === words.length ? words : words.slice(0, end);
}

/** The title as written, with lower-case modifiers before it ("former President"). */
function titleText(text: string, tokens: Token[], prev: number, from: Token, to: Token): string {
  let start = from.start;
  let k = from.index - 1;
  while (k >= 0 && k <= prev + 1 && tokens[k].word && !tokens[k].cap && TITLE_MODIFIERS.has(tokens[k].lower)) {
    start = tokens[k].start;
    k--;
  }
  return text.slice(start, to.end);
}

/** "Chinese-funded" → "Chinese" + "-funded"; "U.S.-Soviet" is already split by the tokenizer. */
function splitHyphenated(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    if (!t.word || t.text.indexOf('-') < 1 || known(t.lower)) {
      out.push(t);
      continue;
    }
    const parts = t.text.split('-');
    const capParts = parts.filter((p) => /^\p{Lu}/u.test(p));
    // "Chinese-funded", "Sino-Japanese" split; "Georgia-Pacific", "Rolls-Royce" stay whole.
    const tail = parts[parts.length - 1];
    const prevTok = out[out.length - 1];
    const lowerTail =
      parts.length > 1 && /^\p{Lu}/u.test(parts[0]) && (/^\p{Ll}+$/u.test(tail) || HYPHEN_TAILS.has(tail.toLowerCase())) &&
      (HYPHEN_TAILS.has(tail.toLowerCase()) || isGeoOrGroup(parts[0].toLowerCase()) || (!!prevTok && prevTok.cap && prevTok.end + 1 === t.start));
    // "D-N.Y.": a party letter and a state.
    const party = parts.length === 2 && /^[DRI]$/.test(parts[0]) && known(parts[1].toLowerCase()) === 'state';
    const useful = party || (capParts.length > 0 && (lowerTail || capParts.every((p) => isGeoOrGroup(p.toLowerCase(), true))));
    if (!useful) {
      out.push(t);
      continue;
    }
    let pos = t.start;
    parts.forEach((p, idx) => {
      if (idx > 0) {
        out.push({ ...t, start: pos, end: pos + 1, text: '-', lower: '-', cap: false, word: false, sentenceStart: false });
        pos++;
      }
      if (p) {
        out.push({
          start: pos, end: pos + p.length, text: p, lower: p.toLowerCase(), cap: /^\p{Lu}/u.test(p),
          word: true, sentenceStart: idx === 0 && t.sentenceStart, index: 0,
        });
      }
      pos += p.length;
    });
  }
  return out;
}

/** "New York-based", "Saudi-owned": the name before these tails is a name of its own. */
const HYPHEN_TAILS = new Set(
  'based owned led funded made backed controlled run born sponsored dominated style related registered listed bound area era built flagged brokered operated'.split(' '),
);

function isGeoOrGroup(lower: string, strict = false): boolean {
  const k = known(lower);
  if (strict) return k === 'country' || k === 'norp' || k === 'city' || k === 'state' || k === 'org';
  return k === 'country' || k === 'state' || k === 'city' || k === 'region' || k === 'norp' || k === 'org';
}

/** "Tampere, Finland" / "Wiesbaden, Germany" / "Austin, Texas": a place and its country or state are one span. */
function mergeCityCountry(text: string, tokens: Token[], segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (let i = 0; i < segments.length; i++) {
    const a = segments[i];
    const b = segments[i + 1];
    if (b && !a.title && !b.title && canBeCity(a) && isCountryOrState(b)) {
      const aEnd = a.words[a.words.length - 1];
      const between = text.slice(aEnd.end, b.words[0].start);
      if (between === ', ') {
        const after = tokens[b.words[b.words.length - 1].index + 1];
        if (!after || !after.cap) {
          out.push({ words: [...a.words, ...b.words], kind: 'place', prev: a.prev });
          i++;
          continue;
        }
      }
    }
    out.push(a);
  }
  return out;
}

function canBeCity(s: Segment): boolean {
  if (s.kind) return false;
  const names = s.words.map((w) => w.text);
  if (names.length > 3) return false;
  // Only a known city: an unknown name before ", Japan" is as often a company ("Fujitsu, Japan").
  return known(names.join(' ').toLowerCase()) === 'city';
}

/** Only "City, Country" is one span in OntoNotes ("Tampere, Finland"); "Austin, Texas" stays two. */
function isCountryOrState(s: Segment): boolean {
  const k = known(s.words.map((w) => w.text).join(' ').toLowerCase());
  return k === 'country';
}

function emit(text: string, tokens: Token[], segments: Segment[]): ActorMention[] {
  const out: ActorMention[] = [];
  for (const seg of segments) {
    const names = seg.words.map((w) => w.text);
    let kind = seg.kind ?? classify(names);
    // "Halvorsen, an analyst at …": an unknown one-word name before a person's appositive is a person.
    if (kind === 'organization' && names.length === 1 && !/^[\p{Lu}&.]+$/u.test(names[0]) && !known(names[0].toLowerCase())) {
      const after = tokens[seg.words[0].index + 1];
      if (after?.text === ',' && appositiveAfter(tokens, after.index + 1)) kind = 'person';
    }
    let start = seg.words[0].start;
    const lastTok = seg.words[seg.words.length - 1];
    let end = lastTok.end;
    const nextTok = tokens[lastTok.index + 1];
    const prevTok = seg.prev >= 0 ? tokens[seg.prev] : undefined;
    if (prevTok && prevTok.lower === 'the' && partOfName(names)) {
      start = prevTok.start;
      kind = 'place';
    } else if (prevTok && prevTok.lower === 'the' && takesThe(kind, names) && !isModifier(tokens, lastTok)) start = prevTok.start;
    // "Jiangsu province": OntoNotes keeps the lower-case "province" after a Chinese province's name.
    if (nextTok && nextTok.text === 'province' && names.length <= 2) {
      end = nextTok.end;
      kind = 'place';
    }
    // OntoNotes quirk kept for exact spans: a multi-word name keeps its possessive ("the Commerce Department's"),
    // a one-word name does not ("Japan's").
    if (end === lastTok.end && nextTok && nextTok.start === end && names.length > 1) {
      if (isPossessive(nextTok) || (nextTok.text === "'" && /s$/.test(lastTok.text))) end = nextTok.end;
    }
    // "OPEC+", "G7+": a glued plus sign is part of the name.
    if (end === lastTok.end && nextTok?.text === '+' && nextTok.start === end && tokens[nextTok.index + 1]?.start !== nextTok.end) end = nextTok.end;
    // OntoNotes splits a sentence-final abbreviation's period off ("… Motor Corp." → "Corp"), except for "U.S.".
    if (end === lastTok.end && kind === 'organization' && endsSentence(tokens, lastTok)) end--;

    const surface = text.slice(start, end);
    const mention: ActorMention = { type: 'ACTOR', rule: 'actor', start, end, text: surface, kind, canonical: canonicalName(surface) };
    if (seg.title) mention.title = seg.title;
    out.push(mention);
  }
  return out;
}

function endsSentence(tokens: Token[], last: Token): boolean {
  if (!last.text.endsWith('.') || last.text.length < 2 || last.lower === 'u.s.' || /^\p{Lu}\.$/u.test(last.text)) return false;
  const next = tokens[last.index + 1];
  if (!next) return true;
  if (next.start !== last.end + 1) return false;
  return next.cap && (BREAK.has(next.lower) || next.sentenceStart);
}

/** "the American Express card": a name used as a modifier of a following noun keeps "the" outside the name. */
function isModifier(tokens: Token[], last: Token): boolean {
  const next = tokens[last.index + 1];
  if (!next || !next.word || next.cap) return false;
  // "The Budget Office estimates the deficit": a plural-looking word before a determiner is the verb.
  const after = tokens[next.index + 1];
  if (next.lower.endsWith('s') && after && (DETERMINERS.has(after.lower) || /^\p{N}/u.test(after.text))) return false;
  const tags = lexTags(next.lower);
  // Unknown to the small lexicon: verbs after a name mostly end in -s/-ed ("said", "reports"); nouns mostly do not.
  if (tags.length === 0) return !/(?:ed|s)$/.test(next.lower);
  return (tags.includes('Singular') || tags.includes('Noun') || tags.includes('Uncountable') || tags.includes('Plural')) &&
    !tags.some((t) => t === 'PastTense' || t === 'PresentTense' || t === 'Infinitive' || t === 'Modal' || t === 'Copula');
}

const DETERMINERS = new Set('the a an that its their his her this these those our some no'.split(' '));

/** Countries named by a plural or a union are written with "the" ("the United States", "the Soviet Union"). */
const THE_GPE_HEADS = new Set(['states', 'union', 'emirates', 'islands', 'nations']);

/** "The Hague", "the Netherlands"-style names where "the" is written with the name itself. */
function partOfName(names: string[]): boolean {
  const k = known('the ' + names.join(' ').toLowerCase());
  return k === 'city' || k === 'region';
}

/** OntoNotes keeps "the" in multi-word organisation names and in names of seas, rivers and regions. */
function takesThe(kind: ActorKind, names: string[]): boolean {
  const phrase = names.join(' ').toLowerCase();
  if (known('the ' + phrase) === 'region') return true;
  const last = phrase.split(' ').pop() as string;
  if (kind === 'organization') return names.length > 1;
  if (kind === 'place') {
    return names.length > 1 && (LOC_HEADS.has(last) || FAC_HEADS.has(last) || GPE_HEADS.has(last) || THE_GPE_HEADS.has(last));
  }
  return false;
}
