/**
 * The action words of the language pack's records (`lang/en/actions.ts`) as lookup tables: every inflected form of
 * every verb, the phrasal verbs and the action nouns, each with its lemma and category. Built once at load.
 */
import type { ActionRecord } from '../lang/en/actions';
import { inflect } from '../lang/en/facts/morphology';
import { FRAMES } from './categories';
import type { FactCategory } from './types';

type VerbForm = 'base' | 's' | 'past' | 'ing';

export interface VerbEntry {
  lemma: string;
  category: FactCategory;
  form: VerbForm;
  /** The past form doubles as a participle: "was given", "were pledged". */
  participle: boolean;
}

const RECORDS = Object.entries(FRAMES) as Array<[FactCategory, ActionRecord]>;

const FORMS = new Map<string, VerbEntry[]>();
const PHRASAL_FORMS = new Map<string, VerbEntry>();
const PHRASAL_PARTICLES = new Set<string>();
const NOUNS = new Map<string, { lemma: string; category: FactCategory }>();

function add(forms: Map<string, VerbEntry[]>, form: string, entry: VerbEntry): void {
  const list = forms.get(form);
  if (!list) forms.set(form, [entry]);
  else if (!list.some((e) => e.lemma === entry.lemma && e.form === entry.form)) list.push(entry);
}

/** All forms of `verb` as entries of `lemma` (the verb itself, or "verb particle"), base form first. */
function addForms(forms: Map<string, VerbEntry[]>, record: ActionRecord, category: FactCategory, verb: string, lemma: string, suffix = ''): void {
  const [s, past, participle, ing] = record.irregular?.[verb] ?? inflect(verb);
  add(forms, verb + suffix, { lemma, category, form: 'base', participle: past === verb || participle === verb });
  add(forms, s + suffix, { lemma, category, form: 's', participle: false });
  add(forms, past + suffix, { lemma, category, form: 'past', participle: past === participle });
  if (participle !== past) add(forms, participle + suffix, { lemma, category, form: 'past', participle: true });
  add(forms, ing + suffix, { lemma, category, form: 'ing', participle: false });
}

const phrasal = new Map<string, VerbEntry[]>();
for (const [category, record] of RECORDS) {
  for (const lemma of record.lemmas) addForms(FORMS, record, category, lemma, lemma);
  for (const [verb, particle] of record.phrasal ?? []) {
    // The lemma is the phrasal verb's dictionary form ("set aside": "set" alone would read as another verb).
    addForms(phrasal, record, category, verb, `${verb} ${particle}`, ` ${particle}`);
    PHRASAL_PARTICLES.add(particle);
  }
  for (const [noun, lemma] of Object.entries(record.nouns ?? {})) NOUNS.set(noun, { lemma, category });
}
for (const [form, list] of phrasal) PHRASAL_FORMS.set(form, list[0]);
// Other spellings after all records, as participles of their lemma's first reading.
for (const [, record] of RECORDS) {
  for (const [form, lemma] of Object.entries(record.spellings ?? {})) {
    const base = FORMS.get(lemma)?.[0];
    if (base) add(FORMS, form, { lemma, category: base.category, form: 'past', participle: true });
  }
}

/** The verb reading of a lower-case word, or undefined. When a form belongs to two lemmas the first listed wins. */
export function lookupVerb(word: string): VerbEntry | undefined {
  return FORMS.get(word)?.[0];
}

/** The verb reading of "word particle" ("set aside"), or undefined. */
export function lookupPhrasal(word: string, next: string | undefined): VerbEntry | undefined {
  return next && PHRASAL_PARTICLES.has(next) ? PHRASAL_FORMS.get(`${word} ${next}`) : undefined;
}

/** The act a noun names when tied to an amount ("pledge", "fines"), or undefined. */
export function actionNoun(word: string): { lemma: string; category: FactCategory } | undefined {
  return NOUNS.get(word);
}

/** Lemmas of all records, by the record field that lists them. */
function lemmasOf(field: 'nounLike' | 'ditransitive' | 'receiving' | 'withObject' | 'objectRecipient' | 'objectRequired'): Set<string> {
  return new Set(RECORDS.flatMap(([, r]) => r[field] ?? []));
}

/** Bare and -s forms that are mostly nouns in news: verbs only after a subject or an auxiliary (see `verbs.ts`). */
export const NOUN_LIKE = lemmasOf('nounLike');
/** Verbs whose first object is the receiver: "gave Ukraine $1bn", "fined Meta €1bn", "paid the workers $5m". */
export const DITRANSITIVE = lemmasOf('ditransitive');
/** The subject receives, the "from" actor gives: "Ukraine received $5bn from the EU". */
export const RECEIVING = lemmasOf('receiving');
/** The object receives when the amount comes with "with": "provided Kyiv with €1bn". */
export const WITH_OBJECT = lemmasOf('withObject');
/** An actor as object receives: "funded the clinic". */
export const OBJECT_RECIPIENT = lemmasOf('objectRecipient');
/** Lemmas that need their object: without one before the amount they are a shortened passive ("X, of Ohio, fined $5,000"). */
export const OBJECT_REQUIRED = lemmasOf('objectRequired');
