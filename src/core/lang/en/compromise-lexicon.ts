import nlp from 'compromise';

/**
 * compromise's word → tag lexicon used as a gazetteer (a hash lookup, far cheaper than running its tagger).
 * Keys are lower-case, multi-word entries use single spaces ("new york").
 */
let lexicon: Record<string, string | string[]> | undefined;

function load(): Record<string, string | string[]> {
  if (!lexicon) {
    const world = (nlp as unknown as { world(): { model: { one: { lexicon: Record<string, string | string[]> } } } }).world();
    lexicon = world.model.one.lexicon;
  }
  return lexicon;
}

const EMPTY: readonly string[] = [];

/** Tags compromise gives this (lower-cased) word or phrase; empty when unknown. */
export function lexTags(lower: string): readonly string[] {
  const t = load()[lower];
  if (t === undefined) return EMPTY;
  return Array.isArray(t) ? t : [t];
}
