/**
 * How resolved values read in hovers and the sidebar, and how mentions group into "distinct values".
 * Pure functions (no `vscode`), shared by the hover, the tree and the tests.
 */
import type { Analysis, AnalyzedMention, AnchorSource, Entity, Mention, ReferenceDate } from '../core/model';

type Of<T extends Mention['type']> = Extract<AnalyzedMention, { type: T }>;

// one formatter: Number#toLocaleString builds a new one per call, far too slow for 50k mentions
const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const num = (n: number): string => NUMBER.format(n);

/** "20,000,000,000 EUR (more than)", "1,000,000–2,000,000 USD", "5,000 (currency not stated)". */
export function formatMoney(m: Of<'MONEY'>): string {
  let amount: string;
  if (m.min != null && m.max != null && m.min !== m.max) amount = `${num(m.min)}–${num(m.max)}`;
  else if (m.amount != null) amount = num(m.amount);
  else amount = 'amount not resolved';
  const currency = m.currency ?? '(currency not stated)';
  return `${amount} ${currency}${m.approx ? ` (${m.approx})` : ''}`;
}

const SOURCE_WORDS: Record<AnchorSource, string> = {
  dateline: 'the dateline',
  header: 'the header',
  setting: 'your reference-date setting',
  argument: 'the supplied reference date',
  none: 'no reference date',
};

/** "2025-01-01 → 2025-03-31 (2025-Q1, anchored on 2025-04-04 from the dateline)". */
export function formatDate(m: Of<'DATE'>, ref: ReferenceDate): string {
  const notes: string[] = [];
  if (m.timex && m.timex !== m.start_date) notes.push(m.timex);
  if (m.mod) notes.push(`mod ${m.mod}`);
  if (m.anchor === 'reference' && ref.value) notes.push(`anchored on ${ref.value} from ${SOURCE_WORDS[ref.source]}`);
  if (m.anchor === 'unresolved') notes.push('no reference date to resolve it against');
  let span: string;
  if (m.start_date && m.end_date) span = m.start_date === m.end_date ? m.start_date : `${m.start_date} → ${m.end_date}`;
  else span = m.start_date ?? m.end_date ?? 'unresolved';
  return notes.length ? `${span} (${notes.join(', ')})` : span;
}

/** "Mark Rutte · person · also: Rutte, Secretary-General Mark Rutte". */
export function formatActor(m: Of<'ACTOR'>, entity: Entity | undefined): string {
  const canonical = entity?.canonical ?? m.canonical;
  const others = new Set<string>();
  for (const a of entity?.aliases ?? [m.text]) if (a !== canonical) others.add(a);
  for (const t of entity?.titles ?? (m.title ? [m.title] : [])) others.add(`${t} ${canonical}`);
  const also = others.size ? ` · also: ${[...others].join(', ')}` : '';
  return `${canonical} · ${entity?.kind ?? m.kind}${also}`;
}

export function formatValue(m: AnalyzedMention, analysis: Analysis, entities: Map<string, Entity>): string {
  switch (m.type) {
    case 'MONEY':
      return formatMoney(m);
    case 'DATE':
      return formatDate(m, analysis.referenceDate);
    case 'ACTOR':
      return formatActor(m, m.entity ? entities.get(m.entity) : undefined);
  }
}

/** Mentions with the same key are "the same fact value": one sidebar node, one occurrence count. */
export function groupKey(m: AnalyzedMention): string {
  switch (m.type) {
    case 'MONEY':
      return m.min != null && m.max != null && m.min !== m.max
        ? `MONEY:${m.min}-${m.max}|${m.currency}|${m.approx ?? ''}`
        : `MONEY:${m.amount}|${m.currency}|${m.approx ?? ''}`;
    case 'DATE':
      return m.start_date || m.end_date
        ? `DATE:${m.start_date}|${m.end_date}|${m.mod ?? ''}`
        : `DATE:${m.timex ?? m.text.toLowerCase()}`;
    case 'ACTOR':
      return `ACTOR:${m.entity ?? `${m.kind}:${m.canonical}`}`;
  }
}

/** Group label for the sidebar: the resolved value, short. */
export function groupLabel(m: AnalyzedMention, ref: ReferenceDate): string {
  switch (m.type) {
    case 'MONEY':
      return formatMoney(m);
    case 'DATE': {
      const span =
        m.start_date && m.end_date
          ? m.start_date === m.end_date
            ? m.start_date
            : `${m.start_date} → ${m.end_date}`
          : (m.timex ?? m.text);
      return m.mod ? `${span} (${m.mod})` : span;
    }
    case 'ACTOR':
      return m.canonical;
  }
  void ref;
}

export interface MentionIndex {
  /** Mentions sorted by start (the engine already returns them so). */
  sorted: AnalyzedMention[];
  byGroup: Map<string, AnalyzedMention[]>;
  entities: Map<string, Entity>;
  /** Per type, a hash of every mention's start, end, line (when positions were given) and group: lets the sidebar
   *  tell which roots changed without another pass over all mentions. */
  signature: Record<Mention['type'], number>;
}

