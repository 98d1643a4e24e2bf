import { splitBlocks } from './text/blocks';
import { BlockView } from './text/block-view';
import { extractMoney } from './extract/money';
import { EMPTY_STORY, extractBlockDates, type BlockDates, type StoryContext } from './extract/dates';
import { extractActors } from './extract/actors';
import { extractDescriptions } from './extract/descriptions';
import { detectReferenceDate } from './refdate';
import { withRecoveredNames } from './entities';
import { linkActors, withDescriptions } from './entities/descriptions';
import { firstIndex } from './util/bisect';
import type { Analysis, AnalyzeOptions, AnalyzedMention, Mention, ReferenceDate } from './model';

const TYPE_PRIORITY: Record<Mention['type'], number> = { MONEY: 0, DATE: 1, ACTOR: 2 };

/** A block of the analysed text: where it starts and its view (text, sentences, tokens). */
export interface PlacedBlock {
  start: number;
  view: BlockView;
}

/**
 * Incremental analyzer. Results are cached per block (paragraph): money and actors by the block text alone, dates by
 * the block text, the reference date and the story context the earlier blocks leave (their latest dates: "that year"
 * counts from them), so re-analysing after an edit only re-extracts the paragraphs that changed — and the later ones
 * only where the edit changed the dates they count from — and a new reference date (typing in the dateline) only
 * re-reads dates. The caches keep exactly the blocks of the
 * last text analysed, so memory is bounded by one document. Use one Analyzer per open document.
 */
export class Analyzer {
  private views = new Map<string, BlockView>();
  private moneyActors = new Map<string, Mention[]>();
  private dates = new Map<string, BlockDates>();
  private placed: PlacedBlock[] = [];

  /** The blocks of the last text analysed, in order (their views keep sentences, not tokens). */
  get blocks(): readonly PlacedBlock[] {
    return this.placed;
  }

  analyze(text: string, options: AnalyzeOptions = {}): Analysis {
    const t0 = now();
    const referenceDate = resolveReference(text, options);
    const blocks = splitBlocks(text);
    const nextViews = new Map<string, BlockView>();
    const nextMoneyActors = new Map<string, Mention[]>();
    const nextDates = new Map<string, BlockDates>();
    let story: StoryContext = EMPTY_STORY;
    const placed: PlacedBlock[] = [];
    const all: Mention[] = [];
    let reused = 0;
    let datesReused = 0;
    for (const block of blocks) {
      let view = nextViews.get(block.text) ?? this.views.get(block.text);
      if (!view) view = new BlockView(block.text);
      nextViews.set(block.text, view);
      placed.push({ start: block.start, view });
      let ma = nextMoneyActors.get(block.text) ?? this.moneyActors.get(block.text);
      if (ma) reused++;
      else ma = moneyAndActors(view);
      nextMoneyActors.set(block.text, ma);
      const dateKey = `${referenceDate.value ?? ''}\u0000${storyKey(story)}\u0000${block.text}`;
      let ds = nextDates.get(dateKey) ?? this.dates.get(dateKey);
      if (ds) datesReused++;
      else ds = guardedDates(view, referenceDate, story);
      nextDates.set(dateKey, ds);
      story = ds.story;
      // Token layers are cheap to rebuild and large to keep; sentences stay for the facts.
      view.dropTokens();
      for (const m of resolveOverlaps(ma.concat(ds.mentions))) all.push(shift(m, block.start));
    }
    this.views = nextViews;
    this.moneyActors = nextMoneyActors;
    this.dates = nextDates;
    this.placed = placed;
    // A surname seen in full elsewhere in the document is an actor even where its paragraph alone could not tell.
    const mentions = withDescriptions(
      withRecoveredNames(text, all.filter((m) => !unnamed(m))),
      all.filter(unnamed),
    );
    const links = linkActors(text, mentions);
    const analyzed: AnalyzedMention[] = mentions.map((m, i) => {
      const id = `m${i + 1}`;
      if (m.type !== 'ACTOR') return { ...m, id };
      return { ...m, kind: links.kindOf(i) ?? m.kind, canonical: links.canonicalOf(i) ?? m.canonical, id, entity: links.entityOf(i) };
    });
    return {
      chars: text.length,
      referenceDate,
      mentions: analyzed,
      entities: links.entities,
      stats: { blocks: blocks.length, reusedBlocks: reused, reusedDateBlocks: datesReused, ms: now() - t0 },
    };
  }
}