export function indexAnalysis(a: Analysis, positions?: Int32Array): MentionIndex {
  const b = new IndexBuilder(a, positions);
  b.add(0, a.mentions.length);
  return b.done();
}

/**
 * The same index built a slice at a time (`slicer` yields to the event loop between slices), for big analyses on
 * the extension host. Resolves to undefined when `aborted()` turns true meanwhile.
 */
export async function indexAnalysisSliced(
  a: Analysis,
  slicer: { due: boolean; pause(force?: boolean): Promise<void> },
  aborted: () => boolean = () => false,
  positions?: Int32Array,
): Promise<MentionIndex | undefined> {
  const b = new IndexBuilder(a, positions);
  for (let i = 0; i < a.mentions.length; i += 512) {
    b.add(i, Math.min(a.mentions.length, i + 512));
    if (slicer.due) {
      await slicer.pause(true);
      if (aborted()) return undefined;
    }
  }
  return b.done();
}

class IndexBuilder {
  private readonly byGroup = new Map<string, AnalyzedMention[]>();
  /** Group number (order of first appearance) per key, mixed into the signature. */
  private readonly groupNo = new Map<string, number>();
  private ordered = true;
  private readonly signature = { MONEY: 0x811c9dc5, DATE: 0x811c9dc5, ACTOR: 0x811c9dc5 };

  constructor(
    private readonly a: Analysis,
    private readonly positions?: Int32Array,
  ) {}

  add(from: number, to: number): void {
    const ms = this.a.mentions;
    const pos = this.positions;
    const sig = this.signature;
    for (let i = from; i < to; i++) {
      const m = ms[i];
      const k = groupKey(m);
      const list = this.byGroup.get(k);
      let g = this.groupNo.get(k);
      if (g === undefined) this.groupNo.set(k, (g = this.groupNo.size));
      if (list) list.push(m);
      else this.byGroup.set(k, [m]);
      if (i > 0 && ms[i - 1].start > m.start) this.ordered = false;
      // FNV-1a over integers
      let h = sig[m.type];
      h = Math.imul(h ^ m.start, 0x01000193);
      h = Math.imul(h ^ m.end, 0x01000193);
      h = Math.imul(h ^ (pos ? pos[4 * i] : -1), 0x01000193);
      sig[m.type] = Math.imul(h ^ g, 0x01000193) >>> 0;
    }
  }

  done(): MentionIndex {
    const a = this.a;
    const sorted = this.ordered ? a.mentions : [...a.mentions].sort((x, y) => x.start - y.start);
    return { sorted, byGroup: this.byGroup, entities: new Map(a.entities.map((e) => [e.id, e])), signature: { ...this.signature } };
  }
}

/** Position of `m` in `a.mentions` (the analyzer numbers mentions m1, m2, … in that order), or -1. */
export function mentionIndexOf(a: Analysis, m: AnalyzedMention): number {
  const i = Number(m.id.slice(1)) - 1;
  if (a.mentions[i] === m) return i;
  return a.mentions.indexOf(m); // not numbered as expected: slow but correct
}

/** The mention covering `offset` (end inclusive, so a cursor just after a word still finds it); binary search. */
export function mentionAt(index: MentionIndex, offset: number): AnalyzedMention | undefined {
  const s = index.sorted;
  let lo = 0;
  let hi = s.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (s[mid].start <= offset) lo = mid + 1;
    else hi = mid;
  }
  const m = s[lo - 1];
  return m && offset <= m.end ? m : undefined;
}

/** One-line context around a mention for the sidebar: "…allies pledged more than €20 billion to Kyiv…". */
export function preview(text: string, start: number, end: number, width = 48): { label: string; from: number; to: number } {
  // Little context before the mention, more after: a narrow sidebar cuts the end, and the mention must stay visible.
  const before = 16;
  const after = Math.max(8, width - before - (end - start));
  let a = Math.max(0, start - before);
  let b = Math.min(text.length, end + after);
  // stay on the mention's line
  const nlBefore = text.lastIndexOf('\n', start - 1);
  if (nlBefore >= a) a = nlBefore + 1;
  const nlAfter = text.indexOf('\n', end);
  if (nlAfter >= 0 && nlAfter < b) b = nlAfter;
  const head = a > 0 && nlBefore !== a - 1 ? '…' : '';
  const tail = b < text.length && text[b] !== '\n' ? '…' : '';
  const raw = text.slice(a, b);
  const lead = raw.length - raw.trimStart().length;
  const body = raw.trim().replace(/\s+/g, ' ');
  // whitespace collapsing can shift the mention; recompute its place in the label from the collapsed prefix
  const prefix = text.slice(a + lead, start).replace(/\s+/g, ' ');
  const mention = text.slice(start, end).replace(/\s+/g, ' ');
  const from = head.length + prefix.length;
  return { label: head + body + tail, from, to: from + mention.length };
}