/**
 * Money, named actors, then the common-noun actors around them (which need the names: "the Finnish government" keeps
 * "Finnish" as its own mention). All three depend on the block text alone, so they are cached together.
 */
function moneyAndActors(view: BlockView): Mention[] {
  const named = guarded([() => extractMoney(view), () => extractActors(view)]);
  return named.concat(guarded([() => extractDescriptions(view, resolveOverlaps(named))]));
}

/** One-shot analysis (no cache reuse between calls). */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  return new Analyzer().analyze(text, options);
}

function resolveReference(text: string, options: AnalyzeOptions): ReferenceDate {
  if (options.referenceDate) return { value: options.referenceDate, source: options.referenceSource ?? 'argument' };
  return detectReferenceDate(text);
}

/** Every extractor sees one bounded block; a failure in one extractor on odd text must not lose the others. */
function guarded(runs: Array<() => Mention[]>): Mention[] {
  const out: Mention[] = [];
  for (const run of runs) {
    try {
      out.push(...run());
    } catch (err) {
      reportExtractorFailure(err);
    }
  }
  return out;
}

/** The story context as a cache key: equal contexts resolve a block's dates the same way. */
function storyKey(story: StoryContext): string {
  return story === EMPTY_STORY ? '' : JSON.stringify(story);
}

/** A block's dates; a failure loses them but keeps the story as it was. */
function guardedDates(view: BlockView, ref: ReferenceDate, story: StoryContext): BlockDates {
  try {
    return extractBlockDates(view, ref, story);
  } catch (err) {
    reportExtractorFailure(err);
    return { mentions: [], story };
  }
}

let failureHook: ((err: unknown) => void) | undefined;
/** Lets a front end (CLI, extension) log extractor failures; the analysis itself carries on. */
export function onExtractorFailure(hook: ((err: unknown) => void) | undefined): void {
  failureHook = hook;
}
function reportExtractorFailure(err: unknown): void {
  failureHook?.(err);
}

function shift<M extends Mention>(m: M, by: number): M {
  return { ...m, start: m.start + by, end: m.end + by };
}

/**
 * Mentions never overlap: money beats dates beats actors, a name beats a common-noun actor, then the longer span wins.
 * Runs per block.
 */
export function resolveOverlaps(mentions: Mention[]): Mention[] {
  const ranked = [...mentions].sort(
    (a, b) => TYPE_PRIORITY[a.type] - TYPE_PRIORITY[b.type] || Number(unnamed(a)) - Number(unnamed(b)) || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const kept: Mention[] = [];
  const taken: Array<[number, number]> = [];
  for (const m of ranked) {
    if (m.end <= m.start) continue;
    if (overlapsAny(taken, m.start, m.end)) continue;
    insertSorted(taken, [m.start, m.end]);
    kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

const unnamed = (m: Mention): boolean => m.type === 'ACTOR' && m.named === false;

/** `taken` is sorted by start and non-overlapping, so a binary search finds the only candidates. */
function overlapsAny(taken: Array<[number, number]>, start: number, end: number): boolean {
  // taken[lo-1] is the last span starting before `end`; spans are disjoint so only it can overlap.
  const lo = firstIndex(taken.length, (i) => taken[i][0] >= end);
  return lo > 0 && taken[lo - 1][1] > start;
}

function insertSorted(taken: Array<[number, number]>, span: [number, number]): void {
  taken.splice(firstIndex(taken.length, (i) => taken[i][0] >= span[0]), 0, span);
}

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());
